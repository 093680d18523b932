/* slk-trace-packing.c: a record's positions in one small block
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-trace-packing-private.h"

static const SlkPosition unknown = { 0, 0 };

/* A member: its line's distance from the first line (8 bits) and its
 * column (24 bits). */
#define SLOT_COLUMN_BITS 24
#define SLOT_COLUMN_MASK ((1u << SLOT_COLUMN_BITS) - 1)
#define MAX_SLOTS        32

/* A figure: with the top bit, on the key's line, that many columns after
 * the key; without it, 1 to 15 lines below the key (4 bits) at column 1
 * to 2047 (11 bits). */
#define SAME_LINE   0x8000u
#define BELOW_SHIFT 11
#define COLUMN_MASK 0x7ffu

typedef struct
{
  guint16 year;       /* first, as _slk_year_search () reads it */
  guint16 key_line;   /* distance from the record's first line */
  guint32 key_column;
} YearHead;

G_STATIC_ASSERT (G_STRUCT_OFFSET (YearHead, year) == G_STRUCT_OFFSET (SlkYearHead, year));

/* The header, then: a cell per known slot (guint32); a YearHead per year;
 * a byte per year with a bit per known figure; a cell per known figure
 * (guint16), year by year. */
struct _SlkPackedRecord
{
  guint32 first_line;
  guint32 slot_mask;    /* bit s: slot s is known */
  guint16 n_slots;
  guint16 n_years;
  guint32 cells[];
};

G_STATIC_ASSERT (SLK_TRACE_YEAR_SLOTS - 1 <= 8);   /* a year's figures fit a byte */

static const YearHead *
heads_of (const SlkPackedRecord *packed)
{
  return (const YearHead *) (packed->cells + __builtin_popcount (packed->slot_mask));
}

static const guint8 *
masks_of (const SlkPackedRecord *packed)
{
  return (const guint8 *) (heads_of (packed) + packed->n_years);
}

static const guint16 *
figures_of (const SlkPackedRecord *packed)
{
  gsize end = (gsize) (masks_of (packed) + packed->n_years);

  return (const guint16 *) ((end + 1) & ~(gsize) 1);
}

static gboolean
pack_figure (SlkPosition  figure,
             SlkPosition  key,
             guint16     *cell)
{
  if (figure.line == key.line && figure.column > key.column &&
      figure.column - key.column < SAME_LINE)
    *cell = (guint16) (SAME_LINE | (figure.column - key.column));
  else if (figure.line > key.line && figure.line - key.line <= 15 &&
           figure.column >= 1 && figure.column <= COLUMN_MASK)
    *cell = (guint16) ((figure.line - key.line) << BELOW_SHIFT | figure.column);
  else
    return FALSE;
  return TRUE;
}

/* Counts what is known and checks that the members and year keys pack;
 * FALSE if they do not. (Figures are checked as they are packed.) */
static gboolean
measure (const SlkPosition *slots,
         guint              n_slots,
         const SlkYearTable *years,
         guint32           *first,
         guint             *n_figures)
{
  *first = G_MAXUINT32;
  *n_figures = 0;
  for (guint i = 0; i < n_slots; i++)
    if (slots[i].line != 0)
      *first = MIN (*first, slots[i].line);
  for (guint y = 0; years != NULL && y < years->len; y++)
    {
      const SlkYearTrace *whole = SLK_YEAR_TABLE_AT (years, SlkYearTrace, y);

      if (whole->slots[0].line == 0)
        return FALSE;
      *first = MIN (*first, whole->slots[0].line);
      for (guint s = 1; s < SLK_TRACE_YEAR_SLOTS; s++)
        *n_figures += whole->slots[s].line != 0;
    }
  for (guint i = 0; i < n_slots; i++)
    if (slots[i].line != 0 &&
        (slots[i].line - *first >= 0xff || slots[i].column == 0 ||
         slots[i].column > SLOT_COLUMN_MASK))
      return FALSE;
  for (guint y = 0; years != NULL && y < years->len; y++)
    if (SLK_YEAR_TABLE_AT (years, SlkYearTrace, y)->slots[0].line - *first > G_MAXUINT16)
      return FALSE;
  return TRUE;
}

/* Packs @n_slots member positions and @years (SlkYearTrace in year order,
 * or NULL) into one block; NULL when a position does not fit. */
SlkPackedRecord *
_slk_packed_record_new (const SlkPosition *slots,
                        guint              n_slots,
                        const SlkYearTable *years)
{
  SlkPackedRecord *packed;
  guint n_years = years != NULL ? years->len : 0;
  guint n_known = 0, n_figures;
  guint32 first, *cell;
  YearHead *head;
  guint8 *mask;
  guint16 *figure;
  gsize size;

  if (n_slots > MAX_SLOTS || n_years > G_MAXUINT16 ||
      !measure (slots, n_slots, years, &first, &n_figures))
    return NULL;
  for (guint i = 0; i < n_slots; i++)
    n_known += slots[i].line != 0;
  size = sizeof (SlkPackedRecord) + n_known * sizeof (guint32) + n_years * sizeof (YearHead)
         + n_years + 1 + n_figures * sizeof (guint16);
  packed = g_malloc (size);
  packed->first_line = first;
  packed->slot_mask = 0;
  packed->n_slots = (guint16) n_slots;
  packed->n_years = (guint16) n_years;
  cell = packed->cells;
  for (guint i = 0; i < n_slots; i++)
    if (slots[i].line != 0)
      {
        packed->slot_mask |= 1u << i;
        *cell++ = (slots[i].line - first) << SLOT_COLUMN_BITS | slots[i].column;
      }
  head = (YearHead *) heads_of (packed);
  mask = (guint8 *) masks_of (packed);
  figure = (guint16 *) figures_of (packed);
  for (guint y = 0; y < n_years; y++)
    {
      const SlkYearTrace *whole = SLK_YEAR_TABLE_AT (years, SlkYearTrace, y);

      head[y] = (YearHead) { whole->year, (guint16) (whole->slots[0].line - first),
                             whole->slots[0].column };
      mask[y] = 0;
      for (guint s = 1; s < SLK_TRACE_YEAR_SLOTS; s++)
        if (whole->slots[s].line != 0)
          {
            mask[y] |= (guint8) (1u << (s - 1));
            if (!pack_figure (whole->slots[s], whole->slots[0], figure++))
              {
                g_free (packed);
                return NULL;
              }
          }
    }
  return packed;
}

SlkPosition
_slk_packed_record_slot (const SlkPackedRecord *packed,
                         guint                  slot)
{
  guint32 cell;

  if (slot >= packed->n_slots || !(packed->slot_mask & (1u << slot)))
    return unknown;
  cell = packed->cells[__builtin_popcount (packed->slot_mask & ((1u << slot) - 1))];
  return (SlkPosition) { packed->first_line + (cell >> SLOT_COLUMN_BITS),
                         cell & SLOT_COLUMN_MASK };
}

/* Slot 0 is the year's key; slot 1 + f is figure f. */
SlkPosition
_slk_packed_record_year (const SlkPackedRecord *packed,
                         guint                  year,
                         guint                  slot)
{
  const guint8 *masks = masks_of (packed);
  const YearHead *head;
  SlkPosition key;
  guint bit, index = 0, found;
  gboolean exists;
  guint16 cell;

  found = _slk_year_search (heads_of (packed), packed->n_years, sizeof (YearHead), year, &exists);
  if (!exists || slot >= SLK_TRACE_YEAR_SLOTS)
    return unknown;
  head = &heads_of (packed)[found];
  key = (SlkPosition) { packed->first_line + head->key_line, head->key_column };
  if (slot == 0)
    return key;
  bit = 1u << (slot - 1);
  if (!(masks[found] & bit))
    return unknown;
  for (guint y = 0; y < found; y++)
    index += (guint) __builtin_popcount (masks[y]);
  cell = figures_of (packed)[index + (guint) __builtin_popcount (masks[found] & (bit - 1))];
  if (cell & SAME_LINE)
    return (SlkPosition) { key.line, key.column + (cell & ~SAME_LINE) };
  return (SlkPosition) { key.line + (cell >> BELOW_SHIFT), cell & COLUMN_MASK };
}
