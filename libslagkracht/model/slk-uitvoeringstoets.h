/* slk-uitvoeringstoets.h
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

#define SLK_TYPE_UITVOERINGSTOETS (slk_uitvoeringstoets_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkUitvoeringstoets, slk_uitvoeringstoets, SLK, UITVOERINGSTOETS, GObject)

SLK_AVAILABLE_IN_ALL
SlkUitvoeringstoets *slk_uitvoeringstoets_new             (const char          *id,
                                                           SlkToetsKind         kind);
SLK_AVAILABLE_IN_ALL
const char      *slk_uitvoeringstoets_get_id              (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
SlkDataset      *slk_uitvoeringstoets_get_dataset         (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
SlkToetsKind     slk_uitvoeringstoets_get_kind            (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_kind            (SlkUitvoeringstoets *self,
                                                           SlkToetsKind         kind);
SLK_AVAILABLE_IN_ALL
const char      *slk_uitvoeringstoets_get_proposal        (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_proposal        (SlkUitvoeringstoets *self,
                                                           const char          *proposal);
SLK_AVAILABLE_IN_ALL
SlkProposalType  slk_uitvoeringstoets_get_proposal_type   (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_proposal_type   (SlkUitvoeringstoets *self,
                                                           SlkProposalType      proposal_type);
SLK_AVAILABLE_IN_ALL
const char      *slk_uitvoeringstoets_get_requested_by_id (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_requested_by_id (SlkUitvoeringstoets *self,
                                                           const char          *ministry_id);
SLK_AVAILABLE_IN_ALL
SlkMinistry     *slk_uitvoeringstoets_get_requester       (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
const char      *slk_uitvoeringstoets_get_assessor_id     (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_assessor_id     (SlkUitvoeringstoets *self,
                                                           const char          *organization_id);
SLK_AVAILABLE_IN_ALL
SlkOrganization *slk_uitvoeringstoets_get_assessor        (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
GDateTime       *slk_uitvoeringstoets_dup_date            (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_date            (SlkUitvoeringstoets *self,
                                                           GDateTime           *date);
SLK_AVAILABLE_IN_ALL
SlkVerdict       slk_uitvoeringstoets_get_verdict         (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_verdict         (SlkUitvoeringstoets *self,
                                                           SlkVerdict           verdict);
SLK_AVAILABLE_IN_ALL
const char * const *slk_uitvoeringstoets_get_conditions   (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_conditions      (SlkUitvoeringstoets *self,
                                                           const char * const  *conditions);
SLK_AVAILABLE_IN_ALL
gboolean         slk_uitvoeringstoets_get_implementation_months
                                                          (SlkUitvoeringstoets *self,
                                                           int                 *months);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_implementation_months
                                                          (SlkUitvoeringstoets *self,
                                                           int                  months);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_unset_implementation_months
                                                          (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
gboolean         slk_uitvoeringstoets_get_cost            (SlkUitvoeringstoets *self,
                                                           SlkCost              cost,
                                                           gint64              *cents);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_cost            (SlkUitvoeringstoets *self,
                                                           SlkCost              cost,
                                                           gint64               cents);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_unset_cost          (SlkUitvoeringstoets *self,
                                                           SlkCost              cost);
SLK_AVAILABLE_IN_ALL
SlkRating        slk_uitvoeringstoets_get_rating          (SlkUitvoeringstoets *self,
                                                           SlkAspect            aspect);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_rating          (SlkUitvoeringstoets *self,
                                                           SlkAspect            aspect,
                                                           SlkRating            rating);
SLK_AVAILABLE_IN_ALL
GDateTime       *slk_uitvoeringstoets_dup_decision_date   (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_decision_date   (SlkUitvoeringstoets *self,
                                                           GDateTime           *date);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean slk_uitvoeringstoets_get_decision_followed
                                                          (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_decision_followed
                                                          (SlkUitvoeringstoets *self,
                                                           SlkOptionalBoolean   followed);
SLK_AVAILABLE_IN_ALL
const char      *slk_uitvoeringstoets_get_decision_motivation
                                                          (SlkUitvoeringstoets *self);
SLK_AVAILABLE_IN_ALL
void             slk_uitvoeringstoets_set_decision_motivation
                                                          (SlkUitvoeringstoets *self,
                                                           const char          *motivation);
SLK_AVAILABLE_IN_ALL
GListModel      *slk_uitvoeringstoets_list_noodremmen     (SlkUitvoeringstoets *self);

G_END_DECLS
