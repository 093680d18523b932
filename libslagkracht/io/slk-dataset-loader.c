/* slk-dataset-loader.c: builds the typed model straight from the JSON
 * reader, in one pass, recording where every member stands and keeping
 * every member it does not model. This file reads the top level; the
 * organizations and their figures have files of their own.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-names-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-error.h"
#include "slk-finding-private.h"
#include "slk-finding.h"
#include "slk-json-writer-private.h"

void
_slk_loader_add_finding_at (SlkLoader   *loader,
                            SlkCode      code,
                            const char  *pointer,
                            SlkPosition  position,
                            const char  *subject,
                            const char  *message)
{
  g_ptr_array_add (loader->content->load_findings,
                   _slk_finding_new_coded (code, message, subject, pointer,
                                    position.line, position.column));
}

static void G_GNUC_PRINTF (6, 0)
add_finding_valist (SlkLoader   *loader,
                    SlkCode      code,
                    const char  *pointer,
                    SlkPosition  position,
                    const char  *subject,
                    const char  *format,
                    va_list      args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  _slk_loader_add_finding_at (loader, code, pointer, position, subject, message);
}

void G_GNUC_PRINTF (6, 7)
_slk_loader_add_finding_at_printf (SlkLoader   *loader,
                                   SlkCode      code,
                                   const char  *pointer,
                                   SlkPosition  position,
                                   const char  *subject,
                                   const char  *format,
                                   ...)
{
  va_list args;

  va_start (args, format);
  add_finding_valist (loader, code, pointer, position, subject, format, args);
  va_end (args);
}

/* A finding at the reader's current pointer. */
void G_GNUC_PRINTF (5, 6)
_slk_loader_add_finding (SlkLoader   *loader,
                         SlkCode      code,
                         SlkPosition  position,
                         const char  *subject,
                         const char  *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  add_finding_valist (loader, code, loader->reader.path->str, position, subject, format, args);
  va_end (args);
}

static void
on_reader_issue (SlkJsonReader *reader,
                 SlkCode        code,
                 const char    *message,
                 SlkPosition    position,
                 gpointer       user_data)
{
  _slk_loader_add_finding_at (user_data, code, reader->path->str, position, NULL, message);
}

/* Reads a value into a node and keeps it under @name, or reports a second
 * member of that name. */
gboolean
_slk_loader_keep_member (SlkLoader     *loader,
                         JsonObject   **extras,
                         const char    *name,
                         SlkPosition    key_position,
                         const char    *subject)
{
  JsonNode *node;

  if (!_slk_json_reader_read_node (&loader->reader, &node))
    return FALSE;
  if (*extras == NULL)
    *extras = json_object_new ();
  if (json_object_has_member (*extras, name))
    {
      _slk_loader_add_finding (loader, SLK_CODE_DUPLICATE_MEMBER, key_position, subject,
                               _("The member \"%s\" appears twice in one object; the first "
                                 "is kept."),
                               name);
      json_node_unref (node);
    }
  else
    json_object_set_member (*extras, name, node);
  return TRUE;
}

/* A member this contract does not know, at the reader's current path: an
 * info, naming the closest of @known when one is within two edits. */
void
_slk_loader_note_unknown (SlkLoader          *loader,
                          const char         *name,
                          SlkPosition         key_position,
                          const char         *subject,
                          const char * const *known,
                          gssize              n_known)
{
  const char *closest = _slk_closest_name (name, known, n_known);

  g_autofree char *message = _slk_say_unknown_member (name, closest);

  _slk_loader_add_finding (loader, SLK_CODE_UNKNOWN_MEMBER, key_position, subject, "%s",
                           message);
}

/* The JSON value between @start and @end as a node. An amount the model
 * cannot hold (too many decimals, out of range) is kept this way for
 * writing back: a number that would print otherwise keeps its token
 * ("1.59999999999999999999" once became a valid 1.6 after a save; found
 * by the fuzzer), so it stays unusable and is reported again on reload. */
JsonNode *
_slk_loader_node_from_range (const char *start,
                             const char *end)
{
  SlkJsonReader sub;
  JsonNode *node = NULL;

  _slk_json_reader_init (&sub, start, end - start, FALSE);
  if (!_slk_json_reader_read_node (&sub, &node))
    node = json_node_init_null (json_node_alloc ());
  _slk_json_reader_clear (&sub);
  return node;
}

const char *
_slk_loader_json_type_name (SlkJsonType type)
{
  static const char * const names[] = {
    "null", N_("a boolean"), N_("a number"), N_("a string"), N_("an array"), N_("an object")
  };
  return type == SLK_JSON_NULL ? names[type] : _(names[type]);
}

int
_slk_loader_lookup_name (const SlkJsonString *key,
                         const SlkName       *names,
                         int                  first,
                         int                  n_names)
{
  for (int i = first; i < n_names; i++)
    if (_slk_json_string_equal_len (key, names[i].name, names[i].length))
      return i;
  return -1;
}

static gboolean
read_format (SlkLoader   *loader,
             SlkPosition  key_position,
             SlkFinding **failure,
             GError     **error)
{
  SlkJsonReader *reader = &loader->reader;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GString) written = NULL;

  if (!_slk_json_reader_read_node (reader, &node))
    return FALSE;
  if (_slk_json_node_is_text (node) &&
      g_str_equal (json_node_get_string (node), SLK_DATASET_FORMAT))
    return TRUE;

  written = g_string_new (NULL);
  _slk_json_write_node (written, node, 0);
  shown = g_string_free (g_steal_pointer (&written), FALSE);
  message = g_strdup_printf (_("The format is %s; this library reads \"%s\"."), shown,
                             SLK_DATASET_FORMAT);
  *failure = _slk_finding_new_coded (SLK_CODE_UNSUPPORTED_FORMAT, message, NULL,
                              "/format", key_position.line, key_position.column);
  g_set_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT,
               _("line %u, column %u: %s"), key_position.line, key_position.column, message);
  return FALSE;
}

/* The dataset's members: those modelled, in the order of SlkTopMember, then
 * those of the contract that are kept as written. */
static const char * const top_names[] = {
  "", "format", "title", "reference_date", "organizations", "uitvoeringstoetsen", "noodremmen",
  "taakstellingen", "rule_changes", "rule_targets", "commitments", "fte_targets", "sources",
  "rijksdienst_reported", NULL
};

static int
lookup_top_member (const char *name)
{
  const char * const *names = top_names;

  for (int m = SLK_TOP_MEMBER_FORMAT; m < SLK_N_TOP_MEMBERS; m++)
    if (g_str_equal (name, names[m]))
      return m;
  return -1;
}

/* The arrays of records other than organizations, each read element by
 * element. */
static const struct
{
  const char          *name;
  SlkArrayElementFunc  element;
} record_arrays[] = {
  { "uitvoeringstoetsen", _slk_loader_read_toets },
  { "noodremmen", _slk_loader_read_noodrem },
  { "taakstellingen", _slk_loader_read_taakstelling },
  { "rule_changes", _slk_loader_read_rule_change },
  { "rule_targets", _slk_loader_read_rule_target },
  { "commitments", _slk_loader_read_commitment },
  { "fte_targets", _slk_loader_read_fte_target },
};

static gboolean
is_record_array (int member)
{
  return member >= SLK_TOP_MEMBER_ORGANIZATIONS && member <= SLK_TOP_MEMBER_FTE_TARGETS;
}

static gboolean
read_top_member (SlkLoader     *loader,
                 const char    *name,
                 SlkPosition    key_position,
                 SlkFinding   **failure,
                 GError       **error)
{
  SlkJsonReader *reader = &loader->reader;
  SlkStore *content = loader->content;
  SlkJsonType type;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;

  if (g_str_equal (name, "format"))
    return read_format (loader, key_position, failure, error);
  if (g_str_equal (name, "reference_date"))
    return _slk_loader_read_date_member (loader, &content->reference_date, &content->extras, name,
                                         key_position, NULL);
  if (g_str_equal (name, "title") && type == SLK_JSON_STRING)
    {
      SlkJsonString string;

      if (!_slk_json_reader_read_string (reader, &string))
        return FALSE;
      content->title = _slk_json_string_dup (&string);
      return TRUE;
    }
  if (g_str_equal (name, "organizations") && type == SLK_JSON_ARRAY)
    return _slk_loader_read_organizations (loader);
  for (guint a = 0; a < G_N_ELEMENTS (record_arrays); a++)
    if (g_str_equal (name, record_arrays[a].name) && type == SLK_JSON_ARRAY)
      return _slk_loader_read_record_array (loader, record_arrays[a].element);
  if (type == SLK_JSON_NULL && is_record_array (lookup_top_member (name)))
    {
      content->top_nulls |= 1u << lookup_top_member (name);   /* absent; written back */
      return _slk_json_reader_read_null (reader);
    }
  if (g_str_equal (name, "title") && type != SLK_JSON_NULL)
    _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, NULL,
                             _("\"title\" must be a string, not %s."),
                             _slk_loader_json_type_name (type));
  else if (is_record_array (lookup_top_member (name)))
    _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, NULL,
                             _("\"%s\" must be an array, not %s."), name,
                             _slk_loader_json_type_name (type));
  if (lookup_top_member (name) < 0 && !g_strv_contains (top_names + 1, name))
    _slk_loader_note_unknown (loader, name, key_position, NULL, top_names + 1, -1);
  return _slk_loader_keep_member (loader, &content->extras, name, key_position, NULL);
}

static gboolean
read_dataset (SlkLoader   *loader,
              SlkFinding **failure,
              GError     **error)
{
  SlkJsonReader *reader = &loader->reader;
  SlkStore *content = loader->content;
  gboolean first = TRUE, has_member;
  guint32 seen = 0;
  SlkJsonString key;
  SlkPosition key_position;
  SlkJsonType type;

  if (!_slk_json_reader_peek (reader, &type, &loader->top[SLK_TOP_MEMBER_ROOT]))
    return FALSE;
  if (type != SLK_JSON_OBJECT)
    {
      g_autoptr(JsonNode) ignored = NULL;

      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, loader->top[SLK_TOP_MEMBER_ROOT], NULL,
                               _("A dataset must be a JSON object, not %s."),
                               _slk_loader_json_type_name (type));
      content->root_not_object = TRUE;
      return _slk_json_reader_read_node (reader, &ignored);
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      int member;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        return FALSE;
      if (!has_member)
        break;
      name = _slk_json_string_dup (&key);
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      member = lookup_top_member (name);
      if (member > 0 && (seen & (1u << member)))
        {
          JsonNode *dropped;

          _slk_loader_add_finding (loader, SLK_CODE_DUPLICATE_MEMBER, key_position, NULL,
                                   _("The member \"%s\" appears twice in the dataset; the first is "
                                   "kept."), name);
          if (!_slk_json_reader_read_node (reader, &dropped))
            return FALSE;
          json_node_unref (dropped);
        }
      else
        {
          if (member > 0)
            {
              seen |= 1u << member;
              loader->top[member] = key_position;
            }
          if (!read_top_member (loader, name, key_position, failure, error))
            return FALSE;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (!(seen & (1u << SLK_TOP_MEMBER_FORMAT)))
    _slk_loader_add_finding (loader, SLK_CODE_MISSING_MEMBER, loader->top[SLK_TOP_MEMBER_ROOT],
                             NULL,
                             _("The dataset has no \"format\"; it should be \"%s\"."),
                             SLK_DATASET_FORMAT);
  return TRUE;
}

SlkStore *
_slk_io_load (const char  *data,
              gsize        length,
              gboolean     release_pages,
              SlkFinding **failure,
              GError     **error)
{
  SlkLoader loader = { .content = _slk_store_new () };
  gboolean ok;

  *failure = NULL;
  if (length > SLK_JSON_MAX_INPUT_BYTES)
    {
      g_autofree char *message =
        g_strdup_printf (_("The input is %lu bytes, more than the limit of %lu bytes."),
                         (gulong) length, (gulong) SLK_JSON_MAX_INPUT_BYTES);

      *failure = _slk_finding_new_coded (SLK_CODE_PARSE_ERROR, message, NULL, "", 0, 0);
      g_set_error_literal (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE, message);
      _slk_store_free (loader.content);
      return NULL;
    }

  _slk_json_reader_init (&loader.reader, data, length, release_pages);
  loader.reader.issue_func = on_reader_issue;
  loader.reader.issue_data = &loader;

  ok = read_dataset (&loader, failure, error) && _slk_json_reader_finish (&loader.reader);
  if (!ok && *failure == NULL)
    {
      const char *message = loader.reader.error->message;
      const char *text = strstr (message, ": ");

      /* The finding carries the position in its own fields; its message
       * is the reader's sentence without the "line L, column C" prefix. */
      g_autofree char *sentence = NULL;

      text = text != NULL ? text + 2 : message;
      sentence = g_strdup_printf ("%c%s.", g_ascii_toupper (text[0]), text + 1);
      *failure = _slk_finding_new_coded (SLK_CODE_PARSE_ERROR, sentence, NULL,
                                  loader.reader.path->str,
                                  loader.reader.error_position.line,
                                  loader.reader.error_position.column);
      g_propagate_error (error, g_steal_pointer (&loader.reader.error));
    }
  _slk_json_reader_clear (&loader.reader);
  g_clear_pointer (&loader.figure_years, _slk_year_table_free);
  g_clear_pointer (&loader.year_traces, _slk_year_table_free);
  if (!ok)
    {
      _slk_store_free (loader.content);
      return NULL;
    }
  _slk_trace_set_slots (loader.content->trace, loader.content, loader.top, SLK_N_TOP_MEMBERS);
  return loader.content;
}
