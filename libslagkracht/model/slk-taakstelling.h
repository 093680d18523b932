/* slk-taakstelling.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>

#include "slk-enums.h"
#include "slk-measure.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_TAAKSTELLING (slk_taakstelling_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkTaakstelling, slk_taakstelling, SLK, TAAKSTELLING, GObject)

SLK_AVAILABLE_IN_ALL
SlkTaakstelling    *slk_taakstelling_new             (const char          *id,
                                                      SlkTaakstellingKind  kind,
                                                      const char          *name);
SLK_AVAILABLE_IN_ALL
const char         *slk_taakstelling_get_id          (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
SlkDataset         *slk_taakstelling_get_dataset     (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
SlkTaakstellingKind slk_taakstelling_get_kind        (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_kind        (SlkTaakstelling     *self,
                                                      SlkTaakstellingKind  kind);
SLK_AVAILABLE_IN_ALL
const char         *slk_taakstelling_get_name        (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_name        (SlkTaakstelling     *self,
                                                      const char          *name);
SLK_AVAILABLE_IN_ALL
const char         *slk_taakstelling_get_scope_id    (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_scope_id    (SlkTaakstelling     *self,
                                                      const char          *organization_id);
SLK_DEPRECATED_FOR (slk_taakstelling_get_scope_organization)
SlkOrganization    *slk_taakstelling_get_scope       (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
SlkOrganization    *slk_taakstelling_get_scope_organization (SlkTaakstelling *self);
SLK_AVAILABLE_IN_ALL
const char         *slk_taakstelling_get_parent_id   (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_parent_id   (SlkTaakstelling     *self,
                                                      const char          *parent_id);
SLK_AVAILABLE_IN_ALL
SlkTaakstelling    *slk_taakstelling_get_parent      (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
GListModel         *slk_taakstelling_list_shares     (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_dubbele_slot (SlkTaakstelling    *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_dubbele_slot (SlkTaakstelling    *self,
                                                       gboolean            dubbele_slot);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_rate        (SlkTaakstelling     *self,
                                                      double              *rate);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_rate        (SlkTaakstelling     *self,
                                                      double               rate);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_unset_rate      (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_base        (SlkTaakstelling     *self,
                                                      guint               *year,
                                                      gint64              *cents);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_base        (SlkTaakstelling     *self,
                                                      guint                year,
                                                      gint64               cents);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_unset_base      (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_amount      (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      guint                year,
                                                      gint64              *cents);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_amount      (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      guint                year,
                                                      gint64               cents);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_fte         (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      guint                year,
                                                      double              *fte);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_set_fte         (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      guint                year,
                                                      double               fte);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_unset           (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      guint                year);
SLK_DEPRECATED_FOR (slk_taakstelling_list_years)
guint              *slk_taakstelling_get_years       (SlkTaakstelling     *self,
                                                      gsize               *n_years);
SLK_AVAILABLE_IN_ALL
guint              *slk_taakstelling_list_years (SlkTaakstelling *self,
                                                 gsize           *n_years);
SLK_DEPRECATED_FOR (slk_taakstelling_dup_column)
double             *slk_taakstelling_get_column      (SlkTaakstelling     *self,
                                                      SlkTaakFigure        figure,
                                                      const guint         *years,
                                                      gsize                n_years,
                                                      gsize               *n_values);
SLK_AVAILABLE_IN_ALL
double             *slk_taakstelling_dup_column (SlkTaakstelling *self,
                                                 SlkTaakFigure    figure,
                                                 const guint     *years,
                                                 gsize            n_years,
                                                 gsize           *n_values);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_get_effective_realized
                                                     (SlkTaakstelling     *self,
                                                      guint                year,
                                                      gint64              *cents);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_is_met          (SlkTaakstelling     *self,
                                                      guint                year);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_generate_ramp   (SlkTaakstelling     *self,
                                                      guint                first_year,
                                                      guint                full_year,
                                                      guint                last_year,
                                                      GError             **error);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_generate_amount_ramp (SlkTaakstelling  *self,
                                                           guint             first_year,
                                                           guint             full_year,
                                                           guint             last_year,
                                                           gint64            full_cents,
                                                           GError          **error);
SLK_AVAILABLE_IN_ALL
gboolean            slk_taakstelling_generate_productivity
                                                     (SlkTaakstelling     *self,
                                                      guint                first_year,
                                                      guint                last_year,
                                                      GError             **error);
SLK_AVAILABLE_IN_ALL
GListModel         *slk_taakstelling_list_measures   (SlkTaakstelling     *self);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_add_measure     (SlkTaakstelling     *self,
                                                      SlkMeasure          *measure);
SLK_AVAILABLE_IN_ALL
void                slk_taakstelling_clear_measures  (SlkTaakstelling     *self);

G_END_DECLS
