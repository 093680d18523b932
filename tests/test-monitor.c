/* test-monitor.c: roll-ups, the monitor and its formats against figures
 * computed by hand from tests/data/valid/monitor.json
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <string.h>
#include <libslagkracht.h>

static SlkDataset *
load_monitor_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", "monitor.json",
                                                 NULL);
  SlkDataset *dataset = slk_dataset_new ();

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  return dataset;
}

static double
column_value (SlkMonitor *monitor,
              const char *field,
              guint       index)
{
  gsize n;
  g_autofree double *values = slk_monitor_get_column (monitor, field, &n);

  g_assert_cmpuint (n, ==, 3);   /* szw, bzk, def */
  return values[index];
}

static void
test_rollup_scopes (void)
{
  g_autoptr(SlkDataset) dataset = load_monitor_fixture ();
  g_autoptr(SlkRollup) core = slk_rollup_new (dataset, SLK_SCOPE_CORE, SLK_GROUPING_MINISTRY);
  g_autoptr(SlkRollup) rijk = slk_rollup_new (dataset, SLK_SCOPE_RIJKSDIENST,
                                              SLK_GROUPING_MINISTRY);
  g_autoptr(SlkRollup) all = slk_rollup_new (dataset, SLK_SCOPE_ALL, SLK_GROUPING_MINISTRY);
  g_autoptr(SlkRollup) kinds = slk_rollup_new (dataset, SLK_SCOPE_ALL, SLK_GROUPING_KIND);
  g_auto(GStrv) groups = slk_rollup_get_groups (rijk);
  g_autoptr(GListModel) explained = NULL;
  g_autofree double *fte_core = NULL, *fte_rijk = NULL, *fte_all = NULL, *by_kind = NULL;
  g_autofree double *hire = NULL;
  g_autofree guint *years = NULL;
  gsize n;
  double total;

  g_assert_cmpstrv (groups, ((const char *[]) { "szw", "bzk", "def", NULL }));
  fte_core = slk_rollup_get_column (core, SLK_METRIC_FTE, 2026, &n);
  fte_rijk = slk_rollup_get_column (rijk, SLK_METRIC_FTE, 2026, &n);
  fte_all = slk_rollup_get_column (all, SLK_METRIC_FTE, 2026, &n);
  /* SZW: 950 own; + 50 of its agency; UWV (legal personality) only under all. */
  g_assert_cmpfloat (fte_core[0], ==, 950);
  g_assert_cmpfloat (fte_rijk[0], ==, 1000);
  g_assert_cmpfloat (fte_all[0], ==, 21000);
  /* BZK: its ZBO without legal personality counts in the rijksdienst scope. */
  g_assert_cmpfloat (fte_core[1], ==, 2100);
  g_assert_cmpfloat (fte_rijk[1], ==, 2200);

  /* The share from sums (10 + 1) / (100 + 5) M, not the mean of 10 % and 20 %. */
  hire = slk_rollup_get_share_column (rijk, SLK_SHARE_EXTERNAL_HIRE, 2026, &n);
  g_assert_cmpfloat_with_epsilon (hire[0], 11.0 / 105.0, 1e-12);
  g_assert_cmpfloat (fabs (hire[0] - 0.15), >, 0.04);
  g_assert_true (isnan (hire[2]));   /* Defensie gives no spending: absent, not 0 */

  g_assert_true (slk_rollup_get_total (rijk, SLK_METRIC_FTE, 2026, &total));
  g_assert_cmpfloat (total, ==, 1000 + 2200 + 40000);
  g_assert_false (slk_rollup_get_total (rijk, SLK_METRIC_MATERIAL_SPENDING, 2026, &total));
  g_assert_true (slk_rollup_get_total_share (rijk, SLK_SHARE_EXTERNAL_HIRE, 2026, &total));
  g_assert_cmpfloat_with_epsilon (total, 16e6 / 218e6, 1e-12);

  by_kind = slk_rollup_get_column (kinds, SLK_METRIC_FTE, 2026, &n);
  g_assert_cmpuint (n, ==, 4);   /* ministry, agency, inspection, zbo */
  g_assert_cmpfloat (by_kind[0], ==, 950 + 2100 + 40000);
  g_assert_cmpfloat (by_kind[1], ==, 50);
  g_assert_true (isnan (by_kind[2]));
  g_assert_cmpfloat (by_kind[3], ==, 20000 + 100);

  years = slk_rollup_get_years (rijk, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (years[0], ==, 2024);

  explained = slk_rollup_explain (rijk, "szw", SLK_METRIC_FTE, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (explained), ==, 2);
  {
    g_autoptr(SlkContribution) agency = g_list_model_get_item (explained, 1);

    g_assert_cmpstr (slk_contribution_get_record_id (agency), ==, "ib");
    g_assert_cmpstr (slk_contribution_get_what (agency), ==, "fte");
    g_assert_cmpfloat (slk_contribution_get_value (agency), ==, 50);
  }
}

static void
test_monitor_figures (void)
{
  g_autoptr(SlkDataset) dataset = load_monitor_fixture ();
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  g_autoptr(SlkReport) findings = NULL;
  g_autoptr(GListModel) explained = NULL;
  double value;

  /* The defaults: the reference date 2026-05-16 gives April 2026. */
  g_assert_cmpuint (slk_monitor_get_year (monitor), ==, 2026);
  g_assert_cmpint (slk_monitor_get_period (monitor), ==, SLK_PERIOD_APRIL);
  g_assert_cmpint (slk_monitor_get_scope (monitor), ==, SLK_SCOPE_RIJKSDIENST);
  g_assert_cmpuint (slk_monitor_get_base_year (monitor), ==, 2024);

  g_assert_cmpfloat (column_value (monitor, "fte", 0), ==, 1000);
  /* FTE change over the organizations that give both years: SZW 950 − 1000. */
  g_assert_cmpfloat (column_value (monitor, "fte_change", 0), ==, -50);
  g_assert_cmpfloat_with_epsilon (column_value (monitor, "overhead_share", 0), 400.0 / 950.0,
                                  1e-12);
  g_assert_cmpfloat (column_value (monitor, "taakstelling_target", 0), ==, 600000);
  g_assert_cmpfloat (column_value (monitor, "taakstelling_gap", 0), ==, 100000);
  g_assert_cmpfloat (column_value (monitor, "rules_changed", 0), ==, 3);
  g_assert_cmpfloat_with_epsilon (column_value (monitor, "rules_businesses_share", 0), 2.0 / 3,
                                  1e-12);
  g_assert_cmpfloat (column_value (monitor, "noodrem_overdue", 0), ==, 1);
  g_assert_cmpfloat (column_value (monitor, "toetsen_conditional", 0), ==, 1);
  g_assert_cmpfloat (column_value (monitor, "deviations", 0), ==, 1);
  /* Absent stays absent. */
  g_assert_true (isnan (column_value (monitor, "overhead_share", 2)));
  g_assert_true (isnan (column_value (monitor, "taakstelling_target", 2)));
  g_assert_true (isnan (column_value (monitor, "rules_target", 2)));

  /* The Rijksdienst counts the rijksbrede cut once, not beside its shares. */
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "taakstelling_target", &value));
  g_assert_cmpfloat (value, ==, 1000000);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "taakstelling_realized", &value));
  g_assert_cmpfloat (value, ==, 900000);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "rules_target", &value));
  g_assert_cmpfloat (value, ==, 500);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "fte_change", &value));
  g_assert_cmpfloat (value, ==, -50 + 100);

  findings = slk_monitor_get_findings (monitor);
  g_assert_cmpuint (slk_report_count_code (findings, "roemernorm-exceeded"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (findings, "overhead-above-target"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (findings, "taakstelling-behind"), ==, 2);
  g_assert_cmpuint (slk_report_count_code (findings, "rule-target-missed"), ==, 2);
  g_assert_cmpuint (slk_report_count_code (findings, "rules-businesses-share-low"), ==, 0);
  g_assert_cmpuint (slk_report_count_code (findings, "noodrem-response-overdue"), ==, 2);
  {
    g_autoptr(SlkFinding) first = g_list_model_get_item (G_LIST_MODEL (findings), 0);

    g_assert_cmpstr (slk_finding_get_pointer (first), ==, "/ministries/0/external_hire_share");
    g_assert_cmpstr (slk_finding_get_subject (first), ==, "szw");
  }

  explained = slk_monitor_explain (monitor, NULL, "taakstelling_target");
  g_assert_cmpuint (g_list_model_get_n_items (explained), ==, 1);   /* rijk, not its shares */

  /* Another scope and a stricter norm change the figures and the findings. */
  slk_monitor_set_scope (monitor, SLK_SCOPE_ALL);
  g_assert_cmpfloat (column_value (monitor, "fte", 0), ==, 21000);
  slk_monitor_set_scope (monitor, SLK_SCOPE_RIJKSDIENST);
  {
    g_autoptr(SlkNorms) strict = slk_norms_new ();
    g_autoptr(SlkReport) stricter = NULL;

    slk_norms_set_roemernorm (strict, 0.04);
    slk_monitor_set_norms (monitor, strict);
    stricter = slk_monitor_get_findings (monitor);
    g_assert_cmpuint (slk_report_count_code (stricter, "roemernorm-exceeded"), ==, 3);
  }
}

static void
test_monitor_formats (void)
{
  g_autoptr(SlkDataset) dataset = load_monitor_fixture ();
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  g_autofree char *csv = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_CSV);
  g_autofree char *markdown = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_MARKDOWN);
  g_autofree char *html = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_HTML);
  g_autofree char *text = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_TEXT);
  g_autofree char *json = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_JSON);
  g_autofree char *ansi = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_ANSI);
  g_autoptr(JsonNode) parsed = json_from_string (json, NULL);
  JsonObject *root = json_node_get_object (parsed);
  JsonObject *def;

  /* JSON: the shape of SPEC §6, null for no data. */
  g_assert_cmpint (json_object_get_int_member (root, "year"), ==, 2026);
  g_assert_cmpstr (json_object_get_string_member (root, "period"), ==, "april");
  g_assert_cmpstr (json_object_get_string_member (root, "scope"), ==, "rijksdienst");
  def = json_array_get_object_element (json_object_get_array_member (root, "ministries"), 2);
  g_assert_true (json_object_get_null_member (def, "overhead_share"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (root, "rijksdienst"),
                                              "id"));
  /* 8 shortfalls, and 10 partial sums (worked out by hand: szw and bzk each
   * give the FTE change, overhead and office of one of their two
   * organisations; the Rijksdienst those four of its five, with external
   * hire from four). */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==,
                    18);
  {
    JsonObject *rijk = json_object_get_object_member (root, "rijksdienst");
    JsonObject *coverage = json_object_get_object_member (rijk, "coverage");
    JsonObject *hire = json_object_get_object_member (coverage, "external_hire_share");
    JsonObject *szw = json_array_get_object_element (json_object_get_array_member (root,
                                                                                   "ministries"),
                                                     0);
    JsonObject *office = json_object_get_object_member (
      json_object_get_object_member (szw, "coverage"), "office_m2");

    g_assert_cmpint (json_object_get_int_member (hire, "reporting"), ==, 4);
    g_assert_cmpint (json_object_get_int_member (hire, "in_scope"), ==, 5);
    g_assert_cmpint (json_object_get_int_member (office, "reporting"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (office, "in_scope"), ==, 2);
    g_assert_true (json_object_get_null_member (rijk, "reported"));
    g_assert_false (json_object_has_member (json_object_get_object_member (rijk, "coverage"),
                                            "rules_changed"));
  }
  {
    g_autoptr(SlkReport) findings = slk_monitor_get_findings (monitor);

    g_assert_cmpuint (slk_report_count_code (findings, "partial-coverage"), ==, 10);
    g_assert_cmpuint (slk_report_get_n_infos (findings), ==, 10);
    g_assert_cmpuint (slk_report_get_n_warnings (findings), ==, 8);
    g_assert_true (slk_report_is_valid (findings));
  }

  /* CSV: a name with a pipe and markup is one quoted field; no data is empty. */
  g_assert_true (g_str_has_prefix (csv, "id,name,fte,fte_change,"));
  g_assert_nonnull (strstr (csv, ",office_m2,noodrem_open,"));
  g_assert_nonnull (strstr (csv, ",fte_reporting,fte_in_scope,fte_change_reporting,"));
  g_assert_nonnull (strstr (markdown, "- Rijksdienst Ext. hire: 4 of 5 organisations"));
  g_assert_nonnull (strstr (csv, "\"def\",\"Ministerie van Defensie | <b>bold</b>\",40000,,"));
  /* Markdown: the pipe cannot end the cell, and the markup is not read. */
  g_assert_nonnull (strstr (markdown, "Defensie \\| &lt;b&gt;bold&lt;/b&gt;"));
  /* HTML: no markup from the data survives, and nothing is fetched. */
  g_assert_null (strstr (html, "<b>bold</b>"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;bold&lt;/b&gt;"));
  g_assert_null (strstr (html, "<fixture>"));
  g_assert_null (strstr (html, "http://www.w3.org/2000/svg\" src"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  {
    g_auto(GStrv) pieces = g_strsplit (html, "<svg", -1);

    g_assert_cmpuint (g_strv_length (pieces) - 1, ==, 4);   /* FTE, hire, cuts, rules */
  }
  g_assert_nonnull (strstr (html, "Roemernorm 10 %"));
  /* One euro format: grouped in the tables and in the messages alike. */
  g_assert_nonnull (strstr (html, "has € 600 000.00 to cut by 2026; € 500 000.00 is filled in"));
  g_assert_nonnull (strstr (html, "<td>600 000</td>"));
  /* HTML: a partial sum has a visible mark and its counts. */
  g_assert_nonnull (strstr (html, "<td class=\"partial\" title=\"partial sum: 1 of 2 "
                                  "organisations\">20 000*<br><small>1/2</small></td>"));
  /* Text: every ministry, the Rijksdienst, and the shortfalls. */
  g_assert_nonnull (strstr (text, "Rijksdienst"));
  /* ANSI: a missed norm red, a partial sum yellow; without them, the text. */
  g_assert_nonnull (strstr (ansi, "\033[1;31m 42.1 %*\033[0m"));
  g_assert_nonnull (strstr (ansi, "\033[33m-50*\033[0m"));
  {
    g_autoptr(GRegex) escapes = g_regex_new ("\033\\[[0-9;]*m", 0, 0, NULL);
    g_autofree char *stripped = g_regex_replace_literal (escapes, ansi, -1, 0, "", 0, NULL);

    g_assert_cmpstr (stripped, ==, text);
  }
  g_assert_nonnull (strstr (text, "18 findings:"));
  /* A partial sum is marked, and its footnote says how partial. */
  g_assert_nonnull (strstr (text, "* A partial sum, not a total"));
  g_assert_nonnull (strstr (text, "  szw Office m²: 1 of 2 organisations\n"));
}

/* A name with every character a format could misread. */
static void
test_hostile_names (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMinistry) ministry = slk_ministry_new ("x", "A, \"B\" | <C> & D\nE");
  g_autoptr(GDateTime) reference = g_date_time_new_utc (2026, 5, 16, 0, 0, 0);
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autofree char *csv = NULL, *markdown = NULL, *html = NULL, *text = NULL;

  slk_dataset_set_reference_date (dataset, reference);
  slk_organization_set_amount (SLK_ORGANIZATION (ministry), 2026,
                               SLK_METRIC_PERSONNEL_SPENDING, 100);
  slk_organization_set_amount (SLK_ORGANIZATION (ministry), 2026,
                               SLK_METRIC_EXTERNAL_HIRE_SPENDING, 100);
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (ministry), NULL));
  monitor = slk_monitor_new (dataset);
  csv = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_CSV);
  markdown = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_MARKDOWN);
  html = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_HTML);
  text = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_TEXT);

  /* CSV: one quoted field, its quotes doubled, the line break inside it. */
  g_assert_nonnull (strstr (csv, "\"x\",\"A, \"\"B\"\" | <C> & D\nE\","));
  /* Markdown: the pipe escaped, the markup and the ampersand as entities,
   * the line break a space. */
  g_assert_nonnull (strstr (markdown, "| A, \"B\" \\| &lt;C&gt; &amp; D E |"));
  /* HTML: everything escaped, in the table and in the shortfalls. */
  g_assert_nonnull (strstr (html, "A, &quot;B&quot; | &lt;C&gt; &amp; D\nE"));
  g_assert_null (strstr (html, "<C>"));
  /* Text: no line break or control character inside a line. */
  g_assert_nonnull (strstr (text, "of what A, \"B\" | <C> & D E spends"));
}

static void
test_csv_formulas (void)
{
  /* A name a spreadsheet would run as a formula is written with a leading
   * quote; a negative number stays a number. */
  const char *names[] = { "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tTab", "\rCR", "Plain" };
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      g_autoptr(SlkMinistry) ministry = slk_ministry_new (id, names[i]);

      slk_organization_set_figure (SLK_ORGANIZATION (ministry), 2024, SLK_METRIC_FTE, 10);
      slk_organization_set_figure (SLK_ORGANIZATION (ministry), 2026, SLK_METRIC_FTE, 5);
      g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (ministry), NULL));
    }
  monitor = slk_monitor_new (dataset);
  slk_monitor_set_base_year (monitor, 2024);
  csv = slk_monitor_render (monitor, SLK_MONITOR_FORMAT_CSV);

  g_assert_nonnull (strstr (csv, "\"m0\",\"'=HYPERLINK(\"\"x\"\")\","));
  g_assert_nonnull (strstr (csv, "\"m1\",\"'+1\","));
  g_assert_nonnull (strstr (csv, "\"m2\",\"'-1\","));
  g_assert_nonnull (strstr (csv, "\"m3\",\"'@SUM(A1)\","));
  g_assert_nonnull (strstr (csv, "\"m4\",\"'\tTab\","));
  g_assert_nonnull (strstr (csv, "\"m5\",\"'\rCR\","));
  g_assert_nonnull (strstr (csv, "\"m6\",\"Plain\",5,-5,"));
}

/* A name a user typed is checked before it is asked for: an unknown one
 * is a GError naming the fields and the one meant. */
static void
test_check_field (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_monitor_check_field ("external_hire_share", &error));
  g_assert_no_error (error);
  g_assert_false (slk_monitor_check_field ("external_hire_shares", &error));
  g_assert_error (error, SLK_MONITOR_ERROR, SLK_MONITOR_ERROR_UNKNOWN_FIELD);
  g_assert_nonnull (strstr (error->message, "Did you mean \"external_hire_share\"?"));
  g_assert_nonnull (strstr (error->message, "\"commitments_overdue\""));
  g_clear_error (&error);
  g_assert_false (slk_monitor_check_field (NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Monitor/rollup-scopes", test_rollup_scopes);
  g_test_add_func ("/Slk/Monitor/figures", test_monitor_figures);
  g_test_add_func ("/Slk/Monitor/formats", test_monitor_formats);
  g_test_add_func ("/Slk/Monitor/check-field", test_check_field);
  g_test_add_func ("/Slk/Monitor/hostile-names", test_hostile_names);
  g_test_add_func ("/Slk/Monitor/csv-formulas", test_csv_formulas);
  return g_test_run ();
}
