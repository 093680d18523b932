/* slk-trace.c: where the members of a loaded file stand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-trace-private.h"
#include "slk-year-table-private.h"

SLK_YEAR_ENTRY (SlkYearTrace);

typedef struct
{
  SlkPosition *slots;
  guint        n_slots;
  GArray      *years;   /* SlkYearTrace, in year order */
  GHashTable  *paths;   /* relative pointer → SlkPosition */
} RecordTrace;

struct _SlkTrace
{
  GHashTable *records;  /* record → RecordTrace */
};

static const SlkPosition unknown = { 0, 0 };

static void
record_trace_free (gpointer data)
{
  RecordTrace *trace = data;

  g_free (trace->slots);
  g_clear_pointer (&trace->years, g_array_unref);
  g_clear_pointer (&trace->paths, g_hash_table_unref);
  g_free (trace);
}

SlkTrace *
_slk_trace_new (void)
{
  SlkTrace *trace = g_new0 (SlkTrace, 1);

  trace->records = g_hash_table_new_full (NULL, NULL, NULL, record_trace_free);
  return trace;
}

void
_slk_trace_free (SlkTrace *trace)
{
  g_hash_table_unref (trace->records);
  g_free (trace);
}

static RecordTrace *
ensure (SlkTrace      *trace,
        gconstpointer  record)
{
  RecordTrace *found = g_hash_table_lookup (trace->records, record);

  if (found == NULL)
    {
      found = g_new0 (RecordTrace, 1);
      g_hash_table_insert (trace->records, (gpointer) record, found);
    }
  return found;
}

static RecordTrace *
lookup (SlkTrace      *trace,
        gconstpointer  record)
{
  return trace != NULL ? g_hash_table_lookup (trace->records, record) : NULL;
}

void
_slk_trace_set_slots (SlkTrace          *trace,
                      gconstpointer      record,
                      const SlkPosition *slots,
                      guint              n_slots)
{
  RecordTrace *entry = ensure (trace, record);

  g_free (entry->slots);
  entry->slots = g_memdup2 (slots, sizeof (SlkPosition) * n_slots);
  entry->n_slots = n_slots;
}

SlkPosition
_slk_trace_slot (SlkTrace      *trace,
                 gconstpointer  record,
                 guint          slot)
{
  RecordTrace *entry = lookup (trace, record);

  return entry != NULL && slot < entry->n_slots ? entry->slots[slot] : unknown;
}

/* Takes @years, SlkYearTrace in year order. */
void
_slk_trace_take_years (SlkTrace      *trace,
                       gconstpointer  record,
                       GArray        *years)
{
  RecordTrace *entry = ensure (trace, record);

  g_clear_pointer (&entry->years, g_array_unref);
  entry->years = years;
}

SlkPosition
_slk_trace_year (SlkTrace      *trace,
                 gconstpointer  record,
                 guint          year,
                 guint          slot)
{
  RecordTrace *entry = lookup (trace, record);
  const SlkYearTrace *found;

  if (entry == NULL || entry->years == NULL || slot >= SLK_TRACE_YEAR_SLOTS)
    return unknown;
  found = _slk_year_table_find (entry->years, year);
  return found != NULL ? found->slots[slot] : unknown;
}

/* Takes @paths, relative pointer → SlkPosition (both freed with it). */
void
_slk_trace_take_paths (SlkTrace      *trace,
                       gconstpointer  record,
                       GHashTable    *paths)
{
  RecordTrace *entry = ensure (trace, record);

  g_clear_pointer (&entry->paths, g_hash_table_unref);
  entry->paths = paths;
}

SlkPosition
_slk_trace_path (SlkTrace      *trace,
                 gconstpointer  record,
                 const char    *relative)
{
  RecordTrace *entry = lookup (trace, record);
  SlkPosition *position;

  if (entry == NULL || entry->paths == NULL)
    return unknown;
  position = g_hash_table_lookup (entry->paths, relative);
  return position != NULL ? *position : unknown;
}
