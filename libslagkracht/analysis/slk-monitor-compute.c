/* slk-monitor-compute.c: the figures of the monitor, per ministry and for
 * the Rijksdienst, and the records behind each
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-aggregate-private.h"
#include "slk-agenda-private.h"
#include "slk-share-tree-private.h"
#include "slk-codes-private.h"
#include "slk-finding-private.h"
#include "slk-finding.h"
#include "slk-monitor-table-private.h"
#include "slk-ministry.h"
#include "slk-provenance-private.h"
#include "slk-noodrem-private.h"
#include "slk-report.h"
#include "slk-rule-private.h"
#include "slk-taakstelling-private.h"
#include "slk-uitvoeringstoets-private.h"
#include <math.h>

const SlkFieldInfo _slk_monitor_fields[SLK_N_FIELDS] = {
  { "fte", N_("FTE"), SLK_FIELD_KIND_FTE },
  { "fte_change", N_("ΔFTE"), SLK_FIELD_KIND_FTE },
  { "overhead_share", N_("Overhead"), SLK_FIELD_KIND_SHARE },
  { "external_hire_share", N_("Ext. hire"), SLK_FIELD_KIND_SHARE },
  { "taakstelling_target", N_("Target €"), SLK_FIELD_KIND_EURO },
  { "taakstelling_realized", N_("Realized €"), SLK_FIELD_KIND_EURO },
  { "taakstelling_gap", N_("Gap €"), SLK_FIELD_KIND_EURO },
  { "rules_changed", N_("Rules"), SLK_FIELD_KIND_COUNT },
  { "rules_target", N_("Rule target"), SLK_FIELD_KIND_COUNT },
  { "rules_businesses_share", N_("Businesses"), SLK_FIELD_KIND_SHARE },
  { "office_m2", N_("Office m²"), SLK_FIELD_KIND_AREA },
  { "noodrem_open", N_("Open"), SLK_FIELD_KIND_COUNT },
  { "noodrem_overdue", N_("Overdue"), SLK_FIELD_KIND_COUNT },
  { "toetsen_feasible", N_("Feasible"), SLK_FIELD_KIND_COUNT },
  { "toetsen_conditional", N_("Conditional"), SLK_FIELD_KIND_COUNT },
  { "toetsen_infeasible", N_("Infeasible"), SLK_FIELD_KIND_COUNT },
  { "deviations", N_("Deviations"), SLK_FIELD_KIND_COUNT },
  { "overhead_target", N_("Overhead target"), SLK_FIELD_KIND_SHARE },
  { "fte_target", N_("FTE target"), SLK_FIELD_KIND_FTE },
  { "commitments_open", N_("Promises"), SLK_FIELD_KIND_COUNT },
  { "commitments_overdue", N_("Overdue promises"), SLK_FIELD_KIND_COUNT },
};

/* A column's heading in the reader's language. */
const char *
_slk_monitor_field_heading (int field)
{
  return _(_slk_monitor_fields[field].heading);
}

int
_slk_monitor_field_lookup (const char *name)
{
  for (int f = 0; f < SLK_N_FIELDS; f++)
    if (g_str_equal (name, _slk_monitor_fields[f].name))
      return f;
  return -1;
}

const char *
_slk_monitor_period_name (SlkPeriod period)
{
  return period == SLK_PERIOD_APRIL ? "april" : "october";
}

/* The period as a heading names it: the month of the monitor's edition. */
const char *
_slk_monitor_period_title (SlkPeriod period)
{
  return period == SLK_PERIOD_APRIL ? C_("month", "april") : C_("month", "october");
}

const char *
_slk_monitor_scope_name (SlkScope scope)
{
  static const char * const names[] = { "core", "rijksdienst", "all" };

  return names[scope];
}

/* What one computation needs to know; @contributions collects the
 * records behind the figure when it is not NULL. */
typedef struct
{
  const SlkMonitorQuery *query;
  SlkStore          *content;
  guint              year;
  SlkScope           scope;
  const char        *ministry_id;    /* NULL: the Rijksdienst */
  GPtrArray         *contributions;
  GPtrArray         *orgs;           /* the organizations to sum over */
  SlkShareTree      *tree;           /* the taakstellingen's shares, built once */
} Context;

static void
note (Context    *context,
      const char *id,
      const char *what,
      double      value)
{
  if (context->contributions != NULL)
    g_ptr_array_add (context->contributions, _slk_contribution_new (id, what, value));
}

static double
metric_sum (Context     *context,
            SlkMetric    metric,
            guint        year,
            SlkCoverage *coverage)
{
  SlkSum sum;

  _slk_sum_metric (context->orgs, context->ministry_id, SLK_ANY_KIND,
                   context->scope, metric, year, &sum, context->contributions);
  if (coverage != NULL)
    *coverage = sum.coverage;
  return _slk_sum_to_double (&sum, metric);
}

/* Whether a taakstelling counts for the row: scoped to the ministry (or,
 * under wider scopes, to its organizations); for the Rijksdienst, every
 * cut once: those that are no share of another. */
static gboolean
taakstelling_counts (Context         *context,
                     SlkTaakstelling *taak)
{
  SlkOrganization *scope = slk_taakstelling_get_scope (taak);

  if (context->ministry_id == NULL)
    {
      if (slk_taakstelling_get_parent (taak) != NULL)
        return FALSE;
      return slk_taakstelling_get_scope_id (taak) == NULL ||
             (scope != NULL && _slk_counts_for (scope, NULL, context->scope));
    }
  return scope != NULL && _slk_counts_for (scope, context->ministry_id, context->scope);
}

static void
taakstelling_figures (Context *context,
                      double  *target,
                      double  *realized)
{
  GPtrArray *all = context->content->taakstellingen.typed;
  __int128 target_sum = 0, realized_sum = 0;   /* no sum of amounts wraps */
  gboolean any_target = FALSE, any_realized = FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      SlkTaakstelling *taak = g_ptr_array_index (all, i);
      gint64 cents;

      if (!taakstelling_counts (context, taak))
        continue;
      if (slk_taakstelling_get_amount (taak, SLK_TAAK_FIGURE_TARGETS, context->year, &cents))
        {
          any_target = TRUE;
          target_sum += cents;
          note (context, slk_taakstelling_get_id (taak), "targets", cents / 100.0);
        }
      if (_slk_share_tree_realized (context->tree, taak, context->year, &cents) !=
          SLK_REALIZED_ABSENT)
        {
          any_realized = TRUE;
          realized_sum += cents;
          note (context, slk_taakstelling_get_id (taak), "realized", cents / 100.0);
        }
    }
  *target = any_target ? (double) ((long double) target_sum / 100) : NAN;
  *realized = any_realized ? (double) ((long double) realized_sum / 100) : NAN;
}

static void
rule_figures (Context *context,
              double  *changed,
              double  *target,
              double  *businesses_share,
              guint   *n_all,
              guint   *n_businesses)
{
  GPtrArray *changes = context->content->rule_changes.typed;
  GPtrArray *targets = context->content->rule_targets.typed;
  guint all = 0, businesses = 0;
  gboolean any_target = FALSE;
  guint target_sum = 0;

  for (guint i = 0; i < changes->len; i++)
    {
      SlkRuleChange *change = g_ptr_array_index (changes, i);

      if (_slk_day_get_year (_slk_rule_change_get_day (change)) != context->year ||
          (context->ministry_id != NULL &&
           g_strcmp0 (slk_rule_change_get_ministry_id (change), context->ministry_id) != 0))
        continue;
      all++;
      businesses += slk_rule_change_get_audience (change) == SLK_AUDIENCE_BUSINESSES;
      note (context, slk_rule_change_get_id (change),
            slk_rule_change_get_audience (change) == SLK_AUDIENCE_BUSINESSES
            ? "businesses" : "count", 1);
    }
  /* No rule changes in the dataset at all: no data, not none. */
  *changed = changes->len > 0 ? all : NAN;
  *businesses_share = all > 0 ? (double) businesses / all : NAN;
  *n_all = all;
  *n_businesses = businesses;

  if (context->ministry_id == NULL)
    {
      *target = slk_norms_get_rules_per_year (context->query->norms);
      return;
    }
  for (guint i = 0; i < targets->len; i++)
    {
      SlkRuleTarget *one = g_ptr_array_index (targets, i);

      if ((_slk_rule_target_get_present (one) & 3) != 3 ||
          slk_rule_target_get_year (one) != context->year ||
          g_strcmp0 (slk_rule_target_get_ministry_id (one), context->ministry_id) != 0)
        continue;
      any_target = TRUE;
      target_sum += slk_rule_target_get_count (one);
      note (context, slk_rule_target_get_ministry_id (one), "rule_target",
            slk_rule_target_get_count (one));
    }
  *target = any_target ? target_sum : NAN;
}

static void
noodrem_figures (Context *context,
                 double  *open,
                 double  *overdue)
{
  GPtrArray *all = context->content->noodremmen.typed;
  guint n_open = 0, n_overdue = 0;

  for (guint i = 0; i < all->len; i++)
    {
      SlkNoodrem *noodrem = g_ptr_array_index (all, i);

      if (context->ministry_id != NULL &&
          g_strcmp0 (slk_noodrem_get_addressed_to_id (noodrem), context->ministry_id) != 0)
        continue;
      if (slk_noodrem_is_open (noodrem))
        {
          n_open++;
          note (context, slk_noodrem_get_id (noodrem), "open", 1);
        }
      if (_slk_noodrem_is_overdue_at (noodrem, context->content->reference_date))
        {
          n_overdue++;
          note (context, slk_noodrem_get_id (noodrem), "overdue", 1);
        }
    }
  *open = all->len > 0 ? n_open : NAN;
  *overdue = all->len > 0 ? n_overdue : NAN;
}

/* The commitments a row counts (a ministry its own, the Rijksdienst all,
 * rijksbreed ones included), open and overdue as of the reference date. */
static void
commitment_figures (Context *context,
                    double  *open,
                    double  *overdue)
{
  GPtrArray *all = context->content->commitments.typed;
  guint n_open = 0, n_overdue = 0;

  for (guint i = 0; i < all->len; i++)
    {
      SlkCommitment *commitment = g_ptr_array_index (all, i);

      if (context->ministry_id != NULL &&
          g_strcmp0 (slk_commitment_get_owner_id (commitment), context->ministry_id) != 0)
        continue;
      if (slk_commitment_get_status (commitment) == SLK_COMMITMENT_STATUS_OPEN)
        {
          n_open++;
          note (context, slk_commitment_get_id (commitment), "open", 1);
        }
      if (_slk_judge_commitment_overdue (slk_commitment_get_status (commitment),
                                         _slk_commitment_get_due_day (commitment),
                                         context->content->reference_date))
        {
          n_overdue++;
          note (context, slk_commitment_get_id (commitment), "overdue", 1);
        }
    }
  *open = all->len > 0 ? n_open : NAN;
  *overdue = all->len > 0 ? n_overdue : NAN;
}

/* The FTE target of the row for the year in the monitor's scope: the
 * ministry's own, or for the Rijksdienst the sum of those the ministries
 * have (with how many have one). */
static double
fte_target_figure (Context     *context,
                   SlkCoverage *coverage)
{
  GPtrArray *all = context->content->fte_targets.typed;
  GPtrArray *orgs = context->content->organizations.typed;
  g_autoptr(GHashTable) counted = g_hash_table_new (g_str_hash, g_str_equal);
  double sum = 0;

  *coverage = (SlkCoverage) { 0, 0 };
  for (guint i = 0; i < all->len; i++)
    {
      SlkFteTarget *target = g_ptr_array_index (all, i);
      const char *ministry = slk_fte_target_get_ministry_id (target);

      if (ministry == NULL || slk_fte_target_get_year (target) != context->year ||
          slk_fte_target_get_scope (target) != context->scope ||
          isnan (slk_fte_target_get_fte (target)) ||
          (context->ministry_id != NULL && !g_str_equal (ministry, context->ministry_id)) ||
          !g_hash_table_add (counted, (gpointer) ministry))
        continue;   /* one target a ministry: the first */
      sum += slk_fte_target_get_fte (target);
      note (context, ministry, "fte_target", slk_fte_target_get_fte (target));
    }
  coverage->reporting = g_hash_table_size (counted);
  for (guint i = 0; i < orgs->len; i++)
    if (slk_organization_get_kind (g_ptr_array_index (orgs, i)) == SLK_ORGANIZATION_KIND_MINISTRY &&
        (context->ministry_id == NULL ||
         g_strcmp0 (slk_organization_get_id (g_ptr_array_index (orgs, i)),
                    context->ministry_id) == 0))
      coverage->in_scope++;
  return coverage->reporting > 0 ? sum : NAN;
}

static void
toets_figures (Context *context,
               double  *by_verdict,
               double  *deviations)
{
  GPtrArray *all = context->content->uitvoeringstoetsen.typed;
  guint counts[3] = { 0 }, deviated = 0;

  for (guint i = 0; i < all->len; i++)
    {
      SlkUitvoeringstoets *toets = g_ptr_array_index (all, i);
      SlkVerdict verdict = slk_uitvoeringstoets_get_verdict (toets);

      if (_slk_day_get_year (_slk_uitvoeringstoets_get_date_day (toets)) != context->year ||
          (context->ministry_id != NULL &&
           g_strcmp0 (slk_uitvoeringstoets_get_requested_by_id (toets),
                      context->ministry_id) != 0))
        continue;
      if (verdict != SLK_VERDICT_UNKNOWN)
        {
          static const char * const verdicts[] = { "feasible", "conditional", "infeasible" };

          counts[verdict - SLK_VERDICT_FEASIBLE]++;
          note (context, slk_uitvoeringstoets_get_id (toets),
                verdicts[verdict - SLK_VERDICT_FEASIBLE], 1);
        }
      if (slk_uitvoeringstoets_get_decision_followed (toets) == SLK_OPTIONAL_BOOLEAN_FALSE)
        {
          deviated++;
          note (context, slk_uitvoeringstoets_get_id (toets), "deviation", 1);
        }
    }
  for (int v = 0; v < 3; v++)
    by_verdict[v] = all->len > 0 ? counts[v] : NAN;
  *deviations = all->len > 0 ? deviated : NAN;
}

static void
compute_row (Context       *context,
             SlkMonitorRow *row)
{
  double *v = row->values;

  SlkCoverage *c = row->coverage;

  v[SLK_FIELD_FTE] = metric_sum (context, SLK_METRIC_FTE, context->year, &c[SLK_FIELD_FTE]);
  _slk_sum_change (context->orgs, context->ministry_id, context->scope,
                   SLK_METRIC_FTE, context->year, context->query->base_year,
                   &v[SLK_FIELD_FTE_CHANGE], &c[SLK_FIELD_FTE_CHANGE], context->contributions);
  _slk_sum_share (context->orgs, context->ministry_id, SLK_ANY_KIND,
                  context->scope, SLK_SHARE_OVERHEAD, context->year,
                  &v[SLK_FIELD_OVERHEAD_SHARE], &row->overhead, &c[SLK_FIELD_OVERHEAD_SHARE],
                  context->contributions);
  _slk_sum_share (context->orgs, context->ministry_id, SLK_ANY_KIND,
                  context->scope, SLK_SHARE_EXTERNAL_HIRE, context->year,
                  &v[SLK_FIELD_EXTERNAL_HIRE_SHARE], &row->external_hire,
                  &c[SLK_FIELD_EXTERNAL_HIRE_SHARE], context->contributions);
  row->covered = 1u << SLK_FIELD_FTE | 1u << SLK_FIELD_FTE_CHANGE |
                 1u << SLK_FIELD_OVERHEAD_SHARE | 1u << SLK_FIELD_EXTERNAL_HIRE_SHARE |
                 1u << SLK_FIELD_OFFICE_M2;
  taakstelling_figures (context, &v[SLK_FIELD_TAAKSTELLING_TARGET],
                        &v[SLK_FIELD_TAAKSTELLING_REALIZED]);
  v[SLK_FIELD_TAAKSTELLING_GAP] = v[SLK_FIELD_TAAKSTELLING_TARGET] -
                                  v[SLK_FIELD_TAAKSTELLING_REALIZED];
  rule_figures (context, &v[SLK_FIELD_RULES_CHANGED], &v[SLK_FIELD_RULES_TARGET],
                &v[SLK_FIELD_RULES_BUSINESSES_SHARE], &row->rules_all,
                &row->rules_for_businesses);
  v[SLK_FIELD_OFFICE_M2] = metric_sum (context, SLK_METRIC_OFFICE_M2, context->year,
                                       &c[SLK_FIELD_OFFICE_M2]);
  noodrem_figures (context, &v[SLK_FIELD_NOODREM_OPEN], &v[SLK_FIELD_NOODREM_OVERDUE]);
  toets_figures (context, &v[SLK_FIELD_TOETSEN_FEASIBLE], &v[SLK_FIELD_DEVIATIONS]);
  v[SLK_FIELD_OVERHEAD_TARGET] = slk_norms_get_overhead_target_for (context->query->norms,
                                                                    context->year);
  v[SLK_FIELD_FTE_TARGET] = fte_target_figure (context, &c[SLK_FIELD_FTE_TARGET]);
  row->covered |= 1u << SLK_FIELD_FTE_TARGET;
  commitment_figures (context, &v[SLK_FIELD_COMMITMENTS_OPEN], &v[SLK_FIELD_COMMITMENTS_OVERDUE]);
}

static void
row_free (SlkMonitorRow *row)
{
  g_free (row->id);
  g_free (row->name);
  g_clear_object (&row->reported);
  g_free (row);
}

void
_slk_monitor_table_free (SlkMonitorTable *table)
{
  g_ptr_array_unref (table->ministries);
  row_free (table->rijksdienst);
  g_object_unref (table->findings);
  g_free (table);
}

static void
flag (SlkMonitorTable *table,
      SlkMonitorRow   *row,
      int              index,
      SlkField         field,
      SlkCode          code,
      const char      *message)
{
  g_autofree char *pointer = index < 0
    ? g_strdup_printf ("/rijksdienst/%s", _slk_monitor_fields[field].name)
    : g_strdup_printf ("/ministries/%d/%s", index, _slk_monitor_fields[field].name);
  g_autoptr(SlkFinding) finding = _slk_finding_new_coded (code, message, row->id,
                                                   pointer, 0, 0);

  slk_report_add (table->findings, finding);
}

/* Euro as cents, held at the limits of an amount rather than wrapped. */
static gint64
cents_of (double euro)
{
  double cents = round (euro * 100);

  return cents >= 9.2233720368547e18 ? G_MAXINT64 : cents <= -9.2233720368547e18 ? G_MININT64
                                                                                 : (gint64) cents;
}

/* A share judged over some of a row's organisations is theirs, not the
 * row's: the finding says so, so that it is never read as the total. */
static void
say_partial (GString       *message,
             SlkMonitorRow *row,
             SlkField       field)
{
  if (SLK_ROW_PARTIAL (row, field))
    g_string_append_printf (message, _(" This share rests on %u of %u organisations only."),
                            row->coverage[field].reporting, row->coverage[field].in_scope);
}

/* The shortfalls of one row, each a finding, judged and worded as the
 * validator judges and words them. */
static void
judge_row (const SlkMonitorQuery *query,
           SlkMonitorTable       *table,
           SlkMonitorRow         *row,
           int                    index)
{
  SlkNorms *norms = query->norms;
  const double *v = row->values;
  const char *who = row->name ? row->name : row->id ? row->id : _("the Rijksdienst");
  g_autoptr(GString) message = g_string_new (NULL);

  if (_slk_judge_roemernorm (norms, &row->external_hire))
    {
      _slk_say_roemernorm (message, query->year, who, &row->external_hire, norms);
      say_partial (message, row, SLK_FIELD_EXTERNAL_HIRE_SHARE);
      flag (table, row, index, SLK_FIELD_EXTERNAL_HIRE_SHARE, SLK_CODE_ROEMERNORM_EXCEEDED,
            message->str);
    }
  if (_slk_judge_overhead (norms, query->year, &row->overhead))
    {
      _slk_say_overhead (message, query->year, who, &row->overhead, norms);
      say_partial (message, row, SLK_FIELD_OVERHEAD_SHARE);
      flag (table, row, index, SLK_FIELD_OVERHEAD_SHARE, SLK_CODE_OVERHEAD_ABOVE_TARGET,
            message->str);
    }
  /* The row's gap is a figure only where both sums are; so is its finding. */
  if (!isnan (v[SLK_FIELD_TAAKSTELLING_GAP]))
    {
      gint64 target = cents_of (v[SLK_FIELD_TAAKSTELLING_TARGET]);
      gint64 realized = cents_of (v[SLK_FIELD_TAAKSTELLING_REALIZED]);

      if (_slk_judge_taakstelling (target, realized))
        {
          _slk_say_taakstelling (message, query->year, who, target, realized);
          flag (table, row, index, SLK_FIELD_TAAKSTELLING_GAP, SLK_CODE_TAAKSTELLING_BEHIND,
                message->str);
        }
    }
  if (!isnan (v[SLK_FIELD_RULES_CHANGED]) && !isnan (v[SLK_FIELD_RULES_TARGET]) &&
      _slk_judge_rules ((guint) v[SLK_FIELD_RULES_CHANGED], (guint) v[SLK_FIELD_RULES_TARGET]))
    {
      _slk_say_rules (message, query->year, who, (guint) v[SLK_FIELD_RULES_CHANGED],
                      (guint) v[SLK_FIELD_RULES_TARGET]);
      flag (table, row, index, SLK_FIELD_RULES_CHANGED, SLK_CODE_RULE_TARGET_MISSED,
            message->str);
    }
  if (index < 0 && row->rules_all > 0 &&
      _slk_judge_rules_for_businesses (norms, row->rules_for_businesses, row->rules_all))
    {
      _slk_say_rules_for_businesses (message, query->year, row->rules_for_businesses,
                                     row->rules_all, norms);
      flag (table, row, index, SLK_FIELD_RULES_BUSINESSES_SHARE,
            SLK_CODE_RULES_BUSINESSES_SHARE_LOW, message->str);
    }
  for (int f = 0; f < SLK_N_FIELDS; f++)
    if (SLK_ROW_PARTIAL (row, f))
      {
        g_string_printf (message, _("%s: %s %u rests on %u of %u organisations; the others give "
                         "no figure, so it is a partial sum, not a total."), who,
                         _slk_monitor_field_heading (f), query->year, row->coverage[f].reporting,
                         row->coverage[f].in_scope);
        flag (table, row, index, f, SLK_CODE_PARTIAL_COVERAGE, message->str);
      }
  /* A past year's FTE above its target; a partial FTE counts only when it
   * is above already (the validator judges each target the same way). */
  if (query->year < _slk_day_get_year (query->store->reference_date) &&
      !isnan (v[SLK_FIELD_FTE]) && !isnan (v[SLK_FIELD_FTE_TARGET]) &&
      !SLK_ROW_PARTIAL (row, SLK_FIELD_FTE_TARGET) &&
      _slk_judge_fte_target (v[SLK_FIELD_FTE], v[SLK_FIELD_FTE_TARGET]))
    {
      _slk_say_fte_target (message, query->year, who, v[SLK_FIELD_FTE],
                           _slk_monitor_scope_name (query->scope), v[SLK_FIELD_FTE_TARGET], FALSE);
      flag (table, row, index, SLK_FIELD_FTE_TARGET, SLK_CODE_FTE_TARGET_MISSED, message->str);
    }
  if (v[SLK_FIELD_COMMITMENTS_OVERDUE] > 0)
    {
      guint n = (guint) v[SLK_FIELD_COMMITMENTS_OVERDUE];
      g_autofree char *text = g_strdup_printf (_slk_ngettext ("%s: %u promise open past its due "
                                                              "date.",
                                                              "%s: %u promises open past their "
                                                              "due date.", n), who, n);

      flag (table, row, index, SLK_FIELD_COMMITMENTS_OVERDUE, SLK_CODE_COMMITMENT_OVERDUE, text);
    }
  if (v[SLK_FIELD_NOODREM_OVERDUE] > 0)
    {
      guint n = (guint) v[SLK_FIELD_NOODREM_OVERDUE];
      g_autofree char *text = g_strdup_printf (_slk_ngettext ("%s: %u noodrem signal without a "
                                                              "response in time.",
                                                              "%s: %u noodrem signals without a "
                                                              "response in time.", n), who, n);

      flag (table, row, index, SLK_FIELD_NOODREM_OVERDUE, SLK_CODE_NOODREM_RESPONSE_OVERDUE,
            text);
    }
}

/* Where a whole column is empty in the year, the latest year that is not. */
static void
note_latest_years (const SlkMonitorQuery *query,
                   SlkMonitorTable       *table)
{
  gboolean any_reported = table->rijksdienst->reported != NULL;

  for (int f = 0; f < SLK_N_FIELDS; f++)
    {
      gboolean any = !isnan (table->rijksdienst->values[f]);
      guint latest;

      for (guint i = 0; !any && i < table->ministries->len; i++)
        any = !isnan (((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->values[f]);
      latest = any ? 0 : _slk_monitor_latest_year (query, f);
      table->latest[f] = latest != query->year ? latest : 0;
    }
  for (guint i = 0; !any_reported && i < table->ministries->len; i++)
    any_reported = ((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->reported != NULL;
  if (!any_reported)
    {
      guint latest = _slk_monitor_latest_reported_year (query);

      table->latest_reported = latest != query->year ? latest : 0;
    }
}

SlkMonitorTable *
_slk_monitor_compute (const SlkMonitorQuery *query)
{
  SlkStore *content = query->store;
  SlkMonitorTable *table = g_new0 (SlkMonitorTable, 1);
  g_autoptr(SlkShareTree) tree = _slk_share_tree_new (content);
  Context context = { query, content, query->year, query->scope, .tree = tree };
  GPtrArray *orgs = content->organizations.typed;
  g_autoptr(GHashTable) by_ministry = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             (GDestroyNotify) g_ptr_array_unref);

  /* Each ministry's row sums over its own organizations only: one pass to
   * sort them out, not one per ministry and figure. */
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const char *ministry = _slk_ministry_id_of (org);
      GPtrArray *group;

      if (ministry == NULL || !_slk_counts_for (org, NULL, context.scope))
        continue;
      group = g_hash_table_lookup (by_ministry, ministry);
      if (group == NULL)
        g_hash_table_insert (by_ministry, (gpointer) ministry, group = g_ptr_array_new ());
      g_ptr_array_add (group, org);
    }

  table->ministries = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  table->findings = slk_report_new ();
  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      SlkMonitorRow *row;

      if (slk_organization_get_kind (org) != SLK_ORGANIZATION_KIND_MINISTRY ||
          slk_organization_get_id (org) == NULL)
        continue;
      row = g_new0 (SlkMonitorRow, 1);
      row->id = g_strdup (slk_organization_get_id (org));
      row->name = g_strdup (slk_organization_get_name (org));
      context.ministry_id = row->id;
      context.orgs = g_hash_table_lookup (by_ministry, row->id);
      if (context.orgs == NULL)   /* every ministry counts for itself; this is defensive */
        context.orgs = orgs;
      compute_row (&context, row);
      row->reported = slk_ministry_dup_reported (SLK_MINISTRY (org), query->year);
      g_ptr_array_add (table->ministries, row);
    }
  table->rijksdienst = g_new0 (SlkMonitorRow, 1);
  table->rijksdienst->name = g_strdup ("Rijksdienst");
  context.ministry_id = NULL;
  context.orgs = orgs;
  compute_row (&context, table->rijksdienst);
  table->rijksdienst->reported = _slk_reported_lookup (content->extras, "rijksdienst_reported",
                                                       query->year,
                                                       SLK_REPORTED_SCOPE_RIJKSDIENST);

  for (guint i = 0; i < table->ministries->len; i++)
    judge_row (query, table, g_ptr_array_index (table->ministries, i), (int) i);
  judge_row (query, table, table->rijksdienst, -1);
  note_latest_years (query, table);
  return table;
}

/* Which contributions a field rests on, by their `what`; NULL: all. */
static const char * const *
whats_of (SlkField field)
{
  static const char * const open[] = { "open", NULL };
  static const char * const overdue[] = { "overdue", NULL };
  static const char * const targets[] = { "targets", NULL };
  static const char * const realized[] = { "realized", NULL };
  static const char * const rule_target[] = { "rule_target", NULL };
  static const char * const changes[] = { "count", "businesses", NULL };
  static const char * const feasible[] = { "feasible", NULL };
  static const char * const conditional[] = { "conditional", NULL };
  static const char * const infeasible[] = { "infeasible", NULL };
  static const char * const deviation[] = { "deviation", NULL };

  switch (field)
    {
    case SLK_FIELD_NOODREM_OPEN:
    case SLK_FIELD_COMMITMENTS_OPEN: return open;
    case SLK_FIELD_NOODREM_OVERDUE:
    case SLK_FIELD_COMMITMENTS_OVERDUE: return overdue;
    case SLK_FIELD_TAAKSTELLING_TARGET: return targets;
    case SLK_FIELD_TAAKSTELLING_REALIZED: return realized;
    case SLK_FIELD_RULES_TARGET: return rule_target;
    case SLK_FIELD_RULES_CHANGED:
    case SLK_FIELD_RULES_BUSINESSES_SHARE: return changes;
    case SLK_FIELD_TOETSEN_FEASIBLE: return feasible;
    case SLK_FIELD_TOETSEN_CONDITIONAL: return conditional;
    case SLK_FIELD_TOETSEN_INFEASIBLE: return infeasible;
    case SLK_FIELD_DEVIATIONS: return deviation;
    case SLK_FIELD_FTE:
    case SLK_FIELD_FTE_CHANGE:
    case SLK_FIELD_OVERHEAD_SHARE:
    case SLK_FIELD_EXTERNAL_HIRE_SHARE:
    case SLK_FIELD_TAAKSTELLING_GAP:
    case SLK_FIELD_OFFICE_M2:
    case SLK_FIELD_OVERHEAD_TARGET:
    case SLK_FIELD_FTE_TARGET:
    case SLK_N_FIELDS:
    default: return NULL;
    }
}

static void
keep_only (GPtrArray          *contributions,
           const char * const *whats)
{
  if (whats == NULL)
    return;
  for (guint i = contributions->len; i > 0; i--)
    if (!g_strv_contains (whats, slk_contribution_get_what (g_ptr_array_index (contributions,
                                                                               i - 1))))
      g_ptr_array_remove_index (contributions, i - 1);
}

void
_slk_monitor_explain_into (const SlkMonitorQuery *query,
                           const char            *ministry_id,
                           SlkField               field,
                           GPtrArray             *contributions)
{
  SlkStore *content = query->store;
  g_autoptr(SlkShareTree) tree = _slk_share_tree_new (content);
  Context context = { query, content, query->year, query->scope,
                      ministry_id, contributions, content->organizations.typed, tree };
  double ignored[4];
  guint counts[2];

  switch (field)
    {
    case SLK_FIELD_FTE:
      metric_sum (&context, SLK_METRIC_FTE, context.year, NULL);
      break;
    case SLK_FIELD_FTE_CHANGE:
      _slk_sum_change (content->organizations.typed, ministry_id, context.scope, SLK_METRIC_FTE,
                       context.year, query->base_year, &ignored[0], NULL,
                       contributions);
      break;
    case SLK_FIELD_OVERHEAD_SHARE:
    case SLK_FIELD_EXTERNAL_HIRE_SHARE:
      _slk_sum_share (content->organizations.typed, ministry_id, SLK_ANY_KIND, context.scope,
                      field == SLK_FIELD_OVERHEAD_SHARE ? SLK_SHARE_OVERHEAD
                                                        : SLK_SHARE_EXTERNAL_HIRE,
                      context.year, &ignored[0], NULL, NULL, contributions);
      break;
    case SLK_FIELD_TAAKSTELLING_TARGET:
    case SLK_FIELD_TAAKSTELLING_REALIZED:
    case SLK_FIELD_TAAKSTELLING_GAP:
      taakstelling_figures (&context, &ignored[0], &ignored[1]);
      break;
    case SLK_FIELD_RULES_CHANGED:
    case SLK_FIELD_RULES_TARGET:
    case SLK_FIELD_RULES_BUSINESSES_SHARE:
      rule_figures (&context, &ignored[0], &ignored[1], &ignored[2], &counts[0], &counts[1]);
      break;
    case SLK_FIELD_OFFICE_M2:
      metric_sum (&context, SLK_METRIC_OFFICE_M2, context.year, NULL);
      break;
    case SLK_FIELD_NOODREM_OPEN:
    case SLK_FIELD_NOODREM_OVERDUE:
      noodrem_figures (&context, &ignored[0], &ignored[1]);
      break;
    case SLK_FIELD_OVERHEAD_TARGET:
      break;   /* a norm, not a figure of records */
    case SLK_FIELD_FTE_TARGET:
      {
        SlkCoverage coverage;

        fte_target_figure (&context, &coverage);
      }
      break;
    case SLK_FIELD_COMMITMENTS_OPEN:
    case SLK_FIELD_COMMITMENTS_OVERDUE:
      commitment_figures (&context, &ignored[0], &ignored[1]);
      break;
    case SLK_FIELD_TOETSEN_FEASIBLE:
    case SLK_FIELD_TOETSEN_CONDITIONAL:
    case SLK_FIELD_TOETSEN_INFEASIBLE:
    case SLK_FIELD_DEVIATIONS:
    case SLK_N_FIELDS:
    default:
      toets_figures (&context, ignored, &ignored[3]);
      break;
    }
  keep_only (contributions, whats_of (field));
}
