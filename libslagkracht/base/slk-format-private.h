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

G_BEGIN_DECLS

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
