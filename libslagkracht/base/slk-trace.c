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
  SlkPosition  *slots;   /* NULL: none set */
  guint         n_slots;
  SlkYearTable *years;   /* SlkYearTrace, in year order; NULL: none set */
  GHashTable   *paths;   /* relative pointer → SlkPosition */
} RecordTrace;

struct _SlkTrace
{
  GHashTable *packed;    /* record → SlkPackedRecord: most records */
  GHashTable *records;   /* record → RecordTrace: what did not pack, and paths */
};

static const SlkPosition unknown = { 0, 0 };

static void
record_trace_free (gpointer data)
{
  RecordTrace *trace = data;

  g_free (trace->slots);
  g_clear_pointer (&trace->years, _slk_year_table_free);
  g_clear_pointer (&trace->paths, g_hash_table_unref);
  g_free (trace);
}

SlkTrace *
_slk_trace_new (void)
{
  SlkTrace *trace = g_new0 (SlkTrace, 1);

  trace->packed = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  trace->records = g_hash_table_new_full (NULL, NULL, NULL, record_trace_free);
  return trace;
}

void
_slk_trace_free (SlkTrace *trace)
{
  g_hash_table_unref (trace->packed);
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

static const SlkPackedRecord *
lookup_packed (SlkTrace      *trace,
               gconstpointer  record)
{
  return trace != NULL ? g_hash_table_lookup (trace->packed, record) : NULL;
}

static void
set_whole_slots (RecordTrace       *entry,
                 const SlkPosition *slots,
                 guint              n_slots)
{
  g_free (entry->slots);
  entry->slots = g_memdup2 (slots, sizeof (SlkPosition) * MAX (n_slots, 1));
  entry->n_slots = n_slots;
}

/* Sets the positions of @record's members, kept whole: for the few
 * records (the dataset's top) that have no figures. */
void
_slk_trace_set_slots (SlkTrace          *trace,
                      gconstpointer      record,
                      const SlkPosition *slots,
                      guint              n_slots)
{
  set_whole_slots (ensure (trace, record), slots, n_slots);
}

/* Sets the positions of @record's members and of @years (SlkYearTrace in
 * year order, or NULL): packed in one block where they fit, else whole. */
void
_slk_trace_set_record (SlkTrace           *trace,
                       gconstpointer       record,
                       const SlkPosition  *slots,
                       guint               n_slots,
                       const SlkYearTable *years)
{
  SlkPackedRecord *packed = _slk_packed_record_new (slots, n_slots, years);
  RecordTrace *entry;

  if (packed != NULL)
    {
      g_hash_table_insert (trace->packed, (gpointer) record, packed);
      entry = lookup (trace, record);
      if (entry != NULL)
        {
          g_clear_pointer (&entry->slots, g_free);
          g_clear_pointer (&entry->years, _slk_year_table_free);
        }
      return;
    }
  g_hash_table_remove (trace->packed, record);
  entry = ensure (trace, record);
  set_whole_slots (entry, slots, n_slots);
  g_clear_pointer (&entry->years, _slk_year_table_free);
  entry->years = years != NULL ? _slk_year_table_copy (years) : NULL;
}

SlkPosition
_slk_trace_slot (SlkTrace      *trace,
                 gconstpointer  record,
                 guint          slot)
{
  RecordTrace *entry = lookup (trace, record);
  const SlkPackedRecord *packed;

  if (entry != NULL && entry->slots != NULL)
    return slot < entry->n_slots ? entry->slots[slot] : unknown;
  packed = lookup_packed (trace, record);
  return packed != NULL ? _slk_packed_record_slot (packed, slot) : unknown;
}

SlkPosition
_slk_trace_year (SlkTrace      *trace,
                 gconstpointer  record,
                 guint          year,
                 guint          slot)
{
  RecordTrace *entry = lookup (trace, record);
  const SlkPackedRecord *packed;
  const SlkYearTrace *found;

  if (slot >= SLK_TRACE_YEAR_SLOTS)
    return unknown;
  if (entry != NULL && entry->years != NULL)
    {
      found = _slk_year_table_find (entry->years, year);
      return found != NULL ? found->slots[slot] : unknown;
    }
  packed = lookup_packed (trace, record);
  return packed != NULL ? _slk_packed_record_year (packed, year, slot) : unknown;
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
