/* test-fixtures.c: every tests/data/invalid/<code>.json gives exactly one
 * finding, with the code, pointer, line and column of <code>.expect; every
 * file in tests/data/valid loads without errors and writes back byte for byte
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <libslagkracht.h>

static GHashTable *
read_expectation (const char *json_path)
{
  g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
  g_autofree char *path = g_strconcat (stem, ".expect", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *expect = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *eq = strchr (lines[i], '=');

      if (eq != NULL)
        g_hash_table_insert (expect, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
    }
  return expect;
}

static void
check_invalid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GHashTable) expect = read_expectation (path);
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkFinding) finding = NULL;
  const char *code = g_hash_table_lookup (expect, "code");

  if (!slk_dataset_load_from_file (dataset, path, &error))
    {
      /* Only the two codes that stop a load may get here. */
      g_assert_true (g_str_equal (code, "parse-error") || g_str_equal (code, "unsupported-format"));
      g_assert_error (error, SLK_FORMAT_ERROR,
                      g_str_equal (code, "parse-error") ? SLK_FORMAT_ERROR_PARSE
                                                        : SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT);
      finding = g_object_ref (slk_dataset_get_load_failure (dataset));
    }
  else if (g_str_equal (code, "partial-coverage"))
    {
      /* An info of the monitor, not of validation: the file is valid. */
      g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
      g_autoptr(SlkReport) valid = slk_dataset_validate (dataset);
      g_autoptr(SlkReport) report = slk_monitor_get_findings (monitor);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (valid)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 1);
      finding = g_list_model_get_item (G_LIST_MODEL (report), 0);
    }
  else
    {
      g_autoptr(SlkReport) report = slk_dataset_validate (dataset);

      g_assert_no_error (error);
      /* One mistake, one finding: no cascade. Members the contract does not
       * know are infos beside it, unless the fixture is about them. */
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
        {
          g_autoptr(SlkFinding) item = g_list_model_get_item (G_LIST_MODEL (report), i);

          if (slk_finding_get_severity (item) == SLK_SEVERITY_INFO &&
              !g_str_equal (code, "unknown-member"))
            continue;
          g_assert_null (finding);
          finding = g_steal_pointer (&item);
        }
      g_assert_nonnull (finding);
    }

  g_assert_cmpstr (slk_finding_get_code (finding), ==, code);
  g_assert_cmpstr (slk_finding_get_pointer (finding), ==, g_hash_table_lookup (expect, "pointer"));
  g_assert_cmpuint (slk_finding_get_line (finding), ==,
                    g_ascii_strtoull (g_hash_table_lookup (expect, "line"), NULL, 10));
  g_assert_cmpuint (slk_finding_get_column (finding), ==,
                    g_ascii_strtoull (g_hash_table_lookup (expect, "column"), NULL, 10));
  g_assert_cmpuint (strlen (slk_finding_get_message (finding)), >, 20);
}

static void
check_valid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) reloaded = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("slk-fixture-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (tmpdir, "copy.json", NULL);

  g_assert_true (slk_dataset_load_from_file (dataset, path, &error));
  g_assert_no_error (error);
  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (slk_report_get_n_errors (report), ==, 0);

  /* The fixtures are in the canonical form: writing gives the same bytes. */
  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  written = slk_dataset_to_data (dataset, NULL);
  g_assert_cmpstr (written, ==, original);

  g_assert_true (slk_dataset_save_to_file (dataset, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (copy, &saved, NULL, NULL));
  g_assert_cmpstr (saved, ==, original);
  g_assert_true (slk_dataset_load_from_file (reloaded, copy, &error));
  again = slk_dataset_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, original);

  g_unlink (copy);
  g_rmdir (tmpdir);
}

static void
add_folder (const char    *folder,
            const char    *prefix,
            GTestDataFunc  func,
            GPtrArray     *keep)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *test_path = g_strdup_printf ("%s/%s", prefix,
                                                    (char *) g_ptr_array_index (names, i));

      g_ptr_array_add (keep, path);
      g_test_add_data_func (test_path, path, func);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *invalid = NULL;
  g_autofree char *valid = NULL;

  g_test_init (&argc, &argv, NULL);
  invalid = g_test_build_filename (G_TEST_DIST, "data", "invalid", NULL);
  valid = g_test_build_filename (G_TEST_DIST, "data", "valid", NULL);
  add_folder (invalid, "/Slk/Fixtures/invalid", check_invalid, paths);
  add_folder (valid, "/Slk/Fixtures/valid", check_valid, paths);
  return g_test_run ();
}
