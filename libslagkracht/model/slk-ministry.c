/* slk-ministry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-commitment.h"
#include "slk-ministry.h"
#include "slk-noodrem.h"
#include "slk-store-private.h"
#include "slk-uitvoeringstoets.h"

/**
 * SlkMinistry:
 *
 * A ministry (ministerie). Its own figures are those of the
 * kerndepartement; the ZBOs, inspections and agencies under it name it as
 * their parent and are listed by [method@Slk.Ministry.list_organizations].
 */
struct _SlkMinistry
{
  SlkOrganization parent_instance;
};

G_DEFINE_FINAL_TYPE (SlkMinistry, slk_ministry, SLK_TYPE_ORGANIZATION)

static void
slk_ministry_class_init (SlkMinistryClass *klass)
{
  SLK_ORGANIZATION_CLASS (klass)->kind = SLK_ORGANIZATION_KIND_MINISTRY;
}

static void
slk_ministry_init (SlkMinistry *self)
{
}

/**
 * slk_ministry_new:
 * @id: the id, unique in the dataset
 * @name: the name
 *
 * Creates a new [class@Slk.Ministry].
 *
 * Returns: (transfer full): the new ministry
 */
SlkMinistry *
slk_ministry_new (const char *id,
                  const char *name)
{
  return g_object_new (SLK_TYPE_MINISTRY, "id", id, "name", name, NULL);
}

/**
 * slk_ministry_list_organizations:
 * @self: a ministry
 *
 * Lists the organizations in the ministry's dataset whose parent is this
 * ministry, in dataset order. The list is a snapshot: it does not follow
 * later changes.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Organization]
 */
GListModel *
slk_ministry_list_organizations (SlkMinistry *self)
{
  GListStore *store;
  SlkDataset *dataset;
  const char *id;

  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);

  store = g_list_store_new (SLK_TYPE_ORGANIZATION);
  dataset = slk_organization_get_dataset (SLK_ORGANIZATION (self));
  id = slk_organization_get_id (SLK_ORGANIZATION (self));
  if (dataset != NULL && id != NULL)
    {
      GPtrArray *all = _slk_store_of (dataset)->organizations.typed;

      for (guint i = 0; i < all->len; i++)
        {
          SlkOrganization *org = g_ptr_array_index (all, i);

          if (g_strcmp0 (slk_organization_get_parent_id (org), id) == 0)
            g_list_store_append (store, org);
        }
    }
  return G_LIST_MODEL (store);
}

/**
 * slk_ministry_list_requested_toetsen:
 * @self: a ministry
 *
 * Lists the assessments this ministry asked for, in dataset order. The
 * list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Uitvoeringstoets]
 */
GListModel *
slk_ministry_list_requested_toetsen (SlkMinistry *self)
{
  SlkOrganization *org = (SlkOrganization *) self;

  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);
  return _slk_store_filter (_slk_store_of (slk_organization_get_dataset (org)),
                            SLK_TYPE_UITVOERINGSTOETS,
                              slk_organization_get_id (org),
                              (SlkIdGetter) slk_uitvoeringstoets_get_requested_by_id);
}

/**
 * slk_ministry_list_addressed_noodremmen:
 * @self: a ministry
 *
 * Lists the noodrem signals addressed to this ministry, in dataset order.
 * The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_ministry_list_addressed_noodremmen (SlkMinistry *self)
{
  SlkOrganization *org = (SlkOrganization *) self;

  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);
  return _slk_store_filter (_slk_store_of (slk_organization_get_dataset (org)), SLK_TYPE_NOODREM,
                              slk_organization_get_id (org),
                              (SlkIdGetter) slk_noodrem_get_addressed_to_id);
}

/**
 * slk_ministry_list_commitments:
 * @self: a ministry
 *
 * Lists the commitments this ministry owns, in dataset order. The list is
 * a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Commitment]
 */
GListModel *
slk_ministry_list_commitments (SlkMinistry *self)
{
  GListStore *store;
  SlkDataset *dataset;
  const char *id;

  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);

  store = g_list_store_new (SLK_TYPE_COMMITMENT);
  dataset = slk_organization_get_dataset (SLK_ORGANIZATION (self));
  id = slk_organization_get_id (SLK_ORGANIZATION (self));
  if (dataset != NULL && id != NULL)
    {
      GPtrArray *all = _slk_store_of (dataset)->commitments.typed;

      for (guint i = 0; i < all->len; i++)
        if (g_strcmp0 (slk_commitment_get_owner_id (g_ptr_array_index (all, i)), id) == 0)
          g_list_store_append (store, g_ptr_array_index (all, i));
    }
  return G_LIST_MODEL (store);
}
