/* slk-dataset-instruments.c: the dataset's uitvoeringstoetsen and
 * noodremmen, and the lists that relate records to each other
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset.h"
#include "slk-noodrem-private.h"
#include "slk-store-private.h"
#include "slk-uitvoeringstoets-private.h"

/**
 * slk_dataset_list_uitvoeringstoetsen:
 * @self: a dataset
 *
 * Lists the assessments in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Uitvoeringstoets]
 */
GListModel *
slk_dataset_list_uitvoeringstoetsen (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_UITVOERINGSTOETS,
                        _slk_store_of (self)->uitvoeringstoetsen.typed);
}

/**
 * slk_dataset_list_noodremmen:
 * @self: a dataset
 *
 * Lists the noodrem signals in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_dataset_list_noodremmen (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_NOODREM, _slk_store_of (self)->noodremmen.typed);
}

/**
 * slk_dataset_list_open_noodremmen:
 * @self: a dataset
 *
 * Lists the open signals ([method@Slk.Noodrem.is_open]) in file order.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_dataset_list_open_noodremmen (SlkDataset *self)
{
  GListStore *store;
  GPtrArray *records;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  store = g_list_store_new (SLK_TYPE_NOODREM);
  records = _slk_store_of (self)->noodremmen.typed;
  for (guint i = 0; i < records->len; i++)
    if (slk_noodrem_is_open (g_ptr_array_index (records, i)))
      g_list_store_append (store, g_ptr_array_index (records, i));
  return G_LIST_MODEL (store);
}

/**
 * slk_dataset_list_overdue_noodremmen:
 * @self: a dataset
 * @at: (nullable): the date to judge at; %NULL for the reference date
 *
 * Lists the signals whose response is overdue at @at
 * ([method@Slk.Noodrem.is_overdue]), in file order.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_dataset_list_overdue_noodremmen (SlkDataset *self,
                                     GDateTime  *at)
{
  GListStore *store;
  GPtrArray *records;
  SlkDay reference;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  store = g_list_store_new (SLK_TYPE_NOODREM);
  records = _slk_store_of (self)->noodremmen.typed;
  reference = at != NULL ? _slk_day_from_date_time (at) : _slk_store_of (self)->reference_date;
  for (guint i = 0; i < records->len; i++)
    if (_slk_noodrem_is_overdue_at (g_ptr_array_index (records, i), reference))
      g_list_store_append (store, g_ptr_array_index (records, i));
  return G_LIST_MODEL (store);
}

/**
 * slk_dataset_add_uitvoeringstoets:
 * @self: a dataset
 * @toets: the assessment to add
 *
 * Adds an assessment at the end. The dataset takes a reference.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.RecordError] if the
 *   id is missing or invalid, already taken, or the assessment is in
 *   another dataset
 */
gboolean
slk_dataset_add_uitvoeringstoets (SlkDataset           *self,
                                  SlkUitvoeringstoets  *toets,
                                  GError              **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (toets), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (_slk_store_of (self), self,
                                &_slk_store_of (self)->uitvoeringstoetsen,
                                  toets, slk_uitvoeringstoets_get_id (toets),
                                  slk_uitvoeringstoets_get_dataset (toets),
                                  (SlkSetDataset) _slk_uitvoeringstoets_set_dataset, error);
}

/**
 * slk_dataset_add_noodrem:
 * @self: a dataset
 * @noodrem: the signal to add
 *
 * Adds a noodrem signal at the end. The dataset takes a reference.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.RecordError] if the
 *   id is missing or invalid, already taken, or the signal is in another
 *   dataset
 */
gboolean
slk_dataset_add_noodrem (SlkDataset  *self,
                         SlkNoodrem  *noodrem,
                         GError     **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_NOODREM (noodrem), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (_slk_store_of (self), self, &_slk_store_of (self)->noodremmen,
                                noodrem,
                                  slk_noodrem_get_id (noodrem),
                                  slk_noodrem_get_dataset (noodrem),
                                  (SlkSetDataset) _slk_noodrem_set_dataset, error);
}
