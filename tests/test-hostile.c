/* test-hostile.c: the bad-input corpus of the hardening issue, each case
 * made here rather than committed (some are tens of megabytes): a clear
 * error or finding, never a crash or a hang. And safe saving: an
 * interrupted save leaves the old file whole, and a save that cannot be
 * written changes nothing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include <libslagkracht.h>

#define HEAD "{\"format\": \"slagkracht-dataset/1\", \"reference_date\": \"2026-05-16\", "
#define ORGS "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", \"name\": \"SZW\"}, " \
  "{\"id\": \"uwv\", \"kind\": \"zbo\", \"name\": \"UWV\", \"parent\": \"szw\"}]"

/* Loading fails with a parse error that names where. */
static void
assert_unreadable (const char *data,
                   gsize       length,
                   const char *phrase)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  SlkFinding *failure;

  g_assert_false (slk_dataset_load_from_data (dataset, data, length, &error));
  g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "line "));
  if (phrase != NULL && strstr (error->message, phrase) == NULL)
    g_error ("\"%s\" is not in \"%s\"", phrase, error->message);
  failure = slk_dataset_get_load_failure (dataset);
  g_assert_cmpstr (slk_finding_get_code (failure), ==, "parse-error");
  g_assert_cmpuint (slk_finding_get_line (failure), >, 0);
}

/* Loading works and gives exactly one finding with @code. */
static void
assert_one_finding (const char *data,
                    gsize       length,
                    const char *code)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(SlkFinding) finding = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (slk_dataset_load_from_data (dataset, data, length, &error));
  g_assert_no_error (error);
  report = slk_dataset_validate (dataset);
  /* Infos (members the contract does not know) may ride along. */
  g_assert_cmpuint (slk_report_get_n_errors (report) + slk_report_get_n_warnings (report), ==, 1);
  for (guint i = 0; finding == NULL; i++)
    {
      g_autoptr(SlkFinding) item = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (slk_finding_get_severity (item) != SLK_SEVERITY_INFO)
        finding = g_steal_pointer (&item);
    }
  g_assert_cmpstr (slk_finding_get_code (finding), ==, code);
  g_assert_cmpuint (slk_finding_get_line (finding), >, 0);
}

static void
test_small_cases (void)
{
  const char nul[] = HEAD "\"title\": \"a\0b\", " ORGS "}";
  const char utf8[] = HEAD "\"title\": \"\xff\xfe\", " ORGS "}";
  const char bom[] = "\xef\xbb\xbf" HEAD ORGS "}";
  g_autoptr(SlkDataset) with_bom = slk_dataset_new ();
  g_autoptr(SlkReport) bom_report = NULL;

  assert_unreadable ("", 0, "empty");
  assert_unreadable (nul, sizeof nul - 1, NULL);
  assert_unreadable (utf8, sizeof utf8 - 1, "UTF-8");
  assert_one_finding ("[1, 2]", 6, "wrong-type");
  assert_one_finding (HEAD ORGS ", \"note\": 1e999}", strlen (HEAD ORGS ", \"note\": 1e999}"),
                      "invalid-number");
  assert_one_finding (HEAD ORGS ", \"title\": \"a\", \"title\": \"b\"}",
                      strlen (HEAD ORGS ", \"title\": \"a\", \"title\": \"b\"}"),
                      "duplicate-member");
  /* A byte-order mark is skipped. */
  g_assert_true (slk_dataset_load_from_data (with_bom, bom, sizeof bom - 1, NULL));
  bom_report = slk_dataset_validate (with_bom);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bom_report)), ==, 0);
}

/* Found by the fuzzer: an amount with too many decimals whose double prints
 * as a valid amount ("1.6") was saved so, and valid on the next load. */
static void
test_too_precise_amount_stays_unusable (void)
{
  const char *text = HEAD "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", "
    "\"name\": \"SZW\", \"figures\": {\"2024\": {\"personnel_spending\": "
    "1.59999999999999999999}}}]}";
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *first = NULL, *second = NULL;

  assert_one_finding (text, strlen (text), "invalid-number");
  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, NULL));
  first = slk_dataset_to_data (dataset, NULL);
  g_assert_true (slk_dataset_load_from_data (again, first, -1, NULL));
  second = slk_dataset_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  report = slk_dataset_validate (again);
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 1);
  g_assert_false (slk_organization_get_amount (SLK_ORGANIZATION (slk_dataset_lookup (again,
                                                                                      "szw")),
                                               2024, SLK_METRIC_PERSONNEL_SPENDING, NULL));
}

/* An array given as an object is kept once as written, and gives way to
 * the records added through the API. */
static void
test_array_given_as_object (void)
{
  const char *text = HEAD "\"organizations\": {\"a\": 1}}";
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkMinistry) szw = slk_ministry_new ("szw", "SZW");
  g_autofree char *written = NULL;
  g_autofree char *after = NULL;

  assert_one_finding (text, strlen (text), "wrong-type");
  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, NULL));
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (written, "\"organizations\": {"));
  g_assert_null (strstr (written, "\"organizations\": ["));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (szw), NULL));
  after = slk_dataset_to_data (dataset, NULL);
  g_assert_nonnull (strstr (after, "\"organizations\": ["));
  g_assert_null (strstr (after, "\"a\": 1"));
}

/* A member the file gave in a form that cannot be used is kept; a value
 * set through the API replaces it, and the member is written once. */
static void
test_set_replaces_unusable (void)
{
  const char *text = HEAD "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", "
    "\"name\": 7, \"figures\": {\"2024\": {\"fte\": \"x\"}}}]}";
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *written = NULL;
  SlkOrganization *szw;

  g_assert_true (slk_dataset_load_from_data (dataset, text, -1, NULL));
  szw = SLK_ORGANIZATION (slk_dataset_lookup (dataset, "szw"));
  slk_organization_set_name (szw, "SZW");
  slk_organization_set_figure (szw, 2024, SLK_METRIC_FTE, 10);
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_true (slk_dataset_load_from_data (again, written, -1, NULL));
  report = slk_dataset_validate (again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
  g_assert_null (strstr (written, "\"x\""));
  g_assert_null (strstr (written, "\"name\": 7"));
}

static void
test_own_parent (void)
{
  const char *zbo = HEAD "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", "
    "\"name\": \"SZW\"}, {\"id\": \"uwv\", \"kind\": \"zbo\", \"name\": \"UWV\", "
    "\"parent\": \"uwv\"}]}";
  const char *ministry = HEAD "\"organizations\": [{\"id\": \"szw\", \"kind\": \"ministry\", "
    "\"name\": \"SZW\", \"parent\": \"szw\"}]}";

  /* A parent chain that returns to itself is a reference-cycle (SPEC 1.1),
   * once; a ministry may have no parent at all. */
  assert_one_finding (zbo, strlen (zbo), "reference-cycle");
  assert_one_finding (ministry, strlen (ministry), "forbidden-member");
}

static void
test_deep_nesting (void)
{
  gsize depth = 100000;
  GString *text = g_string_new (HEAD "\"note\": ");

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}");
  assert_unreadable (text->str, text->len, "nested deeper");
  g_string_free (text, TRUE);
}

static void
test_long_string (void)
{
  gsize length = 50 * 1024 * 1024;
  GString *text = g_string_sized_new (length + 256);

  g_string_append (text, HEAD "\"title\": \"");
  for (gsize i = 0; i < length; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\", " ORGS "}");
  assert_unreadable (text->str, text->len, "MiB");
  g_string_free (text, TRUE);
}

static void
test_many_events (void)
{
  guint n = 100000;
  GString *text = g_string_new (HEAD ORGS ", \"noodremmen\": [{\"id\": \"nr\", \"kind\": "
                                "\"noodrem\", \"raised_by\": \"uwv\", \"addressed_to\": \"szw\", "
                                "\"subject\": \"s\", \"events\": [");
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(SlkFinding) finding = NULL;
  g_autofree char *written = NULL;
  SlkNoodrem *noodrem;

  g_string_append (text, "{\"type\": \"signal\", \"date\": \"2026-01-01\"}");
  for (guint i = 1; i < n; i++)
    g_string_append (text, ", {\"type\": \"withdrawn\", \"date\": \"2026-01-02\"}");
  g_string_append (text, "]}]}");
  g_assert_true (slk_dataset_load_from_data (dataset, text->str, text->len, NULL));
  report = slk_dataset_validate (dataset);
  /* The events past the limit: one finding, where they start. The events
   * before it break the ladder (withdrawn after withdrawn): one each. */
  g_assert_cmpuint (slk_report_count_code (report, "parse-error"), ==, 1);
  for (guint i = 0; finding == NULL; i++)
    {
      g_autoptr(SlkFinding) one = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (slk_finding_get_code (one), "parse-error"))
        finding = g_steal_pointer (&one);
    }
  g_assert_cmpstr (slk_finding_get_pointer (finding), ==, "/noodremmen/0/events/10000");
  g_assert_cmpuint (slk_report_count_code (report, "invalid-transition"), ==, 10000 - 2);
  noodrem = SLK_NOODREM (slk_dataset_lookup (dataset, "nr"));
  g_assert_cmpuint (slk_noodrem_get_n_events (noodrem), ==, n);
  /* Nothing is lost: all 100 000 events are written back. */
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_true (slk_dataset_load_from_data (again, written, -1, NULL));
  g_assert_cmpuint (slk_noodrem_get_n_events (SLK_NOODREM (slk_dataset_lookup (again, "nr"))),
                    ==, n);
  g_string_free (text, TRUE);
}

/* A dataset large enough that writing it takes a while. */
static SlkDataset *
large_dataset (const char *title)
{
  SlkDataset *dataset = slk_dataset_new ();

  slk_dataset_set_title (dataset, title);
  for (int i = 0; i < 20000; i++)
    {
      g_autofree char *id = g_strdup_printf ("m-%d", i);
      g_autoptr(SlkMinistry) ministry = slk_ministry_new (id, "Een ministerie met een naam");

      for (guint year = 2000; year < 2010; year++)
        slk_organization_set_figure (SLK_ORGANIZATION (ministry), year, SLK_METRIC_FTE, i);
      g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (ministry), NULL));
    }
  return dataset;
}

static void
test_interrupted_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("slk-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autoptr(SlkDataset) old = large_dataset ("old");
  g_autofree char *old_text = slk_dataset_to_data (old, NULL);
  g_autoptr(SlkDataset) new = large_dataset ("new");
  g_autofree char *new_text = slk_dataset_to_data (new, NULL);

  g_assert_true (slk_dataset_save_to_file (old, path, NULL));
  /* Kill a process in the middle of saving, at ever later moments: the
   * file is always the old one or the new one, whole. */
  for (int attempt = 0; attempt < 8; attempt++)
    {
      g_autofree char *now = NULL;
      int status;
      pid_t child = fork ();

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          for (;;)
            slk_dataset_save_to_file (new, path, NULL);
        }
      g_usleep (2000 + attempt * 7000);
      kill (child, SIGKILL);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
      g_assert_true (g_str_equal (now, old_text) || g_str_equal (now, new_text));
      g_assert_true (slk_dataset_save_to_file (old, path, NULL));
    }
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    /* Leftover temporary files of the killed saves are removed here. */
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *leftover = g_build_filename (dir, name, NULL);

        g_unlink (leftover);
      }
  }
  g_rmdir (dir);
}

static void
test_unwritable_place (void)
{
  g_autofree char *dir = g_dir_make_tmp ("slk-save-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "data.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.json", NULL);
  g_autoptr(SlkDataset) dataset = large_dataset ("kept");
  g_autofree char *before = slk_dataset_to_data (dataset, NULL);
  g_autofree char *after = NULL;
  g_autofree char *file_text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (file, "untouched", -1, NULL));
  g_assert_false (slk_dataset_save_to_file (dataset, under_file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_clear_error (&error);
  g_assert_false (slk_dataset_save_to_file (dataset, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);
  g_assert_false (slk_dataset_save_to_file (dataset, dir, &error));
  g_assert_nonnull (error);
  /* Nothing changed: not the dataset, not the file in the way. */
  after = slk_dataset_to_data (dataset, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_get_contents (file, &file_text, NULL, NULL));
  g_assert_cmpstr (file_text, ==, "untouched");
  g_unlink (file);
  g_rmdir (dir);
}

static void
test_save_targets (void)
{
  /* A save replaces the file a link names and keeps the link; keeps the
   * mode of the file it replaces; and refuses what is no regular file. */
  g_autofree char *dir = g_dir_make_tmp ("slk-save-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *written = NULL, *expected = NULL;
  g_autoptr(SlkDataset) dataset = large_dataset ("saved");
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (slk_dataset_save_to_file (dataset, link, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &info), ==, 0);
  g_assert_true (S_ISLNK (info.st_mode));
  g_assert_cmpint (g_stat (real, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 07777, ==, 0600);
  g_assert_true (g_file_get_contents (real, &written, NULL, NULL));
  expected = slk_dataset_to_data (dataset, NULL);
  g_assert_cmpstr (written, ==, expected);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (slk_dataset_save_to_file (dataset, fifo, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (fifo, &info), ==, 0);
  g_assert_true (S_ISFIFO (info.st_mode));
  g_assert_false (slk_dataset_save_to_file (dataset, "/dev/null", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_cmpint (g_stat ("/dev/null", &info), ==, 0);
  g_assert_true (S_ISCHR (info.st_mode));

  g_unlink (fifo);
  g_unlink (link);
  g_unlink (real);
  g_assert_cmpint (g_rmdir (dir), ==, 0);   /* no temporary file left behind */
}

static void
test_written_back_as_written (void)
{
  /* Numbers no int64 or double prints back, and objects and arrays given
   * empty, are written back as the file wrote them; and again the same. */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gaps", "round-trip.json",
                                                 NULL);
  const char *kept[] = {
    "\"note_big\": 12345678901234567890123", "\"note_neg_zero\": -0.0", "\"note_exp\": 1E400",
    "\"personnel_spending\": 1.599999999999999999", "\"external_hire_spending\": 1e30",
    "\"figures\": {}", "\"conditions\": []", "\"decision\": {}", "\"costs\": {}",
    "\"noodremmen\": []", "\"realized\": {}", "\"note_list\": []", "\"note_obj\": {}",
    "\"motivation\": null", "\"abbreviation\": null", "\"rule_targets\": null",
  };
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) reloaded = slk_dataset_new ();
  g_autoptr(SlkReport) first_report = NULL, second_report = NULL;
  g_autofree char *first = NULL, *second = NULL;

  g_assert_true (slk_dataset_load_from_file (dataset, path, NULL));
  first = slk_dataset_to_data (dataset, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (strstr (first, kept[i]) == NULL)
      g_error ("%s was not written back", kept[i]);
  g_assert_true (slk_dataset_load_from_data (reloaded, first, -1, NULL));
  second = slk_dataset_to_data (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
  /* What was unusable stays unusable: the same findings after the save. */
  first_report = slk_dataset_validate (dataset);
  second_report = slk_dataset_validate (reloaded);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (first_report)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (second_report)));
  g_assert_cmpuint (slk_report_count_code (second_report, "invalid-number"), ==,
                    slk_report_count_code (first_report, "invalid-number"));
  g_assert_cmpuint (slk_report_count_code (first_report, "invalid-number"), >=, 3);

  /* A member given as null and then set through the API is written once,
   * with its value. */
  slk_uitvoeringstoets_set_decision_motivation (
    SLK_UITVOERINGSTOETS (slk_dataset_lookup (reloaded, "t2")), "Gemotiveerd");
  g_clear_pointer (&second, g_free);
  second = slk_dataset_to_data (reloaded, NULL);
  g_assert_null (strstr (second, "\"motivation\": null"));
  g_assert_nonnull (strstr (second, "\"motivation\": \"Gemotiveerd\""));
}

/* The position of the one finding of @code in @json, at @pointer. */
static void
assert_found_at (const char *json,
                 gsize       length,
                 const char *code,
                 const char *pointer,
                 guint       line,
                 guint       column)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint found = 0;

  g_assert_true (slk_dataset_load_from_data (dataset, json, length, &error));
  g_assert_no_error (error);
  report = slk_dataset_validate (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (!g_str_equal (slk_finding_get_code (finding), code))
        continue;
      g_assert_cmpstr (slk_finding_get_pointer (finding), ==, pointer);
      g_assert_cmpuint (slk_finding_get_line (finding), ==, line);
      g_assert_cmpuint (slk_finding_get_column (finding), ==, column);
      found++;
    }
  g_assert_cmpuint (found, ==, 1);
}

#define FIG_HEAD "{\"format\": \"slagkracht-dataset/1\", \"organizations\": [{\"id\": \"a\", " \
             "\"kind\": \"ministry\", \"name\": \"A\", \"figures\": {\"2024\": {"
#define FIG_VALUE "\"fte\": -5"
#define FIG_TAIL "}}}]}"

/* A negative FTE after @lines line breaks and then @spaces spaces. */
static void
assert_figure_after (guint lines,
                     gsize spaces,
                     guint line,
                     guint column)
{
  GString *json = g_string_new (FIG_HEAD);
  gsize at;

  for (guint i = 0; i < lines; i++)
    g_string_append_c (json, '\n');
  at = json->len;
  g_string_set_size (json, at + spaces);
  memset (json->str + at, ' ', spaces);
  g_string_append (json, FIG_VALUE FIG_TAIL);
  assert_found_at (json->str, json->len, "negative-value", "/organizations/0/figures/2024/fte",
                   line, column);
  g_string_free (json, TRUE);
}

/* Positions are packed relative to their record and year (2 bytes a
 * figure); a layout that does not fit keeps them whole, and every place is
 * exact either way. */
static void
test_far_positions (void)
{
  GString *json;

  assert_figure_after (0, 0, 1, strlen (FIG_HEAD) + 1);            /* same line: packed */
  assert_figure_after (0, 40000, 1, strlen (FIG_HEAD) + 40001);    /* too far along: whole */
  assert_figure_after (0, (1u << 24) + 10, 1, strlen (FIG_HEAD) + (1u << 24) + 11);
  assert_figure_after (1, 2, 2, 3);                            /* a line below: packed */
  assert_figure_after (15, 2046, 16, 2047);                    /* the last that packs */
  assert_figure_after (16, 2, 17, 3);                          /* too far below: whole */
  assert_figure_after (1, 3000, 2, 3001);                      /* too far along: whole */
  assert_figure_after (300, 0, 301, 1);

  /* A member 300 lines below the record's first: the members stay whole. */
  json = g_string_new ("{\"format\": \"slagkracht-dataset/1\", \"organizations\": [{\"id\": "
                       "\"b\", \"kind\": \"zbo\", \"name\": \"B\",");
  for (int i = 0; i < 300; i++)
    g_string_append_c (json, '\n');
  g_string_append (json, "  \"parent\": \"nowhere\"}]}");
  assert_found_at (json->str, json->len, "dangling-reference", "/organizations/0/parent",
                   301, 3);
  g_string_free (json, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Hostile/small-cases", test_small_cases);
  g_test_add_func ("/Slk/Hostile/far-positions", test_far_positions);
  g_test_add_func ("/Slk/Hostile/own-parent", test_own_parent);
  g_test_add_func ("/Slk/Hostile/set-replaces-unusable", test_set_replaces_unusable);
  g_test_add_func ("/Slk/Hostile/array-given-as-object", test_array_given_as_object);
  g_test_add_func ("/Slk/Hostile/too-precise-amount", test_too_precise_amount_stays_unusable);
  g_test_add_func ("/Slk/Hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/Slk/Hostile/long-string", test_long_string);
  g_test_add_func ("/Slk/Hostile/many-events", test_many_events);
  g_test_add_func ("/Slk/Hostile/interrupted-save", test_interrupted_save);
  g_test_add_func ("/Slk/Hostile/save-targets", test_save_targets);
  g_test_add_func ("/Slk/Hostile/written-back-as-written", test_written_back_as_written);
  g_test_add_func ("/Slk/Hostile/unwritable-place", test_unwritable_place);
  return g_test_run ();
}
