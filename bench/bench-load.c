/* bench-load.c: times loading and validating one dataset file with
 * libslagkracht and prints the figures, with the process's peak memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdio.h>
#include <sys/resource.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start, loaded, validated;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATASET.json\n", argv[0]);
      return 2;
    }
  start = g_get_monotonic_time ();
  if (!slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  loaded = g_get_monotonic_time ();
  report = slk_dataset_validate (dataset);
  validated = g_get_monotonic_time ();
  getrusage (RUSAGE_SELF, &usage);

  printf ("libslagkracht  load %.2f s  validate %.2f s  total %.2f s  peak %.0f MiB  "
          "(%u organizations, %u errors, %u warnings)\n",
          (loaded - start) / 1e6, (validated - loaded) / 1e6, (validated - start) / 1e6,
          usage.ru_maxrss / 1024.0, slk_dataset_get_n_organizations (dataset),
          slk_report_get_n_errors (report), slk_report_get_n_warnings (report));
  return 0;
}
