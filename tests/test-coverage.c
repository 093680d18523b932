/* test-coverage.c: how complete a sum is (SPEC 1.1 coverage), worked out by
 * hand on tests/data/valid/coverage.json: a cluster and its members count
 * once, a body that ended before the year not at all
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <libslagkracht.h>

static SlkDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "coverage.json",
                                                 NULL);
  SlkDataset *dataset = slk_dataset_new ();

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  return dataset;
}

static void
test_rollup_coverage (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ();
  g_autoptr(SlkRollup) rollup = slk_rollup_new (dataset, SLK_SCOPE_RIJKSDIENST,
                                                SLK_GROUPING_MINISTRY);
  g_autoptr(GListModel) explained = NULL;
  guint reporting = 0, in_scope = 0;
  gsize n;
  g_autofree double *fte = slk_rollup_get_column (rollup, SLK_METRIC_FTE, 2024, &n);

  /* m 10 + c through its member a 3 + h 5; g ended in 2023 and b gives none */
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (fte[0], ==, 18);
  g_assert_false (slk_rollup_get_coverage (rollup, "m", SLK_METRIC_FTE, 2024, &reporting,
                                           &in_scope));
  g_assert_cmpuint (reporting, ==, 3);
  g_assert_cmpuint (in_scope, ==, 3);
  explained = slk_rollup_explain (rollup, "m", SLK_METRIC_FTE, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (explained), ==, 3);

  /* only the ministry gives office space: a partial sum, 1 of 3 */
  g_assert_true (slk_rollup_get_coverage (rollup, NULL, SLK_METRIC_OFFICE_M2, 2024, &reporting,
                                          &in_scope));
  g_assert_cmpuint (reporting, ==, 1);
  g_assert_cmpuint (in_scope, ==, 3);

  /* in 2025 h has ended too */
  slk_rollup_get_coverage (rollup, "m", SLK_METRIC_FTE, 2025, &reporting, &in_scope);
  g_assert_cmpuint (reporting, ==, 0);
  g_assert_cmpuint (in_scope, ==, 2);

  /* no organisation gives both parts of the external hire share */
  g_assert_false (slk_rollup_get_share_coverage (rollup, "m", SLK_SHARE_EXTERNAL_HIRE, 2024,
                                                 &reporting, &in_scope));
  g_assert_cmpuint (reporting, ==, 0);
  g_assert_cmpuint (in_scope, ==, 3);
}

static void
test_cluster_own_figure (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ();
  g_autoptr(SlkRollup) rollup = slk_rollup_new (dataset, SLK_SCOPE_RIJKSDIENST,
                                                SLK_GROUPING_MINISTRY);
  SlkOrganization *cluster = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "c"));
  double total = 0;

  /* the cluster's own figure stands for its members: a's is not added */
  slk_organization_set_figure (cluster, 2024, SLK_METRIC_FTE, 7);
  g_assert_true (slk_rollup_get_total (rollup, SLK_METRIC_FTE, 2024, &total));
  g_assert_cmpfloat (total, ==, 22);

  /* once the members are no longer listed, each counts for itself */
  slk_zbo_set_members (SLK_ZBO (cluster), NULL);
  g_assert_false (slk_zbo_has_members (SLK_ZBO (cluster)));
  g_assert_true (slk_rollup_get_total (rollup, SLK_METRIC_FTE, 2024, &total));
  g_assert_cmpfloat (total, ==, 25);
}

static void
test_monitor_marks_partial_sums (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ();
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  g_autoptr(SlkReport) findings = NULL;
  g_autofree char *text = NULL;
  g_autoptr(SlkFinding) finding = NULL;

  slk_monitor_set_year (monitor, 2024);
  findings = slk_monitor_get_findings (monitor);
  g_assert_cmpuint (slk_report_get_n_infos (findings), ==, 2);   /* m's and the Rijksdienst's */
  g_assert_cmpuint (slk_report_count_code (findings, "partial-coverage"), ==, 2);
  finding = g_list_model_get_item (G_LIST_MODEL (findings), 0);
  g_assert_cmpint (slk_finding_get_severity (finding), ==, SLK_SEVERITY_INFO);
  g_assert_nonnull (strstr (slk_finding_get_message (finding), "1 of 3 organisations"));

  /* A norm judged over some organisations says so. */
  {
    g_autoptr(SlkReport) judged = NULL;
    SlkOrganization *ministry = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "m"));
    g_autoptr(SlkFinding) roemer = NULL;

    slk_organization_set_amount (ministry, 2024, SLK_METRIC_PERSONNEL_SPENDING, 80000);
    slk_organization_set_amount (ministry, 2024, SLK_METRIC_EXTERNAL_HIRE_SPENDING, 20000);
    slk_monitor_refresh (monitor);
    judged = slk_monitor_get_findings (monitor);
    for (guint i = 0; roemer == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (judged)); i++)
      {
        g_autoptr(SlkFinding) item = g_list_model_get_item (G_LIST_MODEL (judged), i);

        if (g_str_equal (slk_finding_get_code (item), "roemernorm-exceeded"))
          roemer = g_steal_pointer (&item);
      }
    g_assert_nonnull (roemer);
    g_assert_true (g_str_has_suffix (slk_finding_get_message (roemer),
                                     " This share rests on 1 of 3 organisations only."));
    slk_organization_unset_figure (ministry, 2024, SLK_METRIC_PERSONNEL_SPENDING);
    slk_organization_unset_figure (ministry, 2024, SLK_METRIC_EXTERNAL_HIRE_SPENDING);
    slk_monitor_refresh (monitor);
  }
  {
    guint reporting = 0, in_scope = 0;
    g_autoptr(GListModel) explained = slk_monitor_explain (monitor, "m", "office_m2");

    g_assert_true (slk_monitor_get_coverage (monitor, "m", "office_m2", &reporting, &in_scope));
    g_assert_cmpuint (reporting, ==, 1);
    g_assert_cmpuint (in_scope, ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (explained), ==, reporting);
    g_assert_false (slk_monitor_get_coverage (monitor, NULL, "fte", &reporting, &in_scope));
    g_assert_cmpuint (reporting, ==, 3);
    g_assert_false (slk_monitor_get_coverage (monitor, NULL, "rules_changed", &reporting,
                                              &in_scope));
    g_assert_cmpuint (in_scope, ==, 0);
  }
  text = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_TEXT);
  g_assert_nonnull (strstr (text, "400*"));
  g_assert_nonnull (strstr (text, "  m Office m²: 1 of 3 organisations\n"));

  /* In 2026 no one gives a figure: the monitor says which year has them. */
  {
    g_autofree char *later = NULL, *html = NULL;

    slk_monitor_set_year (monitor, 2026);
    g_assert_cmpuint (slk_monitor_get_latest_year (monitor, "fte"), ==, 2024);
    g_assert_cmpuint (slk_monitor_get_latest_year (monitor, "overhead_share"), ==, 0);
    later = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_TEXT);
    g_assert_nonnull (strstr (later, "No figure for 2026 in these columns; the latest year that "
                                     "has one:\n  FTE: 2024 (--year 2024)\n"));
    html = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_HTML);
    g_assert_nonnull (strstr (html, "<li>FTE: 2024 (--year 2024)</li>"));
  }
}

static void
test_members_are_checked (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ();
  g_autoptr(SlkReport) report = NULL;
  const char * const members[] = { "a", "nowhere", "m", NULL };
  g_auto(GStrv) copy = NULL;
  SlkZbo *cluster = SLK_ZBO (slk_dataset_lookup (dataset, "c"));

  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
  g_clear_object (&report);

  slk_zbo_set_members (cluster, members);
  copy = slk_zbo_dup_members (cluster);
  g_assert_cmpstrv (copy, members);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "dangling-reference"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "wrong-reference-kind"), ==, 1);
}

/* A cluster whose id is missing (found by fuzz-monitor: the sums compared
 * its members with a NULL id) is an error, and the sums still count each
 * member once. */
static void
test_cluster_without_id (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "coverage.json",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(SlkRollup) rollup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *fte = NULL;
  gsize n;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"id\": \"c\""));
  broken = g_strdup (text);
  memcpy (strstr (broken, "\"id\": \"c\""), "\"fd\"", 4);
  g_assert_true (slk_dataset_load_from_data (dataset, broken, -1, &error));
  g_assert_no_error (error);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), >=, 1);
  rollup = slk_rollup_new (dataset, SLK_SCOPE_RIJKSDIENST, SLK_GROUPING_MINISTRY);
  fte = slk_rollup_get_column (rollup, SLK_METRIC_FTE, 2024, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (fte[0], ==, 18);
}

/* The allocator refuses a base that rests on some of a ministry's
 * organisations, unless told that partial bases are acceptable. */
static void
test_allocator_refuses_partial_base (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ();
  g_autoptr(SlkTaakstelling) cut = slk_taakstelling_new ("cut", SLK_TAAKSTELLING_KIND_APPARAAT,
                                                         NULL);
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) shares = NULL;

  slk_taakstelling_set_amount (cut, SLK_TAAK_FIGURE_TARGETS, 2026, 10000);
  g_assert_true (slk_dataset_add_taakstelling (dataset, cut, NULL));
  slk_allocator_set_metric (allocator, SLK_METRIC_OFFICE_M2);
  g_assert_false (slk_allocator_get_allow_partial (allocator));
  shares = slk_allocator_allocate (allocator, cut, &error);
  g_assert_null (shares);
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_PARTIAL_BASE);
  g_assert_nonnull (strstr (error->message, "m (1 of 3 organisations)"));
  g_clear_error (&error);

  slk_allocator_set_allow_partial (allocator, TRUE);
  shares = slk_allocator_allocate (allocator, cut, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Coverage/rollup", test_rollup_coverage);
  g_test_add_func ("/Slk/Coverage/cluster-own-figure", test_cluster_own_figure);
  g_test_add_func ("/Slk/Coverage/monitor", test_monitor_marks_partial_sums);
  g_test_add_func ("/Slk/Coverage/members", test_members_are_checked);
  g_test_add_func ("/Slk/Coverage/allocator", test_allocator_refuses_partial_base);
  g_test_add_func ("/Slk/Coverage/cluster-without-id", test_cluster_without_id);
  return g_test_run ();
}
