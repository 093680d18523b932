/* slk-aggregate.c: which organization counts for which ministry under
 * which scope, and the sums and shares over them (SPEC §6)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-aggregate-private.h"
#include "slk-organization-private.h"
#include "slk-zbo-private.h"

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
          SlkScope             scope,
          guint                year)
{
  return _slk_counts_for (org, ministry_id, scope) &&
         (kind == SLK_ANY_KIND || slk_organization_get_kind (org) == kind) &&
         _slk_organization_exists_in (org, year);
}

/* The ids that a record's `members` lists, so that they are counted once,
 * through it; NULL when no record lists any (the common case, found in one
 * pass without allocating). */
static GHashTable *
listed_members (GPtrArray *orgs)
{
  GHashTable *listed = NULL;

  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const char * const *members;

      if (!SLK_IS_ZBO (org) || (members = _slk_zbo_get_members (SLK_ZBO (org))) == NULL)
        continue;
      /* A cluster without an id (an error the validator reports) still
       * counts its members once. */
      for (guint m = 0; members[m] != NULL; m++)
        {
          if (listed == NULL)
            listed = g_hash_table_new (g_str_hash, g_str_equal);
          if (g_strcmp0 (members[m], slk_organization_get_id (org)) != 0)
            g_hash_table_add (listed, (gpointer) members[m]);
        }
    }
  return listed;
}

static gboolean
is_listed (GHashTable      *listed,
           SlkOrganization *org)
{
  const char *id = slk_organization_get_id (org);

  return listed != NULL && id != NULL && g_hash_table_contains (listed, id);
}

/* The records that make up one counted organisation: the record itself
 * when it gives the figures asked for, else the members it lists. */
static GPtrArray *
parts_of (SlkOrganization *org)
{
  GPtrArray *parts = g_ptr_array_new ();
  const char * const *members = SLK_IS_ZBO (org) ? _slk_zbo_get_members (SLK_ZBO (org)) : NULL;
  SlkDataset *dataset = slk_organization_get_dataset (org);

  for (guint m = 0; members != NULL && dataset != NULL && members[m] != NULL; m++)
    {
      gpointer member = _slk_store_lookup (_slk_store_of (dataset), members[m]);

      if (SLK_IS_ORGANIZATION (member) && member != (gpointer) org)
        g_ptr_array_add (parts, member);
    }
  return parts;
}

static gboolean
gives (SlkOrganization *org,
       guint            year,
       guint            metrics)
{
  SlkFigureYear entry;

  return _slk_organization_find_year (org, year, &entry) &&
         (entry.present & metrics) == metrics;
}

/* Calls @add for each record whose figures stand for @org: @org when it
 * gives every metric of @metrics in @year (and, when @base_year is not 0,
 * in it too), else each of its members that does. Returns whether any did. */
typedef void (*SlkAddFunc) (SlkOrganization *record,
                            gpointer         user_data);

static gboolean
for_each_giver (SlkOrganization *org,
                guint            year,
                guint            base_year,
                guint            metrics,
                SlkAddFunc       add,
                gpointer         user_data)
{
  g_autoptr(GPtrArray) parts = NULL;
  gboolean any = FALSE;

  if (gives (org, year, metrics) && (base_year == 0 || gives (org, base_year, metrics)))
    {
      add (org, user_data);
      return TRUE;
    }
  if (!SLK_IS_ZBO (org) || _slk_zbo_get_members (SLK_ZBO (org)) == NULL)
    return FALSE;
  parts = parts_of (org);
  for (guint i = 0; i < parts->len; i++)
    {
      SlkOrganization *part = g_ptr_array_index (parts, i);

      if (gives (part, year, metrics) && (base_year == 0 || gives (part, base_year, metrics)))
        {
          add (part, user_data);
          any = TRUE;
        }
    }
  return any;
}

/* Walks the counted organisations of a group: every selected record not
 * listed by another, a cluster once. */
typedef struct
{
  SlkOrganization *org;
  guint            index;
  GHashTable      *listed;
} SlkUnitWalk;

static SlkOrganization *
next_unit (SlkUnitWalk         *walk,
           GPtrArray           *orgs,
           const char          *ministry_id,
           SlkOrganizationKind  kind,
           SlkScope             scope,
           guint                year)
{
  while (walk->index < orgs->len)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, walk->index++);

      if (selected (org, ministry_id, kind, scope, year) && !is_listed (walk->listed, org))
        return org;
    }
  return NULL;
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

typedef struct
{
  SlkSum    *sum;
  SlkMetric  metric;
  guint      year;
  GPtrArray *contributions;
} SlkMetricAdd;

static void
add_metric (SlkOrganization *record,
            gpointer         user_data)
{
  SlkMetricAdd *add = user_data;
  SlkFigureYear found;
  const SlkFigureYear *entry = &found;

  _slk_organization_find_year (record, add->year, &found);   /* given: see gives () */
  add->sum->present = TRUE;
  if (slk_metric_is_amount (add->metric))
    add->sum->cents += entry->values[add->metric].cents;
  else
    add->sum->value += entry->values[add->metric].value;
  contribute (add->contributions, record, add->metric, _slk_figure_year_get (entry, add->metric));
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
  SlkUnitWalk walk = { NULL, 0, listed_members (orgs) };
  SlkMetricAdd add = { sum, metric, year, contributions };
  SlkOrganization *org;

  *sum = (SlkSum) { FALSE, 0, 0.0, { 0, 0 } };
  /* A share is a fraction of its own base: shares are never added. */
  if (metric == SLK_METRIC_EXTERNAL_HIRE_SHARE)
    add.sum = &(SlkSum) { 0 };
  while ((org = next_unit (&walk, orgs, ministry_id, kind, scope, year)) != NULL)
    {
      sum->coverage.in_scope++;
      if (add.sum == sum && for_each_giver (org, year, 0, 1u << metric, add_metric, &add))
        sum->coverage.reporting++;
    }
  g_clear_pointer (&walk.listed, g_hash_table_unref);
}

double
_slk_sum_to_double (const SlkSum *sum,
                    SlkMetric     metric)
{
  if (!sum->present)
    return NAN;
  return slk_metric_is_amount (metric) ? (double) ((long double) sum->cents / 100) : sum->value;
}

typedef struct
{
  SlkShare   share;
  SlkMetric  part, other;
  guint      year;
  double     numerator, denominator;
  __int128   part_cents, other_cents;  /* no sum of int64 amounts overflows it */
  GPtrArray *contributions;
} SlkShareAdd;

static void
add_share (SlkOrganization *record,
           gpointer         user_data)
{
  SlkShareAdd *add = user_data;
  SlkFigureYear found;
  const SlkFigureYear *entry = &found;

  _slk_organization_find_year (record, add->year, &found);   /* given: see gives () */
  if (add->share == SLK_SHARE_EXTERNAL_HIRE)
    {
      add->part_cents += entry->values[add->part].cents;
      add->other_cents += entry->values[add->other].cents;
    }
  else
    {
      add->numerator += entry->values[add->part].value;
      add->denominator += entry->values[add->other].value;
    }
  contribute (add->contributions, record, add->part, _slk_figure_year_get (entry, add->part));
  contribute (add->contributions, record, add->other, _slk_figure_year_get (entry, add->other));
}

/* A share from sums, over the organisations that give both parts for the
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
                SlkCoverage         *coverage,
                GPtrArray           *contributions)
{
  SlkShareAdd add = {
    share,
    share == SLK_SHARE_EXTERNAL_HIRE ? SLK_METRIC_EXTERNAL_HIRE_SPENDING : SLK_METRIC_OVERHEAD_FTE,
    share == SLK_SHARE_EXTERNAL_HIRE ? SLK_METRIC_PERSONNEL_SPENDING : SLK_METRIC_FTE,
    year, 0, 0, 0, 0, contributions,
  };
  SlkUnitWalk walk = { NULL, 0, listed_members (orgs) };
  SlkCoverage counted = { 0, 0 };
  SlkOrganization *org;
  SlkRatio parts;

  while ((org = next_unit (&walk, orgs, ministry_id, kind, scope, year)) != NULL)
    {
      counted.in_scope++;
      if (for_each_giver (org, year, 0, (1u << add.part) | (1u << add.other), add_share, &add))
        counted.reporting++;
    }
  g_clear_pointer (&walk.listed, g_hash_table_unref);
  parts = share == SLK_SHARE_EXTERNAL_HIRE
    ? _slk_ratio_of_cents (add.part_cents, add.part_cents + add.other_cents)
    : _slk_ratio_of_values (add.numerator, add.denominator);
  if (ratio != NULL)
    *ratio = parts;
  if (coverage != NULL)
    *coverage = counted;
  if (counted.reporting == 0 || !_slk_ratio_defined (&parts))
    {
      *value = NAN;
      return FALSE;
    }
  *value = _slk_ratio_value (&parts);
  return TRUE;
}

typedef struct
{
  SlkMetric  metric;
  guint      year, base_year;
  double     change;
  GPtrArray *contributions;
} SlkChangeAdd;

static void
add_change (SlkOrganization *record,
            gpointer         user_data)
{
  SlkChangeAdd *add = user_data;
  SlkFigureYear now, base;
  double change;

  _slk_organization_find_year (record, add->year, &now);   /* both given: see gives () */
  _slk_organization_find_year (record, add->base_year, &base);
  change = _slk_figure_year_get (&now, add->metric) - _slk_figure_year_get (&base, add->metric);

  add->change += change;
  contribute (add->contributions, record, add->metric, change);
}

/* The change of @metric from @base_year to @year, over the organisations
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
                 SlkCoverage *coverage,
                 GPtrArray   *contributions)
{
  SlkChangeAdd add = { metric, year, base_year, 0, contributions };
  SlkUnitWalk walk = { NULL, 0, listed_members (orgs) };
  SlkCoverage counted = { 0, 0 };
  SlkOrganization *org;

  while ((org = next_unit (&walk, orgs, ministry_id, SLK_ANY_KIND, scope, year)) != NULL)
    {
      counted.in_scope++;
      if (for_each_giver (org, year, base_year, 1u << metric, add_change, &add))
        counted.reporting++;
    }
  g_clear_pointer (&walk.listed, g_hash_table_unref);
  if (coverage != NULL)
    *coverage = counted;
  *value = counted.reporting > 0 ? add.change : NAN;
  return counted.reporting > 0;
}
