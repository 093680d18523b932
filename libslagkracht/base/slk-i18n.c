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

#if HAVE_NL_MSG_CAT_CNTR
extern int _nl_msg_cat_cntr;

/* Translations already looked up, by the address of their msgid (every
 * msgid is a literal), for as long as glibc's count of locale and catalog
 * changes stays the same: a large report asks for the same few sentences
 * hundreds of thousands of times, and each dgettext() takes a lock, reads
 * the environment and searches a tree. A program that changes LANGUAGE
 * while it runs calls setlocale() again, as glibc asks of it. */
static GMutex lookup_lock;
static GHashTable *looked_up;
static int looked_up_generation = -1;

const char *
_slk_gettext (const char *msgid)
{
  const char *translation;

  bind_catalog ();
  g_mutex_lock (&lookup_lock);
  if (looked_up == NULL)
    looked_up = g_hash_table_new (g_direct_hash, g_direct_equal);
  if (looked_up_generation != _nl_msg_cat_cntr)
    {
      g_hash_table_remove_all (looked_up);
      looked_up_generation = _nl_msg_cat_cntr;
    }
  translation = g_hash_table_lookup (looked_up, msgid);
  if (translation == NULL)
    {
      translation = dgettext (GETTEXT_PACKAGE, msgid);
      g_hash_table_insert (looked_up, (gpointer) msgid, (gpointer) translation);
    }
  g_mutex_unlock (&lookup_lock);
  return translation;
}
#else
const char *
_slk_gettext (const char *msgid)
{
  bind_catalog ();
  return dgettext (GETTEXT_PACKAGE, msgid);
}
#endif

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

/* What _slk_number_style() found, for as long as the locale and catalogs
 * stay as they were: a large report writes a number style hundreds of
 * thousands of times, and a catalog lookup costs more than the number. */
#if HAVE_NL_MSG_CAT_CNTR
static GMutex style_lock;
static int style_generation = -1;
static SlkNumberStyle style_cached;
#endif

static void look_up_number_style (SlkNumberStyle *style);

void
_slk_number_style (SlkNumberStyle *style)
{
#if HAVE_NL_MSG_CAT_CNTR
  g_mutex_lock (&style_lock);
  if (style_generation != _nl_msg_cat_cntr)
    {
      look_up_number_style (&style_cached);
      style_generation = _nl_msg_cat_cntr;
    }
  *style = style_cached;
  g_mutex_unlock (&style_lock);
#else
  look_up_number_style (style);
#endif
}

static void
look_up_number_style (SlkNumberStyle *style)
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
