/* slk-noodrem-ladder.c: which step may follow which
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-noodrem-ladder-private.h"

#define BIT(step) (1u << (step))

/* allowed[from]: the steps that may follow @from. */
static const guint allowed[SLK_N_STEPS] = {
  [SLK_STEP_NONE] = BIT (SLK_STEP_SIGNAL),
  [SLK_STEP_SIGNAL] = BIT (SLK_STEP_ESCALATION_OFFICIAL) | BIT (SLK_STEP_ESCALATION_POLITICAL) |
                      BIT (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ESCALATION_OFFICIAL] = BIT (SLK_STEP_ESCALATION_POLITICAL) | BIT (SLK_STEP_PULLED) |
                                   BIT (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ESCALATION_POLITICAL] = BIT (SLK_STEP_PULLED) | BIT (SLK_STEP_WITHDRAWN),
  [SLK_STEP_PULLED] = BIT (SLK_STEP_ACKNOWLEDGED) | BIT (SLK_STEP_COMPLIED) |
                      BIT (SLK_STEP_EXPLAINED) | BIT (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ACKNOWLEDGED] = BIT (SLK_STEP_COMPLIED) | BIT (SLK_STEP_EXPLAINED) |
                            BIT (SLK_STEP_WITHDRAWN),
  [SLK_STEP_COMPLIED] = BIT (SLK_STEP_CLOSED),
  [SLK_STEP_EXPLAINED] = BIT (SLK_STEP_CLOSED),
  [SLK_STEP_CLOSED] = 0,
  [SLK_STEP_WITHDRAWN] = 0,
};

static const char * const step_names[SLK_N_STEPS] = {
  "none", "signal", "escalation-official", "escalation-political", "pulled",
  "acknowledged", "complied", "explained", "closed", "withdrawn",
};

SlkLadderJudgement
_slk_ladder_judge (SlkStep from,
                   SlkStep to)
{
  g_return_val_if_fail (from < SLK_N_STEPS && to < SLK_N_STEPS, SLK_LADDER_INVALID);

  if (allowed[from] & BIT (to))
    return SLK_LADDER_ALLOWED;
  if (from == SLK_STEP_SIGNAL && to == SLK_STEP_PULLED)
    return SLK_LADDER_WITHOUT_ESCALATION;
  return SLK_LADDER_INVALID;
}

/* "escalation-official, escalation-political or withdrawn", or a sentence
 * for the ends of the ladder. */
char *
_slk_ladder_describe_next (SlkStep from)
{
  GString *out = g_string_new (NULL);
  guint n = 0, total = 0;

  for (int step = 0; step < SLK_N_STEPS; step++)
    total += (allowed[from] & BIT (step)) != 0;
  if (total == 0)
    return g_string_free (g_string_append (out, _("no step: the signal has ended")), FALSE);
  for (int step = 0; step < SLK_N_STEPS; step++)
    {
      if (!(allowed[from] & BIT (step)))
        continue;
      if (n > 0)
        g_string_append (out, n + 1 == total ? _(" or ") : ", ");
      g_string_append (out, step_names[step]);
      n++;
    }
  return g_string_free (out, FALSE);
}

const char *
_slk_step_to_string (SlkStep step)
{
  g_return_val_if_fail (step < SLK_N_STEPS, "none");
  return step_names[step];
}

gboolean
_slk_step_from_string (const char *text,
                       SlkStep    *step)
{
  for (int s = SLK_STEP_SIGNAL; s < SLK_N_STEPS; s++)
    if (g_str_equal (text, step_names[s]))
      {
        *step = s;
        return TRUE;
      }
  return FALSE;
}

/* The steps that answer a noodrem in time (SPEC §5, noodrem-response-overdue). */
gboolean
_slk_step_is_response (SlkStep step)
{
  return step == SLK_STEP_COMPLIED || step == SLK_STEP_EXPLAINED || step == SLK_STEP_WITHDRAWN;
}
