/* slk-monitor-values.c: a monitor figure as people read it, in the
 * language's separators: "12,5 %", "1.234.567", "2.650,5" in Dutch
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "slk-format-private.h"
#include "slk-render-private.h"

/* @value with @decimals decimals, as printf rounds it, without the
 * process's locale. */
static void
append_fixed (GString *out,
              double   value,
              int      decimals,
              gboolean drop_zero_fraction)
{
  char format[8], digits[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (digits, sizeof digits, format, fabs (value));
  point = strchr (digits, '.');
  if (drop_zero_fraction && point != NULL && strspn (point + 1, "0") == strlen (point + 1))
    *point = '\0';
  _slk_append_grouped (out, digits, value < 0 && strspn (digits, "0.") != strlen (digits));
}

char *
_slk_monitor_format_value (double       value,
                           SlkFieldKind kind)
{
  GString *out = g_string_new (NULL);

  if (isnan (value))
    return g_string_free (g_string_append (out, "–"), FALSE);
  switch (kind)
    {
    case SLK_FIELD_KIND_SHARE:
      append_fixed (out, value * 100, 1, FALSE);
      g_string_append (out, " %");
      break;
    case SLK_FIELD_KIND_FTE:
      /* FTE to a tenth, the whole part grouped like the euros. */
      append_fixed (out, value, 1, TRUE);
      break;
    case SLK_FIELD_KIND_EURO:
    case SLK_FIELD_KIND_AREA:
      append_fixed (out, value, 0, FALSE);
      break;
    case SLK_FIELD_KIND_COUNT:
    default:
      g_string_printf (out, "%.0f", value);
      break;
    }
  return g_string_free (out, FALSE);
}
