/* slk-trace-packing.c: positions in a few bits each
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-trace-packing-private.h"

static const SlkPosition unknown = { 0, 0 };

/* A member: 0 is unknown, else its line's distance from the first line
 * (8 bits) and its column (24 bits). */
#define SLOT_COLUMN_BITS 24
#define SLOT_COLUMN_MASK ((1u << SLOT_COLUMN_BITS) - 1)

struct _SlkPackedSlots
{
  guint32 first_line;
  guint32 n_slots;
  guint32 cells[];
};

SlkPackedSlots *
_slk_packed_slots_new (const SlkPosition *slots,
                       guint              n_slots)
{
  SlkPackedSlots *packed;
  guint32 first = G_MAXUINT32;

  for (guint i = 0; i < n_slots; i++)
    if (slots[i].line != 0)
      first = MIN (first, slots[i].line);
  for (guint i = 0; i < n_slots; i++)
    if (slots[i].line != 0 &&
        (slots[i].line - first >= 0xff || slots[i].column == 0 ||
         slots[i].column > SLOT_COLUMN_MASK))
      return NULL;

  packed = g_malloc (sizeof (SlkPackedSlots) + n_slots * sizeof (guint32));
  packed->first_line = first;
  packed->n_slots = n_slots;
  for (guint i = 0; i < n_slots; i++)
    packed->cells[i] = slots[i].line == 0 ? 0
      : (slots[i].line - first) << SLOT_COLUMN_BITS | slots[i].column;
  return packed;
}

SlkPosition
_slk_packed_slots_get (const SlkPackedSlots *packed,
                       guint                 slot)
{
  guint32 cell;

  if (slot >= packed->n_slots || (cell = packed->cells[slot]) == 0)
    return unknown;
  return (SlkPosition) { packed->first_line + (cell >> SLOT_COLUMN_BITS),
                         cell & SLOT_COLUMN_MASK };
}

/* A figure: 0 is unknown; with the top bit, on the key's line, that many
 * columns after the key; without it, 1 to 15 lines below the key (4 bits)
 * at column 1 to 2047 (11 bits). */
#define SAME_LINE   0x8000u
#define BELOW_SHIFT 11
#define COLUMN_MASK 0x7ffu

typedef struct
{
  guint16 year;
  guint16 key_line;     /* distance from the record's first key line */
  guint32 key_column;
  guint16 cells[SLK_TRACE_YEAR_SLOTS - 1];
} PackedYear;

struct _SlkPackedYears
{
  guint32    first_line;
  guint32    n_years;
  PackedYear years[];
};

static gboolean
pack_figure (SlkPosition  figure,
             SlkPosition  key,
             guint16     *cell)
{
  if (figure.line == 0)
    *cell = 0;
  else if (figure.line == key.line && figure.column > key.column &&
           figure.column - key.column < SAME_LINE)
    *cell = (guint16) (SAME_LINE | (figure.column - key.column));
  else if (figure.line > key.line && figure.line - key.line <= 15 &&
           figure.column >= 1 && figure.column <= COLUMN_MASK)
    *cell = (guint16) ((figure.line - key.line) << BELOW_SHIFT | figure.column);
  else
    return FALSE;
  return TRUE;
}

SlkPackedYears *
_slk_packed_years_new (SlkYearTable *years)
{
  g_autofree SlkPackedYears *packed = NULL;
  guint32 first = G_MAXUINT32;

  for (guint y = 0; y < years->len; y++)
    first = MIN (first, SLK_YEAR_TABLE_AT (years, SlkYearTrace, y)->slots[0].line);
  packed = g_malloc (sizeof (SlkPackedYears) + years->len * sizeof (PackedYear));
  packed->first_line = first;
  packed->n_years = years->len;
  for (guint y = 0; y < years->len; y++)
    {
      const SlkYearTrace *whole = SLK_YEAR_TABLE_AT (years, SlkYearTrace, y);
      PackedYear *year = &packed->years[y];

      if (whole->slots[0].line - first > G_MAXUINT16)
        return NULL;
      year->year = whole->year;
      year->key_line = (guint16) (whole->slots[0].line - first);
      year->key_column = whole->slots[0].column;
      for (guint s = 1; s < SLK_TRACE_YEAR_SLOTS; s++)
        if (!pack_figure (whole->slots[s], whole->slots[0], &year->cells[s - 1]))
          return NULL;
    }
  return g_steal_pointer (&packed);
}

static const PackedYear *
find (const SlkPackedYears *packed,
      guint                 year)
{
  guint low = 0, high = packed->n_years;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (packed->years[mid].year == year)
        return &packed->years[mid];
      if (packed->years[mid].year < year)
        low = mid + 1;
      else
        high = mid;
    }
  return NULL;
}

SlkPosition
_slk_packed_years_get (const SlkPackedYears *packed,
                       guint                 year,
                       guint                 slot)
{
  const PackedYear *found = find (packed, year);
  SlkPosition key;
  guint16 cell;

  if (found == NULL)
    return unknown;
  key = (SlkPosition) { packed->first_line + found->key_line, found->key_column };
  if (slot == 0)
    return key;
  cell = found->cells[slot - 1];
  if (cell == 0)
    return unknown;
  if (cell & SAME_LINE)
    return (SlkPosition) { key.line, key.column + (cell & ~SAME_LINE) };
  return (SlkPosition) { key.line + (cell >> BELOW_SHIFT), cell & COLUMN_MASK };
}
