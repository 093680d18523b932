/* external-hire.c: external hire per ministry over the years, with the
 * share against the Roemernorm where both parts are given.
 * Usage: external-hire [FILE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <math.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SlkDataset) dataset = argc > 1 ? slk_dataset_new () : slk_dataset_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkRollup) rollup = NULL;
  g_auto(GStrv) groups = NULL;
  g_autofree guint *years = NULL;
  gsize n_years;

  if (argc > 1 && !slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  rollup = slk_rollup_new (dataset, SLK_SCOPE_CORE, SLK_GROUPING_MINISTRY);
  groups = slk_rollup_list_groups (rollup);
  years = slk_rollup_list_years (rollup, &n_years);
  for (gsize y = 0; y < n_years; y++)
    {
      gsize n;
      g_autofree double *amounts = slk_rollup_dup_column (rollup,
                                                         SLK_METRIC_EXTERNAL_HIRE_SPENDING,
                                                         years[y], &n);
      g_autofree double *shares = slk_rollup_dup_share_column (rollup, SLK_SHARE_EXTERNAL_HIRE,
                                                              years[y], &n);

      for (gsize g = 0; g < n; g++)
        if (!isnan (amounts[g]))
          printf ("%u %-5s € %.0f%s\n", years[y], groups[g], amounts[g],
                  isnan (shares[g]) ? " (no personnel spending given: no share)" : "");
    }
  return 0;
}
