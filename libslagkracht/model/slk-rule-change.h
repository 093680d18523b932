/* slk-rule-change.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_RULE_CHANGE (slk_rule_change_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkRuleChange, slk_rule_change, SLK, RULE_CHANGE, GObject)

SLK_AVAILABLE_IN_ALL
SlkRuleChange    *slk_rule_change_new             (const char        *id,
                                                   const char        *ministry_id,
                                                   SlkRuleChangeKind  change,
                                                   SlkAudience        audience);
SLK_AVAILABLE_IN_ALL
const char       *slk_rule_change_get_id          (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
SlkDataset       *slk_rule_change_get_dataset     (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
const char       *slk_rule_change_get_ministry_id (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
void              slk_rule_change_set_ministry_id (SlkRuleChange     *self,
                                                   const char        *ministry_id);
SLK_AVAILABLE_IN_ALL
SlkRuleChangeKind slk_rule_change_get_change      (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
void              slk_rule_change_set_change      (SlkRuleChange     *self,
                                                   SlkRuleChangeKind  change);
SLK_AVAILABLE_IN_ALL
SlkAudience       slk_rule_change_get_audience    (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
void              slk_rule_change_set_audience    (SlkRuleChange     *self,
                                                   SlkAudience        audience);
SLK_AVAILABLE_IN_ALL
const char       *slk_rule_change_get_title       (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
void              slk_rule_change_set_title       (SlkRuleChange     *self,
                                                   const char        *title);
SLK_AVAILABLE_IN_ALL
GDateTime        *slk_rule_change_dup_date        (SlkRuleChange     *self);
SLK_AVAILABLE_IN_ALL
void              slk_rule_change_set_date        (SlkRuleChange     *self,
                                                   GDateTime         *date);

G_END_DECLS
