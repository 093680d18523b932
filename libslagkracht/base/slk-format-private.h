/* slk-format-private.h: numbers written by hand into a GString
 *
 * Whole numbers (years, counts, line numbers) are written as digits in
 * every language; percentages, euros, other numbers and dates follow the
 * language of the messages (slk-i18n-private.h): "12.5" and "1 234.50" in
 * English, "12,5" and "1.234,50" in Dutch. CSV and JSON never use these.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* g_string_append_len() without a call where the string has room: the
 * output of a large report is tens of millions of short pieces. */
static inline void
_slk_append_len (GString    *out,
                 const char *text,
                 gsize       length)
{
  if (G_LIKELY (out->len + length < out->allocated_len))
    {
      memcpy (out->str + out->len, text, length);
      out->len += length;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, text, (gssize) length);
}

/* A string literal, its length known when compiled. */
#define _SLK_APPEND_LITERAL(out, literal) _slk_append_len ((out), "" literal, sizeof (literal) - 1)

static inline void
_slk_append (GString    *out,
             const char *text)
{
  _slk_append_len (out, text, strlen (text));
}

void _slk_append_uint    (GString *out,
                          guint64  value);
void _slk_append_percent (GString *out,
                          double   share);
void _slk_append_euro    (GString *out,
                          gint64   cents);
void _slk_append_grouped (GString    *out,
                          const char *digits,
                          gboolean    negative);

/* A number as %g would write it, in the language's decimal separator. */
typedef struct
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];
} SlkNumberText;

const char *_slk_number_text (SlkNumberText *buffer,
                              double         value);

/* A date in the language's order: 2025-06-30, or 30-06-2025 in Dutch. */
typedef struct
{
  char text[16];
} SlkDateText;

const char *_slk_date_text (SlkDateText *buffer,
                            guint32      julian_day);
/* The same in the 11 bytes of an ISO date: the languages' dates are ten
 * characters, as ISO's. */
void        _slk_day_format_text (guint32 julian_day,
                                  char    buffer[11]);

/* @template with each "%s" replaced by the next of @pieces, "%N$s" by the
 * Nth, and "%%" by "%": a translated sentence filled in without printf,
 * for messages made by the hundred thousand. */
void _slk_append_template (GString            *out,
                           const char         *template,
                           const char * const *pieces,
                           guint               n_pieces);

G_END_DECLS
