/* slk-monitor-notes.c: what every format says beside a figure: that a sum
 * is partial, and what the ministry or the government published itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>

#include "slk-finding.h"
#include "slk-organization.h"
#include "slk-report.h"
#include "slk-render-private.h"

const char *
_slk_reported_scope_name (SlkReportedScope scope)
{
  static const char * const names[] = { "core", "ministry", "rijksdienst" };

  return names[scope];
}

char *
_slk_monitor_partial_note (SlkMonitorRow *row,
                           SlkField       field)
{
  if (!SLK_ROW_PARTIAL (row, field))
    return NULL;
  return g_strdup_printf (_slk_ngettext ("%u of %u organisation", "%u of %u organisations",
                                        row->coverage[field].in_scope),
                          row->coverage[field].reporting, row->coverage[field].in_scope);
}

static const char *
scope_words (SlkReportedScope scope)
{
  static const char * const words[] = {
    N_("kerndepartement"), N_("whole ministry"), N_("Rijksdienst as a whole")
  };

  return _(words[scope]);
}

char *
_slk_monitor_reported_line (SlkMonitorRow *row)
{
  GString *out;
  const char *last_url = NULL;
  g_autoptr(GPtrArray) keep = NULL;

  if (row->reported == NULL)
    return NULL;
  out = g_string_new (NULL);
  keep = g_ptr_array_new_with_free_func (g_object_unref);
  for (int m = 0; m < SLK_N_METRICS; m++)
    {
      double value;
      SlkSource *source;
      g_autofree char *text = NULL;

      if (!slk_reported_get_value (row->reported, m, &value))
        continue;
      if (m == SLK_METRIC_EXTERNAL_HIRE_SHARE)
        text = _slk_monitor_format_value (value, SLK_FIELD_KIND_SHARE);
      else if (slk_metric_is_amount (m))
        {
          g_autofree char *amount = _slk_monitor_format_value (value, SLK_FIELD_KIND_EURO);

          text = g_strconcat ("€ ", amount, NULL);
        }
      else
        text = _slk_monitor_format_value (value, SLK_FIELD_KIND_FTE);
      g_string_append_printf (out, "%s%s %s", out->len ? ", " : "", slk_metric_to_string (m),
                              text);
      source = slk_reported_dup_source (row->reported, m);
      if (source != NULL)
        {
          const char *url = slk_source_get_url (source) ? slk_source_get_url (source)
                                                        : slk_source_get_key (source);

          g_ptr_array_add (keep, source);
          if (g_strcmp0 (url, last_url) != 0)
            g_string_append_printf (out, " [%s]", url);
          last_url = url;
        }
    }
  if (out->len == 0)
    return g_string_free (out, TRUE);
  g_string_append_printf (out, _(" (published, %s)"),
                          scope_words (slk_reported_get_scope (row->reported)));
  return g_string_free (out, FALSE);
}

/* For each column with no figure in the year, the latest year that has
 * one: the monitor says where to look instead of a silent column of
 * dashes. */
void
_slk_monitor_append_latest (GString                *out,
                            const SlkMonitorQuery  *query,
                            SlkMonitorTable        *table,
                            const char             *bullet)
{
  gboolean any = FALSE;

  for (int f = 0; f <= SLK_N_FIELDS; f++)
    {
      guint latest = f < SLK_N_FIELDS ? table->latest[f] : table->latest_reported;

      if (latest == 0)
        continue;
      if (!any)
        {
          g_string_append_c (out, '\n');
          g_string_append_printf (out, _("No figure for %u in these columns; the latest year "
                                         "that has one:"), query->year);
          g_string_append_c (out, '\n');
        }
      any = TRUE;
      g_string_append_printf (out, "%s%s: %u (--year %u)\n", bullet,
                              f < SLK_N_FIELDS ? _slk_monitor_field_heading (f)
                                               : _("Published figures"),
                              latest, latest);
    }
}

/* Which cells a finding marks, by its pointer. */
gboolean
_slk_monitor_cell_is_short (SlkMonitorTable *table,
                            int              index,
                            SlkField         field)
{
  g_autofree char *pointer = index < 0
    ? g_strdup_printf ("/rijksdienst/%s", _slk_monitor_fields[field].name)
    : g_strdup_printf ("/ministries/%d/%s", index, _slk_monitor_fields[field].name);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table->findings)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (table->findings), i);

      if (slk_finding_get_severity (finding) != SLK_SEVERITY_INFO &&
          g_str_equal (slk_finding_get_pointer (finding), pointer))
        return TRUE;
    }
  return FALSE;
}
