/* slk-taakstelling-generate.c: targets made from a base, for the
 * trajectories the seeds describe
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>

#include "slk-error.h"
#include "slk-norms.h"
#include "slk-taakstelling-private.h"

static gboolean
check_base (SlkTaakstelling  *self,
            guint             first_year,
            guint             last_year,
            GError          **error)
{
  if (!self->has_base)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_BASE,
                   _("The taakstelling \"%s\" has no base to compute targets from."),
                   self->id ? self->id : "");
      return FALSE;
    }
  if (first_year < 1000 || last_year > 9999 || first_year > last_year)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_INVALID_YEARS,
                   _("The years %u to %u are not a span of four-digit years."), first_year,
                   last_year);
      return FALSE;
    }
  return TRUE;
}

/* @numerator / @denominator of @cents, rounded half away from zero,
 * without overflow. */
static gint64
part_of (gint64 cents,
         gint64 numerator,
         gint64 denominator)
{
  __int128 product = (__int128) cents * numerator;
  __int128 half = denominator / 2;

  return (gint64) (product >= 0 ? (product + half) / denominator
                                : -((-product + half) / denominator));
}

/**
 * slk_taakstelling_generate_ramp:
 * @self: a taakstelling with a base and a rate
 * @first_year: the first year of the cut
 * @full_year: the year the cut reaches its full size, the rate of the base
 * @last_year: the last year to set
 * @error: return location for a #GError
 *
 * Sets the targets of a cut that rises in equal steps from @first_year to
 * its full size in @full_year and stays there until @last_year: the 22 %
 * apparaat taakstelling rising until 2029 (%SLK_NORM_APPARAAT_RATE,
 * %SLK_NORM_APPARAAT_FULL_YEAR). Each target is rounded to the cent.
 *
 * Returns: %TRUE if the targets were set; %FALSE with a
 *   [error@Slk.AllocationError] if there is no base, or the years are not
 *   in order
 */
gboolean
slk_taakstelling_generate_ramp (SlkTaakstelling  *self,
                                guint             first_year,
                                guint             full_year,
                                guint             last_year,
                                GError          **error)
{
  gint64 full;
  double rate;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_base (self, first_year, last_year, error))
    return FALSE;
  if (full_year < first_year || full_year > last_year)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_INVALID_YEARS,
                   _("The full year %u is not between %u and %u."), full_year, first_year,
                   last_year);
      return FALSE;
    }
  rate = self->has_rate ? self->rate : SLK_NORM_APPARAAT_RATE;
  full = (gint64) llroundl ((long double) self->base_cents * rate);
  for (guint year = first_year; year <= last_year; year++)
    {
      gint64 steps = full_year - first_year + 1;
      gint64 step = MIN (year, full_year) - first_year + 1;

      slk_taakstelling_set_amount (self, SLK_TAAK_FIGURE_TARGETS, year,
                                   part_of (full, step, steps));
    }
  return TRUE;
}

/**
 * slk_taakstelling_generate_productivity:
 * @self: a taakstelling with a base
 * @first_year: the first year of the norm, 2029 in the seeds
 * @last_year: the last year to set
 * @error: return location for a #GError
 *
 * Sets the targets of the productivity norm: a gain of the rate (the
 * record's, or %SLK_NORM_PRODUCTIVITY_RATE) a year from @first_year,
 * compounding, so that the cumulative cut in year y is
 * `base × (1 − (1 − rate)^(y − first_year + 1))`, rounded to the cent.
 *
 * Returns: %TRUE if the targets were set; %FALSE with a
 *   [error@Slk.AllocationError] if there is no base, or the years are not
 *   in order
 */
gboolean
slk_taakstelling_generate_productivity (SlkTaakstelling  *self,
                                        guint             first_year,
                                        guint             last_year,
                                        GError          **error)
{
  double rate;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_base (self, first_year, last_year, error))
    return FALSE;
  rate = self->has_rate ? self->rate : SLK_NORM_PRODUCTIVITY_RATE;
  for (guint year = first_year; year <= last_year; year++)
    {
      /* The part kept, (1 − rate)^n, in millionths of millionths: fixed
       * before it is applied, so that the cent a target rounds to does not
       * depend on the floating-point unit (x87 and SSE differ in the last
       * bits). */
      gint64 kept = llround (pow (1.0 - rate, year - first_year + 1) * 1e12);

      slk_taakstelling_set_amount (self, SLK_TAAK_FIGURE_TARGETS, year,
                                   part_of (self->base_cents, 1000000000000 - kept,
                                            1000000000000));
    }
  return TRUE;
}

/**
 * slk_taakstelling_generate_amount_ramp:
 * @self: a taakstelling
 * @first_year: the first year of the cut
 * @full_year: the year the cut reaches @full_cents
 * @last_year: the last year to set
 * @full_cents: the full size of the cut, in cents
 * @error: return location for a #GError
 *
 * Sets the targets of a cut that rises in equal steps from @first_year to
 * an amount in @full_year and stays there until @last_year: the efficiency
 * cut (€ 0.4 bn from 2030) and the Vernieuwing Rijksdienst cut (€ 1 bn in
 * 2030) of the June 2026 letter ([property@Slk.Norms:efficiency-amount],
 * [property@Slk.Norms:vernieuwing-amount]), whose first year is the
 * caller's choice: the letter gives none. Each target is rounded to the
 * cent; no base is needed.
 *
 * Returns: %TRUE if the targets were set; %FALSE with a
 *   [error@Slk.AllocationError] if the years are not in order
 */
gboolean
slk_taakstelling_generate_amount_ramp (SlkTaakstelling  *self,
                                       guint             first_year,
                                       guint             full_year,
                                       guint             last_year,
                                       gint64            full_cents,
                                       GError          **error)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  g_return_val_if_fail (full_cents >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (first_year < 1000 || last_year > 9999 || first_year > full_year || full_year > last_year)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_INVALID_YEARS,
                   _("The years %u, %u and %u are not first, full and last year in order "
                   "(1000 to 9999)."), first_year, full_year, last_year);
      return FALSE;
    }
  for (guint year = first_year; year <= last_year; year++)
    {
      gint64 steps = full_year - first_year + 1;
      gint64 step = MIN (year, full_year) - first_year + 1;

      slk_taakstelling_set_amount (self, SLK_TAAK_FIGURE_TARGETS, year,
                                   part_of (full_cents, step, steps));
    }
  return TRUE;
}
