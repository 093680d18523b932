/* slk-dataset-lookup.c: finding a record by id, typed
 *
 * slk_dataset_lookup() returns a GObject, so that any kind of record can be
 * found; these say which kind they want, so that a binding gets the type
 * (and its methods, and a stub its completions) and a record of another
 * kind with that id is no surprise.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-commitment.h"
#include "slk-dataset.h"
#include "slk-names-private.h"
#include "slk-noodrem.h"
#include "slk-organization.h"
#include "slk-rule-change.h"
#include "slk-store-private.h"
#include "slk-taakstelling.h"
#include "slk-uitvoeringstoets.h"

/**
 * slk_dataset_lookup_record:
 * @self: a dataset
 * @id: an id
 *
 * Finds the record with @id, as a record: every kind has an id, a dataset
 * and a JSON pointer ([iface@Slk.Record]).
 *
 * Returns: (transfer none) (nullable): the record, or %NULL
 */
SlkRecord *
slk_dataset_lookup_record (SlkDataset *self,
                           const char *id)
{
  GObject *found;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = slk_dataset_lookup (self, id);
  return found != NULL && SLK_IS_RECORD (found) ? SLK_RECORD (found) : NULL;
}

#define TYPED_LOOKUP(Type, type, TYPE)                                  \
  Slk##Type *                                                           \
  slk_dataset_lookup_##type (SlkDataset *self,                          \
                             const char *id)                            \
  {                                                                     \
    GObject *found;                                                     \
                                                                        \
    g_return_val_if_fail (SLK_IS_DATASET (self), NULL);                 \
    g_return_val_if_fail (id != NULL, NULL);                            \
                                                                        \
    found = slk_dataset_lookup (self, id);                              \
    return found != NULL && SLK_IS_##TYPE (found) ? SLK_##TYPE (found) : NULL; \
  }

/**
 * slk_dataset_lookup_organization:
 * @self: a dataset
 * @id: an id
 *
 * Finds the organization with @id.
 *
 * Returns: (transfer none) (nullable): the organization, or %NULL when no
 *   record has @id or the record with it is no organization
 */
TYPED_LOOKUP (Organization, organization, ORGANIZATION)

/**
 * slk_dataset_lookup_uitvoeringstoets:
 * @self: a dataset
 * @id: an id
 *
 * Finds the uitvoeringstoets with @id.
 *
 * Returns: (transfer none) (nullable): the uitvoeringstoets, or %NULL when
 *   no record has @id or the record with it is no uitvoeringstoets
 */
TYPED_LOOKUP (Uitvoeringstoets, uitvoeringstoets, UITVOERINGSTOETS)

/**
 * slk_dataset_lookup_noodrem:
 * @self: a dataset
 * @id: an id
 *
 * Finds the noodrem or rode kaart with @id.
 *
 * Returns: (transfer none) (nullable): the noodrem, or %NULL when no record
 *   has @id or the record with it is no noodrem
 */
TYPED_LOOKUP (Noodrem, noodrem, NOODREM)

/**
 * slk_dataset_lookup_taakstelling:
 * @self: a dataset
 * @id: an id
 *
 * Finds the taakstelling with @id.
 *
 * Returns: (transfer none) (nullable): the taakstelling, or %NULL when no
 *   record has @id or the record with it is no taakstelling
 */
TYPED_LOOKUP (Taakstelling, taakstelling, TAAKSTELLING)

/**
 * slk_dataset_lookup_rule_change:
 * @self: a dataset
 * @id: an id
 *
 * Finds the rule change with @id.
 *
 * Returns: (transfer none) (nullable): the rule change, or %NULL when no
 *   record has @id or the record with it is no rule change
 */
TYPED_LOOKUP (RuleChange, rule_change, RULE_CHANGE)

/**
 * slk_dataset_lookup_commitment:
 * @self: a dataset
 * @id: an id
 *
 * Finds the commitment with @id.
 *
 * Returns: (transfer none) (nullable): the commitment, or %NULL when no
 *   record has @id or the record with it is no commitment
 */
TYPED_LOOKUP (Commitment, commitment, COMMITMENT)

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * slk_dataset_dup_closest_id:
 * @self: a dataset
 * @id: an id that names no record of @record_type
 * @record_type: the kind of record meant, such as `SLK_TYPE_TAAKSTELLING`;
 *   `G_TYPE_OBJECT` for any
 *
 * Finds the id of a record of @record_type that @id was probably meant to
 * be: the closest within two edits (a letter added, left out, changed, or
 * two swapped), the first in sort order when two are as close. For "did
 * you mean" in messages about an id that was mistyped.
 *
 * Returns: (transfer full) (nullable): the id, or %NULL when none is that
 *   close
 */
char *
slk_dataset_dup_closest_id (SlkDataset *self,
                            const char *id,
                            GType       record_type)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (g_type_is_a (record_type, G_TYPE_OBJECT), NULL);

  g_hash_table_iter_init (&iter, _slk_store_of (self)->by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (G_TYPE_CHECK_INSTANCE_TYPE (value, record_type))
      g_ptr_array_add (ids, key);
  g_ptr_array_sort (ids, compare_texts);
  return g_strdup (_slk_closest_name (id, (const char * const *) ids->pdata, ids->len));
}
