/* test-report-output.c: the streamed JSON of a report is byte for byte what
 * json-glib writes for its tree, and the streamed text what the findings'
 * own lines give, on every dataset of tests/data, the built-in one, an
 * empty report and texts with every control character
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>

/* The text lines as the public API makes them, one finding at a time. */
static char *
expected_text (SlkReport  *report,
               const char *label)
{
  GString *expected = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (report));

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
        g_autofree char *line = slk_finding_to_string (finding);
        const char *subject = slk_finding_get_subject (finding);
        g_autofree char *full = NULL;
        g_autofree char *shown = NULL;

        if ((slk_finding_get_severity (finding) == SLK_SEVERITY_INFO) != (pass == 1))
          continue;
        full = g_strdup_printf ("%s%s%s%s%s%s", label ? label : "", label ? ":" : "", line,
                                subject ? " (" : "", subject ? subject : "", subject ? ")" : "");
        shown = slk_text_escape_controls (full);
        g_string_append (expected, shown);
        g_string_append_c (expected, '\n');
      }
  return g_string_free (expected, FALSE);
}

static void
assert_same_text (SlkReport  *report,
                  const char *label)
{
  g_autofree char *expected = expected_text (report, label);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_true (slk_report_write_text (report, out, label, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));   /* the NUL */
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  written = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpstr (written, ==, expected);
}

static void
assert_same (SlkReport *report)
{
  assert_same_text (report, "file.json");
  assert_same_text (report, NULL);
  assert_same_text (report, "na\x1bme\xff");

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

/* Control characters are seen, not obeyed; other text is kept. */
static void
test_escape_controls (void)
{
  const struct { const char *text, *shown; } cases[] = {
    { "", "" },
    { "plain text, é € 😀", "plain text, é € 😀" },
    { "red \x1b[31m here", "red \\x1b[31m here" },
    { "cr\rlf\ntab\tdel\x7f", "cr\\x0dlf\\x0atab\\x09del\\x7f" },
    { "next line \xc2\x85 and nbsp \xc2\xa0", "next line \\u0085 and nbsp \xc2\xa0" },
    { "not utf-8 \xff\xc3 end", "not utf-8 \\xff\\xc3 end" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = slk_text_escape_controls (cases[i].text);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

/* Printable text is passed over eight bytes at a time: a character to
 * escape (or to keep) is found at every place within and across those
 * words, and the bytes at both edges of the word test stay as they are. */
static void
test_escape_every_place (void)
{
  const struct { const char *given, *shown; } specials[] = {
    { "\x01", "\\x01" }, { "\x1f", "\\x1f" }, { "\x7f", "\\x7f" }, { "\xff", "\\xff" },
    { "\xc2\x85", "\\u0085" }, { "\xc3\xa9", "\xc3\xa9" }, { " ", " " }, { "~", "~" },
  };
  const char *printable = "abcdefghijklmnopqrstuvwxyz !~ ABCDEFGHIJKL";

  for (gsize s = 0; s < G_N_ELEMENTS (specials); s++)
    for (int at = 0; at <= (int) strlen (printable); at++)
      {
        g_autofree char *given = g_strdup_printf ("%.*s%s%s", at, printable, specials[s].given,
                                                  printable + at);
        g_autofree char *expected = g_strdup_printf ("%.*s%s%s", at, printable,
                                                     specials[s].shown, printable + at);
        g_autofree char *shown = slk_text_escape_controls (given);

        g_assert_cmpstr (shown, ==, expected);
      }
}

/* A stream that fails: the writer says so with the stream's error. */
static void
test_write_error (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new_default ();
  g_autoptr(SlkReport) report = slk_dataset_validate (dataset);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_output_stream_close (out, NULL, NULL));
  g_assert_false (slk_report_write_text (report, out, "x", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (slk_report_write_json (report, out, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
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
  g_test_add_func ("/Slk/ReportText/escape-controls", test_escape_controls);
  g_test_add_func ("/Slk/ReportText/escape-every-place", test_escape_every_place);
  g_test_add_func ("/Slk/ReportText/write-error", test_write_error);
  return g_test_run ();
}
