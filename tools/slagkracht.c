/* slagkracht.c: the command line tool; each subcommand lives in its own file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "slagkracht-commands.h"

static const SlkCommand commands[] = {
  { "validate", N_("Check a dataset against the contract and the norms"), slk_command_validate },
  { "show", N_("Show one record: its members, its relations and its findings"),
    slk_command_show },
  { "monitor", N_("The Monitor Slagvaardige Overheid, per ministry and for the Rijksdienst"),
    slk_command_monitor },
  { "allocate", N_("Divide a rijksbrede taakstelling over the ministries"),
    slk_command_allocate },
  { "diff", N_("What changed from one dataset to another: records and monitor figures"),
    slk_command_diff },
};

static void
print_usage (FILE *out)
{
  fprintf (out,
           _("Usage: slagkracht COMMAND [OPTION…] [FILE]\n"
           "\n"
           "Work with datasets of the Dutch Rijksdienst in the slagkracht-dataset/1 format.\n"
           "\n"
           "Commands:\n"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out,
           _("\n"
           "Run 'slagkracht COMMAND --help' to learn what a command does and how,\n"
           "'slagkracht --version' for the version.\n"));
}

/* Output that did not reach its file (a full disk, a closed pipe) must not
 * pass for success: the command's status stands only if stdout was
 * written whole. */
static int
finish_output (const char *command,
               int         status)
{
  int saved = 0;

  if (fflush (stdout) != 0)
    saved = errno;
  if (ferror (stdout) && saved == 0)
    saved = errno != 0 ? errno : EIO;
  if (fclose (stdout) != 0 && saved == 0)
    saved = errno;
  if (saved == 0)
    return status;
  fprintf (stderr, _("slagkracht %s: the output could not be written: %s\n"), command,
           g_strerror (saved));
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  if (!slk_tool_set_up_language (argc, argv))
    return 2;

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf (_("slagkracht %s (reads and writes slagkracht-dataset/1)\n"), SLK_VERSION_S);
      return finish_output ("--version", 0);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        errno = 0;
        return finish_output (commands[i].name, commands[i].run (argc - 1, argv + 1));
      }

  fprintf (stderr, _("slagkracht: '%s' is not a command.\n\n"), argv[1]);
  print_usage (stderr);
  return 2;
}
