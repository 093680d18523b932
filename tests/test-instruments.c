/* test-instruments.c: uitvoeringstoetsen and noodremmen in a dataset:
 * relations, lists, and values a file gives in a form that cannot be used
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

static SlkDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid", name, NULL);
  SlkDataset *dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_dataset_load_from_file (dataset, path, &error));
  g_assert_no_error (error);
  return dataset;
}

static guint
n_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

static void
test_relations (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ("instruments.json");
  SlkMinistry *szw = SLK_MINISTRY (slk_dataset_lookup (dataset, "szw"));
  SlkOrganization *uwv = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "uwv"));
  SlkOrganization *nla = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "nla"));
  SlkUitvoeringstoets *toets = SLK_UITVOERINGSTOETS (slk_dataset_lookup (dataset, "t-wet"));
  SlkNoodrem *explained = SLK_NOODREM (slk_dataset_lookup (dataset, "nr-explained"));
  g_autoptr(GListModel) warned = slk_uitvoeringstoets_list_noodremmen (toets);
  g_autoptr(SlkNoodrem) first = NULL;

  g_assert_cmpuint (n_items (slk_dataset_list_uitvoeringstoetsen (dataset)), ==, 3);
  g_assert_cmpuint (n_items (slk_dataset_list_noodremmen (dataset)), ==, 3);
  g_assert_cmpuint (n_items (slk_ministry_list_requested_toetsen (szw)), ==, 3);
  g_assert_cmpuint (n_items (slk_ministry_list_addressed_noodremmen (szw)), ==, 3);
  g_assert_cmpuint (n_items (slk_organization_list_assessed_toetsen (uwv)), ==, 1);
  g_assert_cmpuint (n_items (slk_organization_list_assessed_toetsen (nla)), ==, 1);
  g_assert_cmpuint (n_items (slk_organization_list_raised_noodremmen (uwv)), ==, 1);
  g_assert_cmpuint (n_items (slk_organization_list_raised_noodremmen (nla)), ==, 1);

  g_assert_true (slk_uitvoeringstoets_get_requester (toets) == szw);
  g_assert_true (slk_uitvoeringstoets_get_assessor (toets) == uwv);
  g_assert_true (slk_noodrem_get_uitvoeringstoets (explained) == toets);
  g_assert_cmpuint (g_list_model_get_n_items (warned), ==, 1);
  first = g_list_model_get_item (warned, 0);
  g_assert_true (first == explained);

  /* At the reference date (2026-05-16) the rode kaart is open and not yet
   * due; the explained noodrem was answered in time and is closed. */
  g_assert_cmpuint (n_items (slk_dataset_list_open_noodremmen (dataset)), ==, 1);
  g_assert_cmpuint (n_items (slk_dataset_list_overdue_noodremmen (dataset, NULL)), ==, 0);
  {
    g_autoptr(GDateTime) july = g_date_time_new_utc (2026, 7, 1, 0, 0, 0);
    g_autoptr(GListModel) overdue = slk_dataset_list_overdue_noodremmen (dataset, july);
    g_autoptr(SlkNoodrem) late = g_list_model_get_item (overdue, 0);

    g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 1);
    g_assert_cmpstr (slk_noodrem_get_id (late), ==, "rk-open");
  }
}

static void
test_members (void)
{
  g_autoptr(SlkDataset) dataset = load_fixture ("instruments.json");
  SlkUitvoeringstoets *toets = SLK_UITVOERINGSTOETS (slk_dataset_lookup (dataset, "t-wet"));
  SlkNoodrem *rode_kaart = SLK_NOODREM (slk_dataset_lookup (dataset, "rk-open"));
  const char * const *conditions = slk_uitvoeringstoets_get_conditions (toets);
  g_autoptr(GDateTime) date = slk_uitvoeringstoets_dup_date (toets);
  gint64 cents = 0;
  int months = 0;

  g_assert_cmpint (slk_uitvoeringstoets_get_kind (toets), ==, SLK_TOETS_KIND_UITVOERINGSTOETS);
  g_assert_cmpint (slk_uitvoeringstoets_get_proposal_type (toets), ==, SLK_PROPOSAL_TYPE_WET);
  g_assert_cmpint (slk_uitvoeringstoets_get_verdict (toets), ==, SLK_VERDICT_CONDITIONAL);
  g_assert_cmpuint (g_strv_length ((char **) conditions), ==, 2);
  g_assert_cmpint (g_date_time_get_month (date), ==, 1);
  g_assert_true (slk_uitvoeringstoets_get_cost (toets, SLK_COST_ONE_OFF, &cents));
  g_assert_cmpint (cents, ==, 1250000050);
  g_assert_true (slk_uitvoeringstoets_get_implementation_months (toets, &months));
  g_assert_cmpint (months, ==, 24);
  g_assert_cmpint (slk_uitvoeringstoets_get_rating (toets, SLK_ASPECT_DOENVERMOGEN), ==,
                   SLK_RATING_BLOCKING);
  g_assert_cmpint (slk_uitvoeringstoets_get_decision_followed (toets), ==,
                   SLK_OPTIONAL_BOOLEAN_FALSE);
  g_assert_nonnull (slk_uitvoeringstoets_get_decision_motivation (toets));

  g_assert_cmpint (slk_noodrem_get_kind (rode_kaart), ==, SLK_NOODREM_KIND_RODE_KAART);
  g_assert_cmpint (slk_noodrem_get_grounds (rode_kaart), ==,
                   SLK_GROUNDS_UNLAWFUL | SLK_GROUNDS_HARMS_VULNERABLE);
  g_assert_cmpint (slk_noodrem_get_state (rode_kaart), ==, SLK_STEP_ESCALATION_POLITICAL);

  /* Without its motivation, the deviation is reported; setting it again
   * clears the finding. */
  slk_uitvoeringstoets_set_decision_motivation (toets, NULL);
  {
    g_autoptr(SlkReport) report = slk_dataset_validate (dataset);

    g_assert_cmpuint (slk_report_count_code (report, "deviation-without-motivation"), ==, 1);
  }
  slk_uitvoeringstoets_set_decision_motivation (toets, "Gefaseerd.");
  {
    g_autoptr(SlkReport) report = slk_dataset_validate (dataset);

    /* Only the four members of the fixture that the contract does not know:
     * costs/source, decision/by, sources and an event's letter. */
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 4);
    g_assert_cmpuint (slk_report_count_code (report, "unknown-member"), ==, 4);
  }
}

#define HEAD "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", " \
  "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", \"name\": \"SZW\"}, " \
  "{\"id\": \"uwv\", \"kind\": \"zbo\", \"name\": \"UWV\", \"parent\": \"szw\"}], "
#define TOETS_OK "\"id\": \"t\", \"kind\": \"uitvoeringstoets\", \"proposal\": \"P\", " \
  "\"requested_by\": \"szw\", \"assessor\": \"uwv\", \"date\": \"2026-01-01\""
#define NOODREM_OK "\"id\": \"n\", \"kind\": \"noodrem\", \"raised_by\": \"uwv\", " \
  "\"addressed_to\": \"szw\", \"subject\": \"S\""

/* Each value cannot be used: one finding with its code and pointer, and
 * the value is written back as the file gave it. */
static const struct {
  const char *json;
  const char *code;
  const char *pointer;
  const char *kept;
} UNUSABLE[] = {
  { HEAD "\"uitvoeringstoetsen\": [{" TOETS_OK ", \"verdict\": \"misschien\"}]}",
    "invalid-value", "/uitvoeringstoetsen/0/verdict", "\"misschien\"" },
  { HEAD "\"uitvoeringstoetsen\": [{" TOETS_OK ", \"verdict\": \"feasible\", "
    "\"costs\": {\"one_off\": 1.005}}]}",
    "invalid-number", "/uitvoeringstoetsen/0/costs/one_off", "1.005" },
  { HEAD "\"uitvoeringstoetsen\": [{" TOETS_OK ", \"verdict\": \"feasible\", "
    "\"implementation_months\": 1.5}]}",
    "invalid-number", "/uitvoeringstoetsen/0/implementation_months", "1.5" },
  { HEAD "\"uitvoeringstoetsen\": [{" TOETS_OK ", \"verdict\": \"feasible\", "
    "\"aspects\": {\"ict\": \"rampzalig\"}}]}",
    "invalid-value", "/uitvoeringstoetsen/0/aspects/ict", "\"rampzalig\"" },
  { HEAD "\"uitvoeringstoetsen\": [{\"id\": \"t\", \"kind\": \"doorlichting\"}]}",
    "unknown-kind", "/uitvoeringstoetsen/0/kind", "\"doorlichting\"" },
  { HEAD "\"uitvoeringstoetsen\": [{" TOETS_OK ", \"verdict\": \"feasible\", "
    "\"date\": \"2026-13-01\"}]}",
    "duplicate-member", "/uitvoeringstoetsen/0/date", "\"2026-01-01\"" },
  { HEAD "\"noodremmen\": [{" NOODREM_OK ", \"events\": [{\"type\": \"signal\", "
    "\"date\": \"2026-02-30\"}]}]}",
    "invalid-date", "/noodremmen/0/events/0/date", "\"2026-02-30\"" },
  { HEAD "\"noodremmen\": [{" NOODREM_OK ", \"events\": [{\"type\": \"gebeld\", "
    "\"date\": \"2026-02-01\"}]}]}",
    "unknown-kind", "/noodremmen/0/events/0/type", "\"gebeld\"" },
  { HEAD "\"noodremmen\": [{" NOODREM_OK ", \"grounds\": [\"boos\"], "
    "\"events\": [{\"type\": \"signal\", \"date\": \"2026-02-01\"}]}]}",
    "invalid-value", "/noodremmen/0/grounds/0", "\"boos\"" },
  { HEAD "\"noodremmen\": [{" NOODREM_OK ", \"events\": {\"type\": \"signal\"}}]}",
    "wrong-type", "/noodremmen/0/events", "\"signal\"" },
  { HEAD "\"noodremmen\": [7]}", "wrong-type", "/noodremmen/0", "7" },
};

static void
test_unusable_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (UNUSABLE); i++)
    {
      g_autoptr(SlkDataset) dataset = slk_dataset_new ();
      g_autoptr(SlkReport) report = NULL;
      g_autoptr(SlkFinding) finding = NULL;
      g_autofree char *written = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, UNUSABLE[i].code);
      g_assert_true (slk_dataset_load_from_data (dataset, UNUSABLE[i].json, -1, &error));
      g_assert_no_error (error);
      report = slk_dataset_validate (dataset);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
      finding = g_list_model_get_item (G_LIST_MODEL (report), 0);
      g_assert_cmpstr (slk_finding_get_code (finding), ==, UNUSABLE[i].code);
      g_assert_cmpstr (slk_finding_get_pointer (finding), ==, UNUSABLE[i].pointer);
      g_assert_cmpuint (slk_finding_get_line (finding), ==, 1);
      g_assert_cmpuint (slk_finding_get_column (finding), >, 1);
      written = slk_dataset_to_data (dataset, NULL);
      g_assert_nonnull (strstr (written, UNUSABLE[i].kept));
    }
}

static void
test_built_through_api (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMinistry) szw = slk_ministry_new ("szw", "SZW");
  g_autoptr(SlkInspection) nla = slk_inspection_new ("nla", "NLA", "szw");
  g_autoptr(SlkUitvoeringstoets) toets = slk_uitvoeringstoets_new ("t", SLK_TOETS_KIND_HUF);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 2, 3, 0, 0, 0);
  g_autoptr(SlkReport) report = NULL;
  const char *conditions[] = { NULL };

  slk_dataset_set_reference_date (dataset, date);
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (szw), NULL));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (nla), NULL));
  g_assert_true (slk_dataset_add_uitvoeringstoets (dataset, toets, NULL));
  slk_uitvoeringstoets_set_proposal (toets, "Regeling");
  slk_uitvoeringstoets_set_requested_by_id (toets, "szw");
  slk_uitvoeringstoets_set_assessor_id (toets, "szw");
  slk_uitvoeringstoets_set_date (toets, date);
  slk_uitvoeringstoets_set_verdict (toets, SLK_VERDICT_CONDITIONAL);
  slk_uitvoeringstoets_set_conditions (toets, conditions);
  slk_uitvoeringstoets_set_cost (toets, SLK_COST_STRUCTURAL, -100);

  /* A HUF assessed by a ministry, an empty list of conditions, a
   * negative cost: three findings, each pointing at its member. */
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 3);
  g_assert_cmpuint (slk_report_count_code (report, "wrong-reference-kind"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "conditions-missing"), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "negative-value"), ==, 1);

  slk_uitvoeringstoets_set_assessor_id (toets, "nla");
  slk_uitvoeringstoets_set_verdict (toets, SLK_VERDICT_FEASIBLE);
  slk_uitvoeringstoets_unset_cost (toets, SLK_COST_STRUCTURAL);
  g_clear_object (&report);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
}

static void
test_records (void)
{
  /* Whatever its kind, a record looked up answers SlkRecord; it loses its
   * dataset and pointer when the dataset goes. */
  g_autoptr(SlkDataset) dataset = load_fixture ("instruments.json");
  g_autoptr(GListModel) noodremmen = slk_dataset_list_noodremmen (dataset);
  g_autoptr(SlkNoodrem) noodrem = g_list_model_get_item (noodremmen, 0);
  SlkRecord *record = SLK_RECORD (slk_dataset_lookup (dataset, slk_noodrem_get_id (noodrem)));
  g_autofree char *pointer = slk_record_dup_pointer (record);
  g_autofree char *loose_pointer = NULL;

  g_assert_true (SLK_IS_RECORD (record));
  g_assert_true ((gpointer) record == (gpointer) noodrem);
  g_assert_cmpstr (slk_record_get_id (record), ==, slk_noodrem_get_id (noodrem));
  g_assert_true (slk_record_get_dataset (record) == dataset);
  g_assert_cmpstr (pointer, ==, "/noodremmen/0");

  g_clear_object (&dataset);
  loose_pointer = slk_record_dup_pointer (SLK_RECORD (noodrem));
  g_assert_null (loose_pointer);
  g_assert_null (slk_record_get_dataset (SLK_RECORD (noodrem)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Instruments/relations", test_relations);
  g_test_add_func ("/Slk/Instruments/records", test_records);
  g_test_add_func ("/Slk/Instruments/members", test_members);
  g_test_add_func ("/Slk/Instruments/unusable-values", test_unusable_values);
  g_test_add_func ("/Slk/Instruments/built-through-api", test_built_through_api);
  return g_test_run ();
}
