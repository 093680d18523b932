/* slk-taakstelling-measures.c: how a share of a cut is filled in, and the
 * realized that measures add up to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-taakstelling-private.h"

/**
 * slk_taakstelling_list_measures:
 * @self: a taakstelling
 *
 * Lists the measures that fill the cut in, in the order they were given.
 *
 * Returns: (transfer full): a list model of [class@Slk.Measure]
 */
GListModel *
slk_taakstelling_list_measures (SlkTaakstelling *self)
{
  GListStore *store;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  store = g_list_store_new (SLK_TYPE_MEASURE);
  if (self->measures != NULL)
    g_list_store_splice (store, 0, 0, self->measures->pdata, self->measures->len);
  return G_LIST_MODEL (store);
}

/**
 * slk_taakstelling_add_measure:
 * @self: a taakstelling
 * @measure: a measure
 *
 * Adds a measure. For a year the taakstelling gives no `realized` of its
 * own, the sum of its measures of that year is its realized.
 */
void
slk_taakstelling_add_measure (SlkTaakstelling *self,
                              SlkMeasure      *measure)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (SLK_IS_MEASURE (measure));
  if (self->measures == NULL)
    self->measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->measures, g_object_ref (measure));
}

/**
 * slk_taakstelling_clear_measures:
 * @self: a taakstelling
 *
 * Removes every measure.
 */
void
slk_taakstelling_clear_measures (SlkTaakstelling *self)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_clear_pointer (&self->measures, g_ptr_array_unref);
}

/* The sum of the measures of @year: FALSE when there are none, or when the
 * sum does not fit an amount (then @too_large). */
gboolean
_slk_taakstelling_measured (SlkTaakstelling *self,
                            guint            year,
                            gint64          *cents,
                            gboolean        *too_large)
{
  __int128 sum = 0;
  gboolean any = FALSE;

  *too_large = FALSE;
  for (guint i = 0; self->measures != NULL && i < self->measures->len; i++)
    {
      SlkMeasure *measure = g_ptr_array_index (self->measures, i);

      if (slk_measure_get_year (measure) != year)
        continue;
      any = TRUE;
      sum += slk_measure_get_amount (measure);
    }
  if (sum > G_MAXINT64 || sum < G_MININT64)
    {
      *too_large = TRUE;
      return FALSE;
    }
  *cents = (gint64) sum;
  return any;
}
