/* slk-dataset-provenance.c: the dataset's own sources and the government's
 * published figures for the Rijksdienst (SPEC 1.1 `rijksdienst_reported`)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset-private.h"
#include "slk-provenance-private.h"

static JsonObject *
extras_of (SlkDataset *self)
{
  return _slk_store_of (self)->extras;
}

static JsonObject *
make_extras (SlkDataset *self)
{
  SlkStore *store = _slk_store_of (self);

  if (store->extras == NULL)
    store->extras = json_object_new ();
  return store->extras;
}

/**
 * slk_dataset_list_sources:
 * @self: a dataset
 *
 * Lists the documents the dataset as a whole rests on: the sources that
 * `rijksdienst_reported` names.
 *
 * Returns: (transfer full): a list model of [class@Slk.Source]
 */
GListModel *
slk_dataset_list_sources (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_sources_list (_slk_object_member (extras_of (self), "sources"));
}

/**
 * slk_dataset_add_source:
 * @self: a dataset
 * @source: the source; one with the same key is replaced
 *
 * Adds a document the dataset as a whole rests on.
 */
void
slk_dataset_add_source (SlkDataset *self,
                        SlkSource  *source)
{
  g_return_if_fail (SLK_IS_DATASET (self));
  g_return_if_fail (SLK_IS_SOURCE (source));
  _slk_sources_put (_slk_object_member_make (make_extras (self), "sources"), source);
}

/**
 * slk_dataset_dup_rijksdienst_reported:
 * @self: a dataset
 * @year: the year
 *
 * Gets the government's own published figures for the Rijksdienst as a
 * whole for @year, with their sources. The monitor shows them beside the
 * figures it computes from the records.
 *
 * Returns: (transfer full) (nullable): the figures, or %NULL
 */
SlkReported *
slk_dataset_dup_rijksdienst_reported (SlkDataset *self,
                                      guint       year)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_reported_lookup (extras_of (self), "rijksdienst_reported", year,
                               SLK_REPORTED_SCOPE_RIJKSDIENST);
}

/**
 * slk_dataset_get_rijksdienst_reported_years:
 * @self: a dataset
 * @n_years: (out): the number of years
 *
 * Gets the years the government published Rijksdienst figures for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 *
 * Deprecated: 0.2: Use [method@Slk.Dataset.list_rijksdienst_reported_years] instead.
 */
guint *
slk_dataset_get_rijksdienst_reported_years (SlkDataset *self,
                                            guint      *n_years)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);
  return _slk_year_keys (_slk_object_member (extras_of (self), "rijksdienst_reported"), n_years);
}

/**
 * slk_dataset_list_rijksdienst_reported_years:
 * @self: a dataset
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Dataset.get_rijksdienst_reported_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets the years the government published Rijksdienst figures for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 */
guint *
slk_dataset_list_rijksdienst_reported_years (SlkDataset *self,
                                             guint      *n_years)
{
  return slk_dataset_get_rijksdienst_reported_years (self, n_years);
}

/**
 * slk_dataset_set_rijksdienst_reported:
 * @self: a dataset
 * @reported: published figures of scope rijksdienst; their source keys name
 *   sources of the dataset
 *
 * Sets the government's published figures for one year, replacing those
 * the dataset had for it.
 */
void
slk_dataset_set_rijksdienst_reported (SlkDataset  *self,
                                      SlkReported *reported)
{
  g_return_if_fail (SLK_IS_DATASET (self));
  g_return_if_fail (SLK_IS_REPORTED (reported));
  g_return_if_fail (slk_reported_get_scope (reported) == SLK_REPORTED_SCOPE_RIJKSDIENST);
  _slk_reported_store (make_extras (self), "rijksdienst_reported", reported, FALSE);
}
