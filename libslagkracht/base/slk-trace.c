/* slk-trace.c: where the members of a loaded file stand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-trace-private.h"
#include "slk-year-table-private.h"

SLK_YEAR_ENTRY (SlkYearTrace);

/* A year's positions in 44 bytes instead of 76: the key's line and column,
 * and each figure as its line's distance from the key's line (8 bits) and
 * its column (24 bits); 0 is unknown. A file laid out any usual way fits;
 * a record whose figures do not (a figure 255 lines below its year, a
 * column past 16 million) keeps its positions whole. */
#define PACK_COLUMN_BITS 24

typedef struct
{
  guint16 year;
  guint32 line;
  guint32 column;
  guint32 packed[SLK_TRACE_YEAR_SLOTS - 1];
} PackedYear;

typedef struct
{
  SlkPosition  *slots;
  guint         n_slots;
  guint         n_packed;
  PackedYear   *packed;   /* in year order, or NULL with the whole years */
  SlkYearTable *years;    /* SlkYearTrace, in year order, where they do not pack */
  GHashTable   *paths;    /* relative pointer → SlkPosition */
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
  g_clear_pointer (&trace->years, _slk_year_table_free);
  g_free (trace->packed);
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

static gboolean
pack_position (SlkPosition  position,
               SlkPosition  key,
               guint32     *packed)
{
  if (position.line == 0)
    {
      *packed = 0;
      return TRUE;
    }
  if (position.line < key.line || position.line - key.line >= 0xff ||
      position.column == 0 || position.column >= 1u << PACK_COLUMN_BITS)
    return FALSE;
  *packed = (position.line - key.line) << PACK_COLUMN_BITS | position.column;
  return TRUE;
}

/* @years packed, or NULL when one position does not pack. */
static PackedYear *
pack_years (SlkYearTable *years)
{
  g_autofree PackedYear *packed = g_new (PackedYear, years->len);

  for (guint y = 0; y < years->len; y++)
    {
      const SlkYearTrace *full = SLK_YEAR_TABLE_AT (years, SlkYearTrace, y);

      packed[y].year = full->year;
      packed[y].line = full->slots[0].line;
      packed[y].column = full->slots[0].column;
      for (guint s = 1; s < SLK_TRACE_YEAR_SLOTS; s++)
        if (!pack_position (full->slots[s], full->slots[0], &packed[y].packed[s - 1]))
          return NULL;
    }
  return g_steal_pointer (&packed);
}

static SlkPosition
unpack_position (const PackedYear *year,
                 guint             slot)
{
  guint32 packed;

  if (slot == 0)
    return (SlkPosition) { year->line, year->column };
  packed = year->packed[slot - 1];
  if (packed == 0)
    return unknown;
  return (SlkPosition) { year->line + (packed >> PACK_COLUMN_BITS),
                         packed & ((1u << PACK_COLUMN_BITS) - 1) };
}

/* Takes @years, SlkYearTrace in year order. */
void
_slk_trace_take_years (SlkTrace      *trace,
                       gconstpointer  record,
                       SlkYearTable  *years)
{
  RecordTrace *entry = ensure (trace, record);

  g_clear_pointer (&entry->years, _slk_year_table_free);
  g_clear_pointer (&entry->packed, g_free);
  entry->n_packed = 0;
  if (years->len == 0)
    {
      _slk_year_table_free (years);   /* no figures: nothing to keep */
      return;
    }
  entry->packed = pack_years (years);
  if (entry->packed != NULL)
    {
      entry->n_packed = years->len;
      _slk_year_table_free (years);
      return;
    }
  _slk_year_table_trim (years);
  entry->years = years;
}

static const PackedYear *
find_packed (const RecordTrace *entry,
             guint              year)
{
  guint low = 0, high = entry->n_packed;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (entry->packed[mid].year == year)
        return &entry->packed[mid];
      if (entry->packed[mid].year < year)
        low = mid + 1;
      else
        high = mid;
    }
  return NULL;
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
  if (entry->packed != NULL)
    {
      const PackedYear *packed = find_packed (entry, year);

      return packed != NULL ? unpack_position (packed, slot) : unknown;
    }
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
