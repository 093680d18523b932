/* slk-json-reader-node.c: reads any JSON value into a json-glib node, for the members
 * the model keeps as they are
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <string.h>

#include "slk-codes-private.h"
#include "slk-json-reader-private.h"
#include "slk-json-writer-private.h"

static void
report_issue (SlkJsonReader *reader,
              SlkCode        code,
              const char    *message,
              SlkPosition    position)
{
  if (reader->issue_func != NULL)
    reader->issue_func (reader, code, message, position, reader->issue_data);
}

static const char *
relative_path (SlkJsonReader *reader)
{
  const char *relative = reader->path->str + MIN (reader->positions_base, reader->path->len);

  return *relative == '/' ? relative + 1 : relative;
}

static void
note_position (SlkJsonReader *reader,
               SlkPosition    position)
{
  const char *relative;

  if (reader->positions == NULL)
    return;
  relative = relative_path (reader);
  /* A member's key came first: it is where the member stands. */
  if (!g_hash_table_contains (reader->positions, relative))
    g_hash_table_insert (reader->positions, g_strdup (relative),
                         g_memdup2 (&position, sizeof position));
}

static JsonNode *
string_node (const SlkJsonString *string)
{
  g_autofree char *text = _slk_json_string_dup (string);

  return json_node_init_string (json_node_alloc (), text);
}

/* Whether writing @node gives back the token of @number exactly. */
static gboolean
prints_as_written (JsonNode            *node,
                   const SlkJsonNumber *number)
{
  g_autoptr(GString) printed = g_string_new (NULL);

  _slk_json_write_node (printed, node, 0);
  return printed->len == number->length &&
         memcmp (printed->str, number->text, number->length) == 0;
}

gboolean
_slk_json_reader_read_node (SlkJsonReader  *reader,
                            JsonNode      **node)
{
  SlkJsonType type;
  SlkPosition position;

  *node = NULL;
  if (!_slk_json_reader_peek (reader, &type, &position))
    return FALSE;
  note_position (reader, position);

  switch (type)
    {
    case SLK_JSON_NULL:
      if (!_slk_json_reader_read_null (reader))
        return FALSE;
      *node = json_node_init_null (json_node_alloc ());
      return TRUE;

    case SLK_JSON_BOOLEAN:
      {
        gboolean value;

        if (!_slk_json_reader_read_boolean (reader, &value))
          return FALSE;
        *node = json_node_init_boolean (json_node_alloc (), value);
        return TRUE;
      }

    case SLK_JSON_NUMBER:
      {
        SlkJsonNumber number;
        double value;

        if (!_slk_json_reader_read_number (reader, &number))
          return FALSE;
        if (reader->lexemes != NULL)
          g_hash_table_replace (reader->lexemes, g_strdup (relative_path (reader)),
                                g_strndup (number.text, number.length));
        if (number.is_integer && number.length < 19)
          *node = json_node_init_int (json_node_alloc (),
                                      g_ascii_strtoll (number.text, NULL, 10));
        else if (_slk_json_number_to_double (&number, &value))
          *node = json_node_init_double (json_node_alloc (), value);
        else
          {
            /* No double holds it: kept as written, and said so. */
            report_issue (reader, SLK_CODE_INVALID_NUMBER,
                          _("The number is too large to hold as a number; it is kept as "
                          "written."), position);
            *node = _slk_json_number_token_new (number.text, number.length);
            return TRUE;
          }
        /* Where the value would print other than the file wrote it (-0,
         * 1.0, 12345678901234567890123), the token is kept instead. */
        if (!prints_as_written (*node, &number))
          {
            json_node_unref (*node);
            *node = _slk_json_number_token_new (number.text, number.length);
          }
        return TRUE;
      }

    case SLK_JSON_STRING:
      {
        const char *start = reader->pos;
        SlkJsonString string;

        if (!_slk_json_reader_read_string (reader, &string))
          return FALSE;
        if (string.has_nul)
          {
            /* \u0000 parses, but no text can hold it: kept as written. */
            report_issue (reader, SLK_CODE_INVALID_TEXT,
                          _("The text holds U+0000 (the escape \\u0000), which no text may "
                          "hold; it is kept as written but not used."), position);
            *node = _slk_json_number_token_new (start, reader->pos - start);
            return TRUE;
          }
        *node = string_node (&string);
        return TRUE;
      }

    case SLK_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_new ();
        gboolean first = TRUE, has_element;

        for (guint index = 0;; index++)
          {
            JsonNode *element;
            gsize mark;

            if (!_slk_json_reader_next_element (reader, &first, &has_element))
              return FALSE;
            if (!has_element)
              break;
            mark = _slk_json_reader_push_index (reader, index);
            if (!_slk_json_reader_read_node (reader, &element))
              return FALSE;
            _slk_json_reader_pop (reader, mark);
            json_array_add_element (array, element);
          }
        *node = json_node_init_array (json_node_alloc (), array);
        return TRUE;
      }

    case SLK_JSON_OBJECT:
    default:
      {
        g_autoptr(JsonObject) object = json_object_new ();
        gboolean first = TRUE, has_member;
        SlkJsonString key;
        SlkPosition key_position;

        for (;;)
          {
            g_autofree char *name = NULL;
            JsonNode *member;
            gsize mark;

            if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
              return FALSE;
            if (!has_member)
              break;
            name = _slk_json_string_dup (&key);
            mark = _slk_json_reader_push_key (reader, key.text, key.length);
            note_position (reader, key_position);
            if (key.has_nul)
              report_issue (reader, SLK_CODE_PARSE_ERROR,
                            _("The member name holds the escape \\u0000 (NUL), which cannot be "
                            "kept; it is cut off there."), key_position);
            if (!_slk_json_reader_read_node (reader, &member))
              return FALSE;
            if (json_object_has_member (object, name))
              {
                report_issue (reader, SLK_CODE_DUPLICATE_MEMBER,
                              _("The member appears twice in one object; the first is kept."),
                              key_position);
                json_node_unref (member);
              }
            else
              json_object_set_member (object, name, member);
            _slk_json_reader_pop (reader, mark);
          }
        *node = json_node_init_object (json_node_alloc (), object);
        return TRUE;
      }
    }
}
