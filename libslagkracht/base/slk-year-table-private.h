/* slk-year-table-private.h: figures by year, one entry a year in year order
 *
 * An organization's figures, a taakstelling's targets and the positions of
 * a loaded organization's figures are each a GArray of entries that begin
 * with the year and a bit set of the figures given (SLK_YEAR_ENTRY checks
 * that a type does); these functions find, make and drop entries for all.
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

GArray  *_slk_year_table_new    (gsize   entry_size);
gpointer _slk_year_table_find   (GArray *table,
                                 guint   year);
gpointer _slk_year_table_ensure (GArray *table,
                                 guint   year);
void     _slk_year_table_unset  (GArray *table,
                                 guint   year,
                                 guint   figure);
guint   *_slk_year_table_years  (GArray *table,
                                 gsize  *n_years);

G_END_DECLS
