/* slk-rule-private.h: what the loader, writer and validator need of rule
 * changes and rule targets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-date-private.h"
#include "slk-record-core-private.h"
#include "slk-rule-change.h"
#include "slk-rule-target.h"

G_BEGIN_DECLS

SlkRecordCore *_slk_rule_change_get_core    (SlkRuleChange *self);
void           _slk_rule_change_set_dataset (SlkRuleChange *self,
                                             SlkDataset    *dataset,
                                             guint          index);
SlkDay         _slk_rule_change_get_day     (SlkRuleChange *self);
void           _slk_rule_change_set_day     (SlkRuleChange *self,
                                             SlkDay         day);
#define SLK_RULE_CHANGE_HAS_CHANGE   (1u << 0)
#define SLK_RULE_CHANGE_HAS_AUDIENCE (1u << 1)
guint          _slk_rule_change_get_given   (SlkRuleChange *self);
void           _slk_rule_change_clear_given (SlkRuleChange *self);
SlkRecordCore *_slk_rule_target_get_core    (SlkRuleTarget *self);
void           _slk_rule_target_set_dataset (SlkRuleTarget *self,
                                             SlkDataset    *dataset,
                                             guint          index);
const char    *_slk_rule_target_no_id       (SlkRuleTarget *self);
void           _slk_rule_target_set         (SlkRuleTarget *self,
                                             const char    *ministry_id,
                                             guint          year,
                                             guint          count,
                                             guint          present);

/* Which members of a rule target the file gave (it has no setters). */
#define SLK_RULE_TARGET_HAS_YEAR  (1u << 0)
#define SLK_RULE_TARGET_HAS_COUNT (1u << 1)
guint          _slk_rule_target_get_present (SlkRuleTarget *self);

G_END_DECLS
