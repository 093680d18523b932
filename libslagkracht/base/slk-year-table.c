/* slk-year-table.c: figures by year, one entry a year in year order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-year-table-private.h"

#define HEAD_AT(table, index) \
  ((SlkYearHead *) ((table)->data + (gsize) (index) * (table)->entry_size))

SlkYearTable *
_slk_year_table_new (gsize entry_size)
{
  SlkYearTable *table = g_new0 (SlkYearTable, 1);

  table->entry_size = entry_size;
  return table;
}

void
_slk_year_table_free (SlkYearTable *table)
{
  if (table == NULL)
    return;
  g_free (table->data);
  g_free (table);
}

/* A copy of @table, sized to what it holds. */
SlkYearTable *
_slk_year_table_copy (const SlkYearTable *table)
{
  SlkYearTable *copy = _slk_year_table_new (table->entry_size);

  copy->len = copy->capacity = table->len;
  copy->data = table->len > 0 ? g_memdup2 (table->data, table->len * table->entry_size) : NULL;
  return copy;
}

guint
_slk_year_search (gconstpointer entries,
                  guint         n,
                  gsize         stride,
                  guint         year,
                  gboolean     *found)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      guint at = *(const guint16 *) (const void *) ((const guint8 *) entries + mid * stride);

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

/* The index of @year in @table, or where it would go (with *found FALSE). */
static guint
search (SlkYearTable *table,
        guint         year,
        gboolean     *found)
{
  return _slk_year_search (table->data, table->len, table->entry_size, year, found);
}

/* Opens an entry at @index, moving the later ones up. */
static SlkYearHead *
open_at (SlkYearTable *table,
         guint         index)
{
  if (table->len == table->capacity)
    {
      table->capacity = table->capacity < 4 ? 4 : table->capacity + table->capacity / 2;
      table->data = g_realloc_n (table->data, table->capacity, table->entry_size);
    }
  memmove (HEAD_AT (table, index + 1), HEAD_AT (table, index),
           (table->len - index) * table->entry_size);
  table->len++;
  return HEAD_AT (table, index);
}

/* The entry of @year, or NULL. */
gpointer
_slk_year_table_find (SlkYearTable *table,
                      guint         year)
{
  gboolean found;
  guint index = search (table, year, &found);

  return found ? HEAD_AT (table, index) : NULL;
}

/* The entry of @year, made empty in its place if there was none. */
gpointer
_slk_year_table_ensure (SlkYearTable *table,
                        guint         year)
{
  gboolean found;
  guint index = search (table, year, &found);
  SlkYearHead *entry;

  if (found)
    return HEAD_AT (table, index);
  entry = open_at (table, index);
  memset (entry, 0, table->entry_size);
  entry->year = (guint16) year;
  return entry;
}

/* Puts a copy of @entry in its year's place; its year must be new. Files
 * list years in order, nearly always, so the place is found from the end. */
void
_slk_year_table_insert (SlkYearTable *table,
                        gconstpointer entry)
{
  guint year = ((const SlkYearHead *) entry)->year;
  guint index = table->len;

  while (index > 0 && HEAD_AT (table, index - 1)->year > year)
    index--;
  memcpy (open_at (table, index), entry, table->entry_size);
}

/* Makes @figure of @year absent; a year left with none goes. */
void
_slk_year_table_unset (SlkYearTable *table,
                       guint         year,
                       guint         figure)
{
  gboolean found;
  guint index = search (table, year, &found);

  if (!found)
    return;
  HEAD_AT (table, index)->present &= ~(1u << figure);
  if (HEAD_AT (table, index)->present != 0)
    return;
  memmove (HEAD_AT (table, index), HEAD_AT (table, index + 1),
           (table->len - index - 1) * table->entry_size);
  table->len--;
}

/* Gives back what is allocated beyond what the table holds. */
void
_slk_year_table_trim (SlkYearTable *table)
{
  if (table->capacity == table->len)
    return;
  table->capacity = table->len;
  if (table->len == 0)
    g_clear_pointer (&table->data, g_free);
  else
    table->data = g_realloc_n (table->data, table->len, table->entry_size);
}

/* The years with any figure, in order; never NULL. */
guint *
_slk_year_table_years (SlkYearTable *table,
                       gsize        *n_years)
{
  guint *years = g_new (guint, table->len + 1);

  for (guint i = 0; i < table->len; i++)
    years[i] = HEAD_AT (table, i)->year;
  *n_years = table->len;
  return years;
}
