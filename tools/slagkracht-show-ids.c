/* slagkracht-show-ids.c: `slagkracht show --ids [FILE]`: every record's id
 * and kind ("szw organization"), a line each, for scripts and for shell
 * completion
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "slagkracht-commands.h"

typedef GListModel *(*SlkLister) (SlkDataset *dataset);

static void
print_list (SlkDataset *dataset,
            SlkLister   list,
            const char *kind)
{
  g_autoptr(GListModel) records = list (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);
      const char *id = SLK_IS_RECORD (record) ? slk_record_get_id (SLK_RECORD (record)) : NULL;

      if (id != NULL)
        slk_tool_print_line (stdout, "%s %s", id, kind);
    }
}

/* Prints "id kind" for every record that has an id, in file order. */
void
slk_tool_print_ids (SlkDataset *dataset)
{
  print_list (dataset, slk_dataset_list_organizations, "organization");
  print_list (dataset, slk_dataset_list_uitvoeringstoetsen, "uitvoeringstoets");
  print_list (dataset, slk_dataset_list_noodremmen, "noodrem");
  print_list (dataset, slk_dataset_list_taakstellingen, "taakstelling");
  print_list (dataset, slk_dataset_list_rule_changes, "rule_change");
  print_list (dataset, slk_dataset_list_commitments, "commitment");
}
