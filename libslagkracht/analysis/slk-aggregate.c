/* slk-aggregate.c: which organization counts for which ministry under
 * which scope, and the sums and shares over them (SPEC §6)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-aggregate-private.h"
#include "slk-organization-private.h"
#include "slk-zbo.h"

/* The ministry an organization counts for: itself, or its parent. */
const char *
_slk_ministry_id_of (SlkOrganization *org)
{
  SlkOrganizationKind kind = slk_organization_get_kind (org);

  if (kind == SLK_ORGANIZATION_KIND_MINISTRY)
    return slk_organization_get_id (org);
  if (kind == SLK_ORGANIZATION_KIND_DECENTRAL)
    return NULL;   /* outside parties count for no ministry */
  return slk_organization_get_parent_id (org);
}

gboolean
_slk_in_scope (SlkOrganization *org,
               SlkScope         scope)
{
  switch (slk_organization_get_kind (org))
    {
    case SLK_ORGANIZATION_KIND_MINISTRY:
      return TRUE;
    case SLK_ORGANIZATION_KIND_AGENCY:
    case SLK_ORGANIZATION_KIND_INSPECTION:
      return scope != SLK_SCOPE_CORE;
    case SLK_ORGANIZATION_KIND_ZBO:
      /* A ZBO with legal personality stands outside the State; one whose
       * legal personality no source gives is not counted as inside. */
      return scope == SLK_SCOPE_ALL ||
             (scope == SLK_SCOPE_RIJKSDIENST &&
              slk_zbo_get_legal_personality (SLK_ZBO (org)) == SLK_OPTIONAL_BOOLEAN_FALSE);
    case SLK_ORGANIZATION_KIND_DECENTRAL:
    default:
      return FALSE;
    }
}

/* Whether @org counts for @ministry_id (any ministry when NULL) under @scope. */
gboolean
_slk_counts_for (SlkOrganization *org,
                 const char      *ministry_id,
                 SlkScope         scope)
{
  const char *own = _slk_ministry_id_of (org);

  if (own == NULL || !_slk_in_scope (org, scope))
    return FALSE;
  return ministry_id == NULL || g_str_equal (own, ministry_id);
}

static gboolean
selected (SlkOrganization     *org,
          const char          *ministry_id,
          SlkOrganizationKind  kind,
          SlkScope             scope)
{
  return _slk_counts_for (org, ministry_id, scope) &&
         (kind == SLK_ANY_KIND || slk_organization_get_kind (org) == kind);
}

static void
contribute (GPtrArray       *contributions,
            SlkOrganization *org,
            SlkMetric        metric,
            double           value)
{
  if (contributions != NULL)
    g_ptr_array_add (contributions,
                     _slk_contribution_new (slk_organization_get_id (org),
                                            slk_metric_to_string (metric), value));
}

void
_slk_sum_metric (GPtrArray           *orgs,
                 const char          *ministry_id,
                 SlkOrganizationKind  kind,
                 SlkScope             scope,
                 SlkMetric            metric,
                 guint                year,
                 SlkSum              *sum,
                 GPtrArray           *contributions)
{
  *sum = (SlkSum) { FALSE, 0, 0.0 };
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const SlkFigureYear *entry;

      if (!selected (org, ministry_id, kind, scope))
        continue;
      entry = _slk_organization_find_year (org, year);
      if (entry == NULL || !(entry->present & (1u << metric)))
        continue;
      sum->present = TRUE;
      if (slk_metric_is_amount (metric))
        sum->cents += entry->values[metric].cents;
      else
        sum->value += entry->values[metric].value;
      contribute (contributions, org, metric, _slk_figure_year_get (entry, metric));
    }
}

double
_slk_sum_to_double (const SlkSum *sum,
                    SlkMetric     metric)
{
  if (!sum->present)
    return NAN;
  return slk_metric_is_amount (metric) ? (double) ((long double) sum->cents / 100) : sum->value;
}

/* A share from sums, over the organizations that give both parts for the
 * year: one that gives only one part would tilt the share. */
gboolean
_slk_sum_share (GPtrArray           *orgs,
                const char          *ministry_id,
                SlkOrganizationKind  kind,
                SlkScope             scope,
                SlkShare             share,
                guint                year,
                double              *value,
                SlkRatio            *ratio,
                GPtrArray           *contributions)
{
  SlkMetric part = share == SLK_SHARE_EXTERNAL_HIRE ? SLK_METRIC_EXTERNAL_HIRE_SPENDING
                                                    : SLK_METRIC_OVERHEAD_FTE;
  SlkMetric other = share == SLK_SHARE_EXTERNAL_HIRE ? SLK_METRIC_PERSONNEL_SPENDING
                                                     : SLK_METRIC_FTE;
  double numerator = 0, denominator = 0;
  __int128 part_cents = 0, other_cents = 0;  /* no sum of int64 amounts overflows it */
  SlkRatio parts;
  gboolean any = FALSE;

  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const SlkFigureYear *entry;

      if (!selected (org, ministry_id, kind, scope))
        continue;
      entry = _slk_organization_find_year (org, year);
      if (entry == NULL || !(entry->present & (1u << part)) || !(entry->present & (1u << other)))
        continue;
      any = TRUE;
      if (share == SLK_SHARE_EXTERNAL_HIRE)
        {
          part_cents += entry->values[part].cents;
          other_cents += entry->values[other].cents;
        }
      else
        {
          numerator += entry->values[part].value;
          denominator += entry->values[other].value;
        }
      contribute (contributions, org, part, _slk_figure_year_get (entry, part));
      contribute (contributions, org, other, _slk_figure_year_get (entry, other));
    }
  parts = share == SLK_SHARE_EXTERNAL_HIRE
    ? _slk_ratio_of_cents (part_cents, part_cents + other_cents)
    : _slk_ratio_of_values (numerator, denominator);
  if (ratio != NULL)
    *ratio = parts;
  if (!any || !_slk_ratio_defined (&parts))
    {
      *value = NAN;
      return FALSE;
    }
  *value = _slk_ratio_value (&parts);
  return TRUE;
}

/* The change of @metric from @base_year to @year, over the organizations
 * that give both years: one that gives only one year would count its
 * whole figure as change. */
gboolean
_slk_sum_change (GPtrArray   *orgs,
                 const char  *ministry_id,
                 SlkScope     scope,
                 SlkMetric    metric,
                 guint        year,
                 guint        base_year,
                 double      *value,
                 GPtrArray   *contributions)
{
  gboolean any = FALSE;

  *value = 0;
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const SlkFigureYear *now, *then;
      double change;

      if (!selected (org, ministry_id, SLK_ANY_KIND, scope))
        continue;
      now = _slk_organization_find_year (org, year);
      then = _slk_organization_find_year (org, base_year);
      if (now == NULL || then == NULL || !(now->present & (1u << metric)) ||
          !(then->present & (1u << metric)))
        continue;
      any = TRUE;
      change = _slk_figure_year_get (now, metric) - _slk_figure_year_get (then, metric);
      *value += change;
      contribute (contributions, org, metric, change);
    }
  if (!any)
    *value = NAN;
  return any;
}
