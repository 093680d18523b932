/* slk-noodrem.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>

#include "slk-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_NOODREM (slk_noodrem_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkNoodrem, slk_noodrem, SLK, NOODREM, GObject)

SLK_AVAILABLE_IN_ALL
SlkNoodrem      *slk_noodrem_new                    (const char     *id,
                                                     SlkNoodremKind  kind);
SLK_AVAILABLE_IN_ALL
const char      *slk_noodrem_get_id                 (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
SlkDataset      *slk_noodrem_get_dataset            (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
SlkNoodremKind   slk_noodrem_get_kind               (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_kind               (SlkNoodrem     *self,
                                                     SlkNoodremKind  kind);
SLK_AVAILABLE_IN_ALL
const char      *slk_noodrem_get_raised_by_id       (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_raised_by_id       (SlkNoodrem     *self,
                                                     const char     *organization_id);
SLK_AVAILABLE_IN_ALL
SlkOrganization *slk_noodrem_get_raiser             (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
const char      *slk_noodrem_get_addressed_to_id    (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_addressed_to_id    (SlkNoodrem     *self,
                                                     const char     *ministry_id);
SLK_AVAILABLE_IN_ALL
SlkMinistry     *slk_noodrem_get_addressee          (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
const char      *slk_noodrem_get_subject            (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_subject            (SlkNoodrem     *self,
                                                     const char     *subject);
SLK_AVAILABLE_IN_ALL
const char      *slk_noodrem_get_uitvoeringstoets_id (SlkNoodrem    *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_uitvoeringstoets_id (SlkNoodrem    *self,
                                                     const char     *toets_id);
SLK_AVAILABLE_IN_ALL
SlkUitvoeringstoets *slk_noodrem_get_uitvoeringstoets (SlkNoodrem   *self);
SLK_AVAILABLE_IN_ALL
SlkGrounds       slk_noodrem_get_grounds            (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_grounds            (SlkNoodrem     *self,
                                                     SlkGrounds      grounds);
SLK_AVAILABLE_IN_ALL
GDateTime       *slk_noodrem_dup_response_deadline  (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
void             slk_noodrem_set_response_deadline  (SlkNoodrem     *self,
                                                     GDateTime      *deadline);
SLK_AVAILABLE_IN_ALL
SlkStep          slk_noodrem_get_state              (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
GListModel      *slk_noodrem_list_events            (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
guint            slk_noodrem_get_n_events           (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_can_take_step          (SlkNoodrem     *self,
                                                     SlkStep         step);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_take_step              (SlkNoodrem     *self,
                                                     SlkStep         step,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_signal                 (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_escalate_official      (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_escalate_political     (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_pull                   (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_acknowledge            (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_comply                 (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_explain                (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *explanation,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_close                  (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_withdraw               (SlkNoodrem     *self,
                                                     GDateTime      *date,
                                                     const char     *note,
                                                     GError        **error);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_is_open                (SlkNoodrem     *self);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_is_overdue             (SlkNoodrem     *self,
                                                     GDateTime      *at);
SLK_AVAILABLE_IN_ALL
gboolean         slk_noodrem_get_days_to_response   (SlkNoodrem     *self,
                                                     int            *days);

G_END_DECLS
