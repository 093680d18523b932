/* slk-share-tree-private.h: the taakstellingen of a store as a tree of
 * parents and shares, built once for a computation
 *
 * Finding a taakstelling's shares by scanning every taakstelling, and
 * summing a parent's realized cut by recursing into its shares for each
 * year, made validation and the monitor quadratic (a chain of 30 000
 * parents took minutes). The tree indexes the shares by parent once, and
 * remembers each (taakstelling, year) it has summed: every computation over
 * a store is linear. It walks without recursion, so no chain is too deep,
 * and a chain that returns to itself contributes nothing twice.
 *
 * The tree is a snapshot: build it, ask, free it, before anything changes.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-store-private.h"
#include "slk-taakstelling.h"

G_BEGIN_DECLS

typedef struct _SlkShareTree SlkShareTree;

/* How a realized sum came out. */
typedef enum
{
  SLK_REALIZED_ABSENT,    /* neither the record nor any share gives one */
  SLK_REALIZED_GIVEN,
  SLK_REALIZED_TOO_LARGE, /* the shares add up past what an amount can hold */
} SlkRealized;

SlkShareTree *_slk_share_tree_new      (SlkStore        *store);
void          _slk_share_tree_free     (SlkShareTree    *tree);
GPtrArray    *_slk_share_tree_shares   (SlkShareTree    *tree,
                                        SlkTaakstelling *parent);
SlkRealized   _slk_share_tree_realized (SlkShareTree    *tree,
                                        SlkTaakstelling *taak,
                                        guint            year,
                                        gint64          *cents);
gboolean      _slk_share_tree_is_met   (SlkShareTree    *tree,
                                        SlkTaakstelling *taak,
                                        guint            year);
SlkTaakstelling *_slk_share_tree_cycle (SlkShareTree    *tree,
                                        SlkTaakstelling *taak);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlkShareTree, _slk_share_tree_free)

G_END_DECLS
