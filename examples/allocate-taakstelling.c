/* allocate-taakstelling.c: divide the 22 % apparaat taakstelling over the
 * ministries in proportion to their kerndepartement formatie in 2022, leaving
 * out Defensie. Usage: allocate-taakstelling [FILE]
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
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GListModel) shares = NULL;
  g_autoptr(GError) error = NULL;
  SlkTaakstelling *parent;

  if (argc > 1 && !slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  parent = SLK_TAAKSTELLING (slk_dataset_lookup (dataset, "schoof-apparaat-22"));
  slk_allocator_set_metric (allocator, SLK_METRIC_FORMATIE);
  slk_allocator_set_base_year (allocator, 2022);
  slk_allocator_set_scope (allocator, SLK_SCOPE_CORE);
  slk_allocator_exempt (allocator, "def");
  shares = slk_allocator_allocate (allocator, parent, &error);
  if (shares == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(SlkTaakstelling) share = g_list_model_get_item (shares, i);
      gint64 cents = 0;

      slk_taakstelling_get_amount (share, SLK_TAAK_FIGURE_TARGETS, 2028, &cents);
      printf ("%-5s € %" G_GINT64_FORMAT ".%02d in 2028\n", slk_taakstelling_get_scope_id (share),
              cents / 100, (int) (cents % 100));
    }
  return 0;
}
