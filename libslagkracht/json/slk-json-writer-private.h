/* slk-json-writer-private.h: writing JSON text deterministically
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void _slk_json_write_string (GString    *out,
                             const char *text);
/* The same, with DEL escaped too (\u007f), as json-glib's generator
 * writes it: for the report, whose JSON matches json-glib's. One
 * difference on purpose: json-glib 1.6 leaves U+001F unescaped, which is
 * no valid JSON; it is escaped here. */
void _slk_json_write_string_escaping_del (GString    *out,
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
/* A number kept as the token the file wrote, where no int64 or double
 * gives that text back (12345678901234567890123, -0.0, 1E400, an amount
 * with too many decimals). Held as a string node that starts with the byte
 * 0xFF, which no string read from a file can hold (the reader checks
 * UTF-8), and written back as the token, unquoted. */
JsonNode   *_slk_json_number_token_new (const char *text,
                                        gsize       length);
const char *_slk_json_number_token     (JsonNode   *node);
gboolean    _slk_json_node_is_text     (JsonNode   *node);
/* A string the file gave that no text can hold (it holds U+0000), kept as
 * its token. */
gboolean    _slk_json_node_is_kept_text (JsonNode  *node);

void _slk_json_write_object_members (GString    *out,
                                     JsonObject *object,
                                     guint       level,
                                     gboolean   *first);

G_END_DECLS
