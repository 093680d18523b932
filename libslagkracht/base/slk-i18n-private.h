/* slk-i18n-private.h: messages in the reader's language
 *
 * Every sentence the library writes goes through _() (or _slk_ngettext()
 * when it counts), so that po/ can give it in Dutch. The language follows
 * the locale the program set (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): the
 * library never calls setlocale() itself. Numbers and dates in messages
 * and in the text, Markdown and HTML monitor follow the same language;
 * CSV and JSON never do.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *_slk_gettext  (const char *msgid) G_GNUC_FORMAT (1);
const char *_slk_pgettext (const char *context_and_msgid,
                           gsize       msgid_offset) G_GNUC_FORMAT (1);
const char *_slk_ngettext (const char *one,
                           const char *many,
                           gulong      n) G_GNUC_FORMAT (1);

/* _() takes a string literal, or an entry of a static table of N_()
 * literals: lookups are remembered by the msgid's address. */
#define _(text) _slk_gettext (text)
#define N_(text) (text)
/* A short text whose meaning depends on where it stands. */
#define C_(context, text) _slk_pgettext (context "\004" text, sizeof (context))
#define NC_(context, text) (text)

/* How this language writes numbers and dates. */
typedef struct
{
  const char *decimal;   /* "." in English, "," in Dutch */
  const char *group;     /* between groups of three digits: " " or "." */
  const char *date;      /* a strftime-like pattern of %Y, %m and %d */
} SlkNumberStyle;

void _slk_number_style (SlkNumberStyle *style);

G_END_DECLS
