/* slk-share-tree.c: the taakstellingen of a store as a tree of parents
 * and shares, built once for a computation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-judge-private.h"
#include "slk-share-tree-private.h"
#include "slk-taakstelling-private.h"

struct _SlkShareTree
{
  SlkStore   *store;
  GHashTable *shares;    /* parent id → GPtrArray of its shares, in dataset order */
  GHashTable *memo;      /* MemoKey → Memo: the realized sums worked out so far */
  GHashTable *on_cycle;  /* the taakstellingen whose parent chain returns to them */
  GPtrArray  *none;      /* the shares of a taakstelling that has none */
};

typedef struct
{
  SlkTaakstelling *taak;
  guint            year;
} MemoKey;

typedef struct
{
  SlkRealized result;
  gint64      cents;   /* saturated when too large */
} Memo;

static guint
memo_key_hash (gconstpointer data)
{
  const MemoKey *key = data;

  return g_direct_hash (key->taak) ^ (key->year * 2654435761u);
}

static gboolean
memo_key_equal (gconstpointer a,
                gconstpointer b)
{
  const MemoKey *x = a, *y = b;

  return x->taak == y->taak && x->year == y->year;
}

/* A tree over @store; over %NULL, one with no shares at all. */
SlkShareTree *
_slk_share_tree_new (SlkStore *store)
{
  SlkShareTree *tree = g_new0 (SlkShareTree, 1);
  GPtrArray *all;

  tree->store = store;
  tree->none = g_ptr_array_new ();
  tree->shares = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  tree->memo = g_hash_table_new_full (memo_key_hash, memo_key_equal, g_free, g_free);
  if (store == NULL)
    {
      tree->on_cycle = g_hash_table_new (NULL, NULL);
      return tree;   /* a taakstelling in no dataset: no shares, no parents */
    }
  all = store->taakstellingen.typed;
  for (guint i = 0; i < all->len; i++)
    {
      SlkTaakstelling *taak = g_ptr_array_index (all, i);
      const char *parent = slk_taakstelling_get_parent_id (taak);
      GPtrArray *shares;

      if (parent == NULL || g_strcmp0 (parent, slk_taakstelling_get_id (taak)) == 0)
        continue;
      shares = g_hash_table_lookup (tree->shares, parent);
      if (shares == NULL)
        {
          shares = g_ptr_array_new ();
          g_hash_table_insert (tree->shares, (gpointer) parent, shares);
        }
      g_ptr_array_add (shares, taak);
    }
  tree->on_cycle = _slk_store_parent_cycles (store, all,
                                             (SlkIdGetter) slk_taakstelling_get_parent_id,
                                             SLK_TYPE_TAAKSTELLING);
  return tree;
}

void
_slk_share_tree_free (SlkShareTree *tree)
{
  g_hash_table_unref (tree->shares);
  g_hash_table_unref (tree->memo);
  g_hash_table_unref (tree->on_cycle);
  g_ptr_array_unref (tree->none);
  g_free (tree);
}

/* The shares of @parent, in dataset order; owned by the tree, never NULL. */
GPtrArray *
_slk_share_tree_shares (SlkShareTree    *tree,
                        SlkTaakstelling *parent)
{
  const char *id = slk_taakstelling_get_id (parent);
  GPtrArray *shares = id != NULL ? g_hash_table_lookup (tree->shares, id) : NULL;

  return shares != NULL ? shares : tree->none;
}

/* The taakstelling itself when its chain of parents returns to it. */
SlkTaakstelling *
_slk_share_tree_cycle (SlkShareTree    *tree,
                       SlkTaakstelling *taak)
{
  return g_hash_table_contains (tree->on_cycle, taak) ? taak : NULL;
}

static const Memo *
remember (SlkShareTree    *tree,
          SlkTaakstelling *taak,
          guint            year,
          SlkRealized      result,
          gint64           cents)
{
  MemoKey *key = g_new (MemoKey, 1);
  Memo *memo = g_new (Memo, 1);

  *key = (MemoKey) { taak, year };
  *memo = (Memo) { result, cents };
  g_hash_table_insert (tree->memo, key, memo);
  return memo;
}

/* A taakstelling's own realized, remembered; NULL if it gives none. */
static const Memo *
own_or_known (SlkShareTree    *tree,
              SlkTaakstelling *taak,
              guint            year)
{
  MemoKey key = { taak, year };
  const Memo *known = g_hash_table_lookup (tree->memo, &key);
  gboolean too_large;
  gint64 cents;

  if (known != NULL)
    return known;
  if (slk_taakstelling_get_amount (taak, SLK_TAAK_FIGURE_REALIZED, year, &cents))
    return remember (tree, taak, year, SLK_REALIZED_GIVEN, cents);
  /* No realized of its own: what its measures of the year fill in. */
  if (_slk_taakstelling_measured (taak, year, &cents, &too_large))
    return remember (tree, taak, year, SLK_REALIZED_GIVEN, cents);
  if (too_large)
    return remember (tree, taak, year, SLK_REALIZED_TOO_LARGE, 0);
  return NULL;
}

typedef struct
{
  SlkTaakstelling *taak;
  guint            next;        /* the next share to add */
  __int128         sum;
  gboolean         any;
  gboolean         too_large;
} Frame;

static void
add_to (Frame      *frame,
        const Memo *memo)
{
  if (memo->result == SLK_REALIZED_ABSENT)
    return;
  frame->any = TRUE;
  frame->too_large |= memo->result == SLK_REALIZED_TOO_LARGE;
  frame->sum += memo->cents;
}

/* The realized cut that counts for @taak in @year: its own, or the sum of
 * what its shares realized, down the whole tree. Depth-first without
 * recursion; a share already being summed (a cycle) adds nothing. */
SlkRealized
_slk_share_tree_realized (SlkShareTree    *tree,
                          SlkTaakstelling *taak,
                          guint            year,
                          gint64          *cents)
{
  g_autoptr(GArray) stack = NULL;
  g_autoptr(GHashTable) open = NULL;
  const Memo *memo = own_or_known (tree, taak, year);

  if (memo == NULL)
    {
      Frame first = { taak };

      stack = g_array_new (FALSE, FALSE, sizeof (Frame));
      open = g_hash_table_new (NULL, NULL);
      g_array_append_val (stack, first);
      g_hash_table_add (open, taak);
      while (stack->len > 0)
        {
          Frame *top = &g_array_index (stack, Frame, stack->len - 1);
          GPtrArray *shares = _slk_share_tree_shares (tree, top->taak);

          if (top->next < shares->len)
            {
              SlkTaakstelling *share = g_ptr_array_index (shares, top->next++);
              const Memo *known;

              if (g_hash_table_contains (open, share))
                continue;
              known = own_or_known (tree, share, year);
              if (known != NULL)
                add_to (top, known);
              else
                {
                  Frame next = { share };

                  g_hash_table_add (open, share);
                  g_array_append_val (stack, next);
                }
              continue;
            }

          /* Every share added: the sum is this taakstelling's. */
          {
            Frame done = *top;
            gboolean too_large = done.too_large || done.sum > G_MAXINT64 || done.sum < G_MININT64;
            gint64 value = done.sum > G_MAXINT64 ? G_MAXINT64
                         : done.sum < G_MININT64 ? G_MININT64 : (gint64) done.sum;

            memo = remember (tree, done.taak, year,
                             !done.any ? SLK_REALIZED_ABSENT
                             : too_large ? SLK_REALIZED_TOO_LARGE : SLK_REALIZED_GIVEN,
                             done.any ? value : 0);
            g_hash_table_remove (open, done.taak);
            g_array_set_size (stack, stack->len - 1);
            if (stack->len > 0)
              add_to (&g_array_index (stack, Frame, stack->len - 1), memo);
          }
        }
    }
  if (cents != NULL)
    *cents = memo->cents;
  return memo->result;
}

/* Whether the target of @year is met; see slk_taakstelling_is_met(). */
gboolean
_slk_share_tree_is_met (SlkShareTree    *tree,
                        SlkTaakstelling *taak,
                        guint            year)
{
  gint64 target, realized = 0;
  double fte_target, fte_realized = 0.0;

  if (slk_taakstelling_get_amount (taak, SLK_TAAK_FIGURE_TARGETS, year, &target))
    {
      _slk_share_tree_realized (tree, taak, year, &realized);
      if (_slk_judge_taakstelling (target, realized))
        return FALSE;
    }
  if (slk_taakstelling_get_dubbele_slot (taak) &&
      slk_taakstelling_get_fte (taak, SLK_TAAK_FIGURE_FTE_TARGETS, year, &fte_target))
    {
      slk_taakstelling_get_fte (taak, SLK_TAAK_FIGURE_FTE_REALIZED, year, &fte_realized);
      if (fte_realized < fte_target)
        return FALSE;
    }
  return TRUE;
}
