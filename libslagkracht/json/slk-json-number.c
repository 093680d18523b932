/* slk-json-number.c: JSON numbers: the grammar, and exact conversion to cents and doubles
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>
#include <string.h>

#include "slk-json-reader-private.h"

gboolean
_slk_json_reader_read_number (SlkJsonReader *reader,
                              SlkJsonNumber *number)
{
  const char *p = reader->pos;
  const char *end = reader->end;
  guint64 mantissa = 0;
  guint digits = 0, fraction = 0;

  number->is_integer = TRUE;
  number->negative = p < end && *p == '-';
  if (number->negative)
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return _slk_json_reader_fail (reader, p, _("a digit must follow '-'"));
  if (*p == '0')
    {
      p++;
      digits++;
      if (p < end && g_ascii_isdigit (*p))
        return _slk_json_reader_fail (reader, reader->pos,
                                      _("a number may not start with a leading zero"));
    }
  else
    for (; p < end && g_ascii_isdigit (*p); p++, digits++)
      mantissa = mantissa * 10 + (guint64) (*p - '0');
  if (p < end && *p == '.')
    {
      p++;
      number->is_integer = FALSE;
      if (p >= end || !g_ascii_isdigit (*p))
        return _slk_json_reader_fail (reader, p, _("a digit must follow the decimal point"));
      for (; p < end && g_ascii_isdigit (*p); p++, digits++, fraction++)
        mantissa = mantissa * 10 + (guint64) (*p - '0');
    }
  /* Past 18 digits the mantissa may have overflowed: not plain. */
  number->is_plain = digits <= 18;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      number->is_integer = FALSE;
      number->is_plain = FALSE;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return _slk_json_reader_fail (reader, p, _("a digit must follow the exponent"));
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  number->mantissa = mantissa;
  number->fraction_digits = fraction;
  number->text = reader->pos;
  number->length = p - reader->pos;
  reader->pos = p;
  return TRUE;
}

/* Exact powers of ten that a double holds. */
static const double exact_powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The common case, a plain decimal whose digits fit in 53 bits, is exact as
 * mantissa / 10^k: both are exact doubles and one division rounds
 * correctly. Everything else goes to g_ascii_strtod. */
static gboolean
number_to_double_fast (const SlkJsonNumber *number,
                       double              *value)
{
  if (!number->is_plain || number->mantissa >= (G_GUINT64_CONSTANT (1) << 53))
    return FALSE;
  *value = (double) number->mantissa / exact_powers_of_ten[number->fraction_digits];
  if (number->negative)
    *value = -*value;
  return TRUE;
}

gboolean
_slk_json_number_to_double (const SlkJsonNumber *number,
                            double              *value)
{
  char buffer[64];
  g_autofree char *heap = NULL;
  const char *text;

  if (number_to_double_fast (number, value))
    return TRUE;
  if (number->length < sizeof buffer)
    {
      memcpy (buffer, number->text, number->length);
      buffer[number->length] = '\0';
      text = buffer;
    }
  else
    text = heap = g_strndup (number->text, number->length);
  *value = g_ascii_strtod (text, NULL);
  return isfinite (*value);
}

/* Converts the lexeme exactly: digits × 10^exponent, scaled to cents. */
SlkCentsResult
_slk_json_number_to_cents (const SlkJsonNumber *number,
                           gint64              *cents)
{
  /* Fast path: a plain amount with at most two decimals (at most 18
   * digits, so times 100 stays below 2^63). */
  if (number->is_plain && number->fraction_digits <= 2 &&
      number->mantissa <= G_GUINT64_CONSTANT (92233720368547758))
    {
      gint64 value = (gint64) number->mantissa * (number->fraction_digits == 0 ? 100 :
                                                  number->fraction_digits == 1 ? 10 : 1);

      *cents = number->negative ? -value : value;
      return SLK_CENTS_OK;
    }

  const char *p = number->text, *end = number->text + number->length;
  gboolean negative = FALSE;
  char digits[32];
  gsize n_digits = 0;
  gint64 exponent = 0, explicit_exponent = 0;
  guint64 value = 0;

  if (p < end && *p == '-')
    negative = TRUE, p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    {
      if (n_digits == 0 && *p == '0')
        continue;
      if (n_digits >= sizeof digits)
        exponent++;   /* digits past 32 only matter if non-zero; checked below */
      else
        digits[n_digits++] = *p;
    }
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++)
      {
        if (n_digits == 0 && *p == '0')
          {
            exponent--;
            continue;
          }
        if (n_digits >= sizeof digits)
          {
            if (*p != '0')
              return SLK_CENTS_TOO_PRECISE;
            continue;
          }
        digits[n_digits++] = *p;
        exponent--;
      }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean exponent_negative = FALSE;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        exponent_negative = *p == '-', p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        {
          if (explicit_exponent > 100000)
            break;
          explicit_exponent = explicit_exponent * 10 + (*p - '0');
        }
      exponent += exponent_negative ? -explicit_exponent : explicit_exponent;
    }

  /* Trailing zeros of the mantissa move into the exponent. */
  while (n_digits > 0 && digits[n_digits - 1] == '0')
    n_digits--, exponent++;
  if (n_digits == 0)
    {
      *cents = 0;
      return SLK_CENTS_OK;
    }
  exponent += 2; /* euro to cents */
  if (exponent < 0)
    return SLK_CENTS_TOO_PRECISE;
  if ((gint64) n_digits + exponent > 18)
    return SLK_CENTS_OUT_OF_RANGE;
  for (gsize i = 0; i < n_digits; i++)
    value = value * 10 + (guint64) (digits[i] - '0');
  for (gint64 i = 0; i < exponent; i++)
    value *= 10;
  *cents = negative ? -(gint64) value : (gint64) value;
  return SLK_CENTS_OK;
}
