/* slk-dataset.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "slk-record.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_DATASET (slk_dataset_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkDataset, slk_dataset, SLK, DATASET, GObject)

SLK_AVAILABLE_IN_ALL
SlkDataset  *slk_dataset_new                (void);
SLK_AVAILABLE_IN_ALL
SlkDataset  *slk_dataset_new_default        (void);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_load_from_file     (SlkDataset       *self,
                                             const char       *path,
                                             GError          **error);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_load_from_data     (SlkDataset       *self,
                                             const char       *data,
                                             gssize            length,
                                             GError          **error);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_load_from_bytes    (SlkDataset       *self,
                                             GBytes           *bytes,
                                             GError          **error);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_save_to_file       (SlkDataset       *self,
                                             const char       *path,
                                             GError          **error);
SLK_AVAILABLE_IN_ALL
char        *slk_dataset_to_data            (SlkDataset       *self,
                                             gsize            *length);
SLK_AVAILABLE_IN_ALL
JsonNode    *slk_dataset_to_json_node       (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
SlkFinding  *slk_dataset_get_load_failure   (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
const char  *slk_dataset_get_title          (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_set_title          (SlkDataset       *self,
                                             const char       *title);
SLK_AVAILABLE_IN_ALL
GDateTime   *slk_dataset_dup_reference_date (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_set_reference_date (SlkDataset       *self,
                                             GDateTime        *reference_date);
SLK_AVAILABLE_IN_ALL
GObject     *slk_dataset_lookup             (SlkDataset       *self,
                                             const char       *id);
SLK_AVAILABLE_IN_ALL
SlkRecord   *slk_dataset_lookup_record      (SlkDataset       *self,
                                             const char       *id);
SLK_AVAILABLE_IN_ALL
SlkOrganization *slk_dataset_lookup_organization (SlkDataset  *self,
                                                  const char  *id);
SLK_AVAILABLE_IN_ALL
SlkUitvoeringstoets *slk_dataset_lookup_uitvoeringstoets (SlkDataset *self,
                                                          const char *id);
SLK_AVAILABLE_IN_ALL
SlkNoodrem  *slk_dataset_lookup_noodrem     (SlkDataset       *self,
                                             const char       *id);
SLK_AVAILABLE_IN_ALL
SlkTaakstelling *slk_dataset_lookup_taakstelling (SlkDataset  *self,
                                                  const char  *id);
SLK_AVAILABLE_IN_ALL
SlkRuleChange *slk_dataset_lookup_rule_change (SlkDataset     *self,
                                               const char     *id);
SLK_AVAILABLE_IN_ALL
SlkCommitment *slk_dataset_lookup_commitment  (SlkDataset     *self,
                                               const char     *id);
SLK_AVAILABLE_IN_ALL
char        *slk_dataset_dup_closest_id     (SlkDataset       *self,
                                             const char       *id,
                                             GType             record_type);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_organizations (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
guint        slk_dataset_get_n_organizations (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_organization   (SlkDataset       *self,
                                             SlkOrganization  *organization,
                                             GError          **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_uitvoeringstoetsen (SlkDataset  *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_uitvoeringstoets    (SlkDataset           *self,
                                                  SlkUitvoeringstoets  *toets,
                                                  GError              **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_noodremmen         (SlkDataset  *self);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_open_noodremmen    (SlkDataset  *self);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_overdue_noodremmen (SlkDataset  *self,
                                                  GDateTime   *at);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_noodrem             (SlkDataset  *self,
                                                  SlkNoodrem  *noodrem,
                                                  GError     **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_taakstellingen (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_taakstelling    (SlkDataset      *self,
                                              SlkTaakstelling *taakstelling,
                                              GError         **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_rule_changes   (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_rule_change     (SlkDataset      *self,
                                              SlkRuleChange   *change,
                                              GError         **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_rule_targets   (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_add_rule_target     (SlkDataset      *self,
                                              SlkRuleTarget   *target);
SLK_AVAILABLE_IN_ALL
SlkReport   *slk_dataset_validate           (SlkDataset       *self);
SLK_AVAILABLE_IN_ALL
SlkReport   *slk_dataset_validate_with_norms (SlkDataset      *self,
                                              SlkNorms        *norms);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_commitments   (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_dataset_add_commitment     (SlkDataset      *self,
                                             SlkCommitment   *commitment,
                                             GError         **error);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_fte_targets   (SlkDataset      *self);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_add_fte_target     (SlkDataset      *self,
                                             SlkFteTarget    *target);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_dataset_list_sources       (SlkDataset  *self);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_add_source         (SlkDataset  *self,
                                             SlkSource   *source);
SLK_AVAILABLE_IN_ALL
SlkReported *slk_dataset_dup_rijksdienst_reported (SlkDataset *self,
                                                   guint       year);
SLK_DEPRECATED_FOR (slk_dataset_list_rijksdienst_reported_years)
guint       *slk_dataset_get_rijksdienst_reported_years (SlkDataset *self,
                                                         guint      *n_years);
SLK_AVAILABLE_IN_ALL
guint       *slk_dataset_list_rijksdienst_reported_years (SlkDataset *self,
                                                          guint      *n_years);
SLK_AVAILABLE_IN_ALL
void         slk_dataset_set_rijksdienst_reported (SlkDataset  *self,
                                                   SlkReported *reported);

G_END_DECLS
