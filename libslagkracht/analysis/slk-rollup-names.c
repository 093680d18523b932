/* slk-rollup-names.c: the roll-up's calls in the one naming pattern:
 * dup_ and list_ for what the caller owns, list_contributions for explain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-rollup.h"

/**
 * slk_rollup_list_groups:
 * @self: a roll-up
 *
 * The same as [method@Slk.Rollup.get_groups], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the groups, in the order of every column: the ministry ids in
 * dataset order, or the kinds (`ministry`, `agency`, `inspection`, `zbo`;
 * only `ministry` under the `core` scope).
 *
 * Returns: (transfer full) (array zero-terminated=1): the groups
 */
char **
slk_rollup_list_groups (SlkRollup *self)
{
  return slk_rollup_get_groups (self);
}

/**
 * slk_rollup_list_years:
 * @self: a roll-up
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Rollup.get_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the years for which any organization in scope gives any figure,
 * in order.
 *
 * Returns: (transfer full) (array length=n_years): the years
 */
guint *
slk_rollup_list_years (SlkRollup *self,
                       gsize     *n_years)
{
  return slk_rollup_get_years (self, n_years);
}

/**
 * slk_rollup_dup_column:
 * @self: a roll-up
 * @metric: a metric
 * @year: a year
 * @n_values: (out): the number of values, one per group
 *
 * The same as [method@Slk.Rollup.get_column], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Sums @metric for @year per group, in the order of
 * [method@Slk.Rollup.get_groups]. Amounts are in euro.
 *
 * Returns: (transfer full) (array length=n_values): the sums; NaN where no
 *   organization of the group gives the figure
 */
double *
slk_rollup_dup_column (SlkRollup *self,
                       SlkMetric  metric,
                       guint      year,
                       gsize     *n_values)
{
  return slk_rollup_get_column (self, metric, year, n_values);
}

/**
 * slk_rollup_dup_share_column:
 * @self: a roll-up
 * @share: which share
 * @year: a year
 * @n_values: (out): the number of values, one per group
 *
 * The same as [method@Slk.Rollup.get_share_column], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Computes @share for @year per group, from sums.
 *
 * Returns: (transfer full) (array length=n_values): the shares as
 *   fractions; NaN where no organization of the group gives both parts
 */
double *
slk_rollup_dup_share_column (SlkRollup *self,
                             SlkShare   share,
                             guint      year,
                             gsize     *n_values)
{
  return slk_rollup_get_share_column (self, share, year, n_values);
}

/**
 * slk_rollup_list_contributions:
 * @self: a roll-up
 * @group: (nullable): a group, or %NULL for the whole Rijksdienst
 * @metric: a metric
 * @year: a year
 *
 * The same as [method@Slk.Rollup.explain], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the records a sum was computed from, with their values.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Contribution]
 */
GListModel *
slk_rollup_list_contributions (SlkRollup  *self,
                               const char *group,
                               SlkMetric   metric,
                               guint       year)
{
  return slk_rollup_explain (self, group, metric, year);
}
