/* slk-util-private.h: small helpers that GLib 2.74 lacks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_set_str() came in GLib 2.76: replaces *@field with a copy of @value
 * and says whether it changed, so that a setter notifies only then. */
static inline gboolean
_slk_set_string (char       **field,
                 const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* No text, or only white space: an explanation or motivation not given. */
static inline gboolean
_slk_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

G_END_DECLS
