/* bench-load.c: times loading and validating one dataset file with
 * libslagkracht and prints the best of N runs, with the process's peak
 * memory (one dataset at a time is alive). With --load-only it loads,
 * once, and nothing else: the cost of the model alone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

int
main (int   argc,
      char *argv[])
{
  double best_load = G_MAXDOUBLE, best_validate = G_MAXDOUBLE, best_total = G_MAXDOUBLE;
  guint n_organizations = 0, n_errors = 0, n_warnings = 0;
  struct rusage usage;
  long peak_after_load = 0;
  int runs;

  if (argc == 3 && g_str_equal (argv[1], "--load-only"))
    {
      g_autoptr(SlkDataset) dataset = slk_dataset_new ();
      g_autoptr(GError) error = NULL;

      if (!slk_dataset_load_from_file (dataset, argv[2], &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      printf ("loaded %u organizations\n", slk_dataset_get_n_organizations (dataset));
      return 0;
    }
  if (argc < 2 || argc > 3)
    {
      fprintf (stderr, "usage: %s DATASET.json [RUNS] | --load-only DATASET.json\n", argv[0]);
      return 2;
    }
  runs = argc == 3 ? atoi (argv[2]) : 1;
  for (int run = 0; run < MAX (runs, 1); run++)
    {
      g_autoptr(SlkDataset) dataset = slk_dataset_new ();
      g_autoptr(SlkReport) report = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start, loaded, validated;

      start = g_get_monotonic_time ();
      if (!slk_dataset_load_from_file (dataset, argv[1], &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      loaded = g_get_monotonic_time ();
      if (run == 0)
        {
          getrusage (RUSAGE_SELF, &usage);
          peak_after_load = usage.ru_maxrss;
        }
      report = slk_dataset_validate (dataset);
      validated = g_get_monotonic_time ();

      best_load = MIN (best_load, (loaded - start) / 1e6);
      best_validate = MIN (best_validate, (validated - loaded) / 1e6);
      best_total = MIN (best_total, (validated - start) / 1e6);
      n_organizations = slk_dataset_get_n_organizations (dataset);
      n_errors = slk_report_get_n_errors (report);
      n_warnings = slk_report_get_n_warnings (report);
    }
  getrusage (RUSAGE_SELF, &usage);

  printf ("libslagkracht  load %.3f s  validate %.3f s  total %.3f s  peak %.0f MiB  "
          "(%.0f MiB after loading; best of %d; %u organizations, %u errors, %u warnings)\n",
          best_load, best_validate, best_total, usage.ru_maxrss / 1024.0,
          peak_after_load / 1024.0, MAX (runs, 1), n_organizations, n_errors, n_warnings);
  return 0;
}
