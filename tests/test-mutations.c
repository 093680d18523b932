/* test-mutations.c: seeded byte mutations of every fixture never crash the
 * loader, and whatever loads writes text that loads again and writes the
 * same bytes (the writer's output is a fixed point)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

static const char * const inserts[] = {
  "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "-1e999", "0.001", "\"\\u0000\"",
  "\xC3", "\xEF\xBB\xBF", "\"kind\": \"zbo\"", "\"2024\": {\"fte\": -1}", "\"parent\": \"x\"",
};

static GString *
mutate (const char *text,
        gsize       length)
{
  GString *out = g_string_new_len (text, length);

  for (int edits = g_test_rand_int_range (1, 4); edits > 0; edits--)
    {
      gsize at = out->len ? (gsize) g_test_rand_int_range (0, out->len) : 0;

      switch (g_test_rand_int_range (0, 3))
        {
        case 0:
          if (out->len > 0)
            out->str[at] = (char) g_test_rand_int_range (1, 256);
          break;
        case 1:
          {
            gsize span = (gsize) g_test_rand_int_range (1, 16);

            g_string_erase (out, at, MIN (span, out->len - at));
            break;
          }
        default:
          g_string_insert (out, at, inserts[g_test_rand_int_range (0, G_N_ELEMENTS (inserts))]);
          break;
        }
    }
  return out;
}

static void
check_fixture (gconstpointer data)
{
  const char *path = data;
  g_autofree char *text = NULL;
  gsize length;
  guint loaded = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  for (int round = 0; round < 150; round++)
    {
      g_autoptr(GString) mutated = mutate (text, length);
      g_autoptr(SlkDataset) dataset = slk_dataset_new ();
      g_autoptr(SlkDataset) again = slk_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(SlkReport) report = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      gsize first_length;

      if (!slk_dataset_load_from_data (dataset, mutated->str, mutated->len, &error))
        {
          g_assert_true (error->domain == SLK_FORMAT_ERROR);
          g_assert_nonnull (slk_dataset_get_load_failure (dataset));
          continue;
        }
      loaded++;
      report = slk_dataset_validate (dataset);
      g_assert_nonnull (report);
      first = slk_dataset_to_data (dataset, &first_length);
      g_assert_true (slk_dataset_load_from_data (again, first, first_length, &error));
      g_assert_no_error (error);
      second = slk_dataset_to_data (again, NULL);
      g_assert_cmpstr (first, ==, second);
    }
  g_test_message ("%u of 150 mutations of %s loaded", loaded, path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *folders[] = { "valid", "invalid" };

  g_test_init (&argc, &argv, NULL);
  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          char *path;
          g_autofree char *test_path = NULL;

          if (!g_str_has_suffix (name, ".json"))
            continue;
          path = g_build_filename (folder, name, NULL);
          g_ptr_array_add (paths, path);
          test_path = g_strdup_printf ("/Slk/Mutations/%s/%s", folders[f], name);
          g_test_add_data_func (test_path, path, check_fixture);
        }
    }
  g_assert_cmpuint (paths->len, >, 20);
  return g_test_run ();
}
