/* slk-judge-private.h: every norm judged in one place, with one wording
 *
 * Validation (checks/) and the monitor (analysis/) both ask these
 * functions whether a norm is met and let them say so, so that a figure is
 * never judged two ways. Shares are compared exactly: a share is kept as
 * its two parts, and the parts and the norm are compared as the decimals
 * they were written as, so that 35.35 of 101 FTE is exactly 35 %.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "slk-format-private.h"
#include "slk-budget-enums.h"
#include "slk-date-private.h"
#include "slk-norms.h"

G_BEGIN_DECLS

/* A share as its two parts: exact cents for amounts, or figures such as
 * FTE. Defined only when the whole is above 0. */
typedef struct
{
  gboolean  in_cents;
  __int128  part_cents;
  __int128  whole_cents;
  double    part;
  double    whole;
} SlkRatio;

SlkRatio _slk_ratio_of_cents  (__int128        part,
                               __int128        whole);
SlkRatio _slk_ratio_of_values (double          part,
                               double          whole);
gboolean _slk_ratio_defined   (const SlkRatio *ratio);
double   _slk_ratio_value     (const SlkRatio *ratio);
int      _slk_ratio_compare   (const SlkRatio *ratio,
                               double          limit);

/* Whether a norm is broken. */
gboolean _slk_judge_roemernorm      (SlkNorms       *norms,
                                     const SlkRatio *external_hire_share);
gboolean _slk_judge_overhead        (SlkNorms       *norms,
                                     guint           year,
                                     const SlkRatio *overhead_share);
gboolean _slk_judge_commitment_overdue (SlkCommitmentStatus status,
                                        SlkDay              due,
                                        SlkDay              reference);
gboolean _slk_judge_fte_target      (double          fte,
                                     double          target);
gboolean _slk_judge_taakstelling    (gint64          target_cents,
                                     gint64          realized_cents);
gboolean _slk_judge_rules           (guint           changed,
                                     guint           target);
gboolean _slk_judge_rules_for_businesses (SlkNorms  *norms,
                                     guint           for_businesses,
                                     guint           all);

/* What a broken norm is called, one sentence, for a finding's message.
 * @who names the organization, ministry or "the Rijksdienst". */
void _slk_say_roemernorm      (GString        *out,
                               guint           year,
                               const char     *who,
                               const SlkRatio *external_hire_share,
                               SlkNorms       *norms);
void _slk_say_overhead        (GString        *out,
                               guint           year,
                               const char     *who,
                               const SlkRatio *overhead_share,
                               SlkNorms       *norms);
/* A sentence kept as its numbers until it is read: a large file gives
 * hundreds of thousands of norm findings, whose texts would outweigh the
 * dataset. _slk_say_worded() says it exactly as the _slk_say_*() above. */
typedef enum
{
  SLK_WORDING_TEXT,         /* none: the message is text */
  SLK_WORDING_ROEMERNORM,   /* share: external hire; norm: the Roemernorm */
  SLK_WORDING_OVERHEAD,     /* share: overhead; norm: the year's target */
} SlkWording;

void _slk_say_worded          (GString        *out,
                               SlkWording      wording,
                               guint           year,
                               const char     *who,
                               double          share,
                               double          norm);
void _slk_say_taakstelling    (GString        *out,
                               guint           year,
                               const char     *who,
                               gint64          target_cents,
                               gint64          realized_cents);
/* @partial: the FTE is a sum of only the organisations that give it. */
void _slk_say_fte_target      (GString        *out,
                               guint           year,
                               const char     *who,
                               double          fte,
                               const char     *scope,
                               double          target,
                               gboolean        partial);
void _slk_say_rules           (GString        *out,
                               guint           year,
                               const char     *who,
                               guint           changed,
                               guint           target);
void _slk_say_rules_for_businesses (GString   *out,
                               guint           year,
                               guint           for_businesses,
                               guint           all,
                               SlkNorms       *norms);

G_END_DECLS
