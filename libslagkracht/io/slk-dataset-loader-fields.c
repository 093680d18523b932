/* slk-dataset-loader-fields.c: reads the arrays of instrument records,
 * and takes typed members out of a record's node with a finding, a
 * pointer and a position for every value that cannot be used
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <string.h>

#include "slk-codes-private.h"
#include "slk-names-private.h"
#include "slk-dataset-loader-private.h"

gboolean
_slk_loader_read_record_array (SlkLoader           *loader,
                               SlkArrayElementFunc  func)
{
  SlkJsonReader *reader = &loader->reader;
  gboolean first = TRUE, has_element;

  for (guint index = 0;; index++)
    {
      SlkFields fields = { loader };
      g_autofree char *base = NULL;
      JsonNode *node = NULL;
      gboolean ok;
      gsize mark;

      if (!_slk_json_reader_next_element (reader, &first, &has_element))
        return FALSE;
      if (!has_element)
        break;
      if (index >= SLK_MAX_RECORDS)
        return _slk_json_reader_fail (reader, reader->pos, _("the array holds more than %d "
                                      "records, the limit"), SLK_MAX_RECORDS);
      mark = _slk_json_reader_push_index (reader, index);
      base = g_strdup (reader->path->str);
      fields.base = base;
      fields.positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      fields.lexemes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      fields.asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      reader->positions = fields.positions;
      reader->lexemes = fields.lexemes;
      reader->positions_base = reader->path->len;
      ok = _slk_json_reader_read_node (reader, &node);
      reader->positions = NULL;
      reader->lexemes = NULL;
      if (ok)
        func (&fields, index, node);   /* takes @node, and may take the positions */
      g_clear_pointer (&fields.positions, g_hash_table_unref);
      g_clear_pointer (&fields.nulls, g_hash_table_unref);
      g_hash_table_unref (fields.lexemes);
      g_hash_table_unref (fields.asked);
      if (!ok)
        return FALSE;
      _slk_json_reader_pop (reader, mark);
    }
  return TRUE;
}

SlkPosition
_slk_fields_position (SlkFields  *fields,
                      const char *relative)
{
  SlkPosition *position = g_hash_table_lookup (fields->positions, relative);

  return position != NULL ? *position : (SlkPosition) { 0, 0 };
}

void
_slk_fields_report (SlkFields  *fields,
                    SlkCode     code,
                    const char *relative,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *pointer = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  pointer = *relative ? g_strconcat (fields->base, "/", relative, NULL) : g_strdup (fields->base);
  _slk_loader_add_finding_at (fields->loader, code, pointer,
                              _slk_fields_position (fields, relative), fields->subject, message);
}

static const char *
name_of (const char *relative)
{
  const char *slash = strrchr (relative, '/');

  return slash != NULL ? slash + 1 : relative;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY: return _("an array");
    case JSON_NODE_NULL: return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN: return _("a boolean");
        case G_TYPE_STRING: return _slk_json_number_token (node) ? _("a number") : _("a string");
        default: return _("a number");
        }
    }
}

/* A number kept as its token is a number here, not a string. */
static gboolean
holds (JsonNode *node,
       GType     type)
{
  if (type == G_TYPE_STRING)
    return _slk_json_node_is_text (node);
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Notes that a reader knows the member at @relative. */
void
_slk_fields_ask (SlkFields  *fields,
                 const char *relative)
{
  if (fields->asked != NULL)
    g_hash_table_add (fields->asked, g_strdup (relative));
}

/* Each member of @object (at @prefix below the record, or the record
 * itself when NULL) that no reader asked for is one this contract does not
 * know: an info, with the closest known name of its object. */
void
_slk_fields_note_unknown (SlkFields  *fields,
                          JsonObject *object,
                          const char *prefix)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GPtrArray) known = NULL;

  for (GList *l = names; l != NULL; l = l->next)
    {
      g_autofree char *relative = prefix ? g_strconcat (prefix, "/", l->data, NULL)
                                         : g_strdup (l->data);
      g_autofree char *pointer = NULL;
      g_autofree char *message = NULL;
      const char *closest;

      if (fields->asked == NULL || g_hash_table_contains (fields->asked, relative))
        continue;
      if (known == NULL)
        {
          GHashTableIter iter;
          gpointer key;
          gsize skip = prefix ? strlen (prefix) + 1 : 0;

          known = g_ptr_array_new ();
          g_hash_table_iter_init (&iter, fields->asked);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            if ((prefix == NULL || (g_str_has_prefix (key, prefix) &&
                                    ((char *) key)[skip - 1] == '/')) &&
                strchr ((char *) key + skip, '/') == NULL)
              g_ptr_array_add (known, (char *) key + skip);
        }
      closest = _slk_closest_name (l->data, (const char * const *) known->pdata, known->len);
      pointer = g_strconcat (fields->base, "/", relative, NULL);
      message = _slk_say_unknown_member (l->data, closest);
      _slk_loader_add_finding_at_printf (fields->loader, SLK_CODE_UNKNOWN_MEMBER, pointer,
                                         _slk_fields_position (fields, relative), fields->subject,
                                         "%s", message);
    }
}

/* The member's node, or NULL when it is absent. null counts as absent,
 * and is noted so that a save writes it back. */
static JsonNode *
present (SlkFields  *fields,
         JsonObject *object,
         const char *relative)
{
  const char *name = name_of (relative);
  JsonNode *node = json_object_get_member (object, name);

  _slk_fields_ask (fields, relative);
  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    {
      if (fields->nulls == NULL)
        fields->nulls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (fields->nulls, g_strdup (relative));
      json_object_remove_member (object, name);
      return NULL;
    }
  return node;
}

static void
wrong_type (SlkFields  *fields,
            const char *relative,
            const char *expected,
            JsonNode   *node)
{
  if (_slk_json_node_is_kept_text (node))
    return;   /* a text holding U+0000: the reader has said so */
  _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, relative, _("\"%s\" must be %s, not %s."),
                      relative, expected, node_type_name (node));
}

gboolean
_slk_fields_take_string (SlkFields   *fields,
                         JsonObject  *object,
                         const char  *relative,
                         char       **value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);

  if (node == NULL)
    return FALSE;
  if (!holds (node, G_TYPE_STRING))
    {
      wrong_type (fields, relative, _("a string"), node);
      return FALSE;
    }
  g_free (*value);
  *value = g_strdup (json_node_get_string (node));
  json_object_remove_member (object, name);
  return TRUE;
}

/* The nicks of @klass's values from @first on, in order. */
static GPtrArray *
nicks_of (GEnumClass *klass,
          int         first)
{
  GPtrArray *nicks = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value >= first)
      g_ptr_array_add (nicks, (gpointer) klass->values[i].value_nick);
  return nicks;
}

/* Reports an invalid-value: @given is none of @allowed (the message lists
 * them and names the one meant, if any). */
void
_slk_fields_report_invalid_value (SlkFields          *fields,
                                  const char         *relative,
                                  const char         *given,
                                  const char * const *allowed,
                                  gsize               n_allowed)
{
  g_autofree char *message = _slk_say_invalid_value (relative, given, allowed, n_allowed);

  _slk_fields_report (fields, SLK_CODE_INVALID_VALUE, relative, "%s", message);
}

gboolean
_slk_fields_take_enum (SlkFields  *fields,
                       JsonObject *object,
                       const char *relative,
                       GType       enum_type,
                       int         first,
                       int        *value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GPtrArray) allowed = NULL;
  GEnumValue *found;

  if (node == NULL)
    return FALSE;
  if (!holds (node, G_TYPE_STRING))
    {
      wrong_type (fields, relative, _("a string"), node);
      return FALSE;
    }
  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (klass, json_node_get_string (node));
  if (found != NULL && found->value >= first)
    {
      *value = found->value;
      json_object_remove_member (object, name);
      return TRUE;
    }
  allowed = nicks_of (klass, first);
  _slk_fields_report_invalid_value (fields, relative, json_node_get_string (node),
                                    (const char * const *) allowed->pdata, allowed->len);
  return FALSE;
}

gboolean
_slk_fields_take_date (SlkFields  *fields,
                       JsonObject *object,
                       const char *relative,
                       SlkDay     *day)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  const char *text;

  if (node == NULL)
    return FALSE;
  if (!holds (node, G_TYPE_STRING))
    {
      wrong_type (fields, relative, _("a date string YYYY-MM-DD"), node);
      return FALSE;
    }
  text = json_node_get_string (node);
  if (!_slk_day_parse (text, strlen (text), day))
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_DATE, relative,
                          _("\"%s\" is \"%s\", which is not a date YYYY-MM-DD of the calendar."),
                          relative, text);
      return FALSE;
    }
  json_object_remove_member (object, name);
  return TRUE;
}

gboolean
_slk_fields_take_boolean (SlkFields          *fields,
                          JsonObject         *object,
                          const char         *relative,
                          SlkOptionalBoolean *value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);

  if (node == NULL)
    return FALSE;
  if (!holds (node, G_TYPE_BOOLEAN))
    {
      wrong_type (fields, relative, _("true or false"), node);
      return FALSE;
    }
  *value = json_node_get_boolean (node) ? SLK_OPTIONAL_BOOLEAN_TRUE : SLK_OPTIONAL_BOOLEAN_FALSE;
  json_object_remove_member (object, name);
  return TRUE;
}

/* Parses the text of a number again, as the reader scanned it. */
static gboolean
number_of (SlkFields     *fields,
           const char    *relative,
           JsonNode      *node,
           SlkJsonNumber *number)
{
  const char *lexeme = g_hash_table_lookup (fields->lexemes, relative);
  SlkJsonReader sub;
  gboolean ok;

  if (lexeme == NULL || holds (node, G_TYPE_STRING))
    return FALSE;   /* not a number, or one too large that is reported already */
  _slk_json_reader_init (&sub, lexeme, strlen (lexeme), FALSE);
  ok = _slk_json_reader_read_number (&sub, number);
  /* @number points into @lexeme, which the table keeps */
  _slk_json_reader_clear (&sub);
  return ok;
}

static gboolean
was_reported_number (SlkFields  *fields,
                     const char *relative,
                     JsonNode   *node)
{
  const char *token = _slk_json_number_token (node);
  SlkJsonNumber number;
  SlkJsonReader sub;
  double value;
  gboolean huge;

  if (token == NULL || !g_hash_table_contains (fields->lexemes, relative))
    return FALSE;
  /* Only a number no double holds was reported by the reader. */
  _slk_json_reader_init (&sub, token, strlen (token), FALSE);
  huge = _slk_json_reader_read_number (&sub, &number) &&
         !_slk_json_number_to_double (&number, &value);
  _slk_json_reader_clear (&sub);
  return huge;
}

gboolean
_slk_fields_take_cents (SlkFields  *fields,
                        JsonObject *object,
                        const char *relative,
                        gint64     *cents)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  SlkJsonNumber number;

  if (node == NULL || was_reported_number (fields, relative, node))
    return FALSE;
  if (!number_of (fields, relative, node, &number))
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_NUMBER, relative,
                          _("\"%s\" must be an amount in euro, not %s."), relative,
                          node_type_name (node));
      return FALSE;
    }
  switch (_slk_json_number_to_cents (&number, cents))
    {
    case SLK_CENTS_OK:
      json_object_remove_member (object, name);
      return TRUE;
    case SLK_CENTS_TOO_PRECISE:
      json_object_set_member (object, name,
                              _slk_loader_node_from_range (number.text,
                                                           number.text + number.length));
      _slk_fields_report (fields, SLK_CODE_INVALID_NUMBER, relative,
                          _("\"%s\" has more than two decimals; amounts are whole cents. It is "
                          "kept as written but not used."), relative);
      return FALSE;
    case SLK_CENTS_OUT_OF_RANGE:
    default:
      json_object_set_member (object, name,
                              _slk_loader_node_from_range (number.text,
                                                           number.text + number.length));
      _slk_fields_report (fields, SLK_CODE_INVALID_NUMBER, relative,
                          _("\"%s\" is out of range (at most 92 233 720 368 547 758 euro); it is "
                          "kept as written but not used."), relative);
      return FALSE;
    }
}

gboolean
_slk_fields_take_double (SlkFields  *fields,
                         JsonObject *object,
                         const char *relative,
                         double     *value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  SlkJsonNumber number;

  if (node == NULL || was_reported_number (fields, relative, node))
    return FALSE;
  if (!number_of (fields, relative, node, &number) ||
      !_slk_json_number_to_double (&number, value))
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_NUMBER, relative,
                          _("\"%s\" must be a number, not %s."),
                          relative, node_type_name (node));
      return FALSE;
    }
  json_object_remove_member (object, name);
  return TRUE;
}

/* A four-digit year, as an object key. */
gboolean
_slk_fields_year_key (SlkFields  *fields,
                      const char *relative,
                      const char *key,
                      guint      *year)
{
  guint64 value;

  if (strlen (key) == 4 && g_ascii_string_to_unsigned (key, 10, 1000, 9999, &value, NULL))
    {
      *year = (guint) value;
      return TRUE;
    }
  _slk_fields_report (fields, SLK_CODE_INVALID_YEAR, relative, _("\"%s\" is not a year: years are "
                      "four digits, such as \"2025\". It is kept but not used."), key);
  return FALSE;
}

gboolean
_slk_fields_take_int (SlkFields  *fields,
                      JsonObject *object,
                      const char *relative,
                      int        *value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  SlkJsonNumber number;

  if (node == NULL || was_reported_number (fields, relative, node))
    return FALSE;
  if (!number_of (fields, relative, node, &number) || !number.is_integer ||
      number.length > 11 ||
      g_ascii_strtoll (number.text, NULL, 10) < G_MININT ||
      g_ascii_strtoll (number.text, NULL, 10) > G_MAXINT)
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_NUMBER, relative,
                          _("\"%s\" must be a whole number, not %s."), relative,
                          number_of (fields, relative, node, &number) && number.is_integer
                          ? _("one this large")
                          : holds (node, G_TYPE_DOUBLE) || _slk_json_number_token (node)
                          ? _("a fraction") : node_type_name (node));
      return FALSE;
    }
  *value = (int) g_ascii_strtoll (number.text, NULL, 10);   /* -0 is 0 */
  json_object_remove_member (object, name);
  return TRUE;
}

gboolean
_slk_fields_take_strings (SlkFields    *fields,
                          JsonObject   *object,
                          const char   *relative,
                          char       ***value)
{
  const char *name = name_of (relative);
  JsonNode *node = present (fields, object, relative);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      wrong_type (fields, relative, _("a list of strings"), node);
      return FALSE;
    }
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds (element, G_TYPE_STRING))
        {
          g_autofree char *at = g_strdup_printf ("%s/%u", relative, i);

          wrong_type (fields, at, _("a string"), element);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }
  g_strfreev (*value);
  *value = g_strv_builder_end (builder);
  json_object_remove_member (object, name);
  return TRUE;
}

/* The object under @relative to take members from, or NULL when it is
 * absent or not an object (then reported, and kept as it is). */
JsonObject *
_slk_fields_open_object (SlkFields  *fields,
                         JsonObject *object,
                         const char *relative)
{
  JsonNode *node = present (fields, object, relative);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (fields, relative, _("an object"), node);
      return NULL;
    }
  return json_node_get_object (node);
}

/* After its members were taken: what is left of the object @name moves
 * into @nested, so that it is written back inside the object. */
void
_slk_fields_close_object (SlkFields   *fields,
                          JsonObject  *object,
                          const char  *name,
                          JsonObject **nested)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  _slk_fields_note_unknown (fields, json_node_get_object (node), name);
  /* Kept even when nothing is left in it: an object the file gave, {}
   * included, is written back. */
  if (*nested == NULL)
    *nested = json_object_new ();
  json_object_set_member (*nested, name, json_node_ref (node));
  json_object_remove_member (object, name);
}

/* The `kind` text of a record, or NULL (reported) when it is missing or
 * not a string. */
const char *
_slk_fields_kind_text (SlkFields  *fields,
                       JsonObject *object,
                       const char *what)
{
  JsonNode *node = json_object_get_member (object, "kind");

  _slk_fields_ask (fields, "kind");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, "",
                          _("The %s has no \"kind\"; it is kept but "
                          "not used."), what);
      return NULL;
    }
  if (!holds (node, G_TYPE_STRING))
    {
      wrong_type (fields, "kind", _("a string"), node);
      return NULL;
    }
  return json_node_get_string (node);
}
