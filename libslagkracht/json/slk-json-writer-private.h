/* slk-json-writer-private.h: writing JSON text deterministically
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void _slk_json_write_string (GString    *out,
                             const char *text);
void _slk_json_write_double (GString    *out,
                             double      value);
void _slk_json_write_cents  (GString    *out,
                             gint64      cents);
void _slk_json_write_indent (GString    *out,
                             guint       level);
void _slk_json_write_node   (GString    *out,
                             JsonNode   *node,
                             guint       level);
void _slk_json_write_object_members (GString    *out,
                                     JsonObject *object,
                                     guint       level,
                                     gboolean   *first);

G_END_DECLS
