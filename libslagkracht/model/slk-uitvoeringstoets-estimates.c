/* slk-uitvoeringstoets-estimates.c: what an assessment estimates: the
 * lead time, the costs, and a rating per aspect
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-uitvoeringstoets-private.h"

/**
 * slk_uitvoeringstoets_get_implementation_months:
 * @self: an assessment
 * @months: (out) (optional): the lead time asked for, in months
 *
 * Gets the lead time the assessor asks for (`implementation_months`).
 *
 * Returns: %TRUE if it is given
 */
gboolean
slk_uitvoeringstoets_get_implementation_months (SlkUitvoeringstoets *self,
                                                int                 *months)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), FALSE);
  if (months != NULL)
    *months = self->has_months ? self->months : 0;
  return self->has_months;
}

/**
 * slk_uitvoeringstoets_set_implementation_months:
 * @self: an assessment
 * @months: the lead time, in months
 *
 * Sets the lead time asked for. A negative value is held, and reported by
 * [method@Slk.Dataset.validate] as `negative-value`.
 */
void
slk_uitvoeringstoets_set_implementation_months (SlkUitvoeringstoets *self,
                                                int                  months)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  _slk_record_core_forget (&self->core, "implementation_months");
  self->has_months = TRUE;
  self->months = months;
}

/**
 * slk_uitvoeringstoets_unset_implementation_months:
 * @self: an assessment
 *
 * Removes the lead time: no source gives it.
 */
void
slk_uitvoeringstoets_unset_implementation_months (SlkUitvoeringstoets *self)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  self->has_months = FALSE;
  self->months = 0;
}

/**
 * slk_uitvoeringstoets_get_cost:
 * @self: an assessment
 * @cost: which cost
 * @cents: (out) (optional): the amount in euro cents
 *
 * Gets an estimated cost, exact to the cent.
 *
 * Returns: %TRUE if the cost is given; %FALSE if it is absent (which is
 *   not 0)
 */
gboolean
slk_uitvoeringstoets_get_cost (SlkUitvoeringstoets *self,
                               SlkCost              cost,
                               gint64              *cents)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), FALSE);
  g_return_val_if_fail (cost <= SLK_COST_STRUCTURAL, FALSE);

  if (cents != NULL)
    *cents = (self->has_cost & (1u << cost)) ? self->costs[cost] : 0;
  return (self->has_cost & (1u << cost)) != 0;
}

/**
 * slk_uitvoeringstoets_set_cost:
 * @self: an assessment
 * @cost: which cost
 * @cents: the amount in euro cents
 *
 * Sets an estimated cost.
 */
void
slk_uitvoeringstoets_set_cost (SlkUitvoeringstoets *self,
                               SlkCost              cost,
                               gint64               cents)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (cost <= SLK_COST_STRUCTURAL);

  self->costs[cost] = cents;
  self->has_cost |= 1u << cost;
}

/**
 * slk_uitvoeringstoets_unset_cost:
 * @self: an assessment
 * @cost: which cost
 *
 * Removes an estimated cost: no source gives it.
 */
void
slk_uitvoeringstoets_unset_cost (SlkUitvoeringstoets *self,
                                 SlkCost              cost)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (cost <= SLK_COST_STRUCTURAL);

  self->costs[cost] = 0;
  self->has_cost &= ~(1u << cost);
}

/**
 * slk_uitvoeringstoets_get_rating:
 * @self: an assessment
 * @aspect: an aspect
 *
 * Gets how the assessment rates @aspect.
 *
 * Returns: the rating, %SLK_RATING_UNKNOWN if the aspect is not rated
 */
SlkRating
slk_uitvoeringstoets_get_rating (SlkUitvoeringstoets *self,
                                 SlkAspect            aspect)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), SLK_RATING_UNKNOWN);
  g_return_val_if_fail (aspect < SLK_N_ASPECTS, SLK_RATING_UNKNOWN);
  return self->ratings[aspect];
}

/**
 * slk_uitvoeringstoets_set_rating:
 * @self: an assessment
 * @aspect: an aspect
 * @rating: the rating; %SLK_RATING_UNKNOWN removes it
 *
 * Sets how the assessment rates @aspect.
 */
void
slk_uitvoeringstoets_set_rating (SlkUitvoeringstoets *self,
                                 SlkAspect            aspect,
                                 SlkRating            rating)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (aspect < SLK_N_ASPECTS);
  g_return_if_fail (rating <= SLK_RATING_BLOCKING);
  self->ratings[aspect] = rating;
}
