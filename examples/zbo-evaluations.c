/* zbo-evaluations.c: the ZBOs overdue for their periodic evaluation
 * (Kaderwet zbo's, art. 39), per ministry. Usage: zbo-evaluations [FILE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SlkDataset) dataset = argc > 1 ? slk_dataset_new () : slk_dataset_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;
  guint overdue = 0;

  if (argc > 1 && !slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  report = slk_dataset_validate (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      SlkOrganization *zbo;
      g_autoptr(GDateTime) last = NULL;
      g_autofree char *date = NULL;

      if (!g_str_equal (slk_finding_get_code (finding), "zbo-evaluation-overdue"))
        continue;
      zbo = SLK_ORGANIZATION (slk_dataset_lookup (dataset, slk_finding_get_subject (finding)));
      last = slk_zbo_dup_last_evaluation (SLK_ZBO (zbo));
      date = last ? g_date_time_format (last, "%F") : g_strdup ("never");
      printf ("%-6s %-10s %s\n", slk_organization_get_parent_id (zbo), date,
              slk_organization_get_name (zbo));
      overdue++;
    }
  printf ("%u ZBOs overdue for evaluation\n", overdue);
  return 0;
}
