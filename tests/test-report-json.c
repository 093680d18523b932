/* test-report-json.c: the streamed JSON of a report is byte for byte what
 * json-glib writes for its tree, on every dataset of tests/data, the
 * built-in one, an empty report and texts with every control character
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

static void
assert_same (SlkReport *report)
{
  g_autoptr(JsonNode) node = slk_report_to_json_node (report);
  g_autofree char *generated = json_to_string (node, TRUE);
  g_auto(GStrv) parts = g_strsplit (generated, "\x1f", -1);
  /* json-glib 1.6 writes U+001F raw, which is no valid JSON: the stream
   * escapes it, and is otherwise the same byte for byte. */
  g_autofree char *expected = g_strjoinv ("\\u001f", parts);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_true (slk_report_write_json (report, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));   /* the NUL */
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  written = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpstr (written, ==, expected);
}

static void
check_folder (const char *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autoptr(SlkDataset) dataset = slk_dataset_new ();
      g_autoptr(SlkReport) report = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      if (!slk_dataset_load_from_file (dataset, file, NULL))
        {
          report = slk_report_new ();
          slk_report_add (report, slk_dataset_get_load_failure (dataset));
        }
      else
        report = slk_dataset_validate (dataset);
      assert_same (report);
      checked++;
    }
  g_assert_cmpuint (checked, >, 2);
}

static void
test_every_data_file (void)
{
  check_folder ("valid");
  check_folder ("invalid");
  check_folder ("gaps");
}

static void
test_built_in_and_empty (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);
  g_autoptr(SlkReport) empty = slk_report_new ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), >, 400);
  assert_same (report);
  assert_same (empty);
}

static void
test_every_control_character (void)
{
  g_autoptr(SlkReport) report = slk_report_new ();
  GString *text = g_string_new ("quote \" backslash \\ slash / é € ");

  for (int c = 1; c < 0x20; c++)
    g_string_append_c (text, (char) c);
  g_string_append_c (text, 0x7f);
  {
    g_autoptr(SlkFinding) finding = slk_finding_new (SLK_SEVERITY_WARNING, "x", text->str,
                                                     text->str, "/a~0b~1c", 4294967295u, 7);

    slk_report_add (report, finding);
  }
  g_string_free (text, TRUE);
  assert_same (report);
}

/* A report holds its findings' objects weakly: the same object while
 * someone holds it, none kept otherwise, and one outlives its report. */
static void
test_findings_are_held_weakly (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  SlkReport *report = slk_dataset_validate (dataset);
  g_autoptr(SlkFinding) first = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_autoptr(SlkFinding) again = g_list_model_get_item (G_LIST_MODEL (report), 0);
  g_autofree char *code = g_strdup (slk_finding_get_code (first));
  SlkFinding *weak;

  g_assert_true (first == again);
  weak = g_list_model_get_item (G_LIST_MODEL (report), 1);
  g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *) &weak);
  g_object_unref (weak);
  g_assert_null (weak);   /* the report kept no reference */
  g_object_unref (report);
  g_assert_cmpstr (slk_finding_get_code (first), ==, code);   /* outlives its report */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/ReportJson/every-data-file", test_every_data_file);
  g_test_add_func ("/Slk/ReportJson/built-in-and-empty", test_built_in_and_empty);
  g_test_add_func ("/Slk/ReportJson/every-control-character", test_every_control_character);
  g_test_add_func ("/Slk/ReportJson/held-weakly", test_findings_are_held_weakly);
  return g_test_run ();
}
