/* list-organizations.c: load a dataset, validate it, and list each
 * ministry with the organizations under it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdio.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GListModel) organizations = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATASET.json\n", argv[0]);
      return 2;
    }
  if (!slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 2;
    }

  report = slk_dataset_validate (dataset);
  printf ("%u errors, %u warnings\n",
          slk_report_get_n_errors (report), slk_report_get_n_warnings (report));

  organizations = slk_dataset_list_organizations (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(SlkOrganization) org = g_list_model_get_item (organizations, i);
      g_autoptr(GListModel) children = NULL;
      double fte;

      if (!SLK_IS_MINISTRY (org))
        continue;
      printf ("%s", slk_organization_get_name (org));
      if (slk_organization_get_value (org, SLK_METRIC_FTE, 2024, &fte))
        printf (" (%g FTE in 2024)", fte);
      printf ("\n");
      children = slk_ministry_list_organizations (SLK_MINISTRY (org));
      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(SlkOrganization) child = g_list_model_get_item (children, j);

          printf ("  %-10s %s\n",
                  slk_organization_get_kind (child) == SLK_ORGANIZATION_KIND_ZBO ? "zbo" :
                  slk_organization_get_kind (child) == SLK_ORGANIZATION_KIND_INSPECTION
                    ? "inspection" : "agency",
                  slk_organization_get_name (child));
        }
    }
  return slk_report_is_valid (report) ? 0 : 1;
}
