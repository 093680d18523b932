/* slagkracht-monitor.c: `slagkracht monitor [FILE] [OPTION…]`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <unistd.h>

#include "slagkracht-commands.h"

static const char description[] =
  N_("Computes the Monitor Slagvaardige Overheid from FILE (none: the built-in\n"
  "dataset of the real Rijksdienst): per ministry and for\n"
  "the Rijksdienst as a whole, FTE and its change against the base year,\n"
  "overhead share, external hire against the Roemernorm (10 %), taakstelling\n"
  "target, realized and gap, rules changed against target and the share for\n"
  "businesses, office m², open and overdue noodrem signals, uitvoeringstoetsen\n"
  "by verdict, and deviations from them; then every shortfall.\n"
  "\n"
  "Defaults: the year of the dataset's reference date, the last April or\n"
  "October on or before it, scope rijksdienst (the ministry, its agencies and\n"
  "inspections, and its ZBOs without legal personality), base year 2024.\n"
  "A figure no source gives is shown as a dash (null in JSON, empty in CSV),\n"
  "never as 0. Shares are computed from sums, never as averages of shares.\n"
  "On a terminal the text table is coloured: a figure that misses its norm in\n"
  "red, a partial sum in yellow (--color never, or NO_COLOR=1, turns it off).\n"
  "\n"
  "Scopes:\n"
  "  core         the ministry's own figures (the kerndepartement)\n"
  "  rijksdienst  as above\n"
  "  all          everything under the ministry\n"
  "\n"
  "Exit status:\n"
  "  0  the monitor is written\n"
  "  2  the file could not be read, or an option is wrong\n"
  "\n"
  "Examples:\n"
  "  slagkracht monitor\n"
  "  slagkracht monitor rijksdienst.json\n"
  "  slagkracht monitor rijksdienst.json --year 2025 --period october --scope all\n"
  "  slagkracht monitor rijksdienst.json --format html > monitor.html\n"
  "  slagkracht monitor rijksdienst.json --format json | jq '.rijksdienst.fte'\n");

int
slk_command_monitor (int    argc,
                     char **argv)
{
  static const char *periods[] = { "april", "october", NULL };
  static const char *scopes[] = { "core", "rijksdienst", "all", NULL };
  static const char *formats[] = { "text", "csv", "json", "markdown", "html", NULL };
  static const char *whens[] = { "auto", "always", "never", NULL };
  g_autofree char *period = NULL, *scope = NULL, *format = NULL, *color = NULL;
  int when = 0;
  g_auto(GStrv) files = NULL;
  int year = NOT_GIVEN, base_year = NOT_GIVEN, choice;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The monitor's year"), "YEAR" },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("april or october"), "PERIOD" },
    { "scope", 's', 0, G_OPTION_ARG_STRING, &scope, N_("core, rijksdienst or all"), "SCOPE" },
    { "base-year", 'b', 0, G_OPTION_ARG_INT, &base_year, N_("The year FTE change is measured "
                                                            "against"),
      "YEAR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("text, csv, json, markdown or html"),
      "FORMAT" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color,
      N_("Colour the text table: auto (on a terminal, unless NO_COLOR is set), always or never"),
      "WHEN" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) dataset = NULL;
  g_autoptr(SlkMonitor) monitor = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *text = NULL;
  SlkMonitorFormat as = SLK_MONITOR_FORMAT_TEXT;
  const char *file;

  g_set_prgname ("slagkracht monitor");
  g_option_context_set_summary (context, _("The Monitor Slagvaardige Overheid, per ministry and "
                                           "for "
                                "the Rijksdienst."));
  g_option_context_set_description (context, description);
  slk_tool_add_entries (context, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "slagkracht monitor: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      fprintf (stderr, _("slagkracht monitor: give one FILE, or none for the built-in dataset.\n"
               "Try 'slagkracht monitor --help'.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  file = files != NULL ? files[0] : NULL;
  if ((year != NOT_GIVEN && (year < 1000 || year > 9999)) ||
      (base_year != NOT_GIVEN && (base_year < 1000 || base_year > 9999)))
    {
      fprintf (stderr, _("slagkracht monitor: years are four digits, such as 2026.\n"));
      return SLK_EXIT_UNREADABLE;
    }

  dataset = slk_tool_open (file, "monitor");
  if (dataset == NULL)
    return SLK_EXIT_UNREADABLE;
  monitor = slk_monitor_new (dataset);
  if (year != NOT_GIVEN)
    slk_monitor_set_year (monitor, year);
  if (base_year != NOT_GIVEN)
    slk_monitor_set_base_year (monitor, base_year);
  if (period != NULL)
    {
      if (!slk_tool_choice ("monitor", "--period", period, periods, &choice))
        return SLK_EXIT_UNREADABLE;
      slk_monitor_set_period (monitor, choice);
    }
  if (scope != NULL)
    {
      if (!slk_tool_choice ("monitor", "--scope", scope, scopes, &choice))
        return SLK_EXIT_UNREADABLE;
      slk_monitor_set_scope (monitor, choice);
    }
  if (format != NULL)
    {
      if (!slk_tool_choice ("monitor", "--format", format, formats, &choice))
        return SLK_EXIT_UNREADABLE;
      as = choice;
    }

  if (color != NULL && !slk_tool_choice ("monitor", "--color", color, whens, &when))
    return SLK_EXIT_UNREADABLE;
  /* Colour only the text table, and by default only for a terminal and
   * only when NO_COLOR (no-color.org) is unset or empty. */
  if (as == SLK_MONITOR_FORMAT_TEXT &&
      (when == 1 || (when == 0 && isatty (fileno (stdout)) &&
                     (g_getenv ("NO_COLOR") == NULL || *g_getenv ("NO_COLOR") == '\0'))))
    as = SLK_MONITOR_FORMAT_ANSI;

  report = slk_dataset_validate (dataset);
  if (slk_report_get_n_errors (report) > 0)
    fprintf (stderr, ngettext ("slagkracht monitor: %s has %u error; the figures rest on it as "
                               "it is. Run 'slagkracht validate' to see it.\n",
                               "slagkracht monitor: %s has %u errors; the figures rest on it as "
                               "it is. Run 'slagkracht validate' to see them.\n",
                               slk_report_get_n_errors (report)),
             file ? file : SLK_TOOL_BUILT_IN, slk_report_get_n_errors (report));
  g_clear_object (&report);   /* only its count was needed: free it before the table */
  text = slk_monitor_render (monitor, as);
  fputs (text, stdout);
  slk_tool_keep_until_exit (g_steal_pointer (&monitor));
  slk_tool_keep_until_exit (g_steal_pointer (&dataset));
  return SLK_EXIT_OK;
}
