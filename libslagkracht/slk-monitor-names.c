/* slk-monitor-names.c: the monitor's calls in the one naming pattern:
 * dup_ and list_ for what the caller owns, list_contributions for explain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-monitor.h"

/**
 * slk_monitor_list_ministries:
 * @self: a monitor
 *
 * The same as [method@Slk.Monitor.get_ministries], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the ministries, in the order of every column.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ministry ids
 */
char **
slk_monitor_list_ministries (SlkMonitor *self)
{
  return slk_monitor_get_ministries (self);
}

/**
 * slk_monitor_list_fields:
 * @self: a monitor
 *
 * The same as [method@Slk.Monitor.get_fields], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the names of the figures, as [method@Slk.Monitor.get_column] and
 * the CSV name them: those of SPEC §6, with `toetsen` as
 * `toetsen_feasible`, `toetsen_conditional` and `toetsen_infeasible`.
 *
 * Returns: (transfer full) (array zero-terminated=1): the field names
 */
char **
slk_monitor_list_fields (SlkMonitor *self)
{
  return slk_monitor_get_fields (self);
}

/**
 * slk_monitor_dup_column:
 * @self: a monitor
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 * @n_values: (out): the number of values, one per ministry
 *
 * The same as [method@Slk.Monitor.get_column], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets one figure for every ministry in one call.
 *
 * Returns: (transfer full) (array length=n_values): the values, NaN where
 *   there is no data; %NULL for a name that is not a field
 */
double *
slk_monitor_dup_column (SlkMonitor *self,
                        const char *field,
                        gsize      *n_values)
{
  return slk_monitor_get_column (self, field, n_values);
}

/**
 * slk_monitor_list_findings:
 * @self: a monitor
 *
 * The same as [method@Slk.Monitor.get_findings], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets a finding for each shortfall in the monitor: a ministry or the
 * Rijksdienst over the Roemernorm or the overhead target, behind on its
 * taakstelling, short of its rules target, short of the businesses share
 * (the Rijksdienst), or with an overdue noodrem response. Each points into
 * the monitor's JSON (`/ministries/2/external_hire_share`,
 * `/rijksdienst/rules_changed`) and names the ministry as its subject.
 *
 * Returns: (transfer full): the findings
 */
SlkReport *
slk_monitor_list_findings (SlkMonitor *self)
{
  return slk_monitor_get_findings (self);
}

/**
 * slk_monitor_list_contributions:
 * @self: a monitor
 * @ministry_id: (nullable): a ministry, or %NULL for the Rijksdienst
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 *
 * The same as [method@Slk.Monitor.explain], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Lists the records a figure was computed from, with what each adds: the
 * organizations and their figures, the taakstellingen and their targets,
 * the rule changes, noodremmen or toetsen counted.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Contribution]
 */
GListModel *
slk_monitor_list_contributions (SlkMonitor *self,
                                const char *ministry_id,
                                const char *field)
{
  return slk_monitor_explain (self, ministry_id, field);
}
