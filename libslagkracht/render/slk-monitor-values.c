/* slk-monitor-values.c: a monitor figure as people read it, in the
 * language's separators: "12,5 %", "1.234.567", "2.650,5" in Dutch
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "slk-i18n-private.h"
#include "slk-render-private.h"

/* The digits of @digits (no sign, an optional ".fraction") grouped in
 * threes, in the language's separators: 1 234 567.5, or 1.234.567,5. */
static void
append_localized (GString    *out,
                  const char *digits,
                  gboolean    negative)
{
  SlkNumberStyle style;
  const char *point = strchr (digits, '.');
  gsize n = point != NULL ? (gsize) (point - digits) : strlen (digits);

  _slk_number_style (&style);
  if (negative)
    g_string_append_c (out, '-');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, style.group);
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append (out, style.decimal);
      g_string_append (out, point + 1);
    }
}

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
  append_localized (out, digits, value < 0 && strspn (digits, "0.") != strlen (digits));
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
