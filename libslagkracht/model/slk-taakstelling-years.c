/* slk-taakstelling-years.c: the figures of a taakstelling per year, and
 * whether a year is met
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-amount-private.h"
#include "slk-enum-types.h"
#include "slk-share-tree-private.h"
#include "slk-store-private.h"
#include "slk-taakstelling-private.h"
#include "slk-year-table-private.h"

#define IS_AMOUNT(figure) ((figure) <= SLK_TAAK_FIGURE_REALIZED)

SLK_YEAR_ENTRY (SlkTaakYear);

const SlkTaakYear *
_slk_taakstelling_find_year (SlkTaakstelling *self,
                             guint            year)
{
  return _slk_year_table_find (self->years, year);
}

static void
forget_file_value (SlkTaakstelling *self,
                   SlkTaakFigure    figure,
                   guint            year)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SLK_TYPE_TAAK_FIGURE);
  const char *member = g_enum_get_value (klass, figure)->value_nick;
  JsonObject *nested = _slk_record_core_nested (&self->core, member);
  char key[8];

  g_snprintf (key, sizeof key, "%u", year);
  if (nested != NULL && json_object_has_member (nested, key))
    json_object_remove_member (nested, key);
}

/**
 * slk_taakstelling_get_amount:
 * @self: a taakstelling
 * @figure: %SLK_TAAK_FIGURE_TARGETS or %SLK_TAAK_FIGURE_REALIZED
 * @year: a year
 * @cents: (out) (optional): the amount in euro cents
 *
 * Gets a target or the realized cut of a year, as the record gives it (for
 * the realized that counts, see
 * [method@Slk.Taakstelling.get_effective_realized]).
 *
 * Returns: %TRUE if given; %FALSE if absent, which is not 0
 */
gboolean
slk_taakstelling_get_amount (SlkTaakstelling *self,
                             SlkTaakFigure    figure,
                             guint            year,
                             gint64          *cents)
{
  const SlkTaakYear *entry;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  g_return_val_if_fail (IS_AMOUNT (figure), FALSE);

  entry = _slk_taakstelling_find_year (self, year);
  if (entry == NULL || !(entry->present & (1u << figure)))
    {
      if (cents != NULL)
        *cents = 0;
      return FALSE;
    }
  if (cents != NULL)
    *cents = entry->cents[figure];
  return TRUE;
}

/**
 * slk_taakstelling_set_amount:
 * @self: a taakstelling
 * @figure: %SLK_TAAK_FIGURE_TARGETS or %SLK_TAAK_FIGURE_REALIZED
 * @year: a year (four digits)
 * @cents: the amount in cents, at most ±9 223 372 036 854 775 800
 *
 * Sets a target or the realized cut of a year.
 */
void
slk_taakstelling_set_amount (SlkTaakstelling *self,
                             SlkTaakFigure    figure,
                             guint            year,
                             gint64           cents)
{
  SlkTaakYear *entry;

  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (IS_AMOUNT (figure));
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (_slk_amount_in_range (cents));

  entry = _slk_year_table_ensure (self->years, year);
  entry->cents[figure] = cents;
  entry->present |= 1u << figure;
  forget_file_value (self, figure, year);
}

/**
 * slk_taakstelling_get_fte:
 * @self: a taakstelling
 * @figure: %SLK_TAAK_FIGURE_FTE_TARGETS or %SLK_TAAK_FIGURE_FTE_REALIZED
 * @year: a year
 * @fte: (out) (optional): the FTE
 *
 * Gets the FTE to shed by a year, or the FTE shed.
 *
 * Returns: %TRUE if given
 */
gboolean
slk_taakstelling_get_fte (SlkTaakstelling *self,
                          SlkTaakFigure    figure,
                          guint            year,
                          double          *fte)
{
  const SlkTaakYear *entry;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  g_return_val_if_fail (!IS_AMOUNT (figure) && figure < SLK_N_TAAK_FIGURES, FALSE);

  entry = _slk_taakstelling_find_year (self, year);
  if (entry == NULL || !(entry->present & (1u << figure)))
    {
      if (fte != NULL)
        *fte = 0.0;
      return FALSE;
    }
  if (fte != NULL)
    *fte = entry->fte[figure - SLK_TAAK_FIGURE_FTE_TARGETS];
  return TRUE;
}

/**
 * slk_taakstelling_set_fte:
 * @self: a taakstelling
 * @figure: %SLK_TAAK_FIGURE_FTE_TARGETS or %SLK_TAAK_FIGURE_FTE_REALIZED
 * @year: a year (four digits)
 * @fte: the FTE
 *
 * Sets the FTE to shed by a year, or the FTE shed.
 */
void
slk_taakstelling_set_fte (SlkTaakstelling *self,
                          SlkTaakFigure    figure,
                          guint            year,
                          double           fte)
{
  SlkTaakYear *entry;

  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (!IS_AMOUNT (figure) && figure < SLK_N_TAAK_FIGURES);
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (isfinite (fte));

  entry = _slk_year_table_ensure (self->years, year);
  entry->fte[figure - SLK_TAAK_FIGURE_FTE_TARGETS] = fte;
  entry->present |= 1u << figure;
  forget_file_value (self, figure, year);
}

/**
 * slk_taakstelling_unset:
 * @self: a taakstelling
 * @figure: which figure
 * @year: a year
 *
 * Removes a figure of a year: no source gives it.
 */
void
slk_taakstelling_unset (SlkTaakstelling *self,
                        SlkTaakFigure    figure,
                        guint            year)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (figure < SLK_N_TAAK_FIGURES);

  _slk_year_table_unset (self->years, year, figure);
}

/**
 * slk_taakstelling_get_years:
 * @self: a taakstelling
 * @n_years: (out): the number of years
 *
 * Lists the years that have any figure, in order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 *
 * Deprecated: 0.2: Use [method@Slk.Taakstelling.list_years] instead.
 */
guint *
slk_taakstelling_get_years (SlkTaakstelling *self,
                            gsize           *n_years)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  return _slk_year_table_years (self->years, n_years);
}

/**
 * slk_taakstelling_list_years:
 * @self: a taakstelling
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Taakstelling.get_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the years that have any figure, in order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 */
guint *
slk_taakstelling_list_years (SlkTaakstelling *self,
                             gsize           *n_years)
{
  return slk_taakstelling_get_years (self, n_years);
}

/**
 * slk_taakstelling_get_column:
 * @self: a taakstelling
 * @figure: which figure
 * @years: (array length=n_years): the years
 * @n_years: the number of years
 * @n_values: (out): the number of values, @n_years
 *
 * Gets one figure for many years in one call: amounts in euro, FTE as FTE,
 * NaN where absent.
 *
 * Returns: (transfer full) (array length=n_values): the values
 *
 * Deprecated: 0.2: Use [method@Slk.Taakstelling.dup_column] instead.
 */
double *
slk_taakstelling_get_column (SlkTaakstelling *self,
                             SlkTaakFigure    figure,
                             const guint     *years,
                             gsize            n_years,
                             gsize           *n_values)
{
  double *values;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  g_return_val_if_fail (figure < SLK_N_TAAK_FIGURES, NULL);
  g_return_val_if_fail (years != NULL || n_years == 0, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  values = g_new (double, MAX (n_years, 1));
  for (gsize i = 0; i < n_years; i++)
    {
      const SlkTaakYear *entry = _slk_taakstelling_find_year (self, years[i]);

      if (entry == NULL || !(entry->present & (1u << figure)))
        values[i] = NAN;
      else if (IS_AMOUNT (figure))
        values[i] = (double) entry->cents[figure] / 100.0;
      else
        values[i] = entry->fte[figure - SLK_TAAK_FIGURE_FTE_TARGETS];
    }
  *n_values = n_years;
  return values;
}

/**
 * slk_taakstelling_dup_column:
 * @self: a taakstelling
 * @figure: which figure
 * @years: (array length=n_years): the years
 * @n_years: the number of years
 * @n_values: (out): the number of values, @n_years
 *
 * The same as [method@Slk.Taakstelling.get_column], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets one figure for many years in one call: amounts in euro, FTE as FTE,
 * NaN where absent.
 *
 * Returns: (transfer full) (array length=n_values): the values
 */
double *
slk_taakstelling_dup_column (SlkTaakstelling *self,
                             SlkTaakFigure    figure,
                             const guint     *years,
                             gsize            n_years,
                             gsize           *n_values)
{
  return slk_taakstelling_get_column (self, figure, years, n_years, n_values);
}

/**
 * slk_taakstelling_get_effective_realized:
 * @self: a taakstelling
 * @year: a year
 * @cents: (out) (optional): the realized cut, in cents
 *
 * Gets the realized cut that counts: the record's own, or, for a
 * taakstelling with shares and no realized of its own, the sum of what its
 * shares realized.
 *
 * Returns: %TRUE if there is any; %FALSE if neither the record nor any of
 *   its shares gives a realized cut for @year
 */
gboolean
slk_taakstelling_get_effective_realized (SlkTaakstelling *self,
                                         guint            year,
                                         gint64          *cents)
{
  g_autoptr(SlkShareTree) tree = NULL;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);

  tree = _slk_share_tree_new (_slk_store_of (self->core.dataset));
  return _slk_share_tree_realized (tree, self, year, cents) != SLK_REALIZED_ABSENT;
}

/**
 * slk_taakstelling_is_met:
 * @self: a taakstelling
 * @year: a year
 *
 * Says whether the target of @year is met: the effective realized cut (a
 * missing one counts as 0) reaches the target; with the dubbele slot, the
 * FTE shed reaches the FTE target as well.
 *
 * Returns: %TRUE if met, or if @year has no target
 */
gboolean
slk_taakstelling_is_met (SlkTaakstelling *self,
                         guint            year)
{
  g_autoptr(SlkShareTree) tree = NULL;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);

  tree = _slk_share_tree_new (_slk_store_of (self->core.dataset));
  return _slk_share_tree_is_met (tree, self, year);
}
