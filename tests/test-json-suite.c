/* test-json-suite.c: the loader against JSONTestSuite's test_parsing cases:
 * y_ accepted, n_ refused with a parse-error and its line and column, i_
 * either, and nothing crashes or hangs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

static void
check_case (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  gboolean loaded;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  loaded = slk_dataset_load_from_data (dataset, text, length, &error);

  if (base[0] == 'y')
    {
      g_assert_no_error (error);
      g_assert_true (loaded);
      g_assert_null (slk_dataset_get_load_failure (dataset));
    }
  else if (base[0] == 'n')
    {
      SlkFinding *failure = slk_dataset_get_load_failure (dataset);

      g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
      g_assert_false (loaded);
      g_assert_nonnull (failure);
      g_assert_cmpstr (slk_finding_get_code (failure), ==, "parse-error");
      g_assert_cmpuint (slk_finding_get_line (failure), >=, 1);
      g_assert_cmpuint (slk_finding_get_column (failure), >=, 1);
      g_assert_true (g_str_has_prefix (error->message, "line "));
    }
  else
    {
      /* Implementation-defined: either outcome, but a refusal is a parse error. */
      if (!loaded)
        g_assert_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE);
    }

  /* Whatever loaded validates without a crash. */
  if (loaded)
    g_object_unref (slk_dataset_validate (dataset));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  const char *folder;
  guint counts[3] = { 0 };

  g_test_init (&argc, &argv, NULL);
  folder = g_getenv ("SLK_JSON_TEST_SUITE");
  g_assert_nonnull (folder);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/Slk/JsonTestSuite/%s", base);

      counts[base[0] == 'y' ? 0 : base[0] == 'n' ? 1 : 2]++;
      g_test_add_data_func (test_path, path, check_case);
    }
  /* The corpus must really be there: 95 y_, 188 n_, 35 i_ cases. */
  g_assert_cmpuint (counts[0], ==, 95);
  g_assert_cmpuint (counts[1], ==, 188);
  g_assert_cmpuint (counts[2], ==, 35);
  return g_test_run ();
}
