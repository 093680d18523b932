/* slk-format.c: numbers written by hand into a GString, for messages
 * made by the hundred thousand
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-format-private.h"

/* A whole number in decimal digits. */
void
_slk_append_uint (GString *out,
                  guint64  value)
{
  char digits[24];
  int n = 0;

  do
    digits[n++] = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

/* A share as a percentage with one decimal: 0.1234 → "12.3". */
void
_slk_append_percent (GString *out,
                     double   share)
{
  gint64 tenths = llround (share * 1000.0);

  if (tenths < 0)
    {
      g_string_append_c (out, '-');
      tenths = -tenths;
    }
  _slk_append_uint (out, (guint64) tenths / 10);
  g_string_append_c (out, '.');
  g_string_append_c (out, (char) ('0' + tenths % 10));
}

/* Cents as euro with two decimals, the whole part in groups of three as
 * the monitor's tables write it: 123456789 → "1 234 567.89". */
void
_slk_append_euro (GString *out,
                  gint64   cents)
{
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;
  char digits[24];
  int n = 0;
  guint64 whole = magnitude / 100;

  if (cents < 0)
    g_string_append_c (out, '-');
  do
    digits[n++] = (char) ('0' + whole % 10);
  while ((whole /= 10) != 0);
  for (int i = n; i > 0; i--)
    {
      g_string_append_c (out, digits[i - 1]);
      if (i > 1 && (i - 1) % 3 == 0)
        g_string_append_c (out, ' ');
    }
  g_string_append_c (out, '.');
  g_string_append_c (out, (char) ('0' + magnitude % 100 / 10));
  g_string_append_c (out, (char) ('0' + magnitude % 10));
}
