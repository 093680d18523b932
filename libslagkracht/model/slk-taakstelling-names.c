/* slk-taakstelling-names.c: the taakstelling's calls in the one naming
 * pattern: get_scope_organization says what the scope is
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-taakstelling.h"

/**
 * slk_taakstelling_get_scope_organization:
 * @self: a taakstelling
 *
 * The same as [method@Slk.Taakstelling.get_scope], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Resolves [property@Slk.Taakstelling:scope-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the organization, or %NULL
 */
SlkOrganization *
slk_taakstelling_get_scope_organization (SlkTaakstelling *self)
{
  return slk_taakstelling_get_scope (self);
}
