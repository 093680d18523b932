/* slk-names.c: the closest known name to an unknown one, so that a
 * finding can say "did you mean `legal_form`?"
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <string.h>

#include "slk-names-private.h"

/* Member names are short; longer texts are not compared. */
#define MAX_NAME 64

guint
_slk_edit_distance (const char *a,
                    const char *b,
                    guint       limit)
{
  gsize n = strlen (a), m = strlen (b);
  guint rows[3][MAX_NAME + 1];
  guint *before = rows[0], *last = rows[1], *row = rows[2];

  if (n > MAX_NAME || m > MAX_NAME)
    return limit + 1;
  if ((n > m ? n - m : m - n) > limit)
    return limit + 1;
  for (gsize j = 0; j <= m; j++)
    last[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint *spare = before;
      guint best;

      row[0] = i;
      best = row[0];
      for (gsize j = 1; j <= m; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint value = MIN (MIN (last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);

          /* two neighbours swapped count as one edit */
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            value = MIN (value, before[j - 2] + 1);
          row[j] = value;
          best = MIN (best, value);
        }
      if (best > limit)
        return limit + 1;
      before = last;
      last = row;
      row = spare;
    }
  return MIN (last[m], limit + 1);
}

const char *
_slk_closest_name (const char         *name,
                   const char * const *names,
                   gssize              n)
{
  const char *closest = NULL;
  guint best = 3;

  for (gssize i = 0; n < 0 ? names[i] != NULL : i < n; i++)
    {
      guint distance;

      if (names[i] == NULL || names[i][0] == '\0')
        continue;
      distance = _slk_edit_distance (name, names[i], 2);
      if (distance < best)
        {
          best = distance;
          closest = names[i];
        }
    }
  return closest;
}

/* The message of an invalid-value finding: what @member holds, what it
 * must hold (@allowed, @n of them) and, when one is within two edits, what
 * was meant: "\"verdict\" is \"feasable\"; it must be \"feasible\",
 * \"conditional\" or \"infeasible\". Did you mean \"feasible\"?" */
char *
_slk_say_invalid_value (const char         *member,
                        const char         *given,
                        const char * const *allowed,
                        gsize               n)
{
  GString *out = g_string_new (NULL);
  const char *meant = _slk_closest_name (given, allowed, (gssize) n);

  g_string_append_printf (out, _("\"%s\" is \"%s\"; it must be "), member, given);
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (out, "%s\"%s\"", i == 0 ? "" : i + 1 == n ? _(" or ") : ", ",
                            allowed[i]);
  g_string_append_c (out, '.');
  if (meant != NULL)
    g_string_append_printf (out, _(" Did you mean \"%s\"?"), meant);
  return g_string_free (out, FALSE);
}

/* The message of an unknown-member finding, with what was meant when a
 * known member is within two edits of @name. */
char *
_slk_say_unknown_member (const char *name,
                         const char *closest)
{
  if (closest != NULL)
    return g_strdup_printf (_("\"%s\" is not a member this contract knows; it is kept as "
                              "written. Did you mean \"%s\"?"), name, closest);
  return g_strdup_printf (_("\"%s\" is not a member this contract knows; it is kept as "
                            "written."), name);
}
