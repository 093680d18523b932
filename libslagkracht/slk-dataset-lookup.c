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

#include "slk-commitment.h"
#include "slk-dataset.h"
#include "slk-noodrem.h"
#include "slk-organization.h"
#include "slk-rule-change.h"
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
