/* slk-format.c: numbers written by hand into a GString, for messages
 * made by the hundred thousand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "slk-date-private.h"
#include "slk-format-private.h"
#include "slk-i18n-private.h"

/* A whole number in decimal digits. */
void
_slk_append_uint (GString *out,
                  guint64  value)
{
  char digits[24];
  char *start = digits + sizeof digits;

  do
    *--start = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  _slk_append_len (out, start, (gsize) (digits + sizeof digits - start));
}

/* A share as a percentage with one decimal: 0.1234 → "12.3". */
void
_slk_append_percent (GString *out,
                     double   share)
{
  gint64 tenths = llround (share * 1000.0);
  SlkNumberStyle style;

  _slk_number_style (&style);
  if (tenths < 0)
    {
      g_string_append_c (out, '-');
      tenths = -tenths;
    }
  _slk_append_uint (out, (guint64) tenths / 10);
  _slk_append (out, style.decimal);
  g_string_append_c (out, (char) ('0' + tenths % 10));
}

/* @digits (no sign, an optional ".fraction") grouped in threes, in the
 * language's separators: "1234567.5" → "1 234 567.5", or "1.234.567,5". */
void
_slk_append_grouped (GString    *out,
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

/* Cents as euro with two decimals, the whole part in groups of three as
 * the monitor's tables write it: 123456789 → "1 234 567.89" ("1.234.567,89"
 * in Dutch). */
void
_slk_append_euro (GString *out,
                  gint64   cents)
{
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;
  char digits[32];

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT ".%02u", magnitude / 100,
              (guint) (magnitude % 100));
  _slk_append_grouped (out, digits, cents < 0);
}

const char *
_slk_number_text (SlkNumberText *buffer,
                  double         value)
{
  SlkNumberStyle style;
  char *point;

  g_ascii_formatd (buffer->text, sizeof buffer->text, "%g", value);
  _slk_number_style (&style);
  point = strchr (buffer->text, '.');
  if (point != NULL && strlen (style.decimal) == 1)
    *point = style.decimal[0];
  return buffer->text;
}

const char *
_slk_date_text (SlkDateText *buffer,
                guint32      julian_day)
{
  SlkNumberStyle style;
  char iso[11];
  gsize n = 0;

  _slk_day_format (julian_day, iso);
  _slk_number_style (&style);
  for (const char *p = style.date; *p != '\0' && n + 4 < sizeof buffer->text; p++)
    {
      const char *part = NULL;
      gsize length = 0;

      if (p[0] == '%' && p[1] == 'Y')
        part = iso, length = 4;
      else if (p[0] == '%' && p[1] == 'm')
        part = iso + 5, length = 2;
      else if (p[0] == '%' && p[1] == 'd')
        part = iso + 8, length = 2;
      if (part == NULL)
        {
          buffer->text[n++] = *p;
          continue;
        }
      memcpy (buffer->text + n, part, length);
      n += length;
      p++;
    }
  buffer->text[n] = '\0';
  return buffer->text;
}

void
_slk_day_format_text (guint32 julian_day,
                      char    buffer[11])
{
  SlkDateText text;

  g_strlcpy (buffer, _slk_date_text (&text, julian_day), 11);
}

void
_slk_append_template (GString            *out,
                      const char         *template,
                      const char * const *pieces,
                      guint               n_pieces)
{
  guint next = 0;
  const char *p = template;

  while (*p != '\0')
    {
      const char *percent = strchr (p, '%');
      guint index;

      if (percent == NULL)
        {
          _slk_append (out, p);
          return;
        }
      _slk_append_len (out, p, (gsize) (percent - p));
      p = percent + 1;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }
      index = next++;
      if (g_ascii_isdigit (p[0]) && p[1] == '$')
        {
          index = (guint) (p[0] - '1');
          p += 2;
        }
      if (*p == 's')
        p++;
      if (index < n_pieces && pieces[index] != NULL)
        _slk_append (out, pieces[index]);
    }
}
