/* test-naming.c: one naming pattern (issue 16): each new name gives what
 * the deprecated one gives, and the old names keep working.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <libslagkracht.h>

static void
assert_same_doubles (const double *a, gsize n_a, const double *b, gsize n_b)
{
  g_assert_cmpuint (n_a, ==, n_b);
  for (gsize i = 0; i < n_a; i++)
    g_assert_true (a[i] == b[i] || (isnan (a[i]) && isnan (b[i])));
}

static void
test_organization (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  SlkOrganization *org = slk_dataset_lookup_organization (dataset, "bzk");
  gsize n_new = 0, n_old = 0, n_a = 0, n_b = 0;
  g_autofree guint *years = slk_organization_list_years (org, &n_new);
  g_autofree guint *old_years = slk_organization_get_years (org, &n_old);
  g_autofree double *column = NULL, *old_column = NULL;
  double value = -1, old_value = -2;
  gint64 cents = 0;

  g_assert_cmpuint (n_new, >, 0);
  g_assert_cmpmem (years, n_new * sizeof (guint), old_years, n_old * sizeof (guint));
  g_assert_cmpint (slk_organization_get_value (org, SLK_METRIC_FTE, years[n_new - 1], &value), ==,
                   slk_organization_get_figure (org, years[n_new - 1], SLK_METRIC_FTE, &old_value));
  g_assert_cmpfloat (value, ==, old_value);
  column = slk_organization_dup_figure_column (org, SLK_METRIC_FTE, years, n_new, &n_a);
  old_column = slk_organization_get_figure_column (org, SLK_METRIC_FTE, years, n_new, &n_b);
  assert_same_doubles (column, n_a, old_column, n_b);

  slk_organization_set_cents (org, SLK_METRIC_PERSONNEL_SPENDING, 3001, 123456789);
  g_assert_true (slk_organization_get_cents (org, SLK_METRIC_PERSONNEL_SPENDING, 3001, &cents));
  g_assert_cmpint (cents, ==, 123456789);
  slk_organization_set_value (org, SLK_METRIC_FTE, 3001, 12.5);
  {
    g_autoptr(SlkSource) given = slk_source_new ("naming-test", "A test source", NULL, NULL,
                                                 NULL);
    g_autoptr(SlkSource) found = NULL;

    slk_organization_add_source (org, given);
    slk_organization_set_value_source (org, SLK_METRIC_FTE, 3001, "naming-test");
    found = slk_organization_dup_value_source (org, SLK_METRIC_FTE, 3001);
    g_assert_cmpstr (slk_source_get_key (found), ==, "naming-test");
    slk_organization_set_value_source (org, SLK_METRIC_FTE, 3001, NULL);
  }
  g_assert_true (slk_organization_get_figure (org, 3001, SLK_METRIC_FTE, &value));
  g_assert_cmpfloat (value, ==, 12.5);
  slk_organization_unset_value (org, SLK_METRIC_FTE, 3001);
  g_assert_false (slk_organization_get_value (org, SLK_METRIC_FTE, 3001, NULL));
}

static void
test_lists (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  g_autoptr(SlkRollup) rollup = slk_rollup_new (dataset, SLK_SCOPE_CORE, SLK_GROUPING_MINISTRY);
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  g_auto(GStrv) groups = slk_rollup_list_groups (rollup);
  g_auto(GStrv) old_groups = slk_rollup_get_groups (rollup);
  g_auto(GStrv) ministries = slk_monitor_list_ministries (monitor);
  g_auto(GStrv) old_ministries = slk_monitor_get_ministries (monitor);
  g_auto(GStrv) fields = slk_monitor_list_fields (monitor);
  g_auto(GStrv) old_fields = slk_monitor_get_fields (monitor);
  gsize n = 0, n_old = 0, n_a = 0, n_b = 0;
  g_autofree guint *years = slk_rollup_list_years (rollup, &n);
  g_autofree guint *old_years = slk_rollup_get_years (rollup, &n_old);
  g_autofree double *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;
  g_autoptr(GListModel) contributions = NULL, old_contributions = NULL;
  g_autoptr(GListModel) monitor_contributions = NULL, old_monitor_contributions = NULL;
  g_autoptr(SlkReport) findings = slk_monitor_list_findings (monitor);
  g_autoptr(SlkReport) old_findings = slk_monitor_get_findings (monitor);
  guint year;

  g_assert_cmpstrv (groups, old_groups);
  g_assert_cmpstrv (ministries, old_ministries);
  g_assert_cmpstrv (fields, old_fields);
  g_assert_cmpmem (years, n * sizeof (guint), old_years, n_old * sizeof (guint));
  year = years[n - 1];
  a = slk_rollup_dup_column (rollup, SLK_METRIC_FORMATIE, year, &n_a);
  b = slk_rollup_get_column (rollup, SLK_METRIC_FORMATIE, year, &n_b);
  assert_same_doubles (a, n_a, b, n_b);
  c = slk_rollup_dup_share_column (rollup, SLK_SHARE_EXTERNAL_HIRE, year, &n_a);
  d = slk_rollup_get_share_column (rollup, SLK_SHARE_EXTERNAL_HIRE, year, &n_b);
  assert_same_doubles (c, n_a, d, n_b);
  e = slk_monitor_dup_column (monitor, "fte", &n_a);
  f = slk_monitor_get_column (monitor, "fte", &n_b);
  assert_same_doubles (e, n_a, f, n_b);
  contributions = slk_rollup_list_contributions (rollup, "bzk", SLK_METRIC_FORMATIE, year);
  old_contributions = slk_rollup_explain (rollup, "bzk", SLK_METRIC_FORMATIE, year);
  g_assert_cmpuint (g_list_model_get_n_items (contributions), ==,
                    g_list_model_get_n_items (old_contributions));
  monitor_contributions = slk_monitor_list_contributions (monitor, "bzk", "fte");
  old_monitor_contributions = slk_monitor_explain (monitor, "bzk", "fte");
  g_assert_cmpuint (g_list_model_get_n_items (monitor_contributions), ==,
                    g_list_model_get_n_items (old_monitor_contributions));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (findings)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (old_findings)));
}

/* Money in cents: the roll-up's total exactly, as the organizations'. */
static void
test_total_cents (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMinistry) a = slk_ministry_new ("a", "Ministerie A");
  g_autoptr(SlkMinistry) b = slk_ministry_new ("b", "Ministerie B");
  g_autoptr(SlkRollup) rollup = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;
  double euros = 0;

  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (a), &error));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (b), &error));
  /* 2^53 + 1 cents and 2 cents: a double cannot hold the sum exactly */
  slk_organization_set_cents (SLK_ORGANIZATION (a), SLK_METRIC_PERSONNEL_SPENDING, 2025,
                              G_GINT64_CONSTANT (9007199254740993));
  slk_organization_set_cents (SLK_ORGANIZATION (b), SLK_METRIC_PERSONNEL_SPENDING, 2025, 2);
  rollup = slk_rollup_new (dataset, SLK_SCOPE_ALL, SLK_GROUPING_MINISTRY);
  g_assert_true (slk_rollup_get_cents (rollup, NULL, SLK_METRIC_PERSONNEL_SPENDING, 2025, &cents));
  g_assert_cmpint (cents, ==, G_GINT64_CONSTANT (9007199254740995));
  g_assert_true (slk_rollup_get_cents (rollup, "b", SLK_METRIC_PERSONNEL_SPENDING, 2025, &cents));
  g_assert_cmpint (cents, ==, 2);
  g_assert_true (slk_rollup_get_total (rollup, SLK_METRIC_PERSONNEL_SPENDING, 2025, &euros));
  g_assert_false (slk_rollup_get_cents (rollup, NULL, SLK_METRIC_PERSONNEL_SPENDING, 2024, &cents));
  g_assert_cmpint (cents, ==, 0);
  /* a sum no 64-bit amount holds is said so */
  slk_organization_set_cents (SLK_ORGANIZATION (b), SLK_METRIC_PERSONNEL_SPENDING, 2025,
                              G_GINT64_CONSTANT (9223372036854775800));
  g_assert_false (slk_rollup_get_cents (rollup, NULL, SLK_METRIC_PERSONNEL_SPENDING, 2025, &cents));
}

/* The monitor's euro fields as cents. */
static void
test_monitor_cents (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  gint64 cents = -1;
  double euros = 0;

  slk_monitor_set_year (monitor, 2025);
  g_assert_true (slk_monitor_get_rijksdienst_value (monitor, "taakstelling_target", &euros));
  g_assert_true (slk_monitor_get_cents (monitor, NULL, "taakstelling_target", &cents));
  g_assert_cmpint (cents, ==, (gint64) llround (euros * 100));
  g_assert_cmpint (cents, >, 0);
  g_assert_false (slk_monitor_get_cents (monitor, "no-such-ministry", "taakstelling_target",
                                         &cents));
  g_assert_cmpint (cents, ==, 0);
}

static void
test_taakstelling_and_years (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  g_autoptr(GListModel) cuts = slk_dataset_list_taakstellingen (dataset);
  g_autoptr(SlkTaakstelling) taak = g_list_model_get_item (cuts, 0);
  g_autoptr(SlkNorms) norms = slk_norms_new ();
  SlkMinistry *bzk = SLK_MINISTRY (slk_dataset_lookup_organization (dataset, "bzk"));
  gsize n = 0, n_old = 0, n_a = 0, n_b = 0;
  guint m = 0, m_old = 0;
  g_autofree guint *years = slk_taakstelling_list_years (taak, &n);
  g_autofree guint *old_years = slk_taakstelling_get_years (taak, &n_old);
  g_autofree double *a = NULL, *b = NULL;
  g_autofree guint *reported = NULL, *old_reported = NULL, *path = NULL, *old_path = NULL;
  g_autofree guint *rijk = NULL, *old_rijk = NULL;

  g_assert_cmpmem (years, n * sizeof (guint), old_years, n_old * sizeof (guint));
  a = slk_taakstelling_dup_column (taak, SLK_TAAK_FIGURE_TARGETS, years, n, &n_a);
  b = slk_taakstelling_get_column (taak, SLK_TAAK_FIGURE_TARGETS, years, n, &n_b);
  assert_same_doubles (a, n_a, b, n_b);
  g_assert_true (slk_taakstelling_get_scope_organization (taak) ==
                 slk_taakstelling_get_scope (taak));
  reported = slk_ministry_list_reported_years (bzk, &m);
  old_reported = slk_ministry_get_reported_years (bzk, &m_old);
  g_assert_cmpmem (reported, m * sizeof (guint), old_reported, m_old * sizeof (guint));
  rijk = slk_dataset_list_rijksdienst_reported_years (dataset, &m);
  old_rijk = slk_dataset_get_rijksdienst_reported_years (dataset, &m_old);
  g_assert_cmpmem (rijk, m * sizeof (guint), old_rijk, m_old * sizeof (guint));
  path = slk_norms_list_overhead_path_years (norms, &m);
  old_path = slk_norms_get_overhead_path_years (norms, &m_old);
  g_assert_cmpmem (path, m * sizeof (guint), old_path, m_old * sizeof (guint));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Naming/organization", test_organization);
  g_test_add_func ("/Slk/Naming/lists", test_lists);
  g_test_add_func ("/Slk/Naming/taakstelling-and-years", test_taakstelling_and_years);
  g_test_add_func ("/Slk/Naming/total-cents", test_total_cents);
  g_test_add_func ("/Slk/Naming/monitor-cents", test_monitor_cents);
  return g_test_run ();
}
