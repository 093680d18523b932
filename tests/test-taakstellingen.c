/* test-taakstellingen.c: allocation to the cent, trajectories and the
 * dubbele slot, with figures computed by hand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

/* Three ministries with personnel spending 2024 in the ratio @a : @b : @c,
 * and a rijksbrede cut of € 100.00 in 2026. */
static SlkDataset *
three_ministries (gint64 a,
                  gint64 b,
                  gint64 c)
{
  SlkDataset *dataset = slk_dataset_new ();
  const char *ids[] = { "aaa", "bbb", "ccc" };
  gint64 spending[] = { a, b, c };
  g_autoptr(SlkTaakstelling) parent = slk_taakstelling_new ("cut", SLK_TAAKSTELLING_KIND_APPARAAT,
                                                             "Cut");
  g_autoptr(GDateTime) reference = g_date_time_new_utc (2026, 5, 16, 0, 0, 0);

  slk_dataset_set_reference_date (dataset, reference);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(SlkMinistry) ministry = slk_ministry_new (ids[i], ids[i]);

      if (spending[i] >= 0)
        slk_organization_set_amount (SLK_ORGANIZATION (ministry), 2024,
                                     SLK_METRIC_PERSONNEL_SPENDING, spending[i]);
      g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (ministry), NULL));
    }
  slk_taakstelling_set_amount (parent, SLK_TAAK_FIGURE_TARGETS, 2026, 10000);
  slk_taakstelling_set_amount (parent, SLK_TAAK_FIGURE_REALIZED, 2026, 10000);
  g_assert_true (slk_dataset_add_taakstelling (dataset, parent, NULL));
  return dataset;
}

static gint64
target_of (GListModel *shares,
           guint       index,
           guint       year)
{
  g_autoptr(SlkTaakstelling) share = g_list_model_get_item (shares, index);
  gint64 cents = -1;

  g_assert_true (slk_taakstelling_get_amount (share, SLK_TAAK_FIGURE_TARGETS, year, &cents));
  return cents;
}

static void
test_largest_remainder (void)
{
  g_autoptr(SlkDataset) dataset = three_ministries (100, 100, 100);
  SlkTaakstelling *parent = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "cut"));
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GListModel) shares = slk_allocator_allocate (allocator, parent, NULL);
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* 10000 cents in three: 3333 each and the one cent left to the first. */
  g_assert_cmpuint (g_list_model_get_n_items (shares), ==, 3);
  g_assert_cmpint (target_of (shares, 0, 2026), ==, 3334);
  g_assert_cmpint (target_of (shares, 1, 2026), ==, 3333);
  g_assert_cmpint (target_of (shares, 2, 2026), ==, 3333);

  /* Added to the dataset they validate clean: no allocation-mismatch. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SlkTaakstelling) share = g_list_model_get_item (shares, i);

      g_assert_cmpstr (slk_taakstelling_get_parent_id (share), ==, "cut");
      g_assert_true (slk_dataset_add_taakstelling (dataset, share, &error));
      g_assert_no_error (error);
    }
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 0);

  /* Allocated once: a second time is refused. */
  g_assert_null (slk_allocator_allocate (allocator, parent, &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_HAS_SHARES);
}

static void
test_exemptions_and_weights (void)
{
  g_autoptr(SlkDataset) dataset = three_ministries (100, 300, 600);
  SlkTaakstelling *parent = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "cut"));
  g_autoptr(SlkAllocator) proportional = slk_allocator_new ();
  g_autoptr(SlkAllocator) exempting = slk_allocator_new ();
  g_autoptr(SlkAllocator) weighted = slk_allocator_new ();
  g_autoptr(GListModel) by_base = slk_allocator_allocate (proportional, parent, NULL);
  g_autoptr(GListModel) without_c = NULL;
  g_autoptr(GListModel) by_weight = NULL;

  /* 1 : 3 : 6 of € 100.00 */
  g_assert_cmpint (target_of (by_base, 0, 2026), ==, 1000);
  g_assert_cmpint (target_of (by_base, 1, 2026), ==, 3000);
  g_assert_cmpint (target_of (by_base, 2, 2026), ==, 6000);

  slk_allocator_exempt (exempting, "ccc");
  without_c = slk_allocator_allocate (exempting, parent, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (without_c), ==, 2);
  g_assert_cmpint (target_of (without_c, 0, 2026), ==, 2500);
  g_assert_cmpint (target_of (without_c, 1, 2026), ==, 7500);

  /* Weights 2 : 1: 6666.67 and 3333.33 cents; the cent left goes to the
   * larger remainder. */
  slk_allocator_set_weight (weighted, "aaa", 2);
  slk_allocator_set_weight (weighted, "bbb", 1);
  by_weight = slk_allocator_allocate (weighted, parent, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (by_weight), ==, 2);
  g_assert_cmpint (target_of (by_weight, 0, 2026), ==, 6667);
  g_assert_cmpint (target_of (by_weight, 1, 2026), ==, 3333);
}

static void
test_refusals (void)
{
  g_autoptr(SlkDataset) dataset = three_ministries (100, -1, 100);
  SlkTaakstelling *parent = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "cut"));
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(SlkAllocator) unknown = slk_allocator_new ();
  g_autoptr(SlkTaakstelling) loose = slk_taakstelling_new ("loose", SLK_TAAKSTELLING_KIND_OTHER,
                                                            NULL);
  g_autoptr(GError) error = NULL;

  /* bbb gives no personnel spending: not 0, so the allocation waits. */
  g_assert_null (slk_allocator_allocate (allocator, parent, &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_WEIGHTS);
  g_assert_nonnull (strstr (error->message, "bbb"));
  g_clear_error (&error);

  slk_allocator_exempt (unknown, "xyz");
  g_assert_null (slk_allocator_allocate (unknown, parent, &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  g_assert_null (slk_allocator_allocate (allocator, loose, &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_DATASET);
}

static void
test_weights_at_the_limit (void)
{
  /* Three ministries each at the largest amount: their weights add up past
   * what divides exactly, and the allocator says so rather than hand one
   * ministry's share to another. Two at half of it still divide, exactly. */
  const gint64 max = G_GINT64_CONSTANT (9223372036854775800);
  g_autoptr(SlkDataset) huge = three_ministries (max, max, max);
  g_autoptr(SlkDataset) large = three_ministries (max / 4, max / 4, 0);
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (slk_allocator_allocate (
    allocator, SLK_TAAKSTELLING (slk_dataset_lookup (huge, "cut")), &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_TOO_LARGE);

  shares = slk_allocator_allocate (
    allocator, SLK_TAAKSTELLING (slk_dataset_lookup (large, "cut")), NULL);
  g_assert_nonnull (shares);
  g_assert_cmpint (target_of (shares, 0, 2026) + target_of (shares, 1, 2026), ==, 10000);
  g_assert_cmpint (target_of (shares, 0, 2026), ==, 5000);
}

static void
test_trajectories (void)
{
  g_autoptr(SlkTaakstelling) apparaat = slk_taakstelling_new ("a", SLK_TAAKSTELLING_KIND_APPARAAT,
                                                               NULL);
  g_autoptr(SlkTaakstelling) productivity =
    slk_taakstelling_new ("p", SLK_TAAKSTELLING_KIND_PRODUCTIVITEIT, NULL);
  g_autoptr(GError) error = NULL;
  gint64 cents;

  g_assert_false (slk_taakstelling_generate_ramp (apparaat, 2025, 2029, 2030, &error));
  g_assert_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_BASE);
  g_clear_error (&error);

  /* 22 % of € 1 000 000.00 in five equal steps to 2029, then level. */
  slk_taakstelling_set_base (apparaat, 2024, 100000000);
  slk_taakstelling_set_rate (apparaat, 0.22);
  g_assert_true (slk_taakstelling_generate_ramp (apparaat, 2025, 2029, 2030, &error));
  g_assert_true (slk_taakstelling_get_amount (apparaat, SLK_TAAK_FIGURE_TARGETS, 2025, &cents));
  g_assert_cmpint (cents, ==, 4400000);
  g_assert_true (slk_taakstelling_get_amount (apparaat, SLK_TAAK_FIGURE_TARGETS, 2027, &cents));
  g_assert_cmpint (cents, ==, 13200000);
  g_assert_true (slk_taakstelling_get_amount (apparaat, SLK_TAAK_FIGURE_TARGETS, 2030, &cents));
  g_assert_cmpint (cents, ==, 22000000);

  /* 0.5 % a year from 2029, compounding: 5 000.00; 9 975.00; 14 925.125 → .13 */
  slk_taakstelling_set_base (productivity, 2028, 100000000);
  g_assert_true (slk_taakstelling_generate_productivity (productivity, 2029, 2031, &error));
  g_assert_true (slk_taakstelling_get_amount (productivity, SLK_TAAK_FIGURE_TARGETS, 2029, &cents));
  g_assert_cmpint (cents, ==, 500000);
  g_assert_true (slk_taakstelling_get_amount (productivity, SLK_TAAK_FIGURE_TARGETS, 2030, &cents));
  g_assert_cmpint (cents, ==, 997500);
  g_assert_true (slk_taakstelling_get_amount (productivity, SLK_TAAK_FIGURE_TARGETS, 2031, &cents));
  g_assert_cmpint (cents, ==, 1492513);
}

static void
test_dubbele_slot (void)
{
  g_autoptr(SlkTaakstelling) share = slk_taakstelling_new ("s", SLK_TAAKSTELLING_KIND_APPARAAT,
                                                            NULL);

  slk_taakstelling_set_amount (share, SLK_TAAK_FIGURE_TARGETS, 2026, 1000);
  slk_taakstelling_set_amount (share, SLK_TAAK_FIGURE_REALIZED, 2026, 1000);
  slk_taakstelling_set_fte (share, SLK_TAAK_FIGURE_FTE_TARGETS, 2026, 10);
  slk_taakstelling_set_fte (share, SLK_TAAK_FIGURE_FTE_REALIZED, 2026, 8);
  g_assert_true (slk_taakstelling_is_met (share, 2026));
  slk_taakstelling_set_dubbele_slot (share, TRUE);
  g_assert_false (slk_taakstelling_is_met (share, 2026));
  slk_taakstelling_set_fte (share, SLK_TAAK_FIGURE_FTE_REALIZED, 2026, 10);
  g_assert_true (slk_taakstelling_is_met (share, 2026));
  /* A missing realized counts as 0. */
  slk_taakstelling_unset (share, SLK_TAAK_FIGURE_REALIZED, 2026);
  g_assert_false (slk_taakstelling_is_met (share, 2026));
}

/* Found by the mutation test: an unusable "change" was written back beside
 * a default one, and the second copy lost on reload. */
static void
test_rule_change_kept_as_written (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  const char *text =
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", \"name\": \"SZW\"}], "
    "\"rule_changes\": [{\"id\": \"r\", \"ministry\": \"szw\", \"date\": \"2026-01-01\", "
    "\"change\": \"scapped\", \"title\": \"R\"}]}";

  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, NULL));
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_count_code (report, "invalid-value"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 1);   /* audience */
  {
    g_autoptr(SlkFinding) finding = NULL;

    for (guint i = 0; finding == NULL; i++)
      {
        g_autoptr(SlkFinding) candidate = g_list_model_get_item (G_LIST_MODEL (report), i);

        g_assert_nonnull (candidate);
        if (g_str_equal (slk_finding_get_code (candidate), "invalid-value"))
          finding = g_steal_pointer (&candidate);
      }
    /* the allowed values, and the one within two edits */
    g_assert_nonnull (strstr (slk_finding_get_message (finding), "\"scrapped\""));
    g_assert_true (g_str_has_suffix (slk_finding_get_message (finding),
                                     "Did you mean \"scrapped\"?"));
  }
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (written, "\"change\": \"scapped\""));
  g_assert_null (strstr (written, "scrapped"));
  g_assert_null (strstr (written, "audience"));
  g_assert_true (slk_dataset_load_from_data (again, written, -1, NULL));
  rewritten = slk_dataset_to_data (again, NULL);
  g_assert_cmpstr (rewritten, ==, written);
}

/* A chain of @n taakstellingen, t0 the rijksbrede one and each t(i) a
 * share of t(i-1), with a target of € 1 in 2025 on every one and the
 * realized cut of € 1 on the last only; @cycle makes t0 a share of the
 * last as well. */
static SlkDataset *
chain (guint    n,
       gboolean cycle)
{
  g_autoptr(GString) text = g_string_new (
    "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
    "\"organizations\": [], \"taakstellingen\": [");
  SlkDataset *dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "%s{\"id\": \"t%u\", \"kind\": \"apparaat\", "
                              "\"name\": \"T\", \"targets\": {\"2025\": 1}",
                              i > 0 ? ", " : "", i);
      if (i > 0 || cycle)
        g_string_append_printf (text, ", \"parent\": \"t%u\"", i > 0 ? i - 1 : n - 1);
      if (i == n - 1)
        g_string_append (text, ", \"realized\": {\"2025\": 1}");
      g_string_append_c (text, '}');
    }
  g_string_append (text, "]}");
  g_assert_true (slk_dataset_load_from_data (dataset, text->str, -1, &error));
  g_assert_no_error (error);
  return dataset;
}

static void
test_deep_chain (void)
{
  /* 30 000 links: the realized cut at the bottom counts at the top, with
   * no depth cut off, and validation finds nothing (each link realizes
   * what its share realized). The tree is walked without recursion, each
   * (taakstelling, year) summed once, so this is linear; before, it took
   * minutes. */
  g_autoptr(SlkDataset) dataset = chain (30000, FALSE);
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);
  SlkTaakstelling *top = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "t0"));
  gint64 cents = 0;

  g_assert_true (slk_taakstelling_get_effective_realized (top, 2025, &cents));
  g_assert_cmpint (cents, ==, 100);
  g_assert_true (slk_taakstelling_is_met (top, 2025));
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (slk_report_get_n_warnings (report), ==, 0);
}

static void
test_parent_cycle (void)
{
  /* t0 → t1 → t2 → t0: every one on the cycle is told, once, and nothing
   * loops; the cut counts in no rijksbrede total. */
  g_autoptr(SlkDataset) dataset = chain (3, TRUE);
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  gint64 cents = 0;
  double target;

  g_assert_cmpuint (slk_report_count_code (report, "reference-cycle"), ==, 3);
  g_assert_true (slk_taakstelling_get_effective_realized (
    SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "t0")), 2025, &cents));
  g_assert_cmpint (cents, ==, 100);
  slk_monitor_set_year (monitor, 2025);
  g_assert_false (slk_monitor_get_rijksdienst_value (monitor, "taakstelling_target", &target));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Taakstelling/largest-remainder", test_largest_remainder);
  g_test_add_func ("/Slk/Taakstelling/exemptions-and-weights", test_exemptions_and_weights);
  g_test_add_func ("/Slk/Taakstelling/refusals", test_refusals);
  g_test_add_func ("/Slk/Taakstelling/weights-at-the-limit", test_weights_at_the_limit);
  g_test_add_func ("/Slk/Taakstelling/trajectories", test_trajectories);
  g_test_add_func ("/Slk/Taakstelling/dubbele-slot", test_dubbele_slot);
  g_test_add_func ("/Slk/Taakstelling/deep-chain", test_deep_chain);
  g_test_add_func ("/Slk/Taakstelling/parent-cycle", test_parent_cycle);
  g_test_add_func ("/Slk/Taakstelling/rule-change-kept", test_rule_change_kept_as_written);
  return g_test_run ();
}
