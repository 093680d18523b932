/* slk-year-table.c: figures by year, one entry a year in year order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-year-table-private.h"

#define HEAD_AT(table, index) \
  ((SlkYearHead *) ((table)->data + (gsize) (index) * g_array_get_element_size (table)))

GArray *
_slk_year_table_new (gsize entry_size)
{
  return g_array_new (FALSE, TRUE, entry_size);
}

/* The index of @year, or where it would go (with *found FALSE). */
static guint
search (GArray   *table,
        guint     year,
        gboolean *found)
{
  guint low = 0, high = table->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      guint at = HEAD_AT (table, mid)->year;

      if (at == year)
        {
          *found = TRUE;
          return mid;
        }
      if (at < year)
        low = mid + 1;
      else
        high = mid;
    }
  *found = FALSE;
  return low;
}

/* The entry of @year, or NULL. */
gpointer
_slk_year_table_find (GArray *table,
                      guint   year)
{
  gboolean found;
  guint index = search (table, year, &found);

  return found ? HEAD_AT (table, index) : NULL;
}

/* The entry of @year, made empty in its place if there was none. */
gpointer
_slk_year_table_ensure (GArray *table,
                        guint   year)
{
  gboolean found;
  guint index = search (table, year, &found);

  if (!found)
    {
      gsize size = g_array_get_element_size (table);
      g_autofree SlkYearHead *entry = g_malloc0 (size);

      entry->year = (guint16) year;
      g_array_insert_vals (table, index, entry, 1);
    }
  return HEAD_AT (table, index);
}

/* Makes @figure of @year absent; a year left with none goes. */
void
_slk_year_table_unset (GArray *table,
                       guint   year,
                       guint   figure)
{
  gboolean found;
  guint index = search (table, year, &found);

  if (!found)
    return;
  HEAD_AT (table, index)->present &= ~(1u << figure);
  if (HEAD_AT (table, index)->present == 0)
    g_array_remove_index (table, index);
}

/* The years with any figure, in order; never NULL. */
guint *
_slk_year_table_years (GArray *table,
                       gsize  *n_years)
{
  guint *years = g_new (guint, table->len + 1);

  for (guint i = 0; i < table->len; i++)
    years[i] = HEAD_AT (table, i)->year;
  *n_years = table->len;
  return years;
}
