/* slk-trace.c: where the members of a loaded file stand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-trace-packing-private.h"
#include "slk-trace-private.h"
#include "slk-year-table-private.h"

SLK_YEAR_ENTRY (SlkYearTrace);

typedef struct
{
  SlkPackedSlots *packed_slots;  /* the members, packed ... */
  SlkPosition    *slots;         /* ... or whole where they do not pack */
  guint           n_slots;
  SlkPackedYears *packed_years;  /* the years, packed ... */
  SlkYearTable   *years;         /* ... or whole: SlkYearTrace, in year order */
  GHashTable     *paths;         /* relative pointer → SlkPosition */
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

  g_free (trace->packed_slots);
  g_free (trace->slots);
  g_free (trace->packed_years);
  g_clear_pointer (&trace->years, _slk_year_table_free);
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

  g_clear_pointer (&entry->packed_slots, g_free);
  g_clear_pointer (&entry->slots, g_free);
  entry->n_slots = n_slots;
  entry->packed_slots = _slk_packed_slots_new (slots, n_slots);
  if (entry->packed_slots == NULL)
    entry->slots = g_memdup2 (slots, sizeof (SlkPosition) * n_slots);
}

SlkPosition
_slk_trace_slot (SlkTrace      *trace,
                 gconstpointer  record,
                 guint          slot)
{
  RecordTrace *entry = lookup (trace, record);

  if (entry == NULL || slot >= entry->n_slots)
    return unknown;
  if (entry->packed_slots != NULL)
    return _slk_packed_slots_get (entry->packed_slots, slot);
  return entry->slots != NULL ? entry->slots[slot] : unknown;
}

/* Takes @years, SlkYearTrace in year order. */
void
_slk_trace_take_years (SlkTrace      *trace,
                       gconstpointer  record,
                       SlkYearTable  *years)
{
  RecordTrace *entry = ensure (trace, record);

  g_clear_pointer (&entry->years, _slk_year_table_free);
  g_clear_pointer (&entry->packed_years, g_free);
  if (years->len == 0)
    {
      _slk_year_table_free (years);   /* no figures: nothing to keep */
      return;
    }
  entry->packed_years = _slk_packed_years_new (years);
  if (entry->packed_years != NULL)
    {
      _slk_year_table_free (years);
      return;
    }
  _slk_year_table_trim (years);
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

  if (entry == NULL || slot >= SLK_TRACE_YEAR_SLOTS)
    return unknown;
  if (entry->packed_years != NULL)
    return _slk_packed_years_get (entry->packed_years, year, slot);
  if (entry->years == NULL)
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
