/* slagkracht-validate.c: `slagkracht validate [FILE] [--format text|json]`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include <gio/gunixoutputstream.h>

#include "slagkracht-commands.h"

static const char description[] =
  N_("Loads FILE (- reads standard input; none: the built-in dataset of the\n"
  "real Rijksdienst) and reports every finding at once:\n"
  "errors (the data contradicts itself or the dataset contract, e.g.\n"
  "missing-member, dangling-reference, negative-value) and warnings (a norm\n"
  "or a deadline is not met, e.g. roemernorm-exceeded, zbo-evaluation-overdue).\n"
  "Each finding names its code, the JSON pointer of the member concerned, and\n"
  "its line and column.\n"
  "\n"
  "Exit status:\n"
  "  0  no errors (there may be warnings)\n"
  "  1  errors found, or a format this version does not read\n"
  "  2  the file could not be read or is not JSON\n"
  "\n"
  "Examples:\n"
  "  slagkracht validate rijksdienst.json\n"
  "  slagkracht validate rijksdienst.json --format json | jq '.findings[].code'\n"
  "  curl -s https://example.org/data.json | slagkracht validate -\n");

/* The report as JSON, streamed to standard output: no tree of it is built. */
static int
print_json (SlkReport *report)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (fileno (stdout), FALSE);
  g_autoptr(GError) error = NULL;

  fflush (stdout);
  if (!slk_report_write_json (report, out, NULL, &error) ||
      !g_output_stream_write_all (out, "\n", 1, NULL, NULL, &error))
    {
      fprintf (stderr, _("slagkracht validate: the output could not be written: %s\n"),
               error->message);
      return SLK_EXIT_UNREADABLE;
    }
  return SLK_EXIT_OK;
}

/* The findings as lines, streamed from the report's records. */
static int
print_text (SlkReport  *report,
            const char *label)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (fileno (stdout), FALSE);
  g_autoptr(GError) error = NULL;

  fflush (stdout);
  if (!slk_report_write_text (report, out, label, NULL, &error))
    {
      fprintf (stderr, _("slagkracht validate: the output could not be written: %s\n"),
               error->message);
      return SLK_EXIT_UNREADABLE;
    }
  return SLK_EXIT_OK;
}

static int
report_failure (SlkFinding *failure,
                const char *file,
                gboolean    as_json)
{
  gboolean unreadable = g_str_equal (slk_finding_get_code (failure), "parse-error");

  if (as_json)
    {
      g_autoptr(SlkReport) report = slk_report_new ();

      slk_report_add (report, failure);
      if (print_json (report) != SLK_EXIT_OK)
        return SLK_EXIT_UNREADABLE;
    }
  else
    {
      g_autofree char *line = slk_finding_to_string (failure);

      slk_tool_print_line (stderr, "%s:%s", file, line);
    }
  return unreadable ? SLK_EXIT_UNREADABLE : SLK_EXIT_FINDINGS;
}

int
slk_command_validate (int    argc,
                      char **argv)
{
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("How to print the findings: text (default) or json"), "text|json" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) dataset = NULL;
  g_autoptr(SlkReport) report = NULL;
  const char *file, *label;
  gboolean as_json;
  int status;

  g_set_prgname ("slagkracht validate");
  g_option_context_set_summary (context,
                                _("Check a dataset against the contract and the norms."));
  g_option_context_set_description (context, description);
  slk_tool_add_entries (context, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "slagkracht validate: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      fprintf (stderr, _("slagkracht validate: --format must be text or json, not '%s'.\n"),
               format);
      return SLK_EXIT_UNREADABLE;
    }
  as_json = format != NULL && g_str_equal (format, "json");
  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      fprintf (stderr, _("slagkracht validate: give one FILE, or none for the built-in dataset.\n"
               "Try 'slagkracht validate --help'.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  file = files != NULL && files[0] != NULL ? files[0] : NULL;
  label = file != NULL ? file : SLK_TOOL_BUILT_IN;

  dataset = file != NULL ? slk_dataset_new () : slk_dataset_new_default ();
  if (file != NULL && !slk_tool_load (dataset, file, &error))
    {
      SlkFinding *failure = slk_dataset_get_load_failure (dataset);

      if (failure != NULL)
        return report_failure (failure, label, as_json);
      fprintf (stderr, "slagkracht validate: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }

  report = slk_dataset_validate (dataset);
  if (as_json)
    {
      if (print_json (report) != SLK_EXIT_OK)
        return SLK_EXIT_UNREADABLE;
    }
  else
    {
      if (print_text (report, label) != SLK_EXIT_OK)
        return SLK_EXIT_UNREADABLE;
      guint errors = slk_report_get_n_errors (report);
      guint warnings = slk_report_get_n_warnings (report);
      guint n_infos = slk_report_get_n_infos (report);
      g_autofree char *errors_text = g_strdup_printf (ngettext ("%u error", "%u errors", errors),
                                                      errors);
      g_autofree char *warnings_text = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                                  warnings), warnings);
      g_autofree char *infos = n_infos == 0 ? g_strdup ("")
        : g_strdup_printf (ngettext (", %u info", ", %u infos", n_infos), n_infos);

      slk_tool_print_line (stdout, "%s: %s, %s%s", label, errors_text, warnings_text, infos);
    }
  status = slk_report_is_valid (report) ? SLK_EXIT_OK : SLK_EXIT_FINDINGS;
  slk_tool_keep_until_exit (g_steal_pointer (&report));
  slk_tool_keep_until_exit (g_steal_pointer (&dataset));
  return status;
}
