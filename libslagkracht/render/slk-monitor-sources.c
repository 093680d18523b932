/* slk-monitor-sources.c: the table of sources under the HTML monitor,
 * so that every published figure on the page can say where it comes from
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-provenance-private.h"
#include "slk-render-private.h"
#include "slk-reported.h"
#include "slk-source.h"

/* @source, once per key (the first one given wins, as in the file). */
static void
keep_source (GPtrArray  *sources,
             GHashTable *seen,
             SlkSource  *source)
{
  const char *key = slk_source_get_key (source);

  if (key == NULL || g_hash_table_contains (seen, key))
    return;
  g_hash_table_add (seen, (gpointer) key);
  g_ptr_array_add (sources, g_object_ref (source));
}

static void
append_cell (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "–", -1);

  g_string_append_printf (out, "<td>%s</td>", escaped);
}

/* The dataset's sources, then those the published figures cite. Addresses
 * are text, not links: the page fetches nothing. */
void
_slk_monitor_append_sources_html (GString         *out,
                                  SlkStore        *store,
                                  SlkMonitorTable *table)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) own = _slk_sources_list (_slk_object_member (store->extras, "sources"));
  g_autofree char *key = NULL, *title = NULL, *date = NULL, *address = NULL, *caption = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (own); i++)
    {
      g_autoptr(SlkSource) source = g_list_model_get_item (own, i);

      keep_source (sources, seen, source);
    }
  for (guint r = 0; r <= table->ministries->len; r++)
    {
      SlkMonitorRow *row = r < table->ministries->len ? g_ptr_array_index (table->ministries, r)
                                                      : table->rijksdienst;

      for (int m = 0; row->reported != NULL && m < SLK_N_METRICS; m++)
        {
          g_autoptr(SlkSource) source = slk_reported_dup_source (row->reported, m);

          if (source != NULL)
            keep_source (sources, seen, source);
        }
    }
  if (sources->len == 0)
    return;

  key = g_markup_escape_text (_("Key"), -1);
  title = g_markup_escape_text (_("Title"), -1);
  date = g_markup_escape_text (_("Date"), -1);
  address = g_markup_escape_text (_("Address"), -1);
  caption = g_markup_escape_text (_("Where the figures come from, as the dataset names its "
                                    "sources."), -1);
  g_string_append_printf (out, "<h2>%s</h2>\n<table class=\"sources\">\n<caption>%s</caption>\n"
                          "<tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                          "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr>\n",
                          _("Sources"), caption, key, title, date, address);
  for (guint i = 0; i < sources->len; i++)
    {
      SlkSource *source = g_ptr_array_index (sources, i);

      g_string_append (out, "<tr>");
      append_cell (out, slk_source_get_key (source));
      append_cell (out, slk_source_get_title (source));
      append_cell (out, slk_source_get_date (source));
      append_cell (out, slk_source_get_url (source));
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
}
