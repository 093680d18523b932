/* slk-noodrem-ladder-private.h: the escalation ladder of SPEC §3, one table
 * for the step methods and the validator alike
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-enums.h"

G_BEGIN_DECLS

typedef enum
{
  SLK_LADDER_ALLOWED,
  SLK_LADDER_INVALID,
  SLK_LADDER_WITHOUT_ESCALATION,  /* pulled straight after the signal */
} SlkLadderJudgement;

SlkLadderJudgement _slk_ladder_judge           (SlkStep from,
                                                SlkStep to);
char              *_slk_ladder_describe_next   (SlkStep from);
const char        *_slk_step_to_string         (SlkStep step);
gboolean           _slk_step_from_string       (const char *text,
                                                SlkStep    *step);
gboolean           _slk_step_is_response       (SlkStep step);

G_END_DECLS
