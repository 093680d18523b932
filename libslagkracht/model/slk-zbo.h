/* slk-zbo.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-organization.h"

G_BEGIN_DECLS

#define SLK_TYPE_ZBO (slk_zbo_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkZbo, slk_zbo, SLK, ZBO, SlkOrganization)

SLK_AVAILABLE_IN_ALL
SlkZbo             *slk_zbo_new                   (const char         *id,
                                                   const char         *name,
                                                   const char         *parent_id);
SLK_AVAILABLE_IN_ALL
SlkLegalForm        slk_zbo_get_legal_form        (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_legal_form        (SlkZbo             *self,
                                                   SlkLegalForm        legal_form);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean  slk_zbo_get_legal_personality (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_legal_personality (SlkZbo             *self,
                                                   SlkOptionalBoolean  legal_personality);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean  slk_zbo_get_kaderwet          (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_kaderwet          (SlkZbo             *self,
                                                   SlkOptionalBoolean  kaderwet);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean  slk_zbo_get_authority         (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_authority         (SlkZbo             *self,
                                                   SlkOptionalBoolean  authority);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean  slk_zbo_get_inspectieraad     (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_inspectieraad     (SlkZbo             *self,
                                                   SlkOptionalBoolean  inspectieraad);
SLK_AVAILABLE_IN_ALL
GDateTime          *slk_zbo_dup_last_evaluation   (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_last_evaluation   (SlkZbo             *self,
                                                   GDateTime          *last_evaluation);
SLK_AVAILABLE_IN_ALL
gboolean            slk_zbo_has_members           (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
char              **slk_zbo_dup_members           (SlkZbo             *self);
SLK_AVAILABLE_IN_ALL
void                slk_zbo_set_members           (SlkZbo             *self,
                                                   const char * const *members);

G_END_DECLS
