/* slk-monitor-html.c: the monitor as one self-contained HTML page, with
 * inline SVG charts; no network, everything from the data escaped
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>

#include "slk-finding.h"
#include "slk-render-private.h"
#include "slk-report.h"

#define CHART_WIDTH  760
#define LABEL_WIDTH  200
#define PLOT_WIDTH   440
#define BAR_HEIGHT   16
#define ROW_HEIGHT   26
#define CHART_TOP    14

static const char style[] =
  "body{font-family:system-ui,sans-serif;margin:2em;color:#1b1b1b;max-width:1400px}"
  "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}"
  "table{border-collapse:collapse;font-size:.85em;margin:1em 0}"
  "caption{text-align:left;font-weight:bold;padding:.3em 0}"
  "th,td{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:right}td{white-space:nowrap}"
  "th:first-child,td:first-child{text-align:left;white-space:normal;min-width:10em;"
  "max-width:18em}"
  "tr.total td,tr.total th{font-weight:bold;border-top:2px solid #333}"
  "th[scope=row]{font-weight:normal}tr.total th[scope=row]{font-weight:bold}"
  "td.short{background:#fde2e1}"
  "td.partial{font-style:italic}td.partial small{color:#555;font-style:normal}"
  "figure{margin:1.5em 0}figcaption{font-size:.9em;color:#444}"
  "svg text{font-size:12px;font-family:system-ui,sans-serif}"
  ".legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em}"
  "p.nochart{color:#444;font-style:italic}"
  "table.sources td{text-align:left;white-space:normal;overflow-wrap:anywhere}"
  "@media print{@page{size:A4 landscape;margin:12mm}body{margin:0;max-width:none}"
  "table,figure{break-inside:avoid}h2{break-after:avoid}}";

/* A coordinate to a tenth, with a point whatever the process's locale. */
typedef struct
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
} Coordinate;

static const char *
coordinate (Coordinate *buffer,
            double      value)
{
  return g_ascii_formatd (buffer->text, sizeof buffer->text, "%.1f", value);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static const char *
label_of (SlkMonitorRow *row)
{
  return row->id != NULL ? row->id : _("Rijksdienst");
}

/* The columns, in three tables of what belongs together, so that the page
 * fits a screen of 1280 pixels: one table of 21 columns did not. */
typedef struct
{
  const char *caption;
  SlkField    fields[9];   /* up to the first SLK_N_FIELDS */
} SlkTableGroup;

static const SlkTableGroup groups[] = {
  { N_("Size and spending"),
    { SLK_FIELD_FTE, SLK_FIELD_FTE_CHANGE, SLK_FIELD_FTE_TARGET, SLK_FIELD_OVERHEAD_SHARE,
      SLK_FIELD_OVERHEAD_TARGET, SLK_FIELD_EXTERNAL_HIRE_SHARE, SLK_FIELD_OFFICE_M2,
      SLK_N_FIELDS } },
  { N_("Taakstellingen and rules"),
    { SLK_FIELD_TAAKSTELLING_TARGET, SLK_FIELD_TAAKSTELLING_REALIZED, SLK_FIELD_TAAKSTELLING_GAP,
      SLK_FIELD_RULES_CHANGED, SLK_FIELD_RULES_TARGET, SLK_FIELD_RULES_BUSINESSES_SHARE,
      SLK_N_FIELDS } },
  { N_("Noodremmen, uitvoeringstoetsen and promises"),
    { SLK_FIELD_NOODREM_OPEN, SLK_FIELD_NOODREM_OVERDUE, SLK_FIELD_TOETSEN_FEASIBLE,
      SLK_FIELD_TOETSEN_CONDITIONAL, SLK_FIELD_TOETSEN_INFEASIBLE, SLK_FIELD_DEVIATIONS,
      SLK_FIELD_COMMITMENTS_OPEN, SLK_FIELD_COMMITMENTS_OVERDUE, SLK_N_FIELDS } },
};

static void
append_row (GString             *out,
            SlkMonitorTable     *table,
            SlkMonitorRow       *row,
            int                  index,
            const SlkTableGroup *group)
{
  g_string_append (out, index < 0 ? "<tr class=\"total\"><th scope=\"row\">"
                                  : "<tr><th scope=\"row\">");
  append_escaped (out, row->name ? row->name : label_of (row));
  g_string_append (out, "</th>");
  for (int g = 0; group->fields[g] != SLK_N_FIELDS; g++)
    {
      SlkField f = group->fields[g];
      g_autofree char *value = _slk_monitor_format_value (row->values[f],
                                                          _slk_monitor_fields[f].kind);
      g_autofree char *partial = _slk_monitor_partial_note (row, f);

      gboolean short_of = _slk_monitor_cell_is_short (table, index, f);

      g_string_append (out, short_of && partial ? "<td class=\"short partial\""
                            : short_of ? "<td class=\"short\""
                            : partial ? "<td class=\"partial\"" : "<td");
      if (partial != NULL)
        {
          g_autofree char *title = g_strdup_printf (_("partial sum: %s"), partial);

          g_string_append (out, " title=\"");
          append_escaped (out, title);
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '>');
      append_escaped (out, value);
      /* A partial sum is never shown as a total: a visible mark and counts. */
      if (partial != NULL)
        g_string_append_printf (out, "*<br><small>%u/%u</small>", row->coverage[f].reporting,
                                row->coverage[f].in_scope);
      g_string_append (out, "</td>");
    }
  g_string_append (out, "</tr>\n");
}

static double
column_max (SlkMonitorTable *table,
            SlkField         field,
            double           floor_value)
{
  double max = floor_value;

  for (guint i = 0; i < table->ministries->len; i++)
    {
      double value = ((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->values[field];

      if (!isnan (value))
        max = MAX (max, value);
    }
  return max > 0 ? max : 1;
}

static void
open_chart (GString    *out,
            guint       n_rows,
            const char *label)
{
  g_string_append_printf (out, "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                          "height=\"%u\" role=\"img\" aria-label=\"", CHART_WIDTH,
                          n_rows * ROW_HEIGHT + 64 + CHART_TOP);
  append_escaped (out, label);
  g_string_append (out, "\">\n<title>");
  append_escaped (out, label);
  /* Room at the top for a line's label; the rows are drawn below it. */
  g_string_append_printf (out, "</title>\n<g transform=\"translate(0 %d)\">\n", CHART_TOP);
}

/* A bar, and its value written after it. */
static void
bar (GString      *out,
     guint         row,
     guint         slot,
     guint         n_slots,
     double        value,
     double        max,
     const char   *colour,
     SlkFieldKind  kind)
{
  double width = isnan (value) ? 0 : MAX (value, 0) / max * PLOT_WIDTH;
  double height = (double) BAR_HEIGHT / n_slots;
  double top = 10 + row * ROW_HEIGHT + slot * height;
  g_autofree char *shown = NULL;
  Coordinate y, w, h, text_x, text_y;

  if (isnan (value))
    return;
  shown = _slk_monitor_format_value (value, kind);
  g_string_append_printf (out, "<rect x=\"%d\" y=\"%s\" width=\"%s\" height=\"%s\" "
                          "fill=\"%s\"/>\n<text x=\"%s\" y=\"%s\" font-size=\"%d\">",
                          LABEL_WIDTH, coordinate (&y, top), coordinate (&w, width),
                          coordinate (&h, height), colour, coordinate (&text_x,
                          LABEL_WIDTH + width + 4),
                          coordinate (&text_y, top + height - 1), n_slots > 1 ? 9 : 11);
  append_escaped (out, shown);
  g_string_append (out, "</text>\n");
}

/* The value axis under the bars: 0 and the maximum, with the unit. */
static void
axis (GString      *out,
      guint         n_rows,
      double        max,
      SlkFieldKind  kind,
      const char   *unit)
{
  g_autofree char *shown = _slk_monitor_format_value (max, kind);
  guint y = n_rows * ROW_HEIGHT + 8;

  g_string_append_printf (out, "<line x1=\"%d\" y1=\"%u\" x2=\"%d\" y2=\"%u\" "
                          "stroke=\"#555\"/>\n<text x=\"%d\" y=\"%u\" text-anchor=\"middle\">"
                          "0</text>\n<text x=\"%d\" y=\"%u\" text-anchor=\"middle\">",
                          LABEL_WIDTH, y, LABEL_WIDTH + PLOT_WIDTH, y, LABEL_WIDTH, y + 14,
                          LABEL_WIDTH + PLOT_WIDTH, y + 14);
  append_escaped (out, shown);
  g_string_append_printf (out, "</text>\n<text x=\"%d\" y=\"%u\" text-anchor=\"middle\" "
                          "fill=\"#444\">", LABEL_WIDTH + PLOT_WIDTH / 2, y + 28);
  append_escaped (out, unit);
  g_string_append (out, "</text>\n");
}

/* Whether any ministry has @field (or @other) for the year. */
static gboolean
has_data (SlkMonitorTable *table,
          SlkField         field,
          SlkField         other)
{
  for (guint i = 0; i < table->ministries->len; i++)
    {
      SlkMonitorRow *row = g_ptr_array_index (table->ministries, i);

      if (!isnan (row->values[field]) || !isnan (row->values[other]))
        return TRUE;
    }
  return FALSE;
}

/* No chart of nothing: a sentence says that no ministry gives it. */
static void
no_chart (GString    *out,
          const char *what,
          guint       year)
{
  g_autofree char *sentence = g_strdup_printf (_("No ministry gives %s for %u: no chart."),
                                               what, year);

  g_string_append (out, "<p class=\"nochart\">");
  append_escaped (out, sentence);
  g_string_append (out, "</p>\n");
}

static void
row_label (GString    *out,
           guint       row,
           const char *label,
           gboolean    no_data)
{
  g_string_append_printf (out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", LABEL_WIDTH - 8,
                          10 + row * ROW_HEIGHT + 12);
  append_escaped (out, label);
  g_string_append (out, "</text>\n");
  if (no_data)
    {
      g_string_append_printf (out, "<text x=\"%d\" y=\"%d\" fill=\"#666\">", LABEL_WIDTH + 4,
                              10 + row * ROW_HEIGHT + 12);
      append_escaped (out, _("no data"));
      g_string_append (out, "</text>\n");
    }
}

static void
close_chart (GString    *out,
             const char *caption,
             const char *legend)
{
  g_string_append (out, "</g></svg><figcaption>");
  append_escaped (out, caption);
  g_string_append (out, legend);
  g_string_append (out, "</figcaption></figure>\n");
}

/* External-hire share per ministry against the Roemernorm line. */
static void
chart_external_hire (GString         *out,
                     const SlkMonitorQuery *query,
                     SlkMonitorTable *table)
{
  double norm = slk_norms_get_roemernorm (query->norms);
  double max = column_max (table, SLK_FIELD_EXTERNAL_HIRE_SHARE, norm * 1.5);
  guint n = table->ministries->len;
  double x = LABEL_WIDTH + norm / max * PLOT_WIDTH;
  Coordinate line_x, text_x;
  g_autofree char *norm_label = NULL;

  if (!has_data (table, SLK_FIELD_EXTERNAL_HIRE_SHARE, SLK_FIELD_EXTERNAL_HIRE_SHARE))
    {
      no_chart (out, _("its external hire"), query->year);
      return;
    }
  open_chart (out, n, _("External hire against the Roemernorm"));
  for (guint i = 0; i < n; i++)
    {
      SlkMonitorRow *row = g_ptr_array_index (table->ministries, i);
      double value = row->values[SLK_FIELD_EXTERNAL_HIRE_SHARE];

      row_label (out, i, label_of (row), isnan (value));
      bar (out, i, 0, 1, value, max, value > norm ? "#b03a2e" : "#1f618d",
           SLK_FIELD_KIND_SHARE);
    }
  axis (out, n, max, SLK_FIELD_KIND_SHARE,
        /* xgettext:no-c-format */
        _("external hire, % of own staff and hire spending"));
  coordinate (&line_x, x);
  g_string_append_printf (out, "<line x1=\"%s\" y1=\"2\" x2=\"%s\" y2=\"%u\" "
                          "stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n"
                          "<text x=\"%s\" y=\"%d\">", line_x.text, line_x.text,
                          n * ROW_HEIGHT + 8, coordinate (&text_x, x + 4), -2);
  norm_label = g_strdup_printf (_("Roemernorm %ld %%"), lround (norm * 100));
  append_escaped (out, norm_label);
  g_string_append (out, "</text>\n");
  close_chart (out, _("External hire as a share of spending on own staff and hire, per "
                      "ministry; the dashed line is the Roemernorm; red bars are above it."), "");
}

/* Two bars per ministry: @first (grey) and @second (blue). */
static void
chart_pairs (GString               *out,
             const SlkMonitorQuery *query,
             SlkMonitorTable       *table,
             SlkField               first,
             SlkField               second,
             const char            *label,
             const char            *caption,
             const char            *first_name,
             const char            *second_name,
             const char            *what,
             const char            *unit)
{
  double max = MAX (column_max (table, first, 0), column_max (table, second, 0));
  guint n = table->ministries->len;
  SlkFieldKind kind = _slk_monitor_fields[second].kind;
  g_autofree char *legend = NULL;

  if (!has_data (table, first, second))
    {
      no_chart (out, what, query->year);
      return;
    }
  open_chart (out, n, label);
  for (guint i = 0; i < n; i++)
    {
      SlkMonitorRow *row = g_ptr_array_index (table->ministries, i);

      row_label (out, i, label_of (row), isnan (row->values[first]) &&
                 isnan (row->values[second]));
      bar (out, i, 0, 2, row->values[first], max, "#7f8c8d", kind);
      bar (out, i, 1, 2, row->values[second], max, "#1f618d", kind);
    }
  axis (out, n, max, kind, unit);
  legend = g_strdup_printf ("<span class=\"legend\"><span style=\"background:#7f8c8d\"></span>%s"
                            "<span style=\"background:#1f618d\"></span>%s</span>",
                            first_name, second_name);
  close_chart (out, caption, legend);
}

/* What the ministries and the government published themselves, beside the
 * computed figures: with its scope and its source. */
static void
append_reported (GString         *out,
                 SlkMonitorTable *table)
{
  gboolean any = FALSE;

  for (guint r = 0; r <= table->ministries->len; r++)
    {
      SlkMonitorRow *row = r < table->ministries->len ? g_ptr_array_index (table->ministries, r)
                                                      : table->rijksdienst;
      g_autofree char *line = _slk_monitor_reported_line (row);

      if (line == NULL)
        continue;
      if (!any)
        {
          g_string_append (out, "<h2>");
          append_escaped (out, _("Published figures"));
          g_string_append (out, "</h2>\n<p>");
          append_escaped (out, _("As the ministries and the government published them, beside "
                                 "the computed figures above and never added to them."));
          g_string_append (out, "</p>\n<ul>\n");
        }
      any = TRUE;
      g_string_append (out, "<li><b>");
      append_escaped (out, row->name ? row->name : label_of (row));
      g_string_append (out, "</b>: ");
      append_escaped (out, line);
      g_string_append (out, "</li>\n");
    }
  if (any)
    g_string_append (out, "</ul>\n");
}

char *
_slk_monitor_render_html (const SlkMonitorQuery *query,
                          SlkMonitorTable *table)
{
  SlkStore *store = query->store;
  g_autofree char *heading = g_strdup_printf (_("Monitor Slagvaardige Overheid, %s %u"),
                                              _slk_monitor_period_title (query->period),
                                              query->year);
  GString *out = g_string_new (NULL);
  guint n_findings = g_list_model_get_n_items (G_LIST_MODEL (table->findings));

  /* Translators: the language of the HTML page, as its lang attribute. */
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n<title>", C_("html lang", "en"));
  append_escaped (out, heading);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
  append_escaped (out, heading);
  g_string_append (out, "</h1>\n<p>");
  if (store->title != NULL)
    {
      append_escaped (out, store->title);
      g_string_append (out, ". ");
    }
  {
    g_autofree char *scope = g_strdup_printf ("<b>%s</b>", _slk_monitor_scope_name (query->scope));
    g_autofree char *line = NULL;
    SlkDateText date;

    if (store->reference_date != 0)
      line = g_strdup_printf (_("Scope %s, base year %u, reference date %s."), scope,
                              query->base_year, _slk_date_text (&date, store->reference_date));
    else
      line = g_strdup_printf (_("Scope %s, base year %u."), scope, query->base_year);
    g_string_append (out, line);
    g_string_append_c (out, ' ');
    append_escaped (out, _("A dash is a figure no source gives."));
    g_string_append (out, "</p>\n");
  }
  for (gsize g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_string_append (out, "<table>\n<caption>");
      append_escaped (out, _(groups[g].caption));
      g_string_append (out, "</caption>\n<tr><th scope=\"col\">");
      append_escaped (out, _("Ministry"));
      g_string_append (out, "</th>");
      for (int c = 0; groups[g].fields[c] != SLK_N_FIELDS; c++)
        {
          g_string_append (out, "<th scope=\"col\">");
          append_escaped (out, _slk_monitor_field_heading (groups[g].fields[c]));
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr>\n");
      for (guint i = 0; i < table->ministries->len; i++)
        append_row (out, table, g_ptr_array_index (table->ministries, i), (int) i, &groups[g]);
      append_row (out, table, table->rijksdienst, -1, &groups[g]);
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "<p>* ");
  append_escaped (out, _("A partial sum, not a total: n/m says how many organisations of the "
                         "row give the figure, of how many it holds."));
  g_string_append (out, "</p>\n");
  append_reported (out, table);
  {
    g_autoptr(GString) latest = g_string_new (NULL);

    _slk_monitor_append_latest (latest, query, table, "");
    if (latest->len > 0)
      {
        g_auto(GStrv) lines = g_strsplit (g_strstrip (latest->str), "\n", -1);

        g_string_append (out, "<p>");
        append_escaped (out, lines[0]);
        g_string_append (out, "</p>\n<ul>\n");
        for (guint i = 1; lines[i] != NULL; i++)
          {
            g_string_append (out, "<li>");
            append_escaped (out, lines[i]);
            g_string_append (out, "</li>\n");
          }
        g_string_append (out, "</ul>\n");
      }
  }
  g_string_append_printf (out, "<h2>%s</h2>\n", _("Charts"));

  chart_pairs (out, query, table, SLK_FIELD_FTE_TARGET, SLK_FIELD_FTE, _("FTE against target"),
               _("FTE per ministry in the scope, against its FTE target for the year where one "
                 "is set."), _("target"), _("FTE"), _("its FTE"), _("FTE"));
  chart_external_hire (out, query, table);
  chart_pairs (out, query, table, SLK_FIELD_TAAKSTELLING_TARGET,
               SLK_FIELD_TAAKSTELLING_REALIZED, _("Taakstelling target against realized"),
               _("Taakstelling per ministry in euro: the target for the year against what is "
                 "filled in."), _("target"), _("realized"), _("a taakstelling"), _("euro"));
  chart_pairs (out, query, table, SLK_FIELD_RULES_TARGET, SLK_FIELD_RULES_CHANGED,
               _("Rules changed against target"),
               _("Rules scrapped or simplified per ministry in the year, against its target."),
               _("target"), _("changed"), _("rules changed or a rule target"), _("rules"));

  g_string_append_printf (out, "<h2>%s (%u)</h2>\n<ul>\n", _("Findings"), n_findings);
  for (guint i = 0; i < n_findings; i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (table->findings), i);

      g_string_append (out, "<li><code>");
      append_escaped (out, slk_finding_get_code (finding));
      g_string_append (out, "</code> ");
      append_escaped (out, slk_finding_get_message (finding));
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
  _slk_monitor_append_sources_html (out, store, table);
  g_string_append (out, "</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
