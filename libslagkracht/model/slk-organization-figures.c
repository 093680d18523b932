/* slk-organization-figures.c: the per-year figures of an organization
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-enum-types.h"
#include "slk-amount-private.h"
#include "slk-organization-private.h"
#include "slk-year-table-private.h"

/**
 * slk_metric_is_amount:
 * @metric: a metric
 *
 * Tells whether the metric is an amount in euro, held exactly in cents
 * (the spending metrics), rather than a quantity (FTE, square metres).
 *
 * Returns: %TRUE for an amount
 */
gboolean
slk_metric_is_amount (SlkMetric metric)
{
  return metric == SLK_METRIC_PERSONNEL_SPENDING ||
         metric == SLK_METRIC_EXTERNAL_HIRE_SPENDING ||
         metric == SLK_METRIC_MATERIAL_SPENDING;
}

/**
 * slk_metric_to_string:
 * @metric: a metric
 *
 * Gets the member name of the metric in the JSON format, e.g. `overhead_fte`.
 *
 * Returns: (transfer none): the name
 */
/* The nicks of SlkMetric; a table, since the loader asks for each figure. */
const SlkName _slk_metric_names[SLK_N_METRICS] = {
  SLK_NAME ("fte"), SLK_NAME ("overhead_fte"), SLK_NAME ("personnel_spending"),
  SLK_NAME ("external_hire_spending"), SLK_NAME ("material_spending"), SLK_NAME ("office_m2"),
  SLK_NAME ("external_hire_share"), SLK_NAME ("formatie"),
};

const char *
slk_metric_to_string (SlkMetric metric)
{
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  return _slk_metric_names[metric].name;
}

gboolean
_slk_organization_find_year (SlkOrganization *self,
                             guint            year,
                             SlkFigureYear   *found)
{
  return _slk_figure_block_find (_slk_organization_get_figures (self), year, found);
}

double
_slk_figure_year_get (const SlkFigureYear *entry,
                      SlkMetric            metric)
{
  if (slk_metric_is_amount (metric))
    return (double) entry->values[metric].cents / 100.0;
  return entry->values[metric].value;
}

/**
 * slk_organization_get_figure:
 * @self: an organization
 * @year: the year, e.g. 2024
 * @metric: the metric
 * @value: (out) (optional): the figure; amounts in euro
 *
 * Gets one figure. An absent figure is not 0: the function returns %FALSE
 * and leaves @value at 0.
 *
 * Returns: %TRUE if the figure is given
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.get_value] instead.
 */
gboolean
slk_organization_get_figure (SlkOrganization *self,
                             guint            year,
                             SlkMetric        metric,
                             double          *value)
{
  SlkFigureYear entry;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), FALSE);
  g_return_val_if_fail (metric < SLK_N_METRICS, FALSE);

  if (value != NULL)
    *value = 0;
  if (!_slk_organization_find_year (self, year, &entry) || !(entry.present & (1u << metric)))
    return FALSE;
  if (value != NULL)
    *value = _slk_figure_year_get (&entry, metric);
  return TRUE;
}

/**
 * slk_organization_get_value:
 * @self: an organization
 * @metric: the metric
 * @year: the year, e.g. 2024
 * @value: (out) (optional): the figure; amounts in euro
 *
 * The same as [method@Slk.Organization.get_figure], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Gets one figure. An absent figure is not 0: the function returns %FALSE
 * and leaves @value at 0.
 *
 * Returns: %TRUE if the figure is given
 */
gboolean
slk_organization_get_value (SlkOrganization *self,
                            SlkMetric        metric,
                            guint            year,
                            double          *value)
{
  return slk_organization_get_figure (self, year, metric, value);
}

/**
 * slk_organization_get_amount:
 * @self: an organization
 * @year: the year
 * @metric: an amount metric (see [func@Slk.Metric.is_amount])
 * @cents: (out) (optional): the amount in cents
 *
 * Gets an amount exactly, in cents.
 *
 * Returns: %TRUE if the amount is given
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.get_cents] instead.
 */
gboolean
slk_organization_get_amount (SlkOrganization *self,
                             guint            year,
                             SlkMetric        metric,
                             gint64          *cents)
{
  SlkFigureYear entry;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), FALSE);
  g_return_val_if_fail (slk_metric_is_amount (metric), FALSE);

  if (cents != NULL)
    *cents = 0;
  if (!_slk_organization_find_year (self, year, &entry) || !(entry.present & (1u << metric)))
    return FALSE;
  if (cents != NULL)
    *cents = entry.values[metric].cents;
  return TRUE;
}

/**
 * slk_organization_get_cents:
 * @self: an organization
 * @metric: an amount metric (see [func@Slk.Metric.is_amount])
 * @year: the year
 * @cents: (out) (optional): the amount in cents
 *
 * The same as [method@Slk.Organization.get_amount], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Gets an amount exactly, in cents.
 *
 * Returns: %TRUE if the amount is given
 */
gboolean
slk_organization_get_cents (SlkOrganization *self,
                            SlkMetric        metric,
                            guint            year,
                            gint64          *cents)
{
  return slk_organization_get_amount (self, year, metric, cents);
}

/* A figure set through the API replaces one the file gave in a form that
 * could not be used (kept among the year's extras), so that it is not
 * written twice. */
static void
forget_kept_figure (SlkOrganization *self,
                    guint            year,
                    SlkMetric        metric)
{
  JsonObject *extras = _slk_organization_get_figure_extras (self);
  JsonObject *year_extras;
  char key[8];

  g_snprintf (key, sizeof key, "%u", year);
  if (extras == NULL || !json_object_has_member (extras, key) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (extras, key)))
    return;
  year_extras = json_object_get_object_member (extras, key);
  if (json_object_has_member (year_extras, slk_metric_to_string (metric)))
    json_object_remove_member (year_extras, slk_metric_to_string (metric));
  if (json_object_get_size (year_extras) == 0)
    json_object_remove_member (extras, key);
}

/**
 * slk_organization_set_figure:
 * @self: an organization
 * @year: the year, from 1000 to 9999
 * @metric: the metric
 * @value: the figure; an amount in euro is rounded to the cent
 *
 * Sets one figure. Validation, not this setter, reports a negative value.
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.set_value] instead.
 */
void
slk_organization_set_figure (SlkOrganization *self,
                             guint            year,
                             SlkMetric        metric,
                             double           value)
{
  SlkYearTable *table;
  SlkFigureYear *entry;

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  g_return_if_fail (metric < SLK_N_METRICS);
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (isfinite (value));

  if (slk_metric_is_amount (metric))
    {
      g_return_if_fail (fabs (value) * 100.0 < 0x1p63);   /* then checked exactly in cents */
      slk_organization_set_amount (self, year, metric, (gint64) llround (value * 100.0));
      return;
    }
  forget_kept_figure (self, year, metric);
  table = _slk_figure_block_to_table (_slk_organization_get_figures (self));
  entry = _slk_year_table_ensure (table, year);
  entry->values[metric].value = value;
  entry->present |= 1u << metric;
  entry->from_file &= ~(1u << metric);
  _slk_organization_set_figure_years (self, table);
  _slk_year_table_free (table);
}

/**
 * slk_organization_set_value:
 * @self: an organization
 * @metric: the metric
 * @year: the year, from 1000 to 9999
 * @value: the figure; an amount in euro is rounded to the cent
 *
 * The same as [method@Slk.Organization.set_figure], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Sets one figure. Validation, not this setter, reports a negative value.
 */
void
slk_organization_set_value (SlkOrganization *self,
                            SlkMetric        metric,
                            guint            year,
                            double           value)
{
  slk_organization_set_figure (self, year, metric, value);
}

/**
 * slk_organization_set_amount:
 * @self: an organization
 * @year: the year, from 1000 to 9999
 * @metric: an amount metric
 * @cents: the amount in cents, at most ±9 223 372 036 854 775 800
 *
 * Sets an amount exactly, in cents.
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.set_cents] instead.
 */
void
slk_organization_set_amount (SlkOrganization *self,
                             guint            year,
                             SlkMetric        metric,
                             gint64           cents)
{
  SlkYearTable *table;
  SlkFigureYear *entry;

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  g_return_if_fail (slk_metric_is_amount (metric));
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (_slk_amount_in_range (cents));

  forget_kept_figure (self, year, metric);
  table = _slk_figure_block_to_table (_slk_organization_get_figures (self));
  entry = _slk_year_table_ensure (table, year);
  entry->values[metric].cents = cents;
  entry->present |= 1u << metric;
  entry->from_file &= ~(1u << metric);
  _slk_organization_set_figure_years (self, table);
  _slk_year_table_free (table);
}

/**
 * slk_organization_set_cents:
 * @self: an organization
 * @metric: an amount metric
 * @year: the year, from 1000 to 9999
 * @cents: the amount in cents, at most ±9 223 372 036 854 775 800
 *
 * The same as [method@Slk.Organization.set_amount], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Sets an amount exactly, in cents.
 */
void
slk_organization_set_cents (SlkOrganization *self,
                            SlkMetric        metric,
                            guint            year,
                            gint64           cents)
{
  slk_organization_set_amount (self, year, metric, cents);
}

/**
 * slk_organization_unset_figure:
 * @self: an organization
 * @year: the year
 * @metric: the metric
 *
 * Makes a figure absent. A year left with no figures is removed.
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.unset_value] instead.
 */
void
slk_organization_unset_figure (SlkOrganization *self,
                               guint            year,
                               SlkMetric        metric)
{
  SlkYearTable *table;
  SlkFigureYear unused;

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  g_return_if_fail (metric < SLK_N_METRICS);

  if (!_slk_organization_find_year (self, year, &unused))
    return;
  table = _slk_figure_block_to_table (_slk_organization_get_figures (self));
  _slk_year_table_unset (table, year, metric);
  _slk_organization_set_figure_years (self, table);
  _slk_year_table_free (table);
}

/**
 * slk_organization_unset_value:
 * @self: an organization
 * @metric: the metric
 * @year: the year
 *
 * The same as [method@Slk.Organization.unset_figure], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Makes a figure absent. A year left with no figures is removed.
 */
void
slk_organization_unset_value (SlkOrganization *self,
                              SlkMetric        metric,
                              guint            year)
{
  slk_organization_unset_figure (self, year, metric);
}

/**
 * slk_organization_get_years:
 * @self: an organization
 * @n_years: (out): the number of years
 *
 * Lists the years that have at least one figure, in ascending order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.list_years] instead.
 */
guint *
slk_organization_get_years (SlkOrganization *self,
                            gsize           *n_years)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  return _slk_figure_block_years (_slk_organization_get_figures (self), n_years);
}

/**
 * slk_organization_list_years:
 * @self: an organization
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Organization.get_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the years that have at least one figure, in ascending order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 */
guint *
slk_organization_list_years (SlkOrganization *self,
                             gsize           *n_years)
{
  return slk_organization_get_years (self, n_years);
}

/**
 * slk_organization_get_figure_column:
 * @self: an organization
 * @metric: the metric
 * @years: (array length=n_years): the years to read
 * @n_years: the number of years
 * @n_values: (out): the number of values, equal to @n_years
 *
 * Reads one metric for many years in one call, for scripts that build a
 * table. An absent figure is NaN (pandas reads it as missing), never 0.
 *
 * Returns: (transfer full) (array length=n_values): the figures; amounts in euro
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.dup_figure_column] instead.
 */
double *
slk_organization_get_figure_column (SlkOrganization *self,
                                    SlkMetric        metric,
                                    const guint     *years,
                                    gsize            n_years,
                                    gsize           *n_values)
{
  double *values;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  g_return_val_if_fail (years != NULL || n_years == 0, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  values = g_new (double, n_years + 1);
  for (gsize i = 0; i < n_years; i++)
    if (!slk_organization_get_figure (self, years[i], metric, &values[i]))
      values[i] = NAN;
  *n_values = n_years;
  return values;
}

/**
 * slk_organization_dup_figure_column:
 * @self: an organization
 * @metric: the metric
 * @years: (array length=n_years): the years to read
 * @n_years: the number of years
 * @n_values: (out): the number of values, equal to @n_years
 *
 * The same as [method@Slk.Organization.get_figure_column], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Reads one metric for many years in one call, for scripts that build a
 * table. An absent figure is NaN (pandas reads it as missing), never 0.
 *
 * Returns: (transfer full) (array length=n_values): the figures; amounts in euro
 */
double *
slk_organization_dup_figure_column (SlkOrganization *self,
                                    SlkMetric        metric,
                                    const guint     *years,
                                    gsize            n_years,
                                    gsize           *n_values)
{
  return slk_organization_get_figure_column (self, metric, years, n_years, n_values);
}
