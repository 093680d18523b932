/* test-dataset.c: the dataset and organization API from C
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <libslagkracht.h>

#define HEAD "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "

static SlkDataset *
load_string (const char *text)
{
  SlkDataset *dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, &error));
  g_assert_no_error (error);
  return dataset;
}

static SlkFinding *
only_finding (SlkDataset *dataset)
{
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
  return g_list_model_get_item (G_LIST_MODEL (report), 0);
}

static void
test_build_through_api (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMinistry) szw = slk_ministry_new ("szw", "Ministerie van SZW");
  g_autoptr(SlkZbo) uwv = slk_zbo_new ("uwv", "UWV", "szw");
  g_autoptr(SlkAgency) ib = slk_agency_new ("ib", "Inlichtingenbureau", "szw");
  g_autoptr(SlkMinistry) again = slk_ministry_new ("szw", "Twice");
  g_autoptr(SlkAgency) bad = slk_agency_new ("Bad Id", "Bad", "szw");
  g_autoptr(SlkDataset) other = slk_dataset_new ();
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;

  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (szw), &error));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (uwv), &error));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (ib), &error));
  g_assert_no_error (error);

  g_assert_false (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (again), &error));
  g_assert_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (bad), &error));
  g_assert_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_INVALID_ID);
  g_clear_error (&error);
  g_assert_false (slk_dataset_add_organization (other, SLK_ORGANIZATION (uwv), &error));
  g_assert_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_IN_OTHER_DATASET);
  g_clear_error (&error);

  g_assert_true (slk_dataset_lookup (dataset, "uwv") == G_OBJECT (uwv));
  g_assert_null (slk_dataset_lookup (dataset, "svb"));
  g_assert_true (slk_organization_get_parent (SLK_ORGANIZATION (uwv)) == szw);
  g_assert_null (slk_organization_get_parent (SLK_ORGANIZATION (szw)));
  g_assert_cmpint (slk_organization_get_kind (SLK_ORGANIZATION (ib)), ==,
                   SLK_ORGANIZATION_KIND_AGENCY);
  g_assert_true (slk_organization_get_dataset (SLK_ORGANIZATION (ib)) == dataset);

  children = slk_ministry_list_organizations (szw);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  all = slk_dataset_list_organizations (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  g_assert_cmpuint (slk_dataset_get_n_organizations (dataset), ==, 3);

  /* No reference date yet: validation says so, and nothing else. */
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "missing-member"), ==, 1);
}

static void
test_figures_absent_is_not_zero (void)
{
  g_autoptr(SlkZbo) zbo = slk_zbo_new ("svb", "SVB", "szw");
  SlkOrganization *org = SLK_ORGANIZATION (zbo);
  double value = 42;
  gint64 cents = 42;
  gsize n_years = 0, n_values = 0;
  g_autofree guint *years = NULL;
  g_autofree double *column = NULL;
  const guint wanted[] = { 2022, 2023, 2024 };

  g_assert_false (slk_organization_get_figure (org, 2024, SLK_METRIC_FTE, &value));
  g_assert_cmpfloat (value, ==, 0);

  slk_organization_set_figure (org, 2024, SLK_METRIC_FTE, 0);
  g_assert_true (slk_organization_get_figure (org, 2024, SLK_METRIC_FTE, &value));
  g_assert_cmpfloat (value, ==, 0);

  /* Amounts are exact cents: 0.1 + 0.2 euro is 30 cents, not 0.30000000000000004. */
  slk_organization_set_figure (org, 2023, SLK_METRIC_PERSONNEL_SPENDING, 0.1 + 0.2);
  g_assert_true (slk_organization_get_amount (org, 2023, SLK_METRIC_PERSONNEL_SPENDING, &cents));
  g_assert_cmpint (cents, ==, 30);
  slk_organization_set_amount (org, 2023, SLK_METRIC_EXTERNAL_HIRE_SPENDING, 123456789012345);
  g_assert_true (slk_organization_get_figure (org, 2023, SLK_METRIC_EXTERNAL_HIRE_SPENDING,
                                              &value));
  g_assert_cmpfloat (value, ==, 1234567890123.45);

  years = slk_organization_get_years (org, &n_years);
  g_assert_cmpuint (n_years, ==, 2);
  g_assert_cmpuint (years[0], ==, 2023);
  g_assert_cmpuint (years[1], ==, 2024);

  column = slk_organization_get_figure_column (org, SLK_METRIC_FTE, wanted, 3, &n_values);
  g_assert_cmpuint (n_values, ==, 3);
  g_assert_true (isnan (column[0]));
  g_assert_true (isnan (column[1]));
  g_assert_cmpfloat (column[2], ==, 0);

  slk_organization_unset_figure (org, 2024, SLK_METRIC_FTE);
  g_assert_false (slk_organization_get_figure (org, 2024, SLK_METRIC_FTE, NULL));
  g_free (years);
  years = slk_organization_get_years (org, &n_years);
  g_assert_cmpuint (n_years, ==, 1);

  g_assert_true (slk_metric_is_amount (SLK_METRIC_MATERIAL_SPENDING));
  g_assert_false (slk_metric_is_amount (SLK_METRIC_OFFICE_M2));
  g_assert_cmpstr (slk_metric_to_string (SLK_METRIC_OVERHEAD_FTE), ==, "overhead_fte");
}

static void
test_zbo_properties (void)
{
  g_autoptr(SlkDataset) dataset = load_string (
    HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\"},"
    "{\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Z\", \"parent\": \"m\", \"legal_form\": "
    "\"private\", \"legal_personality\": false, \"kaderwet\": true, \"last_evaluation\": "
    "\"2024-02-29\"}]}");
  SlkZbo *zbo = SLK_ZBO (slk_dataset_lookup (dataset, "z"));
  g_autoptr(GDateTime) when = slk_zbo_dup_last_evaluation (zbo);

  g_assert_cmpint (slk_zbo_get_legal_form (zbo), ==, SLK_LEGAL_FORM_PRIVATE);
  g_assert_cmpint (slk_zbo_get_legal_personality (zbo), ==, SLK_OPTIONAL_BOOLEAN_FALSE);
  g_assert_cmpint (slk_zbo_get_kaderwet (zbo), ==, SLK_OPTIONAL_BOOLEAN_TRUE);
  /* Absent stays unknown, not false. */
  g_assert_cmpint (slk_zbo_get_authority (zbo), ==, SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  g_assert_cmpint (g_date_time_get_year (when), ==, 2024);
  g_assert_cmpint (g_date_time_get_month (when), ==, 2);
  g_assert_cmpint (g_date_time_get_day_of_month (when), ==, 29);
}

static void
test_positions_count_characters (void)
{
  /* "é" and "€" are one column each, though two and three bytes. */
  g_autoptr(SlkDataset) dataset = load_string (
    HEAD "\"organizations\": [\n"
    "{\"id\": \"m\", \"name\": \"Ministerie é€\", \"kind\": \"ministry\", \"parent\": \"x\"}]}");
  g_autoptr(SlkFinding) finding = only_finding (dataset);

  g_assert_cmpstr (slk_finding_get_code (finding), ==, "forbidden-member");
  g_assert_cmpstr (slk_finding_get_pointer (finding), ==, "/organizations/0/parent");
  g_assert_cmpuint (slk_finding_get_line (finding), ==, 2);
  g_assert_cmpuint (slk_finding_get_column (finding), ==, 58);
}

static void
test_failed_load_keeps_content (void)
{
  g_autoptr(SlkDataset) dataset = load_string (
    HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\"}]}");
  g_autoptr(GError) error = NULL;
  SlkFinding *failure;

  g_assert_false (slk_dataset_load_from_data (dataset, "{\"format\": \"slagkracht-dataset/1\",\n"
                                              "  \"organizations\": [tru]}", -1, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "line 2, column 21:"));
  failure = slk_dataset_get_load_failure (dataset);
  g_assert_cmpstr (slk_finding_get_pointer (failure), ==, "/organizations/0");
  g_assert_cmpuint (slk_finding_get_line (failure), ==, 2);
  g_assert_cmpuint (slk_finding_get_column (failure), ==, 21);
  g_assert_nonnull (slk_dataset_lookup (dataset, "m"));
}

static void
test_limits (void)
{
  g_autoptr(GString) deep = g_string_new (HEAD "\"x\": ");
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (slk_dataset_load_from_data (dataset, deep->str, deep->len, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nested deeper than the limit of 512"));
  g_clear_error (&error);

  /* A NUL byte and invalid UTF-8 are parse errors, with their place. */
  g_assert_false (slk_dataset_load_from_data (dataset, "{\"a\": \"x\0y\"}", 12, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "line 1, column 9:"));
  g_clear_error (&error);
  g_assert_false (slk_dataset_load_from_data (dataset, "{\"a\": \"\xC3\x28\"}", -1, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_clear_error (&error);

  /* A byte-order mark is skipped; columns start after it. */
  g_assert_true (slk_dataset_load_from_data (dataset, "\xEF\xBB\xBF{\"format\": 1}", -1, &error)
                 == FALSE);
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT);
  g_assert_cmpuint (slk_finding_get_column (slk_dataset_get_load_failure (dataset)), ==, 2);
}

static void
test_not_a_dataset (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("slk-dir-XXXXXX", NULL);

  /* Empty input: a parse error that says so, as a sentence. */
  g_assert_false (slk_dataset_load_from_data (dataset, " \n ", -1, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_assert_cmpstr (slk_finding_get_message (slk_dataset_get_load_failure (dataset)), ==,
                   "The input is empty (or only white space); a dataset is a JSON object.");
  g_clear_error (&error);

  /* A directory is named as one. */
  g_assert_false (slk_dataset_load_from_file (dataset, dir, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_clear_error (&error);
  g_rmdir (dir);

  /* JSON that is not an object loads, with one finding and no cascade. */
  g_assert_true (slk_dataset_load_from_data (dataset, "[1, 2]", -1, &error));
  g_assert_null (slk_dataset_get_load_failure (dataset));
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
  g_assert_cmpuint (slk_report_count_code (report, "wrong-type"), ==, 1);
}

static void
test_unknown_members_round_trip (void)
{
  const char *text =
    HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", "
    "\"sources\": [\"a\", {\"b\": null}], \"figures\": {\"2024\": {\"fte\": 1.5, \"x\": true}, "
    "\"later\": 3}}, {\"id\": \"q\", \"kind\": \"ghost\", \"name\": \"Q\"}, 7], "
    "\"noodremmen\": [{\"id\": \"n1\"}], \"big\": 12345678901234567890}";
  g_autoptr(SlkDataset) dataset = load_string (text);
  g_autoptr(SlkDataset) reloaded = NULL;
  g_autofree char *first = slk_dataset_to_data (dataset, NULL);
  g_autofree char *second = NULL;
  g_autoptr(JsonNode) node = slk_dataset_to_json_node (dataset);
  JsonObject *root = json_node_get_object (node);
  JsonArray *orgs = json_object_get_array_member (root, "organizations");
  JsonObject *org = json_array_get_object_element (orgs, 0);
  JsonObject *year = json_object_get_object_member (
    json_object_get_object_member (org, "figures"), "2024");

  g_assert_cmpuint (json_array_get_length (orgs), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (orgs, 1),
                                                  "kind"), ==, "ghost");
  g_assert_cmpint (json_array_get_int_element (orgs, 2), ==, 7);
  g_assert_true (json_object_get_boolean_member (year, "x"));
  g_assert_cmpfloat (json_object_get_double_member (year, "fte"), ==, 1.5);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (org, "figures"),
                                               "later"), ==, 3);
  g_assert_true (json_object_has_member (root, "noodremmen"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (org, "sources")), ==, 2);

  reloaded = load_string (first);
  second = slk_dataset_to_data (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_overflow_is_kept (void)
{
  /* 1e999 fits no double: reported, and kept as written, a number, so that
   * a save loses nothing and a reload reports both again (kept as a
   * string, the saved file once validated clean). */
  g_autoptr(SlkDataset) dataset = load_string (
    HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\", "
    "\"figures\": {\"2024\": {\"fte\": 1e999}}}], \"other\": -2E+999}");
  g_autoptr(SlkDataset) reloaded = NULL;
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);
  g_autoptr(SlkReport) again = NULL;
  g_autofree char *first = slk_dataset_to_data (dataset, NULL);
  g_autofree char *second = NULL;

  g_assert_cmpuint (slk_report_count_code (report, "invalid-number"), ==, 2);
  g_assert_false (slk_organization_get_figure (SLK_ORGANIZATION (slk_dataset_lookup (dataset, "m")),
                                               2024, SLK_METRIC_FTE, NULL));
  g_assert_nonnull (strstr (first, "\"fte\": 1e999"));
  g_assert_nonnull (strstr (first, "\"other\": -2E+999"));
  reloaded = load_string (first);
  again = slk_dataset_validate (reloaded);
  g_assert_cmpuint (slk_report_count_code (again, "invalid-number"), ==, 2);
  second = slk_dataset_to_data (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_save_is_atomic (void)
{
  g_autoptr(SlkDataset) dataset = load_string (HEAD "\"organizations\": []}");
  g_autofree char *dir = g_dir_make_tmp ("slk-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_false (slk_dataset_save_to_file (dataset, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_true (slk_dataset_save_to_file (dataset, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n  \"format\": \"slagkracht-dataset/1\""));

  /* No temporary file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bytes_and_report_json (void)
{
  static const char text[] = HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  JsonObject *finding;

  g_assert_true (slk_dataset_load_from_bytes (dataset, bytes, &error));
  report = slk_dataset_validate (dataset);
  node = slk_report_to_json_node (report);
  root = json_node_get_object (node);
  g_assert_false (json_object_get_boolean_member (root, "valid"));
  g_assert_cmpint (json_object_get_int_member (root, "errors"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "warnings"), ==, 0);
  finding = json_array_get_object_element (json_object_get_array_member (root, "findings"), 0);
  g_assert_cmpstr (json_object_get_string_member (finding, "code"), ==, "missing-member");
  g_assert_cmpstr (json_object_get_string_member (finding, "subject"), ==, "m");
  g_assert_cmpint (json_object_get_int_member (finding, "line"), ==, 1);
}

static void
test_version (void)
{
  g_autofree char *text = g_strdup_printf ("%d.%d.%d", SLK_MAJOR_VERSION, SLK_MINOR_VERSION,
                                           SLK_MICRO_VERSION);

  g_assert_cmpstr (text, ==, SLK_VERSION_S);
  g_assert_true (SLK_CHECK_VERSION (SLK_MAJOR_VERSION, SLK_MINOR_VERSION, 0));
  g_assert_false (SLK_CHECK_VERSION (SLK_MAJOR_VERSION + 1, 0, 0));
}

static SlkDataset *
load_test_file (const char *folder,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  SlkDataset *dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_dataset_load_from_file (dataset, path, &error));
  g_assert_no_error (error);
  return dataset;
}

/* Each typed lookup finds its kind and nothing else; lookup_record finds
 * every kind. */
static void
test_typed_lookups (void)
{
  g_autoptr(SlkDataset) orgs = load_test_file ("valid", "organizations.json");
  g_autoptr(SlkDataset) instruments = load_test_file ("valid", "instruments.json");
  g_autoptr(SlkDataset) agenda = load_test_file ("gaps", "agenda.json");
  const char *ids[] = { "szw", "t1", "apparaat", "r-1" };

  g_assert_true (slk_dataset_lookup_organization (orgs, "szw") ==
                 (gpointer) slk_dataset_lookup (orgs, "szw"));
  g_assert_true (SLK_IS_MINISTRY (slk_dataset_lookup_organization (orgs, "szw")));
  g_assert_true (SLK_IS_UITVOERINGSTOETS (slk_dataset_lookup_uitvoeringstoets (orgs, "t1")));
  g_assert_true (SLK_IS_TAAKSTELLING (slk_dataset_lookup_taakstelling (orgs, "apparaat")));
  g_assert_true (SLK_IS_RULE_CHANGE (slk_dataset_lookup_rule_change (orgs, "r-1")));
  g_assert_true (SLK_IS_NOODREM (slk_dataset_lookup_noodrem (instruments, "rk-open")));
  g_assert_true (SLK_IS_COMMITMENT (slk_dataset_lookup_commitment (agenda, "review")));

  /* another kind with that id, or no record at all: NULL */
  g_assert_null (slk_dataset_lookup_organization (orgs, "t1"));
  g_assert_null (slk_dataset_lookup_uitvoeringstoets (orgs, "szw"));
  g_assert_null (slk_dataset_lookup_taakstelling (orgs, "r-1"));
  g_assert_null (slk_dataset_lookup_rule_change (orgs, "apparaat"));
  g_assert_null (slk_dataset_lookup_noodrem (instruments, "szw"));
  g_assert_null (slk_dataset_lookup_commitment (agenda, "nowhere"));
  g_assert_null (slk_dataset_lookup_record (orgs, "nowhere"));

  /* what a mistyped id was meant to be, of the kind asked for */
  {
    g_autofree char *any = slk_dataset_dup_closest_id (orgs, "swz", G_TYPE_OBJECT);
    g_autofree char *taak = slk_dataset_dup_closest_id (orgs, "aparaat", SLK_TYPE_TAAKSTELLING);
    g_autofree char *not_a_taak = slk_dataset_dup_closest_id (orgs, "swz",
                                                              SLK_TYPE_TAAKSTELLING);
    g_autofree char *far = slk_dataset_dup_closest_id (orgs, "ministerie", G_TYPE_OBJECT);

    g_assert_cmpstr (any, ==, "szw");        /* two neighbours swapped: one edit */
    g_assert_cmpstr (taak, ==, "apparaat");
    g_assert_null (not_a_taak);
    g_assert_null (far);
  }

  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SlkRecord *record = slk_dataset_lookup_record (orgs, ids[i]);

      g_assert_nonnull (record);
      g_assert_cmpstr (slk_record_get_id (record), ==, ids[i]);
    }
}

/* A loaded organization's strings share one allocation: each can still
 * be replaced, cleared and read on its own, and outlives the dataset. */
static void
test_loaded_strings_stand_alone (void)
{
  g_autoptr(SlkDataset) dataset = load_string (
    HEAD "\"organizations\": [{\"id\": \"m\", \"kind\": \"ministry\", \"name\": \"M\"},"
    "{\"id\": \"z\", \"kind\": \"zbo\", \"name\": \"Zed\", \"abbreviation\": \"Z\","
    " \"parent\": \"m\"}]}");
  g_autoptr(SlkOrganization) org = g_object_ref (SLK_ORGANIZATION (slk_dataset_lookup (dataset,
                                                                                      "z")));

  g_assert_cmpstr (slk_organization_get_name (org), ==, "Zed");
  g_assert_cmpstr (slk_organization_get_abbreviation (org), ==, "Z");
  g_assert_cmpstr (slk_organization_get_parent_id (org), ==, "m");
  slk_organization_set_name (org, "Zed renamed");
  slk_organization_set_abbreviation (org, NULL);
  g_assert_cmpstr (slk_organization_get_id (org), ==, "z");
  g_assert_cmpstr (slk_organization_get_name (org), ==, "Zed renamed");
  g_assert_null (slk_organization_get_abbreviation (org));
  g_assert_cmpstr (slk_organization_get_parent_id (org), ==, "m");
  slk_organization_set_parent_id (org, "m");   /* the same text: kept */
  g_assert_cmpstr (slk_organization_get_parent_id (org), ==, "m");
  g_clear_object (&dataset);
  g_assert_cmpstr (slk_organization_get_id (org), ==, "z");
  g_assert_cmpstr (slk_organization_get_parent_id (org), ==, "m");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/version", test_version);
  g_test_add_func ("/Slk/Dataset/typed-lookups", test_typed_lookups);
  g_test_add_func ("/Slk/Dataset/build-through-api", test_build_through_api);
  g_test_add_func ("/Slk/Organization/figures/absent-is-not-zero", test_figures_absent_is_not_zero);
  g_test_add_func ("/Slk/Zbo/properties", test_zbo_properties);
  g_test_add_func ("/Slk/Organization/loaded-strings", test_loaded_strings_stand_alone);
  g_test_add_func ("/Slk/Dataset/positions/characters", test_positions_count_characters);
  g_test_add_func ("/Slk/Dataset/load/failure-keeps-content", test_failed_load_keeps_content);
  g_test_add_func ("/Slk/Dataset/load/limits", test_limits);
  g_test_add_func ("/Slk/Dataset/load/not-a-dataset", test_not_a_dataset);
  g_test_add_func ("/Slk/Dataset/round-trip/unknown-members", test_unknown_members_round_trip);
  g_test_add_func ("/Slk/Dataset/save/atomic", test_save_is_atomic);
  g_test_add_func ("/Slk/Dataset/load/overflow-is-kept", test_overflow_is_kept);
  g_test_add_func ("/Slk/Dataset/load/bytes-and-report-json", test_bytes_and_report_json);
  return g_test_run ();
}
