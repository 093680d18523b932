/* slk-figure-block.c: an organization's figures in one block
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-figure-block-private.h"

SLK_YEAR_ENTRY (SlkFigureYear);

typedef struct
{
  guint16 year;
  guint8  present;
  guint8  from_file;
} Head;

SLK_YEAR_ENTRY (Head);

/* n_years heads, then (from an 8-byte boundary) the present values. */
struct _SlkFigureBlock
{
  guint32 n_years;
  Head    heads[];
};

typedef union
{
  gint64 cents;
  double value;
} Value;

G_STATIC_ASSERT (sizeof (Value) == 8);
G_STATIC_ASSERT (SLK_N_METRICS <= 8);   /* present fits a byte */

static gsize
values_offset (guint n_years)
{
  gsize end = sizeof (SlkFigureBlock) + n_years * sizeof (Head);

  return (end + 7) & ~(gsize) 7;
}

static const guint8 *
values_of (const SlkFigureBlock *block)
{
  return (const guint8 *) block + values_offset (block->n_years);
}

/* A block of the years of @years (SlkFigureYear, in year order), or NULL
 * when it has none. */
SlkFigureBlock *
_slk_figure_block_new (const SlkYearTable *years)
{
  SlkFigureBlock *block;
  guint n_values = 0;
  guint8 *values;

  if (years->len == 0)
    return NULL;
  for (guint i = 0; i < years->len; i++)
    {
      const SlkFigureYear *entry = SLK_YEAR_TABLE_AT (years, SlkFigureYear, i);

      n_values += (guint) __builtin_popcount (entry->present);
    }
  block = g_malloc (values_offset (years->len) + n_values * sizeof (Value));
  block->n_years = years->len;
  values = (guint8 *) block + values_offset (years->len);
  for (guint i = 0; i < years->len; i++)
    {
      const SlkFigureYear *entry = SLK_YEAR_TABLE_AT (years, SlkFigureYear, i);

      block->heads[i] = (Head) { entry->year, entry->present, entry->from_file };
      for (guint m = 0; m < SLK_N_METRICS; m++)
        if (entry->present & (1u << m))
          {
            memcpy (values, &entry->values[m], sizeof (Value));
            values += sizeof (Value);
          }
    }
  return block;
}

guint
_slk_figure_block_n_years (const SlkFigureBlock *block)
{
  return block != NULL ? block->n_years : 0;
}

/* The year and the metrics given of year @index, without its values. */
SlkYearHead
_slk_figure_block_head (const SlkFigureBlock *block,
                        guint                 index)
{
  g_assert (block != NULL && index < block->n_years);

  return (SlkYearHead) { block->heads[index].year, block->heads[index].present };
}

/* Decodes year @index (from 0, in year order); absent metrics read 0. */
void
_slk_figure_block_read (const SlkFigureBlock *block,
                        guint                 index,
                        SlkFigureYear        *year)
{
  const guint8 *values;
  guint skip = 0;

  g_assert (block != NULL && index < block->n_years);

  for (guint i = 0; i < index; i++)
    skip += (guint) __builtin_popcount (block->heads[i].present);
  values = values_of (block) + skip * sizeof (Value);
  memset (year, 0, sizeof *year);
  year->year = block->heads[index].year;
  year->present = block->heads[index].present;
  year->from_file = block->heads[index].from_file;
  for (guint m = 0; m < SLK_N_METRICS; m++)
    if (year->present & (1u << m))
      {
        memcpy (&year->values[m], values, sizeof (Value));
        values += sizeof (Value);
      }
}

/* Decodes @year into @found; FALSE when the block has no such year. */
gboolean
_slk_figure_block_find (const SlkFigureBlock *block,
                        guint                 year,
                        SlkFigureYear        *found)
{
  gboolean exists;
  guint index;

  if (block == NULL)
    return FALSE;
  index = _slk_year_search (block->heads, block->n_years, sizeof (Head), year, &exists);
  if (exists)
    _slk_figure_block_read (block, index, found);
  return exists;
}

/* The block as a table of SlkFigureYear, to change; never NULL. */
SlkYearTable *
_slk_figure_block_to_table (const SlkFigureBlock *block)
{
  SlkYearTable *table = _slk_year_table_new (sizeof (SlkFigureYear));

  for (guint i = 0; i < _slk_figure_block_n_years (block); i++)
    {
      SlkFigureYear year;

      _slk_figure_block_read (block, i, &year);
      _slk_year_table_insert (table, &year);
    }
  return table;
}

/* The years, in order; never NULL. */
guint *
_slk_figure_block_years (const SlkFigureBlock *block,
                         gsize                *n_years)
{
  guint n = _slk_figure_block_n_years (block);
  guint *years = g_new (guint, n + 1);

  for (guint i = 0; i < n; i++)
    years[i] = block->heads[i].year;
  *n_years = n;
  return years;
}
