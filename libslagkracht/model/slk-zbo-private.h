/* slk-zbo-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-date-private.h"
#include "slk-zbo.h"

G_BEGIN_DECLS

SlkDay _slk_zbo_get_last_evaluation_day (SlkZbo *self);
void   _slk_zbo_set_last_evaluation_day (SlkZbo *self,
                                         SlkDay  day);
const char * const *_slk_zbo_get_members (SlkZbo *self);

G_END_DECLS
