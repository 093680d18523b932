/* test-agenda.c: the norms of the 2026 agenda, worked out by hand: the
 * overhead glide path, the efficiency and vernieuwing cuts, and a ramp to
 * an amount
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <string.h>

#include <libslagkracht.h>

static void
test_glide_path (void)
{
  g_autoptr(SlkNorms) norms = slk_norms_new ();
  g_autofree guint *years = NULL;
  guint n = 0;

  /* The letter's start, 50 % in 2023; after it, the target of 35 %. */
  years = slk_norms_get_overhead_path_years (norms, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (years[0], ==, 2023);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2022), ==, 0.50);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2023), ==, 0.50);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2024), ==, 0.35);

  /* A path to 40 % in 2027: a straight line, 45 % in 2025. */
  slk_norms_set_overhead_path_year (norms, 2027, 0.40);
  g_assert_cmpfloat_with_epsilon (slk_norms_get_overhead_target_for (norms, 2025), 0.45, 1e-12);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2027), ==, 0.40);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2028), ==, 0.35);
  slk_norms_set_overhead_path_year (norms, 2027, NAN);
  g_assert_cmpfloat (slk_norms_get_overhead_target_for (norms, 2025), ==, 0.35);
}

static void
test_glide_path_judges (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkNorms) norms = slk_norms_new ();
  g_autoptr(SlkReport) flat = NULL;
  g_autoptr(SlkReport) path = NULL;
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autoptr(SlkReport) judged = NULL;
  double target = 0;

  g_assert_true (slk_dataset_load_from_data (dataset,
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", "
    "\"figures\": {\"2025\": {\"fte\": 100, \"overhead_fte\": 44}}}]}", -1, NULL));
  /* 44 % in 2025: above the flat 35 %, below the path's 45 %. */
  flat = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (flat, "overhead-above-target"), ==, 1);
  slk_norms_set_overhead_path_year (norms, 2027, 0.40);
  path = slk_dataset_validate_with_norms (dataset, norms);
  g_assert_cmpuint (slk_report_count_code (path, "overhead-above-target"), ==, 0);

  monitor = slk_monitor_new (dataset);
  slk_monitor_set_year (monitor, 2025);
  slk_monitor_set_scope (monitor, SLK_SCOPE_CORE);
  slk_monitor_set_norms (monitor, norms);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "overhead_target", &target));
  g_assert_cmpfloat_with_epsilon (target, 0.45, 1e-12);
  judged = slk_monitor_get_findings (monitor);
  g_assert_cmpuint (slk_report_count_code (judged, "overhead-above-target"), ==, 0);
}

static void
test_cuts_of_2026 (void)
{
  g_autoptr(SlkNorms) norms = slk_norms_new ();
  g_autoptr(SlkTaakstelling) efficiency = slk_taakstelling_new ("eff",
                                                                SLK_TAAKSTELLING_KIND_EFFICIENCY,
                                                                NULL);
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;
  guint full_year = 0;

  g_object_get (norms, "efficiency-amount", &amount, "efficiency-full-year", &full_year, NULL);
  g_assert_cmpint (amount, ==, G_GINT64_CONSTANT (40000000000));
  g_assert_cmpuint (full_year, ==, 2030);
  g_object_get (norms, "vernieuwing-amount", &amount, "vernieuwing-full-year", &full_year, NULL);
  g_assert_cmpint (amount, ==, G_GINT64_CONSTANT (100000000000));
  g_assert_cmpuint (full_year, ==, 2030);

  /* From 2027 to € 0.4 bn in 2030 in four equal steps: 0.1, 0.2, 0.3, 0.4. */
  g_object_get (norms, "efficiency-amount", &amount, NULL);
  g_assert_true (slk_taakstelling_generate_amount_ramp (efficiency, 2027, 2030, 2031, amount,
                                                        &error));
  g_assert_no_error (error);
  for (guint year = 2027; year <= 2031; year++)
    {
      gint64 cents = 0;

      g_assert_true (slk_taakstelling_get_amount (efficiency, SLK_TAAK_FIGURE_TARGETS, year,
                                                  &cents));
      g_assert_cmpint (cents, ==, G_GINT64_CONSTANT (10000000000) * (MIN (year, 2030) - 2026));
    }
  g_assert_false (slk_taakstelling_generate_amount_ramp (efficiency, 2031, 2030, 2032, amount,
                                                         &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_INVALID_YEARS);
}

/* Measures fill a share in: their sum per year is its realized when it
 * gives none; a realized of its own wins. */
static void
test_measures (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(SlkMeasure) first = NULL;
  g_autofree char *written = NULL;
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autofree char *rewritten = NULL;
  SlkTaakstelling *cut;
  const char *text =
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"taakstellingen\": [{\"id\": \"cut\", \"kind\": \"apparaat\", \"name\": \"Cut\", "
    "\"targets\": {\"2025\": 100, \"2026\": 300}, \"realized\": {\"2026\": 50}, "
    "\"measures\": [{\"year\": 2025, \"amount\": 60, \"kind\": \"fte\", \"note\": \"n\"}, "
    "{\"year\": 2025, \"amount\": 30.5, \"kind\": \"housing\"}, "
    "{\"year\": 2026, \"amount\": 300, \"kind\": \"procurement\"}]}]}";

  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, NULL));
  cut = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "cut"));
  measures = slk_taakstelling_list_measures (cut);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 3);
  first = g_list_model_get_item (measures, 0);
  g_assert_cmpuint (slk_measure_get_year (first), ==, 2025);
  g_assert_cmpint (slk_measure_get_amount (first), ==, 6000);
  g_assert_cmpint (slk_measure_get_kind (first), ==, SLK_MEASURE_KIND_FTE);
  g_assert_cmpstr (slk_measure_get_note (first), ==, "n");
  /* 2025: 60 + 30.50 filled in of 100, behind; 2026: its own 50 of 300. */
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "taakstelling-behind"), ==, 2);
  {
    g_autoptr(SlkFinding) behind = g_list_model_get_item (G_LIST_MODEL (report), 0);

    g_assert_nonnull (strstr (slk_finding_get_message (behind), "€ 90.50 is filled in"));
  }
  g_clear_object (&report);

  /* Written back as read, and read back the same. */
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_true (slk_dataset_load_from_data (again, written, -1, NULL));
  rewritten = slk_dataset_to_data (again, NULL);
  g_assert_cmpstr (written, ==, rewritten);

  /* A negative measure is an error at its amount; cleared, the measures
   * fill nothing in. */
  {
    g_autoptr(SlkMeasure) negative = slk_measure_new (2026, -1, SLK_MEASURE_KIND_OTHER, NULL);

    slk_taakstelling_add_measure (cut, negative);
    report = slk_dataset_validate (dataset);
    g_assert_cmpuint (slk_report_count_code (report, "negative-value"), ==, 1);
    g_clear_object (&report);
  }
  slk_taakstelling_clear_measures (cut);
  report = slk_dataset_validate (dataset);
  {
    g_autoptr(SlkFinding) behind = g_list_model_get_item (G_LIST_MODEL (report), 0);

    g_assert_nonnull (strstr (slk_finding_get_message (behind), "€ 0.00 is filled in"));
  }
}

/* tests/data/gaps/agenda.json, worked out by hand: "voortgang" is open and
 * was due 2026-03-31, before 2026-05-16; "review" is due 2026-Q4; bzk had
 * 120 FTE (core) in 2025 against a target of 100, 150 in scope rijksdienst
 * against 160. */
static void
test_commitments_and_fte_targets (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gaps", "agenda.json",
                                                 NULL);
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GListModel) commitments = NULL;
  g_autoptr(GListModel) owned = NULL;
  g_autoptr(GListModel) targets = NULL;
  g_autoptr(SlkFteTarget) core = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(SlkSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkCommitment) added = slk_commitment_new ("pilot", "Pilot uitvoeringstoets", "bzk");
  g_autoptr(GDateTime) delivered = g_date_time_new_utc (2026, 4, 1, 0, 0, 0);
  SlkCommitment *review;

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "commitment-overdue"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "fte-target-missed"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "dangling-reference"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 1);
  g_clear_object (&report);

  commitments = slk_dataset_list_commitments (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 3);
  review = SLK_COMMITMENT (slk_dataset_lookup (dataset, "review"));
  g_assert_cmpstr (slk_commitment_get_due_text (review), ==, "2026-Q4");
  due = slk_commitment_dup_due (review);
  g_assert_cmpint (g_date_time_get_month (due), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (due), ==, 31);
  g_assert_false (slk_commitment_is_overdue (review));
  source = slk_commitment_dup_source (review);
  g_assert_cmpstr (slk_source_get_quote (source), ==, "eind 2026");
  owned = slk_ministry_list_commitments (SLK_MINISTRY (slk_dataset_lookup (dataset, "bzk")));
  g_assert_cmpuint (g_list_model_get_n_items (owned), ==, 1);
  g_assert_false (slk_commitment_set_due (review, "2026-Q5"));
  g_assert_cmpstr (slk_commitment_get_due_text (review), ==, "2026-Q4");

  targets = slk_dataset_list_fte_targets (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 2);
  core = g_list_model_get_item (targets, 0);
  g_assert_cmpstr (slk_fte_target_get_ministry_id (core), ==, "bzk");
  g_assert_cmpuint (slk_fte_target_get_year (core), ==, 2025);
  g_assert_cmpfloat (slk_fte_target_get_fte (core), ==, 100);
  g_assert_cmpint (slk_fte_target_get_scope (core), ==, SLK_SCOPE_CORE);
  g_assert_true (slk_fte_target_get_dataset (core) == dataset);

  /* Through the API: a delivered commitment needs its date; an id is
   * checked as for any record. */
  g_assert_true (slk_commitment_set_due (added, "2026-10-01"));
  slk_commitment_set_source (added, source);
  slk_commitment_set_status (added, SLK_COMMITMENT_STATUS_DELIVERED);
  g_assert_true (slk_dataset_add_commitment (dataset, added, &error));
  g_assert_true (slk_commitment_get_dataset (added) == dataset);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 2);
  g_clear_object (&report);
  slk_commitment_set_delivered (added, delivered);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 1);
  g_assert_false (slk_dataset_add_commitment (dataset, added, &error));
  g_assert_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_IN_OTHER_DATASET);
}

/* The monitor follows the agenda: in 2025 (core) bzk had 120 FTE against
 * a target of 100; of the file's commitments bzk owns one, open; the
 * Rijksdienst counts two open ("klaar" is delivered), one overdue. */
static void
test_monitor_follows_the_agenda (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gaps", "agenda.json",
                                                 NULL);
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autoptr(SlkReport) findings = NULL;
  g_autofree double *targets = NULL;
  g_autofree char *csv = NULL;
  double value = 0;
  gsize n;

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  monitor = slk_monitor_new (dataset);
  slk_monitor_set_year (monitor, 2025);
  slk_monitor_set_scope (monitor, SLK_SCOPE_CORE);
  targets = slk_monitor_get_column (monitor, "fte_target", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (targets[0], ==, 100);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "commitments_open", &value));
  g_assert_cmpfloat (value, ==, 2);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "commitments_overdue", &value));
  g_assert_cmpfloat (value, ==, 1);
  findings = slk_monitor_get_findings (monitor);
  g_assert_cmpuint (slk_report_count_code (findings, "fte-target-missed"), ==, 2);
  g_assert_cmpuint (slk_report_count_code (findings, "commitment-overdue"), ==, 1);
  {
    /* explain names the records behind each new column */
    g_autoptr(GListModel) targets_of = slk_monitor_explain (monitor, "bzk", "fte_target");
    g_autoptr(GListModel) overdue = slk_monitor_explain (monitor, NULL, "commitments_overdue");
    g_autoptr(GListModel) norm = slk_monitor_explain (monitor, NULL, "overhead_target");
    g_autoptr(SlkContribution) late = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (targets_of), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 1);
    late = g_list_model_get_item (overdue, 0);
    g_assert_cmpstr (slk_contribution_get_record_id (late), ==, "voortgang");
    g_assert_cmpuint (g_list_model_get_n_items (norm), ==, 0);
  }
  csv = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_CSV);
  g_assert_nonnull (strstr (csv, ",overhead_target,fte_target,commitments_open,"
                                 "commitments_overdue,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Agenda/glide-path", test_glide_path);
  g_test_add_func ("/Slk/Agenda/glide-path-judges", test_glide_path_judges);
  g_test_add_func ("/Slk/Agenda/cuts-of-2026", test_cuts_of_2026);
  g_test_add_func ("/Slk/Agenda/measures", test_measures);
  g_test_add_func ("/Slk/Agenda/commitments", test_commitments_and_fte_targets);
  g_test_add_func ("/Slk/Agenda/monitor", test_monitor_follows_the_agenda);
  return g_test_run ();
}
