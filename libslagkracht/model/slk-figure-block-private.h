/* slk-figure-block-private.h: an organization's figures in one block
 *
 * A large dataset holds millions of figure years. Held as a table of
 * SlkFigureYear each takes 72 bytes whatever it gives; the block keeps,
 * in one allocation, a 4-byte head per year (year, present, from_file)
 * and then only the values that are present, 8 bytes each, in year and
 * metric order. Reading a year decodes it into a SlkFigureYear; changing
 * one goes through a table (_slk_figure_block_to_table) and a new block.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "slk-organization-enums.h"
#include "slk-year-table-private.h"

G_BEGIN_DECLS

/* One year of figures. Amounts are exact cents; the other metrics are
 * doubles. Bit m of @present says whether metric m is given. */
typedef struct
{
  guint16     year;
  guint8      present;
  guint8      from_file;  /* bit m: metric m is as the loaded file gave it */
  union {
    gint64 cents;
    double value;
  }           values[SLK_N_METRICS];
} SlkFigureYear;

typedef struct _SlkFigureBlock SlkFigureBlock;

SlkFigureBlock *_slk_figure_block_new      (const SlkYearTable   *years);
guint           _slk_figure_block_n_years  (const SlkFigureBlock *block);
SlkYearHead     _slk_figure_block_head     (const SlkFigureBlock *block,
                                            guint                 index);
void            _slk_figure_block_read     (const SlkFigureBlock *block,
                                            guint                 index,
                                            SlkFigureYear        *year);
gboolean        _slk_figure_block_find     (const SlkFigureBlock *block,
                                            guint                 year,
                                            SlkFigureYear        *found);
SlkYearTable   *_slk_figure_block_to_table (const SlkFigureBlock *block);
guint          *_slk_figure_block_years    (const SlkFigureBlock *block,
                                            gsize                *n_years);

G_END_DECLS
