/* slk-monitor-latest.c: for a column with no data in the monitor's year,
 * the latest year that has some, so that the monitor can say where to
 * look (--year) instead of showing a silent column of dashes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-aggregate-private.h"
#include "slk-monitor-table-private.h"
#include "slk-organization-private.h"
#include "slk-provenance-private.h"
#include "slk-rule-private.h"
#include "slk-taakstelling.h"
#include "slk-uitvoeringstoets-private.h"

/* The metrics a field's figure needs, as bits of SlkMetric; 0 for a field
 * that no organization figure of one year gives (the FTE change needs two
 * years, and its base year is the reader's choice). */
static guint
metrics_of (SlkField field)
{
  switch (field)
    {
    case SLK_FIELD_FTE:
      return 1u << SLK_METRIC_FTE;
    case SLK_FIELD_OVERHEAD_SHARE:
      return 1u << SLK_METRIC_FTE | 1u << SLK_METRIC_OVERHEAD_FTE;
    case SLK_FIELD_EXTERNAL_HIRE_SHARE:
      return 1u << SLK_METRIC_PERSONNEL_SPENDING | 1u << SLK_METRIC_EXTERNAL_HIRE_SPENDING;
    case SLK_FIELD_OFFICE_M2:
      return 1u << SLK_METRIC_OFFICE_M2;
    default:
      return 0;
    }
}

static guint
latest_figure_year (const SlkMonitorQuery *query,
                    guint                  metrics)
{
  GPtrArray *orgs = query->store->organizations.typed;
  guint latest = 0;

  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const SlkFigureBlock *figures;

      if (!_slk_counts_for (org, NULL, query->scope))
        continue;
      figures = _slk_organization_get_figures (org);
      for (guint y = _slk_figure_block_n_years (figures); y > 0; y--)
        {
          SlkYearHead head = _slk_figure_block_head (figures, y - 1);

          if ((head.present & metrics) == metrics)
            {
              latest = MAX (latest, head.year);
              break;
            }
        }
    }
  return latest;
}

static guint
latest_target_year (const SlkMonitorQuery *query)
{
  GPtrArray *cuts = query->store->taakstellingen.typed;
  guint latest = 0;

  for (guint i = 0; i < cuts->len; i++)
    {
      gsize n = 0;
      g_autofree guint *years = slk_taakstelling_get_years (g_ptr_array_index (cuts, i), &n);

      for (gsize y = 0; y < n; y++)
        if (years[y] <= query->year)
          latest = MAX (latest, years[y]);
    }
  return latest;
}

static guint
latest_dated_year (GPtrArray *records,
                   SlkDay   (*day_of) (gpointer record))
{
  guint latest = 0;

  for (guint i = 0; i < records->len; i++)
    {
      SlkDay day = day_of (g_ptr_array_index (records, i));

      if (day != 0)
        latest = MAX (latest, _slk_day_get_year (day));
    }
  return latest;
}

/* The latest year, other than the monitor's, in which @field has data; 0
 * when none has or the field is not one of a year (the noodrem counts are
 * as of the reference date). Years after the monitor's are not offered for
 * targets: a future target is no figure of the past. */
guint
_slk_monitor_latest_year (const SlkMonitorQuery *query,
                          SlkField               field)
{
  guint metrics = metrics_of (field);

  if (metrics != 0)
    return latest_figure_year (query, metrics);
  switch (field)
    {
    case SLK_FIELD_TAAKSTELLING_TARGET:
    case SLK_FIELD_TAAKSTELLING_REALIZED:
    case SLK_FIELD_TAAKSTELLING_GAP:
      return latest_target_year (query);
    case SLK_FIELD_RULES_CHANGED:
    case SLK_FIELD_RULES_BUSINESSES_SHARE:
      return latest_dated_year (query->store->rule_changes.typed,
                                (SlkDay (*) (gpointer)) _slk_rule_change_get_day);
    case SLK_FIELD_TOETSEN_FEASIBLE:
    case SLK_FIELD_TOETSEN_CONDITIONAL:
    case SLK_FIELD_TOETSEN_INFEASIBLE:
    case SLK_FIELD_DEVIATIONS:
      return latest_dated_year (query->store->uitvoeringstoetsen.typed,
                                (SlkDay (*) (gpointer)) _slk_uitvoeringstoets_get_date_day);
    default:
      return 0;
    }
}

/* The latest year any ministry, or the government, published figures for. */
guint
_slk_monitor_latest_reported_year (const SlkMonitorQuery *query)
{
  GPtrArray *orgs = query->store->organizations.typed;
  JsonObject *by_year = _slk_object_member (query->store->extras, "rijksdienst_reported");
  guint n = 0, latest = 0;
  g_autofree guint *years = _slk_year_keys (by_year, &n);

  if (n > 0)
    latest = years[n - 1];
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      guint m = 0;
      g_autofree guint *reported = NULL;

      if (slk_organization_get_kind (org) != SLK_ORGANIZATION_KIND_MINISTRY)
        continue;
      reported = _slk_year_keys (_slk_object_member (_slk_organization_get_extras (org),
                                                     "reported"), &m);
      if (m > 0)
        latest = MAX (latest, reported[m - 1]);
    }
  return latest;
}
