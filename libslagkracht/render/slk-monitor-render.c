/* slk-monitor-render.c: the monitor as a text table, CSV and Markdown;
 * everything from the data is escaped for its format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>
#include <string.h>

#include "slk-finding.h"
#include "slk-json-writer-private.h"
#include "slk-render-private.h"
#include "slk-organization.h"
#include "slk-report.h"

#define PARTIAL_MARK "*"

static const char *
row_label (SlkMonitorRow *row)
{
  return row->id != NULL ? row->id : _("Rijksdienst");
}

static char *
title (const SlkMonitorQuery *query)
{
  return g_strdup_printf (_("Monitor Slagvaardige Overheid, %s %u (scope %s, base year %u)"),
                          _slk_monitor_period_title (query->period),
                          query->year,
                          _slk_monitor_scope_name (query->scope),
                          query->base_year);
}

/* A text cell may hold no control characters: a name with a newline or a
 * terminal escape would break the table, or the terminal. */
static char *
plain_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    right)
{
  gsize length = (gsize) g_utf8_strlen (text, -1);

  if (right)
    for (gsize i = length; i < width; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!right)
    for (gsize i = length; i < width; i++)
      g_string_append_c (out, ' ');
}

/* A cell's value, with the mark of a partial sum. */
static char *
marked_value (SlkMonitorRow *row,
              int            field)
{
  g_autofree char *value = _slk_monitor_format_value (row->values[field],
                                                      _slk_monitor_fields[field].kind);

  if (!SLK_ROW_PARTIAL (row, field))
    return g_steal_pointer (&value);
  return g_strconcat (value, PARTIAL_MARK, NULL);
}

/* The footnotes under a table: which sums are partial, and what was
 * published beside the computed figures. @escape makes a text safe for
 * the format. */
static void
append_notes (GString          *out,
              SlkMonitorTable  *table,
              const char       *bullet,
              char           *(*escape) (const char *text))
{
  gboolean any = FALSE;

  for (guint r = 0; r <= table->ministries->len; r++)
    {
      SlkMonitorRow *row = r < table->ministries->len ? g_ptr_array_index (table->ministries, r)
                                                      : table->rijksdienst;

      for (int f = 0; f < SLK_N_FIELDS; f++)
        {
          g_autofree char *note = _slk_monitor_partial_note (row, f);
          g_autofree char *label = escape (row_label (row));

          if (note == NULL)
            continue;
          if (!any)
            g_string_append_printf (out, "\n" PARTIAL_MARK " %s\n",
                                    _("A partial sum, not a total: only some organisations of "
                                      "the row give the figure."));
          any = TRUE;
          g_string_append_printf (out, "%s%s %s: %s\n", bullet, label,
                                  _slk_monitor_field_heading (f), note);
        }
    }
  any = FALSE;
  for (guint r = 0; r <= table->ministries->len; r++)
    {
      SlkMonitorRow *row = r < table->ministries->len ? g_ptr_array_index (table->ministries, r)
                                                      : table->rijksdienst;
      g_autofree char *line = _slk_monitor_reported_line (row);
      g_autofree char *label = escape (row_label (row));
      g_autofree char *safe = line ? escape (line) : NULL;

      if (line == NULL)
        continue;
      if (!any)
        g_string_append_printf (out, "\n%s\n",
                                _("Published by the ministries and the government themselves "
                                  "(beside the computed figures above, never added to them):"));
      any = TRUE;
      g_string_append_printf (out, "%s%s: %s\n", bullet, label, safe);
    }
}

/* ANSI colours of a cell: around the padded text, so that they take no
 * width and the table without them is the plain table. */
#define COLOUR_SHORT   "\033[1;31m"
#define COLOUR_PARTIAL "\033[33m"
#define COLOUR_RESET   "\033[0m"

static const char *
cell_colour (SlkMonitorTable *table,
             guint            r,
             guint            n_rows,
             int              c)
{
  SlkMonitorRow *row;
  int index;

  if (r == 0 || c == 0)
    return NULL;
  index = r == n_rows ? -1 : (int) r - 1;
  row = index < 0 ? table->rijksdienst : g_ptr_array_index (table->ministries, index);
  if (_slk_monitor_cell_is_short (table, index, c - 1))
    return COLOUR_SHORT;
  if (SLK_ROW_PARTIAL (row, c - 1))
    return COLOUR_PARTIAL;
  return NULL;
}

char *
_slk_monitor_render_text (const SlkMonitorQuery *query,
                          SlkMonitorTable       *table,
                          gboolean               colour)
{
  guint n_rows = table->ministries->len + 1;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gsize widths[SLK_N_FIELDS + 1] = { 0 };
  g_autofree char *heading = title (query);
  GString *out = g_string_new (heading);
  guint n_findings;

  g_string_append (out, "\n\n");
  /* Row 0 is the heading; the last row is the Rijksdienst. */
  for (guint r = 0; r <= n_rows; r++)
    {
      SlkMonitorRow *row = r == 0 ? NULL
        : r == n_rows ? table->rijksdienst : g_ptr_array_index (table->ministries, r - 1);

      g_ptr_array_add (cells, row ? plain_text (row_label (row)) : g_strdup (_("Ministry")));
      for (int f = 0; f < SLK_N_FIELDS; f++)
        g_ptr_array_add (cells, row ? marked_value (row, f)
                                    : g_strdup (_slk_monitor_field_heading (f)));
    }
  for (guint i = 0; i < cells->len; i++)
    widths[i % (SLK_N_FIELDS + 1)] =
      MAX (widths[i % (SLK_N_FIELDS + 1)],
           (gsize) g_utf8_strlen (g_ptr_array_index (cells, i), -1));
  for (guint r = 0; r <= n_rows; r++)
    {
      for (int c = 0; c <= SLK_N_FIELDS; c++)
        {
          const char *cell_colour_on = colour ? cell_colour (table, r, n_rows, c) : NULL;

          if (c > 0)
            g_string_append (out, "  ");
          if (cell_colour_on != NULL)
            g_string_append (out, cell_colour_on);
          append_padded (out, g_ptr_array_index (cells, r * (SLK_N_FIELDS + 1) + c), widths[c],
                         c > 0);
          if (cell_colour_on != NULL)
            g_string_append (out, COLOUR_RESET);
        }
      g_string_append_c (out, '\n');
      if (r == 0 || r + 1 == n_rows)
        {
          gsize total = 0;

          for (int c = 0; c <= SLK_N_FIELDS; c++)
            total += widths[c] + (c > 0 ? 2 : 0);
          for (gsize i = 0; i < total; i++)
            g_string_append (out, "─");
          g_string_append_c (out, '\n');
        }
    }

  append_notes (out, table, "  ", plain_text);
  _slk_monitor_append_latest (out, query, table, "  ");
  n_findings = g_list_model_get_n_items (G_LIST_MODEL (table->findings));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, n_findings == 0 ? _("0 findings.")
                                               : _slk_ngettext ("%u finding:", "%u findings:",
                                                                n_findings), n_findings);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (table->findings), i);
      g_autofree char *message = plain_text (slk_finding_get_message (finding));

      g_string_append_printf (out, "  [%s] %s\n", slk_finding_get_code (finding), message);
    }
  return g_string_free (out, FALSE);
}

/* RFC 4180: a field with a comma, quote or line break is quoted, and its
 * quotes doubled. Text fields are always quoted. A text that starts with
 * = + - @, a tab or a carriage return gets a leading ' so that no
 * spreadsheet takes it for a formula (quoting alone does not stop them);
 * numbers are written as numbers and never changed. */
static void
append_csv_text (GString    *out,
                 const char *text)
{
  g_string_append_c (out, '"');
  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static const SlkMetric csv_reported[] = {
  SLK_METRIC_FTE, SLK_METRIC_FORMATIE, SLK_METRIC_PERSONNEL_SPENDING,
  SLK_METRIC_EXTERNAL_HIRE_SPENDING, SLK_METRIC_EXTERNAL_HIRE_SHARE,
};

static void
append_csv_row (GString       *out,
                SlkMonitorRow *row)
{
  if (row->id != NULL)
    append_csv_text (out, row->id);
  g_string_append_c (out, ',');
  append_csv_text (out, row->name ? row->name : "");
  for (int f = 0; f < SLK_N_FIELDS; f++)
    {
      g_string_append_c (out, ',');
      if (!isnan (row->values[f]))
        _slk_json_write_double (out, row->values[f]);
    }
  /* How complete each sum is, then what was published beside it. */
  for (int f = 0; f < SLK_N_FIELDS; f++)
    if (row->covered & (1u << f))
      g_string_append_printf (out, ",%u,%u", row->coverage[f].reporting,
                              row->coverage[f].in_scope);
  g_string_append_c (out, ',');
  if (row->reported != NULL)
    append_csv_text (out, _slk_reported_scope_name (slk_reported_get_scope (row->reported)));
  for (guint i = 0; i < G_N_ELEMENTS (csv_reported); i++)
    {
      double value;

      g_string_append_c (out, ',');
      if (row->reported != NULL && slk_reported_get_value (row->reported, csv_reported[i], &value))
        _slk_json_write_double (out, value);
    }
  g_string_append (out, "\r\n");
}

char *
_slk_monitor_render_csv (SlkMonitorTable *table)
{
  GString *out = g_string_new ("id,name");

  for (int f = 0; f < SLK_N_FIELDS; f++)
    g_string_append_printf (out, ",%s", _slk_monitor_fields[f].name);
  for (int f = 0; f < SLK_N_FIELDS; f++)
    if (table->rijksdienst->covered & (1u << f))
      g_string_append_printf (out, ",%s_reporting,%s_in_scope", _slk_monitor_fields[f].name,
                              _slk_monitor_fields[f].name);
  g_string_append (out, ",reported_scope");
  for (guint i = 0; i < G_N_ELEMENTS (csv_reported); i++)
    g_string_append_printf (out, ",reported_%s", slk_metric_to_string (csv_reported[i]));
  g_string_append (out, "\r\n");
  for (guint i = 0; i < table->ministries->len; i++)
    append_csv_row (out, g_ptr_array_index (table->ministries, i));
  append_csv_row (out, table->rijksdienst);
  return g_string_free (out, FALSE);
}

/* Markdown cells: the characters Markdown or inline HTML would read are
 * escaped, and a line break becomes a space. */
static void
append_markdown_text (GString    *out,
                      const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '\n': case '\r': case '\t': g_string_append_c (out, ' '); break;
      case '|': case '\\': case '`': case '*': case '_': case '[': case ']': case '#':
        g_string_append_c (out, '\\');
        g_string_append_c (out, *p);
        break;
      default:
        g_string_append_c (out, *p);
      }
}

static char *
markdown_text (const char *text)
{
  GString *out = g_string_new (NULL);

  append_markdown_text (out, text);
  return g_string_free (out, FALSE);
}

static void
append_markdown_row (GString       *out,
                     SlkMonitorRow *row)
{
  g_string_append (out, "| ");
  if (row->id == NULL)
    g_string_append_printf (out, "**%s**", _("Rijksdienst"));
  else
    append_markdown_text (out, row->name ? row->name : row->id);
  for (int f = 0; f < SLK_N_FIELDS; f++)
    {
      g_autofree char *value = marked_value (row, f);

      g_string_append_printf (out, " | %s", value);
    }
  g_string_append (out, " |\n");
}

char *
_slk_monitor_render_markdown (const SlkMonitorQuery *query,
                              SlkMonitorTable *table)
{
  g_autofree char *heading = title (query);
  GString *out = g_string_new ("# ");
  guint n_findings;

  g_string_append (out, heading);
  g_string_append_printf (out, "\n\n| %s", _("Ministry"));
  for (int f = 0; f < SLK_N_FIELDS; f++)
    g_string_append_printf (out, " | %s", _slk_monitor_field_heading (f));
  g_string_append (out, " |\n|---");
  for (int f = 0; f < SLK_N_FIELDS; f++)
    g_string_append (out, "|---:");
  g_string_append (out, "|\n");
  for (guint i = 0; i < table->ministries->len; i++)
    append_markdown_row (out, g_ptr_array_index (table->ministries, i));
  append_markdown_row (out, table->rijksdienst);
  append_notes (out, table, "- ", markdown_text);
  _slk_monitor_append_latest (out, query, table, "- ");

  n_findings = g_list_model_get_n_items (G_LIST_MODEL (table->findings));
  g_string_append_printf (out, "\n## %s (%u)\n\n", _("Findings"), n_findings);
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (table->findings), i);

      g_string_append_printf (out, "- `%s` ", slk_finding_get_code (finding));
      append_markdown_text (out, slk_finding_get_message (finding));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
