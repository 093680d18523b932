/* slk-rule-target.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_RULE_TARGET (slk_rule_target_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkRuleTarget, slk_rule_target, SLK, RULE_TARGET, GObject)

SLK_AVAILABLE_IN_ALL
SlkRuleTarget    *slk_rule_target_new             (const char        *ministry_id,
                                                   guint              year,
                                                   guint              count);
SLK_AVAILABLE_IN_ALL
const char       *slk_rule_target_get_ministry_id (SlkRuleTarget     *self);
SLK_AVAILABLE_IN_ALL
guint             slk_rule_target_get_year        (SlkRuleTarget     *self);
SLK_AVAILABLE_IN_ALL
guint             slk_rule_target_get_count       (SlkRuleTarget     *self);

G_END_DECLS
