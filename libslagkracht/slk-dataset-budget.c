/* slk-dataset-budget.c: the dataset's taakstellingen, rule changes and
 * rule targets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset.h"
#include "slk-rule-private.h"
#include "slk-store-private.h"
#include "slk-taakstelling-private.h"

/**
 * slk_dataset_list_taakstellingen:
 * @self: a dataset
 *
 * Lists the taakstellingen in file order, rijksbrede ones and shares
 * alike. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Taakstelling]
 */
GListModel *
slk_dataset_list_taakstellingen (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_TAAKSTELLING,
                        _slk_store_of (self)->taakstellingen.typed);
}

/**
 * slk_dataset_add_taakstelling:
 * @self: a dataset
 * @taakstelling: the taakstelling to add
 *
 * Adds a taakstelling at the end. The dataset takes a reference.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.RecordError] if the
 *   id is missing or invalid, already taken, or the taakstelling is in
 *   another dataset
 */
gboolean
slk_dataset_add_taakstelling (SlkDataset       *self,
                              SlkTaakstelling  *taakstelling,
                              GError          **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (taakstelling), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (_slk_store_of (self), self, &_slk_store_of (self)->taakstellingen,
                                  taakstelling, slk_taakstelling_get_id (taakstelling),
                                  slk_taakstelling_get_dataset (taakstelling),
                                  (SlkSetDataset) _slk_taakstelling_set_dataset, error);
}

/**
 * slk_dataset_list_rule_changes:
 * @self: a dataset
 *
 * Lists the rule changes in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.RuleChange]
 */
GListModel *
slk_dataset_list_rule_changes (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_RULE_CHANGE, _slk_store_of (self)->rule_changes.typed);
}

/**
 * slk_dataset_add_rule_change:
 * @self: a dataset
 * @change: the rule change to add
 *
 * Adds a rule change at the end. The dataset takes a reference.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.RecordError] if the
 *   id is missing or invalid, already taken, or the change is in another
 *   dataset
 */
gboolean
slk_dataset_add_rule_change (SlkDataset     *self,
                             SlkRuleChange  *change,
                             GError        **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (_slk_store_of (self), self, &_slk_store_of (self)->rule_changes,
                                change,
                                  slk_rule_change_get_id (change),
                                  slk_rule_change_get_dataset (change),
                                  (SlkSetDataset) _slk_rule_change_set_dataset, error);
}

/**
 * slk_dataset_list_rule_targets:
 * @self: a dataset
 *
 * Lists the ministries' rule targets in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.RuleTarget]
 */
GListModel *
slk_dataset_list_rule_targets (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_RULE_TARGET, _slk_store_of (self)->rule_targets.typed);
}

/**
 * slk_dataset_add_rule_target:
 * @self: a dataset
 * @target: the rule target to add
 *
 * Adds a rule target at the end. The dataset takes a reference. A target
 * has no id, so there is nothing to refuse; two targets for the same
 * ministry and year are each judged.
 */
void
slk_dataset_add_rule_target (SlkDataset    *self,
                             SlkRuleTarget *target)
{
  SlkRecordList *list;

  g_return_if_fail (SLK_IS_DATASET (self));
  g_return_if_fail (SLK_IS_RULE_TARGET (target));
  g_return_if_fail (_slk_rule_target_get_core (target)->dataset == NULL);

  list = &_slk_store_of (self)->rule_targets;
  _slk_store_forget_extra_for (_slk_store_of (self), list);
  g_ptr_array_add (list->typed, g_object_ref (target));
  _slk_rule_target_set_dataset (target, self, list->typed->len + list->raw->len - 1);
}
