/* slk-json-writer.c: writing JSON text deterministically, two spaces a level
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <math.h>
#include <stdlib.h>

#include "slk-format-private.h"
#include "slk-json-writer-private.h"

/* Quote, backslash and the control characters escaped (and DEL where
 * asked), runs of everything else copied whole. */
static void
write_string (GString    *out,
              const char *text,
              gboolean    escape_del)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *run = (const guchar *) text;
  const guchar *p = run;

  g_string_append_c (out, '"');
  for (;; p++)
    {
      if (*p >= 0x20 && *p != '"' && *p != '\\' && (*p != 0x7f || !escape_del))
        continue;
      _slk_append_len (out, (const char *) run, (gsize) (p - run));
      run = p + 1;
      switch (*p)
        {
        case '\0': g_string_append_c (out, '"'); return;
        case '"': _SLK_APPEND_LITERAL (out, "\\\""); break;
        case '\\': _SLK_APPEND_LITERAL (out, "\\\\"); break;
        case '\b': _SLK_APPEND_LITERAL (out, "\\b"); break;
        case '\f': _SLK_APPEND_LITERAL (out, "\\f"); break;
        case '\n': _SLK_APPEND_LITERAL (out, "\\n"); break;
        case '\r': _SLK_APPEND_LITERAL (out, "\\r"); break;
        case '\t': _SLK_APPEND_LITERAL (out, "\\t"); break;
        default:
          _SLK_APPEND_LITERAL (out, "\\u00");
          g_string_append_c (out, hex[*p >> 4]);
          g_string_append_c (out, hex[*p & 0xf]);
        }
    }
}

void
_slk_json_write_string (GString    *out,
                        const char *text)
{
  write_string (out, text, FALSE);
}

void
_slk_json_write_string_escaping_del (GString    *out,
                                     const char *text)
{
  write_string (out, text, TRUE);
}

/* The shortest text that reads back as the same double. */
void
_slk_json_write_double (GString *out,
                        double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (isfinite (value));

  if (value == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  if (fabs (value) < 1e15 && value == (double) (gint64) value)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) value);
      return;
    }
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buffer, sizeof buffer, precision == 15 ? "%.15g" :
                       precision == 16 ? "%.16g" : "%.17g", value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

JsonNode *
_slk_json_number_token_new (const char *text,
                            gsize       length)
{
  g_autofree char *held = g_malloc (length + 2);

  held[0] = (char) 0xff;
  memcpy (held + 1, text, length);
  held[length + 1] = '\0';
  return json_node_init_string (json_node_alloc (), held);
}

/* The token of a number token node, or NULL for any other node. */
const char *
_slk_json_number_token (JsonNode *node)
{
  const char *text;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return text != NULL && (guchar) text[0] == 0xff ? text + 1 : NULL;
}

gboolean
_slk_json_node_is_kept_text (JsonNode *node)
{
  const char *token = _slk_json_number_token (node);

  return token != NULL && token[0] == '"';
}

/* Whether @node is a string the file gave (not a kept number token). */
gboolean
_slk_json_node_is_text (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING && _slk_json_number_token (node) == NULL;
}

void
_slk_json_write_cents (GString *out,
                       gint64   cents)
{
  guint64 magnitude = cents < 0 ? (guint64) -(cents + 1) + 1 : (guint64) cents;
  guint fraction = magnitude % 100;

  if (cents < 0)
    g_string_append_c (out, '-');
  g_string_append_printf (out, "%" G_GUINT64_FORMAT, magnitude / 100);
  if (fraction % 10 != 0)
    g_string_append_printf (out, ".%02u", fraction);
  else if (fraction != 0)
    g_string_append_printf (out, ".%u", fraction / 10);
}

void
_slk_json_write_indent (GString *out,
                        guint    level)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

void
_slk_json_write_object_members (GString    *out,
                                JsonObject *object,
                                guint       level,
                                gboolean   *first)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    {
      if (!*first)
        g_string_append_c (out, ',');
      *first = FALSE;
      _slk_json_write_indent (out, level);
      _slk_json_write_string (out, l->data);
      g_string_append (out, ": ");
      _slk_json_write_node (out, json_object_get_member (object, l->data), level);
    }
}

void
_slk_json_write_node (GString  *out,
                      JsonNode *node,
                      guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        _slk_json_write_object_members (out, object, level + 1, &first);
        if (!first)
          _slk_json_write_indent (out, level);
        g_string_append_c (out, '}');
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            _slk_json_write_indent (out, level + 1);
            _slk_json_write_node (out, json_array_get_element (array, i), level + 1);
          }
        if (n > 0)
          _slk_json_write_indent (out, level);
        g_string_append_c (out, ']');
        break;
      }
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          if (_slk_json_number_token (node) != NULL)
            g_string_append (out, _slk_json_number_token (node));
          else
            _slk_json_write_string (out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
        default:
          _slk_json_write_double (out, json_node_get_double (node));
          break;
        }
    }
}
