/* slk-i18n.c: the library's catalog, found once
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <libintl.h>
#include <string.h>

#include "slk-i18n-private.h"

/* The catalog is bound on first use, so that a program need not call an
 * initialiser. SLK_LOCALEDIR points at an uninstalled build's po/ (as
 * `meson devenv` and the tests set it). */
static void
bind_catalog (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      const char *dir = g_getenv ("SLK_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : SLK_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

const char *
_slk_gettext (const char *msgid)
{
  bind_catalog ();
  return dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_slk_ngettext (const char *one,
               const char *many,
               gulong      n)
{
  bind_catalog ();
  return dngettext (GETTEXT_PACKAGE, one, many, n);
}

/* A context and its text as one msgid, "context\004text": an untranslated
 * one comes back whole, so the text after the context is returned. */
const char *
_slk_pgettext (const char *context_and_msgid,
               gsize       msgid_offset)
{
  const char *translation = _slk_gettext (context_and_msgid);

  if (translation == context_and_msgid)
    return context_and_msgid + msgid_offset;
  return translation;
}

void
_slk_number_style (SlkNumberStyle *style)
{
  /* Translators: the decimal separator of numbers in messages and the
   * monitor's text, Markdown and HTML (never in CSV or JSON). */
  style->decimal = C_("number format", ".");
  /* Translators: what stands between groups of three digits: 1 234 567. */
  style->group = C_("number format", " ");
  /* Translators: how a date is written in messages: %Y year, %m month and
   * %d day, each as digits (2025-06-30). */
  style->date = C_("date format", "%Y-%m-%d");
}
