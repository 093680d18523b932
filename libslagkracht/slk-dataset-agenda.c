/* slk-dataset-agenda.c: the dataset's commitments and FTE targets (SPEC 1.1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-agenda-private.h"
#include "slk-dataset-private.h"

/**
 * slk_dataset_list_commitments:
 * @self: a dataset
 *
 * Lists the government's commitments in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Commitment]
 */
GListModel *
slk_dataset_list_commitments (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_COMMITMENT, _slk_store_of (self)->commitments.typed);
}

/**
 * slk_dataset_add_commitment:
 * @self: a dataset
 * @commitment: the commitment to add
 * @error: return location for a #GError
 *
 * Adds a commitment at the end. The dataset takes a reference.
 *
 * Returns: %TRUE if it was added; %FALSE with a [error@Slk.RecordError] if
 *   its id is invalid or taken, or it belongs to another dataset
 */
gboolean
slk_dataset_add_commitment (SlkDataset     *self,
                            SlkCommitment  *commitment,
                            GError        **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_COMMITMENT (commitment), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (_slk_store_of (self), self, &_slk_store_of (self)->commitments,
                                commitment, slk_commitment_get_id (commitment),
                                slk_commitment_get_dataset (commitment),
                                (SlkSetDataset) _slk_commitment_set_dataset, error);
}

/**
 * slk_dataset_list_fte_targets:
 * @self: a dataset
 *
 * Lists the ministries' FTE targets in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.FteTarget]
 */
GListModel *
slk_dataset_list_fte_targets (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_FTE_TARGET, _slk_store_of (self)->fte_targets.typed);
}

/**
 * slk_dataset_add_fte_target:
 * @self: a dataset
 * @target: the FTE target to add
 *
 * Adds an FTE target at the end. The dataset takes a reference. A target
 * has no id, so there is nothing to refuse.
 */
void
slk_dataset_add_fte_target (SlkDataset   *self,
                            SlkFteTarget *target)
{
  SlkRecordList *list;

  g_return_if_fail (SLK_IS_DATASET (self));
  g_return_if_fail (SLK_IS_FTE_TARGET (target));
  g_return_if_fail (_slk_fte_target_get_core (target)->dataset == NULL);

  list = &_slk_store_of (self)->fte_targets;
  _slk_store_forget_extra_for (_slk_store_of (self), list);
  g_ptr_array_add (list->typed, g_object_ref (target));
  _slk_fte_target_set_dataset (target, self, list->typed->len + list->raw->len - 1);
}
