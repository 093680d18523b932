/* slk-dataset-validator-budget.c: the checks of SPEC §5 on
 * taakstellingen, rule changes and rule targets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-judge-private.h"
#include "slk-ministry.h"
#include "slk-rule-private.h"
#include "slk-taakstelling-private.h"
#include "slk-validator-private.h"

#define flag           _slk_judged_flag
#define check_present  _slk_judged_present
#define check_identity _slk_judged_identity
#define resolve        _slk_judged_resolve
#define wrong_kind     _slk_judged_wrong_kind

/* Shares may differ from their parent by less than a euro (SPEC §3: "to
 * the euro"): sources round the shares they publish. */
#define ALLOCATION_TOLERANCE_CENTS 100

static char *
euro (gint64 cents)
{
  GString *out = g_string_new (NULL);

  _slk_append_euro (out, cents);
  return g_string_free (out, FALSE);
}

static void
check_amounts (SlkJudged       *record,
               SlkTaakstelling *taak)
{
  static const char * const members[] = { "targets", "realized", "fte_targets", "fte_realized" };
  gint64 base;
  double rate;

  for (guint i = 0; i < taak->years->len; i++)
    {
      const SlkTaakYear *entry = SLK_YEAR_TABLE_AT (taak->years, SlkTaakYear, i);

      for (int f = 0; f < SLK_N_TAAK_FIGURES; f++)
        {
          gboolean negative = f <= SLK_TAAK_FIGURE_REALIZED ? entry->cents[f] < 0
                                                            : entry->fte[f - 2] < 0;
          g_autofree char *at = NULL;

          if (!(entry->present & (1u << f)) || !negative)
            continue;
          at = g_strdup_printf ("%s/%u", members[f], entry->year);
          flag (record, SLK_CODE_NEGATIVE_VALUE, at,
                _("%s gives a negative \"%s\" for %u; a cut is a positive amount."), record->what,
                members[f], entry->year);
        }
      if ((entry->present & (1u << SLK_TAAK_FIGURE_REALIZED)) &&
          !(entry->present & (1u << SLK_TAAK_FIGURE_TARGETS)))
        {
          g_autofree char *at = g_strdup_printf ("realized/%u", entry->year);

          flag (record, SLK_CODE_REALIZED_WITHOUT_TARGET, at,
                _("%s gives a realized cut for %u, but no target for that year."), record->what,
                entry->year);
        }
    }
  for (guint i = 0; taak->measures != NULL && i < taak->measures->len; i++)
    if (slk_measure_get_amount (g_ptr_array_index (taak->measures, i)) < 0)
      {
        g_autofree char *at = g_strdup_printf ("measures/%u/amount", i);

        flag (record, SLK_CODE_NEGATIVE_VALUE, at, _("%s has a measure with a negative amount; "
              "a measure fills a cut in with a positive amount."), record->what);
      }
  if (slk_taakstelling_get_base (taak, NULL, &base) && base < 0)
    flag (record, SLK_CODE_NEGATIVE_VALUE, "base/amount",
          _("%s has a negative base."), record->what);
  if (slk_taakstelling_get_rate (taak, &rate) && rate < 0)
    flag (record, SLK_CODE_NEGATIVE_VALUE, "rate",
          _("%s has a negative rate."), record->what);
  else if (slk_taakstelling_get_rate (taak, &rate) && rate > 1)
    {
      SlkNumberText shown;

      flag (record, SLK_CODE_INVALID_NUMBER, "rate",
            _("%s has a rate of %s; a rate is a fraction of the base, from 0 to 1."),
            record->what, _slk_number_text (&shown, rate));
    }
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return (int) GPOINTER_TO_UINT (a) - (int) GPOINTER_TO_UINT (b);
}

/* The shares of @taak add up to it in every year that either gives. */
static void
check_allocation (SlkJudged       *record,
                  SlkTaakstelling *taak)
{
  GPtrArray *shares = _slk_share_tree_shares (record->validator->share_tree, taak);
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  g_autoptr(GList) sorted = NULL;

  if (shares->len == 0)
    return;
  for (guint i = 0; i <= shares->len; i++)
    {
      SlkTaakstelling *one = i < shares->len ? g_ptr_array_index (shares, i) : taak;

      for (guint y = 0; y < one->years->len; y++)
        {
          const SlkTaakYear *entry = SLK_YEAR_TABLE_AT (one->years, SlkTaakYear, y);

          if (entry->present & (1u << SLK_TAAK_FIGURE_TARGETS))
            g_hash_table_add (years, GUINT_TO_POINTER (entry->year));
        }
    }
  sorted = g_list_sort (g_hash_table_get_keys (years), compare_years);
  for (GList *l = sorted; l != NULL; l = l->next)
    {
      guint year = GPOINTER_TO_UINT (l->data);
      gint64 whole = 0, part;
      __int128 sum = 0;   /* shares at the limit of an amount add up past it */
      g_autofree char *at = g_strdup_printf ("targets/%u", year);
      g_autofree char *whole_text = NULL, *sum_text = NULL;

      slk_taakstelling_get_amount (taak, SLK_TAAK_FIGURE_TARGETS, year, &whole);
      for (guint i = 0; i < shares->len; i++)
        if (slk_taakstelling_get_amount (g_ptr_array_index (shares, i), SLK_TAAK_FIGURE_TARGETS,
                                         year, &part))
          sum += part;
      if (sum - whole < ALLOCATION_TOLERANCE_CENTS && whole - sum < ALLOCATION_TOLERANCE_CENTS)
        continue;
      whole_text = euro (whole);
      sum_text = sum > G_MAXINT64 || sum < G_MININT64
        ? g_strdup (_("more than an amount can hold")) : euro ((gint64) sum);
      flag (record, SLK_CODE_ALLOCATION_MISMATCH,
            _slk_trace_path (record->validator->content->trace, record->core, at).line
              ? at : "targets",
            _("The shares of %s add up to € %s in %u, not to its target of € %s."),
            record->id ? record->id : _("the taakstelling"), sum_text, year, whole_text);
    }
}

static void
check_behind (SlkJudged       *record,
              SlkTaakstelling *taak,
              guint            reference_year)
{
  for (guint i = 0; i < taak->years->len; i++)
    {
      const SlkTaakYear *entry = SLK_YEAR_TABLE_AT (taak->years, SlkTaakYear, i);
      g_autofree char *at = NULL;
      g_autofree char *target = NULL, *realized_text = NULL;
      gint64 realized = 0;

      SlkShareTree *tree = record->validator->share_tree;

      if (entry->year > reference_year || !(entry->present & (1u << SLK_TAAK_FIGURE_TARGETS)))
        continue;
      if (_slk_share_tree_realized (tree, taak, entry->year, &realized) ==
          SLK_REALIZED_TOO_LARGE)
        {
          at = g_strdup_printf ("targets/%u", entry->year);
          flag (record, SLK_CODE_INVALID_NUMBER, at,
                _("The realized cut of the shares of %s in %u adds up to more than an amount "
                "can hold (92 233 720 368 547 758 euro); it is not judged."), record->what,
                entry->year);
          continue;
        }
      if (_slk_share_tree_is_met (tree, taak, entry->year))
        continue;
      at = g_strdup_printf ("targets/%u", entry->year);
      target = euro (entry->cents[SLK_TAAK_FIGURE_TARGETS]);
      realized_text = euro (realized);
      if (realized >= entry->cents[SLK_TAAK_FIGURE_TARGETS])
        flag (record, SLK_CODE_TAAKSTELLING_BEHIND, at,
              _("%s meets its euro target of € %s for %u (€ %s filled in), but not its FTE "
              "target, and the dubbele slot applies."), record->what, target, entry->year,
              realized_text);
      else
        {
          GString *message = record->validator->scratch;

          _slk_say_taakstelling (message, entry->year, record->what,
                                 entry->cents[SLK_TAAK_FIGURE_TARGETS], realized);
          flag (record, SLK_CODE_TAAKSTELLING_BEHIND, at, "%s", message->str);
        }
    }
}

/* A taakstelling whose chain of parents returns to it: each one on the
 * cycle is told the whole chain. */
static void
check_cycle (SlkJudged       *record,
             SlkTaakstelling *taak)
{
  g_autofree char *chain = _slk_store_describe_cycle (
    record->validator->content, taak, (SlkIdGetter) slk_taakstelling_get_id,
    (SlkIdGetter) slk_taakstelling_get_parent_id);

  flag (record, SLK_CODE_REFERENCE_CYCLE, "parent",
        _("%s is, through its parents, a share of itself (%s), so its cut belongs to no "
        "rijksbrede total."), record->what, chain);
}

static void
check_taakstelling (SlkValidator    *validator,
                    SlkTaakstelling *taak)
{
  SlkRecordCore *core = _slk_taakstelling_get_core (taak);
  g_autofree char *what = NULL;
  SlkJudged record = { validator, core, "taakstellingen", slk_taakstelling_get_id (taak) };
  const char *scope_id = slk_taakstelling_get_scope_id (taak);
  const char *parent_id = slk_taakstelling_get_parent_id (taak);
  GObject *scope, *parent;
  gboolean has_target = FALSE;
  SlkDay reference = validator->content->reference_date;

  what = g_strdup_printf (_("The taakstelling \"%s\""), record.id ? record.id : "");
  record.what = what;
  for (guint i = 0; i < taak->years->len; i++)
    has_target |= (SLK_YEAR_TABLE_AT (taak->years, SlkTaakYear, i)->present &
                   (1u << SLK_TAAK_FIGURE_TARGETS)) != 0;
  check_identity (&record, taak);
  check_present (&record, "name", slk_taakstelling_get_name (taak) != NULL);
  check_present (&record, "targets",
                 has_target || (_slk_record_core_nested (core, "targets") != NULL &&
                                json_object_get_size (_slk_record_core_nested (core,
                                                                               "targets")) > 0));

  scope = resolve (&record, "scope", scope_id);
  if (scope != NULL && !SLK_IS_ORGANIZATION (scope))
    wrong_kind (&record, "scope", scope_id, _("an organization"));
  parent = resolve (&record, "parent", parent_id);
  if (parent != NULL && !SLK_IS_TAAKSTELLING (parent))
    wrong_kind (&record, "parent", parent_id, _("another taakstelling"));
  else if (_slk_share_tree_cycle (validator->share_tree, taak) != NULL)
    check_cycle (&record, taak);

  check_amounts (&record, taak);
  check_allocation (&record, taak);
  if (reference != 0)
    {
      GDate date;

      g_date_set_julian (&date, reference);
      check_behind (&record, taak, g_date_get_year (&date));
    }
}

void
_slk_validator_check_taakstellingen (SlkValidator *validator)
{
  GPtrArray *all = validator->content->taakstellingen.typed;

  validator->share_tree = _slk_share_tree_new (validator->content);
  for (guint i = 0; i < all->len; i++)
    check_taakstelling (validator, g_ptr_array_index (all, i));
  g_clear_pointer (&validator->share_tree, _slk_share_tree_free);
}

static void
check_ministry_reference (SlkJudged  *record,
                          const char *member,
                          const char *id)
{
  GObject *found = resolve (record, member, id);

  if (found != NULL && !SLK_IS_MINISTRY (found))
    wrong_kind (record, member, id, _("a ministry"));
}

/* The rule changes of each ministry and year, keyed "ministry/year": one
 * pass, so that judging every rule target stays linear. */
static GHashTable *
count_by_ministry_year (GPtrArray *changes)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      SlkRuleChange *change = g_ptr_array_index (changes, i);
      const char *ministry = slk_rule_change_get_ministry_id (change);
      guint year = _slk_day_get_year (_slk_rule_change_get_day (change));
      char *key;

      if (ministry == NULL || year == 0)
        continue;
      key = g_strdup_printf ("%s/%u", ministry, year);
      g_hash_table_replace (counts, key,
                            GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                     key)) + 1));
    }
  return counts;
}

/* The rule changes of a year, all and for businesses. */
typedef struct
{
  guint year;
  guint all;
  guint businesses;
} YearCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const YearCount *x = a, *y = b;

  return (x->year > y->year) - (x->year < y->year);
}

/* The years the rule data speaks of, with their counts, in order: each
 * year a change is dated in or a target names. A year no record names is
 * no data (a change dated 0001-01-01 once made 2 026 warnings). One pass
 * over the changes. */
static GArray *
rule_years (SlkStore *content)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);   /* year → place + 1 */
  GArray *years = g_array_new (FALSE, TRUE, sizeof (YearCount));

  for (guint i = 0; i < content->rule_changes.typed->len + content->rule_targets.typed->len; i++)
    {
      gboolean is_change = i < content->rule_changes.typed->len;
      gpointer record = is_change
        ? g_ptr_array_index (content->rule_changes.typed, i)
        : g_ptr_array_index (content->rule_targets.typed, i - content->rule_changes.typed->len);
      guint year, place;
      YearCount *count;

      if (is_change)
        year = _slk_day_get_year (_slk_rule_change_get_day (record));
      else
        year = (_slk_rule_target_get_present (record) & SLK_RULE_TARGET_HAS_YEAR)
               ? slk_rule_target_get_year (record) : 0;
      if (year == 0)
        continue;
      place = GPOINTER_TO_UINT (g_hash_table_lookup (index, GUINT_TO_POINTER (year)));
      if (place == 0)
        {
          YearCount fresh = { year };

          g_array_append_val (years, fresh);
          place = years->len;
          g_hash_table_insert (index, GUINT_TO_POINTER (year), GUINT_TO_POINTER (place));
        }
      count = &g_array_index (years, YearCount, place - 1);
      if (is_change)
        {
          count->all++;
          count->businesses += slk_rule_change_get_audience (record) == SLK_AUDIENCE_BUSINESSES;
        }
    }
  g_array_sort (years, compare_counts);
  return years;
}

static void
check_rijksdienst_rules (SlkValidator *validator,
                         guint         reference_year)
{
  SlkStore *content = validator->content;
  SlkPosition position = _slk_trace_slot (content->trace, content,
                                         SLK_TOP_MEMBER_RULE_CHANGES);
  guint per_year = slk_norms_get_rules_per_year (validator->norms);
  g_autoptr(GArray) years = rule_years (content);

  for (guint y = 0; y < years->len; y++)
    {
      const YearCount *count = &g_array_index (years, YearCount, y);

      if (count->year >= reference_year)
        break;
      if (_slk_judge_rules (count->all, per_year))
        {
          _slk_say_rules (validator->scratch, count->year, _("the Rijksdienst"), count->all,
                          per_year);
          _slk_validator_report (validator, SLK_CODE_RULE_TARGET_MISSED, NULL,
                                 "/rule_changes", position, "%s", validator->scratch->str);
        }
      if (_slk_judge_rules_for_businesses (validator->norms, count->businesses, count->all))
        {
          _slk_say_rules_for_businesses (validator->scratch, count->year, count->businesses,
                                         count->all, validator->norms);
          _slk_validator_report (validator, SLK_CODE_RULES_BUSINESSES_SHARE_LOW, NULL,
                                 "/rule_changes", position, "%s", validator->scratch->str);
        }
    }
}

void
_slk_validator_check_rules (SlkValidator *validator)
{
  SlkStore *content = validator->content;
  guint reference_year = _slk_day_get_year (content->reference_date);
  g_autoptr(GHashTable) targets_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
  g_autoptr(GHashTable) changes_by_ministry_year = NULL;

  for (guint i = 0; i < content->rule_changes.typed->len; i++)
    {
      SlkRuleChange *change = g_ptr_array_index (content->rule_changes.typed, i);
      g_autofree char *what = g_strdup_printf (_("The rule change \"%s\""),
                                               slk_rule_change_get_id (change)
                                               ? slk_rule_change_get_id (change) : "");
      SlkJudged record = { validator, _slk_rule_change_get_core (change), "rule_changes",
                           slk_rule_change_get_id (change), what };

      check_identity (&record, change);
      check_present (&record, "ministry", slk_rule_change_get_ministry_id (change) != NULL);
      check_present (&record, "date", _slk_rule_change_get_day (change) != 0);
      check_present (&record, "title", slk_rule_change_get_title (change) != NULL);
      check_ministry_reference (&record, "ministry", slk_rule_change_get_ministry_id (change));
    }

  changes_by_ministry_year = count_by_ministry_year (content->rule_changes.typed);
  for (guint i = 0; i < content->rule_targets.typed->len; i++)
    {
      SlkRuleTarget *target = g_ptr_array_index (content->rule_targets.typed, i);
      const char *ministry = slk_rule_target_get_ministry_id (target);
      g_autofree char *what = g_strdup_printf (_("The rule target of \"%s\""),
                                               ministry ? ministry : "");
      SlkJudged record = { validator, _slk_rule_target_get_core (target), "rule_targets",
                           ministry, what };
      guint year = slk_rule_target_get_year (target), all;
      char *key;

      check_present (&record, "ministry", ministry != NULL);
      check_ministry_reference (&record, "ministry", ministry);
      if (ministry == NULL || (_slk_rule_target_get_present (target) & 3) != 3)
        continue;
      /* Two targets for one ministry-year: the first counts. */
      key = g_strdup_printf ("%s/%u", ministry, year);
      if (!g_hash_table_add (targets_seen, key))
        {
          flag (&record, SLK_CODE_DUPLICATE_ID, "year",
                _("%s for %u is given twice; the first counts."), record.what, year);
          continue;
        }
      if (year >= reference_year)
        continue;
      all = GPOINTER_TO_UINT (g_hash_table_lookup (changes_by_ministry_year, key));
      if (_slk_judge_rules (all, slk_rule_target_get_count (target)))
        {
          _slk_say_rules (validator->scratch, year, ministry, all,
                          slk_rule_target_get_count (target));
          flag (&record, SLK_CODE_RULE_TARGET_MISSED, "count", "%s", validator->scratch->str);
        }
    }
  if (reference_year != 0)
    check_rijksdienst_rules (validator, reference_year);
}
