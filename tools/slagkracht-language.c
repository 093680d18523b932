/* slagkracht-language.c: the language of every message, from the locale
 * or from --lang
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <string.h>

#include "slagkracht-commands.h"

static char *language_given;

/* The language part of a locale name: "nl_NL.UTF-8" → "nl_NL". */
static char *
language_of_locale (const char *name)
{
  if (name == NULL || *name == '\0' || g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
      g_str_has_prefix (name, "C."))
    return NULL;
  return g_strndup (name, strcspn (name, ".@"));
}

/* The locale of the environment, with two repairs so that a language asked
 * for is the language spoken: LANGUAGE counts only outside the "C" locale,
 * and a locale that is not installed (LC_ALL=nl_NL.UTF-8 on a machine with
 * only C.UTF-8) still names its language. Numbers stay in the C locale:
 * the library writes them itself, in the language's separators where
 * people read them and never in CSV or JSON. */
static void
set_up_locale (void)
{
  const char *set = setlocale (LC_ALL, "");
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *current = g_getenv ("LANGUAGE");

  if (set == NULL && (current == NULL || *current == '\0'))
    {
      const char *names[] = { g_getenv ("LC_ALL"), g_getenv ("LC_MESSAGES"), g_getenv ("LANG") };

      for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
        if (names[i] != NULL && *names[i] != '\0')
          {
            g_autofree char *language = language_of_locale (names[i]);

            if (language != NULL)
              g_setenv ("LANGUAGE", language, TRUE);
            break;
          }
    }
  if (set == NULL || messages == NULL || g_str_equal (messages, "C") ||
      g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");
  setlocale (LC_NUMERIC, "C");
}

/* --lang as the first thing, so that --help and every error are in it. */
static gboolean
scan_language_option (int    argc,
                      char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *value = NULL;

      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--lang") && i + 1 < argc)
        value = argv[i + 1];
      else if (g_str_has_prefix (argv[i], "--lang="))
        value = argv[i] + strlen ("--lang=");
      if (value == NULL)
        continue;
      if (!g_str_equal (value, "nl") && !g_str_equal (value, "en"))
        {
          fprintf (stderr, "slagkracht: --lang must be nl or en, not '%s'.\n", value);
          return FALSE;
        }
      language_given = g_strdup (value);
    }
  return TRUE;
}

gboolean
slk_tool_set_up_language (int    argc,
                          char **argv)
{
  if (!scan_language_option (argc, argv))
    return FALSE;
  if (language_given != NULL)
    g_setenv ("LANGUAGE", language_given, TRUE);
  set_up_locale ();
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SLK_LOCALEDIR") != NULL &&
                  *g_getenv ("SLK_LOCALEDIR") != '\0' ? g_getenv ("SLK_LOCALEDIR")
                                                      : SLK_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

/* --lang is read by slk_tool_set_up_language() before any command parses
 * its options; here it is only accepted, and shown in --help. */
static gboolean
accept_language (const char  *option,
                 const char  *value,
                 gpointer     data,
                 GError     **error)
{
  return TRUE;
}

void
slk_tool_add_entries (GOptionContext     *context,
                      const GOptionEntry *entries)
{
  static const GOptionEntry language[] = {
    { "lang", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) accept_language,
      N_("The language of the messages: nl or en (default: the locale's)"), "nl|en" },
    { NULL }
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, language, GETTEXT_PACKAGE);
}
