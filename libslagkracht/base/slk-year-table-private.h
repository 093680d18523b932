/* slk-year-table-private.h: figures by year, one entry a year in year order
 *
 * An organization's figures, a taakstelling's targets and the positions of
 * a loaded organization's figures are each a table of entries that begin
 * with the year and a bit set of the figures given (SLK_YEAR_ENTRY checks
 * that a type does); these functions find, make and drop entries for all.
 *
 * A table is sized to what it holds once loading is done
 * (_slk_year_table_trim): a GArray rounds every allocation up to a power
 * of two, which for eight years of figures nearly doubled the memory of a
 * large dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The head every entry type starts with. */
typedef struct
{
  guint16 year;
  guint8  present;   /* bit f: figure f is given */
} SlkYearHead;

#define SLK_YEAR_ENTRY(type)                                           \
  G_STATIC_ASSERT (G_STRUCT_OFFSET (type, year) == G_STRUCT_OFFSET (SlkYearHead, year) && \
                   G_STRUCT_OFFSET (type, present) == G_STRUCT_OFFSET (SlkYearHead, present))

typedef struct
{
  guint8 *data;
  guint   len;        /* entries in use */
  guint   capacity;   /* entries allocated */
  gsize   entry_size;
} SlkYearTable;

/* Entry @i of @table, as @type. */
#define SLK_YEAR_TABLE_AT(table, type, i) (((type *) (void *) (table)->data) + (i))

/* The index of @year among @n entries of @stride bytes in year order, each
 * beginning with its year as a guint16 (as SlkYearHead), or where it would
 * go (with *found FALSE): for the table and for compact copies of one. */
guint         _slk_year_search       (gconstpointer entries,
                                      guint         n,
                                      gsize         stride,
                                      guint         year,
                                      gboolean     *found);

SlkYearTable *_slk_year_table_new    (gsize         entry_size);
void          _slk_year_table_free   (SlkYearTable *table);
SlkYearTable *_slk_year_table_copy   (const SlkYearTable *table);
gpointer      _slk_year_table_find   (SlkYearTable *table,
                                      guint         year);
gpointer      _slk_year_table_ensure (SlkYearTable *table,
                                      guint         year);
void          _slk_year_table_insert (SlkYearTable *table,
                                      gconstpointer entry);
void          _slk_year_table_unset  (SlkYearTable *table,
                                      guint         year,
                                      guint         figure);
void          _slk_year_table_trim   (SlkYearTable *table);
guint        *_slk_year_table_years  (SlkYearTable *table,
                                      gsize        *n_years);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlkYearTable, _slk_year_table_free)

G_END_DECLS
