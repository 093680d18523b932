/* slk-noodrem-relations.c: what a noodrem refers to and holds: the
 * organization that raised it, the ministry it is addressed to, the
 * assessment that warned, its history, and its SlkRecord face
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-ministry.h"
#include "slk-noodrem-private.h"
#include "slk-uitvoeringstoets.h"

/**
 * slk_noodrem_get_raiser:
 * @self: a noodrem
 *
 * Resolves [property@Slk.Noodrem:raised-by-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the organization, or %NULL
 */
SlkOrganization *
slk_noodrem_get_raiser (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return _slk_record_core_resolve (_slk_noodrem_get_core (self),
                                   slk_noodrem_get_raised_by_id (self), SLK_TYPE_ORGANIZATION);
}

/**
 * slk_noodrem_get_addressee:
 * @self: a noodrem
 *
 * Resolves [property@Slk.Noodrem:addressed-to-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the ministry, or %NULL
 */
SlkMinistry *
slk_noodrem_get_addressee (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return _slk_record_core_resolve (_slk_noodrem_get_core (self),
                                   slk_noodrem_get_addressed_to_id (self), SLK_TYPE_MINISTRY);
}

/**
 * slk_noodrem_get_uitvoeringstoets:
 * @self: a noodrem
 *
 * Resolves [property@Slk.Noodrem:uitvoeringstoets-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the assessment, or %NULL
 */
SlkUitvoeringstoets *
slk_noodrem_get_uitvoeringstoets (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return _slk_record_core_resolve (_slk_noodrem_get_core (self),
                                   slk_noodrem_get_uitvoeringstoets_id (self),
                                   SLK_TYPE_UITVOERINGSTOETS);
}

/**
 * slk_noodrem_list_events:
 * @self: a noodrem
 *
 * Lists the history, oldest first. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.NoodremEvent]
 */
GListModel *
slk_noodrem_list_events (SlkNoodrem *self)
{
  GListStore *store;

  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  store = g_list_store_new (SLK_TYPE_NOODREM_EVENT);
  g_list_store_splice (store, 0, 0, _slk_noodrem_get_events (self)->pdata,
                       _slk_noodrem_get_events (self)->len);
  return G_LIST_MODEL (store);
}

/**
 * slk_noodrem_get_n_events:
 * @self: a noodrem
 *
 * Counts the events without building a list.
 *
 * Returns: the number of events
 */
guint
slk_noodrem_get_n_events (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), 0);
  return _slk_noodrem_get_events (self)->len;
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_noodrem_get_id (SLK_NOODREM (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_noodrem_get_dataset (SLK_NOODREM (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (_slk_noodrem_get_core (SLK_NOODREM (record)), "noodremmen");
}

void
_slk_noodrem_record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
