/* slk-names-private.h: the closest of a set of names, for "did you mean"
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many single-character edits (insert, delete, replace, or swap of two
 * neighbours) turn @a into @b, counted up to @limit + 1. */
guint       _slk_edit_distance (const char         *a,
                                const char         *b,
                                guint               limit);
/* The name of @names (NULL-terminated; NULL entries of @n ones skipped
 * when @n is given) closest to @name within two edits, or NULL. */
const char *_slk_closest_name  (const char         *name,
                                const char * const *names,
                                gssize              n);

char       *_slk_say_invalid_value (const char         *member,
                                    const char         *given,
                                    const char * const *allowed,
                                    gsize               n);
char       *_slk_say_unknown_member (const char        *name,
                                     const char        *closest);

G_END_DECLS
