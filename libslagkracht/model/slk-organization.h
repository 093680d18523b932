/* slk-organization.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>

#include "slk-source.h"
#include "slk-types.h"
#include "slk-enums.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_ORGANIZATION (slk_organization_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (SlkOrganization, slk_organization, SLK, ORGANIZATION, GObject)

/**
 * SlkOrganizationClass:
 * @parent_class: the parent class
 * @kind: the [enum@Slk.OrganizationKind] of every instance of the class
 *
 * The class of [class@Slk.Organization]. Subclasses set @kind in their
 * class_init.
 */
struct _SlkOrganizationClass
{
  GObjectClass        parent_class;
  SlkOrganizationKind kind;

  /*< private >*/
  gpointer _reserved[8];
};

SLK_AVAILABLE_IN_ALL
SlkOrganizationKind  slk_organization_get_kind          (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
const char          *slk_organization_get_id            (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
const char          *slk_organization_get_name          (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_name          (SlkOrganization *self,
                                                         const char      *name);
SLK_AVAILABLE_IN_ALL
const char          *slk_organization_get_abbreviation  (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_abbreviation  (SlkOrganization *self,
                                                         const char      *abbreviation);
SLK_AVAILABLE_IN_ALL
const char          *slk_organization_get_parent_id     (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_parent_id     (SlkOrganization *self,
                                                         const char      *parent_id);
SLK_AVAILABLE_IN_ALL
SlkMinistry         *slk_organization_get_parent        (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
GDateTime           *slk_organization_dup_established   (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_established   (SlkOrganization *self,
                                                         GDateTime       *established);
SLK_AVAILABLE_IN_ALL
GDateTime           *slk_organization_dup_ended         (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_ended         (SlkOrganization *self,
                                                         GDateTime       *ended);
SLK_AVAILABLE_IN_ALL
GListModel          *slk_organization_list_sources      (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
SlkSource           *slk_organization_dup_source        (SlkOrganization *self,
                                                         const char      *key);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_add_source        (SlkOrganization *self,
                                                         SlkSource       *source);
SLK_DEPRECATED_FOR (slk_organization_dup_value_source)
SlkSource           *slk_organization_dup_figure_source (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric);
SLK_AVAILABLE_IN_ALL
SlkSource           *slk_organization_dup_value_source  (SlkOrganization *self,
                                                         SlkMetric        metric,
                                                         guint            year);
SLK_DEPRECATED_FOR (slk_organization_set_value_source)
void                 slk_organization_set_figure_source (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric,
                                                         const char      *key);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_value_source  (SlkOrganization *self,
                                                         SlkMetric        metric,
                                                         guint            year,
                                                         const char      *key);
SLK_AVAILABLE_IN_ALL
SlkDataset          *slk_organization_get_dataset       (SlkOrganization *self);
SLK_DEPRECATED_FOR (slk_organization_get_value)
gboolean             slk_organization_get_figure        (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric,
                                                         double          *value);
SLK_AVAILABLE_IN_ALL
gboolean             slk_organization_get_value  (SlkOrganization *self,
                                                  SlkMetric        metric,
                                                  guint            year,
                                                  double          *value);
SLK_DEPRECATED_FOR (slk_organization_get_cents)
gboolean             slk_organization_get_amount        (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric,
                                                         gint64          *cents);
SLK_AVAILABLE_IN_ALL
gboolean             slk_organization_get_cents  (SlkOrganization *self,
                                                  SlkMetric        metric,
                                                  guint            year,
                                                  gint64          *cents);
SLK_DEPRECATED_FOR (slk_organization_set_value)
void                 slk_organization_set_figure        (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric,
                                                         double           value);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_value  (SlkOrganization *self,
                                                  SlkMetric        metric,
                                                  guint            year,
                                                  double           value);
SLK_DEPRECATED_FOR (slk_organization_set_cents)
void                 slk_organization_set_amount        (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric,
                                                         gint64           cents);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_set_cents  (SlkOrganization *self,
                                                  SlkMetric        metric,
                                                  guint            year,
                                                  gint64           cents);
SLK_DEPRECATED_FOR (slk_organization_unset_value)
void                 slk_organization_unset_figure      (SlkOrganization *self,
                                                         guint            year,
                                                         SlkMetric        metric);
SLK_AVAILABLE_IN_ALL
void                 slk_organization_unset_value  (SlkOrganization *self,
                                                    SlkMetric        metric,
                                                    guint            year);
SLK_DEPRECATED_FOR (slk_organization_list_years)
guint               *slk_organization_get_years         (SlkOrganization *self,
                                                         gsize           *n_years);
SLK_AVAILABLE_IN_ALL
guint               *slk_organization_list_years (SlkOrganization *self,
                                                  gsize           *n_years);
SLK_DEPRECATED_FOR (slk_organization_dup_figure_column)
double              *slk_organization_get_figure_column (SlkOrganization *self,
                                                         SlkMetric        metric,
                                                         const guint     *years,
                                                         gsize            n_years,
                                                         gsize           *n_values);
SLK_AVAILABLE_IN_ALL
double              *slk_organization_dup_figure_column (SlkOrganization *self,
                                                         SlkMetric        metric,
                                                         const guint     *years,
                                                         gsize            n_years,
                                                         gsize           *n_values);
SLK_AVAILABLE_IN_ALL
GListModel          *slk_organization_list_assessed_toetsen (SlkOrganization *self);
SLK_AVAILABLE_IN_ALL
GListModel          *slk_organization_list_raised_noodremmen (SlkOrganization *self);

SLK_AVAILABLE_IN_ALL
gboolean             slk_metric_is_amount               (SlkMetric        metric);
SLK_AVAILABLE_IN_ALL
const char          *slk_metric_to_string               (SlkMetric        metric);

G_END_DECLS
