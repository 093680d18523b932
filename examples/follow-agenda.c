/* follow-agenda.c: follows the agenda of the 2025-2026 letters: which
 * promises are overdue, which ministries miss an FTE target, and how each
 * cut is filled in. Usage: follow-agenda [FILE]
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
  g_autoptr(GListModel) promises = NULL;
  g_autoptr(GListModel) cuts = NULL;
  guint overdue = 0;

  if (argc > 1 && !slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  promises = slk_dataset_list_commitments (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (promises); i++)
    {
      g_autoptr(SlkCommitment) promise = g_list_model_get_item (promises, i);

      printf ("%-10s %-8s %s%s\n", slk_commitment_get_owner_id (promise),
              slk_commitment_get_due_text (promise), slk_commitment_get_title (promise),
              slk_commitment_is_overdue (promise) ? "  [overdue]" : "");
      overdue += slk_commitment_is_overdue (promise);
    }
  printf ("%u of %u promises overdue\n", overdue, g_list_model_get_n_items (promises));

  report = slk_dataset_validate (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);

      if (g_str_equal (slk_finding_get_code (finding), "fte-target-missed"))
        printf ("FTE target missed: %s\n", slk_finding_get_message (finding));
    }

  cuts = slk_dataset_list_taakstellingen (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (cuts); i++)
    {
      g_autoptr(SlkTaakstelling) cut = g_list_model_get_item (cuts, i);
      g_autoptr(GListModel) measures = slk_taakstelling_list_measures (cut);

      printf ("%s: %u measure%s\n", slk_taakstelling_get_id (cut),
              g_list_model_get_n_items (measures),
              g_list_model_get_n_items (measures) == 1 ? "" : "s");
    }
  return 0;
}
