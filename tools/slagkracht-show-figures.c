/* slagkracht-show-figures.c: an organization's figures a line each, with
 * the source each rests on, and what a ministry published for itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>

#include "slagkracht-commands.h"

/* The members printed here, not as raw JSON among the others. */
const char * const slk_show_figure_members[] = {
  "figures", "sources", "figure_sources", "reported", NULL
};

static char *
format_value (SlkMetric metric,
              double    value)
{
  if (metric == SLK_METRIC_EXTERNAL_HIRE_SHARE)
    return g_strdup_printf ("%.1f %%", value * 100);
  if (slk_metric_is_amount (metric))
    return g_strdup_printf ("€ %.2f", value);
  return g_strdup_printf ("%g", value);
}

static char *
describe (SlkSource *source)
{
  GString *out = g_string_new (NULL);

  if (source == NULL)
    return g_string_free (g_string_append (out, _("no source named")), FALSE);
  g_string_append_printf (out, _("source %s"), slk_source_get_key (source));
  if (slk_source_get_title (source) != NULL)
    g_string_append_printf (out, ": %s", slk_source_get_title (source));
  if (slk_source_get_url (source) != NULL)
    g_string_append_printf (out, " <%s>", slk_source_get_url (source));
  if (slk_source_get_quote (source) != NULL)
    g_string_append_printf (out, " \"%s\"", slk_source_get_quote (source));
  return g_string_free (out, FALSE);
}

static const char *
scope_words (SlkReportedScope scope)
{
  return scope == SLK_REPORTED_SCOPE_CORE ? _("kerndepartement") : _("whole ministry");
}

void
slk_show_print_figures (SlkOrganization *org)
{
  gsize n_years = 0;
  g_autofree guint *years = slk_organization_list_years (org, &n_years);
  guint n_reported = 0;
  g_autofree guint *reported = SLK_IS_MINISTRY (org)
    ? slk_ministry_list_reported_years (SLK_MINISTRY (org), &n_reported) : NULL;

  if (n_years > 0)
    slk_tool_print_line (stdout, _("figures:"));
  for (gsize y = 0; y < n_years; y++)
    for (int m = 0; m < SLK_N_METRICS; m++)
      {
        double value;
        g_autoptr(SlkSource) source = NULL;
        g_autofree char *text = NULL, *from = NULL;

        if (!slk_organization_get_value (org, m, years[y], &value))
          continue;
        source = slk_organization_dup_value_source (org, m, years[y]);
        text = format_value (m, value);
        from = describe (source);
        slk_tool_print_line (stdout, "  %u %s: %s (%s)", years[y], slk_metric_to_string (m),
                             text, from);
      }
  if (n_reported > 0)
    slk_tool_print_line (stdout, _("published by the ministry itself (never added to the figures "
                         "above):"));
  for (guint y = 0; y < n_reported; y++)
    {
      g_autoptr(SlkReported) figures = slk_ministry_dup_reported (SLK_MINISTRY (org), reported[y]);

      for (int m = 0; m < SLK_N_METRICS; m++)
        {
          double value;
          g_autoptr(SlkSource) source = NULL;
          g_autofree char *text = NULL, *from = NULL;

          if (!slk_reported_get_value (figures, m, &value))
            continue;
          source = slk_reported_dup_source (figures, m);
          text = format_value (m, value);
          from = describe (source);
          slk_tool_print_line (stdout, "  %u %s, %s: %s (%s)", reported[y],
                               scope_words (slk_reported_get_scope (figures)),
                               slk_metric_to_string (m), text, from);
        }
    }
}
