/* slk-uitvoeringstoets-verdict.c: an assessment's verdict, its conditions,
 * and the decision taken on the proposal
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-uitvoeringstoets-private.h"
#include "slk-util-private.h"

/**
 * slk_uitvoeringstoets_get_verdict: (get-property verdict)
 * @self: an assessment
 *
 * Gets the verdict.
 *
 * Returns: the verdict, %SLK_VERDICT_UNKNOWN if not given
 */
SlkVerdict
slk_uitvoeringstoets_get_verdict (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), SLK_VERDICT_UNKNOWN);
  return self->verdict;
}

/**
 * slk_uitvoeringstoets_set_verdict: (set-property verdict)
 * @self: an assessment
 * @verdict: the verdict
 *
 * Sets the verdict.
 */
void
slk_uitvoeringstoets_set_verdict (SlkUitvoeringstoets *self,
                                  SlkVerdict           verdict)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (verdict <= SLK_VERDICT_INFEASIBLE);
  if (self->verdict == verdict)
    return;
  self->verdict = verdict;
  _slk_uitvoeringstoets_changed (self, PROP_VERDICT);
}

/**
 * slk_uitvoeringstoets_get_conditions: (get-property conditions)
 * @self: an assessment
 *
 * Gets the conditions of a `conditional` verdict.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   conditions, or %NULL if none are given
 */
const char * const *
slk_uitvoeringstoets_get_conditions (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return (const char * const *) self->conditions;
}

/**
 * slk_uitvoeringstoets_set_conditions: (set-property conditions)
 * @self: an assessment
 * @conditions: (nullable) (array zero-terminated=1): the conditions
 *
 * Sets the conditions of a `conditional` verdict. %NULL removes them; an
 * empty list is kept as an empty list.
 */
void
slk_uitvoeringstoets_set_conditions (SlkUitvoeringstoets *self,
                                     const char * const  *conditions)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));

  if (self->conditions == NULL && conditions == NULL)
    return;
  if (self->conditions != NULL && conditions != NULL &&
      g_strv_equal ((const char * const *) self->conditions, conditions))
    return;
  g_strfreev (self->conditions);
  self->conditions = g_strdupv ((char **) conditions);
  _slk_uitvoeringstoets_changed (self, PROP_CONDITIONS);
}

/**
 * slk_uitvoeringstoets_dup_decision_date: (get-property decision-date)
 * @self: an assessment
 *
 * Gets the date of the decision on the proposal.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_uitvoeringstoets_dup_decision_date (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return _slk_day_to_date_time (self->decision_date);
}

/**
 * slk_uitvoeringstoets_set_decision_date: (set-property decision-date)
 * @self: an assessment
 * @date: (nullable): the date of the decision
 *
 * Sets the date of the decision on the proposal.
 */
void
slk_uitvoeringstoets_set_decision_date (SlkUitvoeringstoets *self,
                                        GDateTime           *date)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  _slk_uitvoeringstoets_set_decision_day (self, _slk_day_from_date_time (date));
}

/**
 * slk_uitvoeringstoets_get_decision_followed: (get-property decision-followed)
 * @self: an assessment
 *
 * Gets whether the decision followed the verdict.
 *
 * Returns: %SLK_OPTIONAL_BOOLEAN_UNKNOWN if no decision is recorded
 */
SlkOptionalBoolean
slk_uitvoeringstoets_get_decision_followed (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->decision_followed;
}

/**
 * slk_uitvoeringstoets_set_decision_followed: (set-property decision-followed)
 * @self: an assessment
 * @followed: whether the decision followed the verdict
 *
 * Sets whether the decision followed the verdict. A decision that does not
 * follow it needs [property@Slk.Uitvoeringstoets:decision-motivation].
 */
void
slk_uitvoeringstoets_set_decision_followed (SlkUitvoeringstoets *self,
                                            SlkOptionalBoolean   followed)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (followed <= SLK_OPTIONAL_BOOLEAN_TRUE);
  if (self->decision_followed == followed)
    return;
  self->decision_followed = followed;
  _slk_uitvoeringstoets_changed (self, PROP_DECISION_FOLLOWED);
}

/**
 * slk_uitvoeringstoets_get_decision_motivation: (get-property decision-motivation)
 * @self: an assessment
 *
 * Gets why the decision deviates from the verdict.
 *
 * Returns: (nullable): the motivation
 */
const char *
slk_uitvoeringstoets_get_decision_motivation (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->decision_motivation;
}

/**
 * slk_uitvoeringstoets_set_decision_motivation: (set-property decision-motivation)
 * @self: an assessment
 * @motivation: (nullable): the motivation
 *
 * Sets why the decision deviates from the verdict.
 */
void
slk_uitvoeringstoets_set_decision_motivation (SlkUitvoeringstoets *self,
                                              const char          *motivation)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  if (_slk_set_string (&self->decision_motivation, motivation))
    _slk_uitvoeringstoets_changed (self, PROP_DECISION_MOTIVATION);
}
