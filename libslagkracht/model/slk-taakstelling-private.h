/* slk-taakstelling-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-record-core-private.h"
#include "slk-year-table-private.h"
#include "slk-taakstelling.h"

G_BEGIN_DECLS

/* One year of a taakstelling. Bit f of @present says whether figure f is
 * given; amounts are cents, FTE doubles. */
typedef struct
{
  guint16 year;
  guint8  present;
  gint64  cents[2];   /* SLK_TAAK_FIGURE_TARGETS, SLK_TAAK_FIGURE_REALIZED */
  double  fte[2];     /* SLK_TAAK_FIGURE_FTE_TARGETS - 2, SLK_TAAK_FIGURE_FTE_REALIZED - 2 */
} SlkTaakYear;

struct _SlkTaakstelling
{
  GObject             parent_instance;
  SlkRecordCore       core;
  char               *id;
  char               *name;
  char               *scope_id;
  char               *parent_id;
  SlkTaakstellingKind kind;
  gboolean            dubbele_slot;
  gboolean            has_rate;
  double              rate;
  gboolean            has_base;
  guint               base_year;
  gint64              base_cents;
  SlkYearTable       *years;   /* SlkTaakYear, by year */
  GPtrArray          *measures;   /* SlkMeasure, or NULL */
};

SlkRecordCore     *_slk_taakstelling_get_core    (SlkTaakstelling *self);
void               _slk_taakstelling_set_dataset (SlkTaakstelling *self,
                                                  SlkDataset      *dataset,
                                                  guint            index);
const SlkTaakYear *_slk_taakstelling_find_year   (SlkTaakstelling *self,
                                                  guint            year);
GPtrArray         *_slk_taakstelling_shares      (SlkTaakstelling *self);
gboolean           _slk_taakstelling_measured    (SlkTaakstelling *self,
                                                  guint            year,
                                                  gint64          *cents,
                                                  gboolean        *too_large);

G_END_DECLS
