/* slk-rollup.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-aggregate-private.h"
#include "slk-enum-types.h"
#include "slk-organization-private.h"
#include "slk-rollup.h"

/**
 * SlkRollup:
 *
 * The figures of a dataset summed per ministry or per kind of
 * organization, for each year, over a [enum@Slk.Scope]:
 *
 * - `core`: the ministry's own figures (the kerndepartement);
 * - `rijksdienst`: the ministry, its agencies and inspections, and its
 *   ZBOs without legal personality;
 * - `all`: everything under the ministry.
 *
 * Sums count what is given: a figure no organization of a group gives is
 * absent (NaN in a column, %FALSE from a getter), never 0. Shares are
 * computed from sums over the organizations that give both parts
 * (Σ external hire / Σ (personnel + external hire)), never as an average
 * of shares. Whole columns come in one call, so that Python and gjs need
 * a call per column, not per cell; [method@Slk.Rollup.explain] lists the
 * records behind any figure.
 *
 * ```python
 * rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY)
 * groups = rollup.get_groups()
 * fte = rollup.get_column(Slk.Metric.FTE, 2024)      # one float per ministry, nan = absent
 * hire = rollup.get_share_column(Slk.Share.EXTERNAL_HIRE, 2024)
 * ```
 */
struct _SlkRollup
{
  GObject      parent_instance;
  SlkDataset  *dataset;
  SlkScope     scope;
  SlkGrouping  grouping;
  GPtrArray   *groups;   /* char *: ministry ids in dataset order, or kind nicks */
};

G_DEFINE_FINAL_TYPE (SlkRollup, slk_rollup, G_TYPE_OBJECT)

static const SlkOrganizationKind grouped_kinds[] = {
  SLK_ORGANIZATION_KIND_MINISTRY, SLK_ORGANIZATION_KIND_AGENCY,
  SLK_ORGANIZATION_KIND_INSPECTION, SLK_ORGANIZATION_KIND_ZBO,
};

static void
slk_rollup_finalize (GObject *object)
{
  SlkRollup *self = SLK_ROLLUP (object);

  g_clear_object (&self->dataset);
  g_ptr_array_unref (self->groups);
  G_OBJECT_CLASS (slk_rollup_parent_class)->finalize (object);
}

static void
slk_rollup_class_init (SlkRollupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slk_rollup_finalize;
}

static void
slk_rollup_init (SlkRollup *self)
{
  self->groups = g_ptr_array_new_with_free_func (g_free);
}

/**
 * slk_rollup_new:
 * @dataset: a dataset
 * @scope: what counts for a ministry
 * @grouping: per ministry or per kind
 *
 * Creates a roll-up. It reads the dataset when asked, so it follows later
 * changes to the figures; the groups are fixed when it is made.
 *
 * Returns: (transfer full): the new [class@Slk.Rollup]
 */
SlkRollup *
slk_rollup_new (SlkDataset  *dataset,
                SlkScope     scope,
                SlkGrouping  grouping)
{
  SlkRollup *self;
  GPtrArray *orgs;

  g_return_val_if_fail (_slk_store_is_dataset (dataset), NULL);
  g_return_val_if_fail (scope <= SLK_SCOPE_ALL, NULL);
  g_return_val_if_fail (grouping <= SLK_GROUPING_KIND, NULL);

  self = g_object_new (SLK_TYPE_ROLLUP, NULL);
  self->dataset = g_object_ref (dataset);
  self->scope = scope;
  self->grouping = grouping;
  orgs = _slk_store_of (dataset)->organizations.typed;
  if (grouping == SLK_GROUPING_MINISTRY)
    {
      for (guint i = 0; i < orgs->len; i++)
        {
          SlkOrganization *org = g_ptr_array_index (orgs, i);

          if (slk_organization_get_kind (org) == SLK_ORGANIZATION_KIND_MINISTRY &&
              slk_organization_get_id (org) != NULL)
            g_ptr_array_add (self->groups, g_strdup (slk_organization_get_id (org)));
        }
    }
  else
    for (guint k = 0; k < G_N_ELEMENTS (grouped_kinds); k++)
      if (grouped_kinds[k] == SLK_ORGANIZATION_KIND_MINISTRY || scope != SLK_SCOPE_CORE)
        g_ptr_array_add (self->groups,
                         g_strdup (_slk_organization_kind_names[grouped_kinds[k]].name));
  return self;
}

/**
 * slk_rollup_get_scope:
 * @self: a roll-up
 *
 * Gets what counts for a ministry.
 *
 * Returns: the scope
 */
SlkScope
slk_rollup_get_scope (SlkRollup *self)
{
  g_return_val_if_fail (SLK_IS_ROLLUP (self), SLK_SCOPE_CORE);
  return self->scope;
}

/**
 * slk_rollup_get_grouping:
 * @self: a roll-up
 *
 * Gets how the organizations are grouped.
 *
 * Returns: the grouping
 */
SlkGrouping
slk_rollup_get_grouping (SlkRollup *self)
{
  g_return_val_if_fail (SLK_IS_ROLLUP (self), SLK_GROUPING_MINISTRY);
  return self->grouping;
}

/**
 * slk_rollup_get_groups:
 * @self: a roll-up
 *
 * Lists the groups, in the order of every column: the ministry ids in
 * dataset order, or the kinds (`ministry`, `agency`, `inspection`, `zbo`;
 * only `ministry` under the `core` scope).
 *
 * Returns: (transfer full) (array zero-terminated=1): the groups
 *
 * Deprecated: 0.2: Use [method@Slk.Rollup.list_groups] instead.
 */
char **
slk_rollup_get_groups (SlkRollup *self)
{
  char **groups;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), NULL);
  groups = g_new0 (char *, self->groups->len + 1);
  for (guint i = 0; i < self->groups->len; i++)
    groups[i] = g_strdup (g_ptr_array_index (self->groups, i));
  return groups;
}

/* The ministry and kind a group stands for. */
static void
group_filter (SlkRollup            *self,
              const char           *group,
              const char          **ministry_id,
              SlkOrganizationKind  *kind)
{
  *ministry_id = NULL;
  *kind = SLK_ANY_KIND;
  if (group == NULL)
    return;
  if (self->grouping == SLK_GROUPING_MINISTRY)
    {
      *ministry_id = group;
      return;
    }
  for (guint k = 0; k < SLK_N_ORGANIZATION_KINDS; k++)
    if (g_str_equal (group, _slk_organization_kind_names[k].name))
      *kind = k;
}

/**
 * slk_rollup_get_years:
 * @self: a roll-up
 * @n_years: (out): the number of years
 *
 * Lists the years for which any organization in scope gives any figure,
 * in order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 *
 * Deprecated: 0.2: Use [method@Slk.Rollup.list_years] instead.
 */
guint *
slk_rollup_get_years (SlkRollup *self,
                      gsize     *n_years)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *orgs;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);

  orgs = _slk_store_of (self->dataset)->organizations.typed;
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const SlkFigureBlock *figures = _slk_organization_get_figures (org);

      if (!_slk_counts_for (org, NULL, self->scope))
        continue;
      for (guint y = 0; y < _slk_figure_block_n_years (figures); y++)
        {
          guint year = _slk_figure_block_head (figures, y).year;
          guint at = 0;

          while (at < years->len && g_array_index (years, guint, at) < year)
            at++;
          if (at == years->len || g_array_index (years, guint, at) != year)
            g_array_insert_val (years, at, year);
        }
    }
  *n_years = years->len;
  if (years->len == 0)
    return g_new0 (guint, 1);
  return (guint *) g_array_free (g_steal_pointer (&years), FALSE);
}

/**
 * slk_rollup_get_column:
 * @self: a roll-up
 * @metric: a metric
 * @year: a year
 * @n_values: (out): the number of values, one per group
 *
 * Sums @metric for @year per group, in the order of
 * [method@Slk.Rollup.get_groups]. Amounts are in euro.
 *
 * Returns: (transfer full) (array length=n_values): the sums; NaN where no
 *   organization of the group gives the figure
 *
 * Deprecated: 0.2: Use [method@Slk.Rollup.dup_column] instead.
 */
double *
slk_rollup_get_column (SlkRollup *self,
                       SlkMetric  metric,
                       guint      year,
                       gsize     *n_values)
{
  GPtrArray *orgs;
  double *values;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  orgs = _slk_store_of (self->dataset)->organizations.typed;
  values = g_new (double, MAX (self->groups->len, 1));
  for (guint g = 0; g < self->groups->len; g++)
    {
      const char *ministry_id;
      SlkOrganizationKind kind;
      SlkSum sum;

      group_filter (self, g_ptr_array_index (self->groups, g), &ministry_id, &kind);
      _slk_sum_metric (orgs, ministry_id, kind, self->scope, metric, year, &sum, NULL);
      values[g] = _slk_sum_to_double (&sum, metric);
    }
  *n_values = self->groups->len;
  return values;
}

/**
 * slk_rollup_get_share_column:
 * @self: a roll-up
 * @share: which share
 * @year: a year
 * @n_values: (out): the number of values, one per group
 *
 * Computes @share for @year per group, from sums.
 *
 * Returns: (transfer full) (array length=n_values): the shares as
 *   fractions; NaN where no organization of the group gives both parts
 *
 * Deprecated: 0.2: Use [method@Slk.Rollup.dup_share_column] instead.
 */
double *
slk_rollup_get_share_column (SlkRollup *self,
                             SlkShare   share,
                             guint      year,
                             gsize     *n_values)
{
  GPtrArray *orgs;
  double *values;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (share <= SLK_SHARE_OVERHEAD, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  orgs = _slk_store_of (self->dataset)->organizations.typed;
  values = g_new (double, MAX (self->groups->len, 1));
  for (guint g = 0; g < self->groups->len; g++)
    {
      const char *ministry_id;
      SlkOrganizationKind kind;

      group_filter (self, g_ptr_array_index (self->groups, g), &ministry_id, &kind);
      _slk_sum_share (orgs, ministry_id, kind, self->scope, share, year, &values[g], NULL,
                      NULL, NULL);
    }
  *n_values = self->groups->len;
  return values;
}

/**
 * slk_rollup_get_total:
 * @self: a roll-up
 * @metric: a metric
 * @year: a year
 * @value: (out) (optional): the sum over every group
 *
 * Sums @metric for @year over the whole Rijksdienst in scope.
 *
 * Returns: %TRUE if any organization gives the figure
 */
gboolean
slk_rollup_get_total (SlkRollup *self,
                      SlkMetric  metric,
                      guint      year,
                      double    *value)
{
  SlkSum sum;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (metric < SLK_N_METRICS, FALSE);

  _slk_sum_metric (_slk_store_of (self->dataset)->organizations.typed, NULL, SLK_ANY_KIND,
                   self->scope, metric, year, &sum, NULL);
  if (value != NULL)
    *value = sum.present ? _slk_sum_to_double (&sum, metric) : 0.0;
  return sum.present;
}

/**
 * slk_rollup_get_cents:
 * @self: a roll-up
 * @group: (nullable): a group, or %NULL for the whole Rijksdienst in scope
 * @metric: an amount metric (see [func@Slk.Metric.is_amount])
 * @year: a year
 * @cents: (out) (optional): the sum in cents, exactly
 *
 * Sums an amount over a group, exactly, in cents, as every amount the
 * API gives or takes ([method@Slk.Rollup.dup_column] and
 * [method@Slk.Rollup.get_total] give euros as doubles, which are exact
 * only up to 2⁵³ cents).
 *
 * Returns: %TRUE if any organization of the group gives the amount and the
 *   sum fits in a 64-bit integer; %FALSE leaves @cents at 0
 */
gboolean
slk_rollup_get_cents (SlkRollup  *self,
                      const char *group,
                      SlkMetric   metric,
                      guint       year,
                      gint64     *cents)
{
  const char *ministry_id;
  SlkOrganizationKind kind;
  SlkSum sum;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (metric < SLK_N_METRICS && slk_metric_is_amount (metric), FALSE);

  if (cents != NULL)
    *cents = 0;
  group_filter (self, group, &ministry_id, &kind);
  _slk_sum_metric (_slk_store_of (self->dataset)->organizations.typed, ministry_id, kind,
                   self->scope, metric, year, &sum, NULL);
  if (!sum.present || sum.cents > G_MAXINT64 || sum.cents < G_MININT64)
    return FALSE;
  if (cents != NULL)
    *cents = (gint64) sum.cents;
  return TRUE;
}

/**
 * slk_rollup_get_total_share:
 * @self: a roll-up
 * @share: which share
 * @year: a year
 * @value: (out) (optional): the share as a fraction
 *
 * Computes @share for @year over the whole Rijksdienst in scope, from the
 * sums, not from the groups' shares.
 *
 * Returns: %TRUE if any organization gives both parts
 */
gboolean
slk_rollup_get_total_share (SlkRollup *self,
                            SlkShare   share,
                            guint      year,
                            double    *value)
{
  double result;
  gboolean found;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (share <= SLK_SHARE_OVERHEAD, FALSE);

  found = _slk_sum_share (_slk_store_of (self->dataset)->organizations.typed, NULL, SLK_ANY_KIND,
                          self->scope, share, year, &result, NULL, NULL, NULL);
  if (value != NULL)
    *value = found ? result : 0.0;
  return found;
}

/**
 * slk_rollup_explain:
 * @self: a roll-up
 * @group: (nullable): a group, or %NULL for the whole Rijksdienst
 * @metric: a metric
 * @year: a year
 *
 * Lists the records a sum was computed from, with their values.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Contribution]
 *
 * Deprecated: 0.2: Use [method@Slk.Rollup.list_contributions] instead.
 */
GListModel *
slk_rollup_explain (SlkRollup  *self,
                    const char *group,
                    SlkMetric   metric,
                    guint       year)
{
  g_autoptr(GPtrArray) contributions = g_ptr_array_new_with_free_func (g_object_unref);
  const char *ministry_id;
  SlkOrganizationKind kind;
  GListStore *store;
  SlkSum sum;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);

  group_filter (self, group, &ministry_id, &kind);
  _slk_sum_metric (_slk_store_of (self->dataset)->organizations.typed, ministry_id, kind,
                   self->scope, metric, year, &sum, contributions);
  store = g_list_store_new (SLK_TYPE_CONTRIBUTION);
  g_list_store_splice (store, 0, 0, contributions->pdata, contributions->len);
  return G_LIST_MODEL (store);
}

/**
 * slk_rollup_get_coverage:
 * @self: a roll-up
 * @group: (nullable): a group, or %NULL for the whole Rijksdienst
 * @metric: a metric
 * @year: a year
 * @reporting: (out) (optional): how many organisations of the group give
 *   the figure
 * @in_scope: (out) (optional): how many organisations the group holds (a
 *   cluster and the members it lists count once; a body that ended before
 *   @year not at all)
 *
 * Tells how complete a sum of [method@Slk.Rollup.get_column] is. A sum with
 * fewer organisations reporting than in scope is a partial sum, not a
 * total.
 *
 * Returns: %TRUE when the sum is partial: some, but not all, report
 */
gboolean
slk_rollup_get_coverage (SlkRollup  *self,
                         const char *group,
                         SlkMetric   metric,
                         guint       year,
                         guint      *reporting,
                         guint      *in_scope)
{
  const char *ministry_id;
  SlkOrganizationKind kind;
  SlkSum sum;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (metric < SLK_N_METRICS, FALSE);

  group_filter (self, group, &ministry_id, &kind);
  _slk_sum_metric (_slk_store_of (self->dataset)->organizations.typed, ministry_id, kind,
                   self->scope, metric, year, &sum, NULL);
  if (reporting != NULL)
    *reporting = sum.coverage.reporting;
  if (in_scope != NULL)
    *in_scope = sum.coverage.in_scope;
  return sum.coverage.reporting > 0 && sum.coverage.reporting < sum.coverage.in_scope;
}

/**
 * slk_rollup_get_share_coverage:
 * @self: a roll-up
 * @group: (nullable): a group, or %NULL for the whole Rijksdienst
 * @share: which share
 * @year: a year
 * @reporting: (out) (optional): how many organisations give both parts
 * @in_scope: (out) (optional): how many organisations the group holds
 *
 * Tells how complete a share of [method@Slk.Rollup.get_share_column] is.
 *
 * Returns: %TRUE when the share is computed from some, but not all, of the
 *   group
 */
gboolean
slk_rollup_get_share_coverage (SlkRollup  *self,
                               const char *group,
                               SlkShare    share,
                               guint       year,
                               guint      *reporting,
                               guint      *in_scope)
{
  const char *ministry_id;
  SlkOrganizationKind kind;
  SlkCoverage coverage;
  double value;

  g_return_val_if_fail (SLK_IS_ROLLUP (self), FALSE);
  g_return_val_if_fail (share <= SLK_SHARE_OVERHEAD, FALSE);

  group_filter (self, group, &ministry_id, &kind);
  _slk_sum_share (_slk_store_of (self->dataset)->organizations.typed, ministry_id, kind,
                  self->scope, share, year, &value, NULL, &coverage, NULL);
  if (reporting != NULL)
    *reporting = coverage.reporting;
  if (in_scope != NULL)
    *in_scope = coverage.in_scope;
  return coverage.reporting > 0 && coverage.reporting < coverage.in_scope;
}
