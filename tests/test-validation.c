/* test-validation.c: the edges of the norm checks (SPEC §5), each with a
 * hand-computed expectation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <string.h>

#include <libslagkracht.h>

static SlkReport *
validate_text (const char *organizations)
{
  g_autofree char *text = g_strdup_printf (
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\"%s]}",
    organizations);
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, &error));
  g_assert_no_error (error);
  return slk_dataset_validate (dataset);
}

static void
test_roemernorm_edge (void)
{
  /* 100 / (900 + 100) is exactly 10 %: not above the norm. */
  g_autoptr(SlkReport) at = validate_text (
    ", \"figures\": {\"2024\": {\"personnel_spending\": 900, \"external_hire_spending\": 100}}}");
  /* 100.01 / 1000.01 is just above. */
  g_autoptr(SlkReport) above = validate_text (
    ", \"figures\": {\"2024\": {\"personnel_spending\": 900, "
    "\"external_hire_spending\": 100.01}}}");
  /* Only one of the two spendings: no judgement, and no invented zero. */
  g_autoptr(SlkReport) half = validate_text (
    ", \"figures\": {\"2024\": {\"external_hire_spending\": 100}}}");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (at)), ==, 0);
  g_assert_cmpuint (slk_report_count_code (above, "roemernorm-exceeded"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (above)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (half)), ==, 0);
}

static void
test_overhead_target_only_for_ministries (void)
{
  /* 35 of 100 is the target itself; 36 of 100 is above; an agency with 40 %
   * is not judged against the kerndepartement target. */
  g_autoptr(SlkReport) at = validate_text (
    ", \"figures\": {\"2024\": {\"fte\": 100, \"overhead_fte\": 35}}}");
  g_autoptr(SlkReport) above = validate_text (
    ", \"figures\": {\"2024\": {\"fte\": 100, \"overhead_fte\": 36}}}");
  g_autoptr(SlkReport) agency = validate_text (
    "}, {\"id\": \"a\", \"kind\": \"agency\", \"name\": \"A\", \"parent\": \"m\", "
    "\"figures\": {\"2024\": {\"fte\": 100, \"overhead_fte\": 40}}}");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (at)), ==, 0);
  g_assert_cmpuint (slk_report_count_code (above, "overhead-above-target"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (agency)), ==, 0);
}

static void
test_evaluation_edge (void)
{
  /* Reference date 2026-05-16: an evaluation on 2021-05-16 is exactly five
   * years old (not overdue); one on 2021-05-15 is overdue; a Kaderwet ZBO
   * with no evaluation is overdue; a ZBO outside the Kaderwet is not judged. */
  g_autoptr(SlkReport) exact = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true, \"last_evaluation\": \"2021-05-16\"}");
  g_autoptr(SlkReport) late = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true, \"last_evaluation\": \"2021-05-15\"}");
  g_autoptr(SlkReport) never = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true}");
  g_autoptr(SlkReport) outside = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": false}");
  g_autoptr(SlkFinding) finding = NULL;

  /* Exactly five years is not overdue; it falls due today, so it is due soon. */
  g_assert_cmpuint (slk_report_count_code (exact, "zbo-evaluation-overdue"), ==, 0);
  g_assert_cmpuint (slk_report_count_code (exact, "evaluation-due-soon"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (exact)), ==, 1);
  g_assert_cmpuint (slk_report_count_code (late, "zbo-evaluation-overdue"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (never, "zbo-evaluation-overdue"), ==, 1);
  finding = g_list_model_get_item (G_LIST_MODEL (never), 0);
  g_assert_cmpstr (slk_finding_get_pointer (finding), ==, "/organizations/1/kaderwet");
  g_assert_cmpstr (slk_finding_get_subject (finding), ==, "z");
  g_assert_cmpint (slk_finding_get_severity (finding), ==, SLK_SEVERITY_WARNING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (outside)), ==, 0);
}

static void
test_one_mistake_one_finding (void)
{
  /* A negative external hire is one error; no Roemernorm judgement follows
   * from it. A parent of unknown kind is reported once, at the parent. */
  g_autoptr(SlkReport) negative = validate_text (
    ", \"figures\": {\"2024\": {\"personnel_spending\": 100, \"external_hire_spending\": -5}}}");
  g_autoptr(SlkReport) ghost = validate_text (
    "}, {\"id\": \"g\", \"kind\": \"ghost\", \"name\": \"G\"}, "
    "{\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"g\"}");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (negative)), ==, 1);
  g_assert_cmpuint (slk_report_count_code (negative, "negative-value"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ghost)), ==, 1);
  g_assert_cmpuint (slk_report_count_code (ghost, "unknown-kind"), ==, 1);
}

static void
test_amounts_are_exact (void)
{
  /* 1e2 and 100.50 are exact amounts; 0.1 + 0.2 cents sums exactly. */
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  SlkOrganization *m;
  gint64 cents;

  g_assert_true (slk_dataset_load_from_data (
    dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", \"figures\": "
    "{\"2023\": {\"personnel_spending\": 1e2, \"material_spending\": 100.50}, "
    "\"2024\": {\"personnel_spending\": 0.1, \"material_spending\": 0.2}}}]}", -1, &error));
  m = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "m"));
  g_assert_true (slk_organization_get_amount (m, 2023, SLK_METRIC_PERSONNEL_SPENDING, &cents));
  g_assert_cmpint (cents, ==, 10000);
  g_assert_true (slk_organization_get_amount (m, 2023, SLK_METRIC_MATERIAL_SPENDING, &cents));
  g_assert_cmpint (cents, ==, 10050);
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (written,
                            "\"personnel_spending\": 100, \"material_spending\": 100.5 }"));
  g_assert_nonnull (strstr (written, "\"personnel_spending\": 0.1, \"material_spending\": 0.2 }"));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (changes, change, 3);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_report_order_and_signals (void)
{
  g_autoptr(SlkReport) report = slk_report_new ();
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(SlkFinding) late = slk_finding_new (SLK_SEVERITY_WARNING, "roemernorm-exceeded",
                                                "Late.", "a", "/a", 9, 1);
  g_autoptr(SlkFinding) early = slk_finding_new (SLK_SEVERITY_ERROR, "missing-member",
                                                 "Early.", "b", "/b", 2, 5);
  g_autoptr(SlkFinding) nowhere = slk_finding_new (SLK_SEVERITY_ERROR, "missing-member",
                                                   "Made through the API.", NULL, NULL, 0, 0);
  g_autoptr(SlkFinding) first = NULL;
  g_autoptr(SlkFinding) last = NULL;
  guint n_errors_notified = 0;

  g_signal_connect (report, "items-changed", G_CALLBACK (on_items_changed), changes);
  g_signal_connect (report, "notify::n-errors", G_CALLBACK (count_notify), &n_errors_notified);

  slk_report_add (report, late);
  slk_report_add (report, nowhere);
  slk_report_add (report, early);

  /* File order, with the finding that has no position last. */
  first = g_list_model_get_item (G_LIST_MODEL (report), 0);
  last = g_list_model_get_item (G_LIST_MODEL (report), 2);
  g_assert_true (first == early);
  g_assert_true (last == nowhere);
  g_assert_cmpstr (slk_finding_get_pointer (nowhere), ==, "");
  /* Each add says where it went: (0,0,1), then (1,0,1), then (0,0,1). */
  g_assert_cmpuint (changes->len, ==, 9);
  g_assert_cmpuint (g_array_index (changes, guint, 3), ==, 1);
  g_assert_cmpuint (g_array_index (changes, guint, 6), ==, 0);
  g_assert_cmpuint (n_errors_notified, ==, 2);
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 2);
  g_assert_cmpuint (slk_report_get_n_warnings (report), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (report), 3));
}

/* The finding of @code in @report; the test fails when there is none. */
static SlkFinding *
find_code (SlkReport  *report,
           const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (slk_finding_get_code (finding), code))
        return g_steal_pointer (&finding);
    }
  g_assert_not_reached ();
}

static void
test_overhead_edge_exact (void)
{
  /* 35.35 of 101 FTE is exactly 35 %, whatever binary doubles make of the
   * quotient; 35.36 of 101 is above. The monitor judges the same way. */
  g_autoptr(SlkReport) at = validate_text (
    ", \"figures\": {\"2024\": {\"fte\": 101, \"overhead_fte\": 35.35}}}");
  g_autoptr(SlkReport) above = validate_text (
    ", \"figures\": {\"2024\": {\"fte\": 101, \"overhead_fte\": 35.36}}}");
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autoptr(SlkReport) findings = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (at)), ==, 0);
  g_assert_cmpuint (slk_report_count_code (above, "overhead-above-target"), ==, 1);

  g_assert_true (slk_dataset_load_from_data (dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", "
    "\"figures\": {\"2024\": {\"fte\": 101, \"overhead_fte\": 35.35}}}]}", -1, NULL));
  monitor = slk_monitor_new (dataset);
  slk_monitor_set_year (monitor, 2024);
  slk_monitor_set_scope (monitor, SLK_SCOPE_CORE);
  findings = slk_monitor_get_findings (monitor);
  g_assert_cmpuint (slk_report_count_code (findings, "overhead-above-target"), ==, 0);
}

static void
test_one_wording (void)
{
  /* The validator and the monitor judge a ministry-year with one judge and
   * say so in the same words. */
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autoptr(SlkReport) findings = NULL;
  g_autoptr(SlkFinding) roemernorm = NULL;
  const char *codes[] = { "roemernorm-exceeded", "overhead-above-target" };

  g_assert_true (slk_dataset_load_from_data (dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", "
    "\"figures\": {\"2024\": {\"fte\": 100, \"overhead_fte\": 40, "
    "\"personnel_spending\": 800, \"external_hire_spending\": 200}}}]}", -1, NULL));
  report = slk_dataset_validate (dataset);
  monitor = slk_monitor_new (dataset);
  slk_monitor_set_year (monitor, 2024);
  slk_monitor_set_scope (monitor, SLK_SCOPE_CORE);
  findings = slk_monitor_get_findings (monitor);
  for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
    {
      g_autoptr(SlkFinding) validated = find_code (report, codes[c]);
      g_autoptr(SlkFinding) monitored = find_code (findings, codes[c]);

      g_assert_cmpstr (slk_finding_get_message (validated), ==,
                       slk_finding_get_message (monitored));
    }
  roemernorm = find_code (report, codes[0]);
  g_assert_cmpstr (slk_finding_get_message (roemernorm), ==,
                   "In 2024, external hire is 20.0 % of what M spends on its own staff and "
                   "external hire, above the Roemernorm of 10.0 %.");
}

static void
test_positions_follow_the_file (void)
{
  /* A finding on a figure the file gave has the figure's line and column;
   * once the figure is set through the API it stands nowhere in the file,
   * and the finding has no position. The year-level finding keeps the
   * year's key. */
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) loaded = NULL, changed = NULL;
  g_autoptr(SlkFinding) from_file = NULL, from_api = NULL;

  g_assert_true (slk_dataset_load_from_data (dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\",\n"
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\",\n"
    "  \"figures\": {\"2024\": {\"fte\": -1}}}]}", -1, NULL));
  loaded = slk_dataset_validate (dataset);
  from_file = find_code (loaded, "negative-value");
  g_assert_cmpuint (slk_finding_get_line (from_file), ==, 3);
  g_assert_cmpuint (slk_finding_get_column (from_file), ==, 24);   /* the key "fte" */

  slk_organization_set_figure (SLK_ORGANIZATION (slk_dataset_lookup (dataset, "m")), 2024,
                               SLK_METRIC_FTE, -2);
  changed = slk_dataset_validate (dataset);
  from_api = find_code (changed, "negative-value");
  g_assert_cmpuint (slk_finding_get_line (from_api), ==, 0);
  g_assert_cmpstr (slk_finding_get_pointer (from_api), ==, "/organizations/0/figures/2024/fte");
}

/* The report is in file order whatever order the checks ran in. Here the
 * uitvoeringstoetsen come first in the file but are checked after the
 * organizations: every toets finding must move past every organization
 * finding, too far for moving a few into place, so the report sorts. */
static void
test_report_order_far_from_checks (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"slagkracht-dataset/1\", "
                                          "\"reference_date\": \"2026-05-16\",\n"
                                          "\"uitvoeringstoetsen\": [");
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  const guint n = 40;
  guint previous_line = 0, previous_column = 0, toetsen = 0, negative = 0;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s\n{\"id\": \"t%u\", \"kind\": \"uitvoeringstoets\", "
                            "\"proposal\": \"P\", \"requested_by\": \"nobody\", "
                            "\"assessor\": \"m0\", \"date\": \"2026-01-15\", "
                            "\"verdict\": \"feasible\"}", i ? "," : "", i);
  g_string_append (text, "],\n\"organizations\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s\n{\"id\": \"m%u\", \"kind\": \"ministry\", "
                            "\"name\": \"M\", \"figures\": {\"2024\": {\"fte\": -1}}}",
                            i ? "," : "", i);
  g_string_append (text, "]}");
  g_assert_true (slk_dataset_load_from_data (dataset, text->str, -1, NULL));
  report = slk_dataset_validate (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      guint line = slk_finding_get_line (finding), column = slk_finding_get_column (finding);

      g_assert_cmpuint (line, >, 0);
      g_assert_true (line > previous_line || (line == previous_line && column >= previous_column));
      previous_line = line;
      previous_column = column;
      toetsen += g_str_equal (slk_finding_get_code (finding), "dangling-reference");
      negative += g_str_equal (slk_finding_get_code (finding), "negative-value");
    }
  g_assert_cmpuint (toetsen, ==, n);
  g_assert_cmpuint (negative, ==, n);
}

static void
test_organization_cycles (void)
{
  /* a → b → a and c → c are cycles, told once per organization on them;
   * d only names an organization on a cycle: a wrong kind, no cycle. */
  g_autoptr(SlkReport) report = validate_text (
    "}, {\"id\": \"a\", \"kind\": \"zbo\", \"name\": \"A\", \"parent\": \"b\"}, "
    "{\"id\": \"b\", \"kind\": \"agency\", \"name\": \"B\", \"parent\": \"a\"}, "
    "{\"id\": \"c\", \"kind\": \"zbo\", \"name\": \"C\", \"parent\": \"c\"}, "
    "{\"id\": \"d\", \"kind\": \"zbo\", \"name\": \"D\", \"parent\": \"a\"}");
  g_autoptr(SlkFinding) first = find_code (report, "reference-cycle");

  g_assert_cmpuint (slk_report_count_code (report, "reference-cycle"), ==, 3);
  g_assert_cmpuint (slk_report_count_code (report, "wrong-reference-kind"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 4);
  g_assert_cmpstr (slk_finding_get_pointer (first), ==, "/organizations/1/parent");
  g_assert_nonnull (strstr (slk_finding_get_message (first), "(a → b → a)"));
}

#define MAX_EURO "92233720368547758"

static void
test_sums_at_the_limit (void)
{
  /* Amounts at the documented maximum: the Roemernorm still sees 50 %, the
   * shares of a taakstelling add up past what an amount holds (said so, not
   * a wrapped negative), and the monitor's Rijksdienst target is their sum,
   * not 0. */
  g_autoptr(SlkReport) hire = validate_text (
    ", \"figures\": {\"2024\": {\"personnel_spending\": " MAX_EURO ", "
    "\"external_hire_spending\": " MAX_EURO "}}}");
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) shares = NULL;
  g_autoptr(SlkFinding) mismatch = NULL;
  g_autoptr(SlkMonitor) monitor = NULL;
  double target = 0;

  g_assert_cmpuint (slk_report_count_code (hire, "roemernorm-exceeded"), ==, 1);

  g_assert_true (slk_dataset_load_from_data (dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"a\", \"kind\": \"ministry\", \"name\": \"A\"}], "
    "\"taakstellingen\": ["
    "{\"id\": \"r\", \"kind\": \"apparaat\", \"name\": \"R\", \"targets\": {\"2030\": " MAX_EURO
    "}}, {\"id\": \"s1\", \"kind\": \"apparaat\", \"name\": \"S\", \"parent\": \"r\", "
    "\"scope\": \"a\", \"targets\": {\"2030\": " MAX_EURO "}}, "
    "{\"id\": \"s2\", \"kind\": \"apparaat\", \"name\": \"S\", \"parent\": \"r\", "
    "\"scope\": \"a\", \"targets\": {\"2030\": " MAX_EURO "}}, "
    "{\"id\": \"t\", \"kind\": \"apparaat\", \"name\": \"T\", \"targets\": {\"2030\": " MAX_EURO
    "}}]}", -1, NULL));
  shares = slk_dataset_validate (dataset);
  mismatch = find_code (shares, "allocation-mismatch");
  g_assert_nonnull (strstr (slk_finding_get_message (mismatch), "more than an amount can hold"));

  monitor = slk_monitor_new (dataset);
  slk_monitor_set_year (monitor, 2030);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "taakstelling_target", &target));
  g_assert_cmpfloat_with_epsilon (target, 2 * 92233720368547758.0, 1e3);
}

static void
test_amount_bound (void)
{
  /* set_amount() holds to the same bound as the file and set_figure(). */
  g_autoptr(SlkMinistry) ministry = slk_ministry_new ("m", "M");
  gint64 cents = 0;

  g_test_expect_message ("Slk", G_LOG_LEVEL_CRITICAL, "*_slk_amount_in_range*");
  slk_organization_set_amount (SLK_ORGANIZATION (ministry), 2024,
                               SLK_METRIC_PERSONNEL_SPENDING, G_MAXINT64);
  g_test_assert_expected_messages ();
  g_assert_false (slk_organization_get_amount (SLK_ORGANIZATION (ministry), 2024,
                                               SLK_METRIC_PERSONNEL_SPENDING, &cents));
  slk_organization_set_amount (SLK_ORGANIZATION (ministry), 2024,
                               SLK_METRIC_PERSONNEL_SPENDING,
                               G_GINT64_CONSTANT (9223372036854775800));
  g_assert_true (slk_organization_get_amount (SLK_ORGANIZATION (ministry), 2024,
                                              SLK_METRIC_PERSONNEL_SPENDING, &cents));
  g_assert_cmpint (cents, ==, G_GINT64_CONSTANT (9223372036854775800));
}

static void
test_norms_refuse_nonsense (void)
{
  /* NaN, a negative or a fraction past 1, and an evaluation period past a
   * century are refused; the norm keeps its value. Before, a period of
   * 65 535 years tripped a GLib assertion and marked every Kaderwet ZBO
   * overdue. */
  g_autoptr(SlkNorms) norms = slk_norms_new ();

  g_test_expect_message ("Slk", G_LOG_LEVEL_CRITICAL, "*isfinite (roemernorm)*");
  slk_norms_set_roemernorm (norms, NAN);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Slk", G_LOG_LEVEL_CRITICAL, "*overhead_target >= 0*");
  slk_norms_set_overhead_target (norms, -0.1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Slk", G_LOG_LEVEL_CRITICAL, "*years <= MAX_EVALUATION_YEARS*");
  slk_norms_set_zbo_evaluation_years (norms, 65535);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (slk_norms_get_roemernorm (norms), ==, SLK_NORM_ROEMERNORM);
  g_assert_cmpfloat (slk_norms_get_overhead_target (norms), ==, SLK_NORM_OVERHEAD_TARGET);
  g_assert_cmpuint (slk_norms_get_zbo_evaluation_years (norms), ==, 5);

  /* A century is allowed, and judged without trouble. */
  slk_norms_set_zbo_evaluation_years (norms, 100);
  g_assert_cmpuint (slk_norms_get_zbo_evaluation_years (norms), ==, 100);
}

static void
test_small_gaps (void)
{
  /* Each of these once passed validation; each is now one finding:
   * conditions [""], proposal "", decision {}, a rate of 1e308, an
   * evaluation after the reference date, and a rule target given twice.
   * A change dated 0001-01-01 warns for its own year only, not for the
   * 2 025 years after it that no record names. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gaps", "small-gaps.json",
                                                 NULL);
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "conditions-missing"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 3);  /* + "change" */
  g_assert_cmpuint (slk_report_count_code (report, "invalid-number"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "invalid-date"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "duplicate-id"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "rule-target-missed"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "zbo-evaluation-overdue"), ==, 0);
  g_assert_cmpuint (slk_report_get_n_errors (report) + slk_report_get_n_warnings (report), ==, 8);
  g_assert_cmpuint (slk_report_count_code (report, "unknown-member"),
                    ==, slk_report_get_n_infos (report));
}

static void
test_evaluation_from_founding (void)
{
  /* With no evaluation, the first falls due five years after `established`
   * (SPEC 1.1): founded 2023 is not overdue at 2026-05-16 and not due
   * within a year; founded 2021-06-01 is due on 2026-06-01, soon; founded
   * 2020 is overdue, said from its founding. */
  g_autoptr(SlkReport) young = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true, \"established\": \"2023-01-01\"}");
  g_autoptr(SlkReport) soon = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true, \"established\": \"2021-06-01\"}");
  g_autoptr(SlkReport) old = validate_text (
    "}, {\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", "
    "\"kaderwet\": true, \"established\": \"2020-01-01\"}");
  g_autoptr(SlkFinding) due = NULL, overdue = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (young)), ==, 0);
  due = find_code (soon, "evaluation-due-soon");
  g_assert_cmpstr (slk_finding_get_pointer (due), ==, "/organizations/1/established");
  g_assert_nonnull (strstr (slk_finding_get_message (due), "2026-06-01"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (soon)), ==, 1);
  overdue = find_code (old, "zbo-evaluation-overdue");
  g_assert_nonnull (strstr (slk_finding_get_message (overdue), "established on 2020-01-01"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (old)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Validation/roemernorm/edge", test_roemernorm_edge);
  g_test_add_func ("/Slk/Validation/overhead/only-ministries",
                   test_overhead_target_only_for_ministries);
  g_test_add_func ("/Slk/Validation/overhead/edge-exact", test_overhead_edge_exact);
  g_test_add_func ("/Slk/Validation/norms/one-wording", test_one_wording);
  g_test_add_func ("/Slk/Validation/positions-follow-the-file",
                   test_positions_follow_the_file);
  g_test_add_func ("/Slk/Validation/report-order-far-from-checks",
                   test_report_order_far_from_checks);
  g_test_add_func ("/Slk/Validation/organization-cycles", test_organization_cycles);
  g_test_add_func ("/Slk/Validation/sums-at-the-limit", test_sums_at_the_limit);
  g_test_add_func ("/Slk/Validation/amount-bound", test_amount_bound);
  g_test_add_func ("/Slk/Validation/norms-refuse-nonsense", test_norms_refuse_nonsense);
  g_test_add_func ("/Slk/Validation/small-gaps", test_small_gaps);
  g_test_add_func ("/Slk/Validation/zbo-evaluation/edge", test_evaluation_edge);
  g_test_add_func ("/Slk/Validation/zbo-evaluation/from-founding", test_evaluation_from_founding);
  g_test_add_func ("/Slk/Validation/one-mistake-one-finding", test_one_mistake_one_finding);
  g_test_add_func ("/Slk/Validation/amounts/exact", test_amounts_are_exact);
  g_test_add_func ("/Slk/Report/order-and-signals", test_report_order_and_signals);
  return g_test_run ();
}
