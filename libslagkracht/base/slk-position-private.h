/* slk-position-private.h: where a member stands in the source file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 1-based; line 0 means unknown (the record was made through the API). */
typedef struct
{
  guint32 line;
  guint32 column;
} SlkPosition;

G_END_DECLS
