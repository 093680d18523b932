/* slk-dataset-writer-members.c: writes the members of an object, and
 * the arrays of records, for every part of the writer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-dataset-writer-private.h"

void
_slk_members_begin (SlkMembers *members,
                    const char *name)
{
  if (members->inline_)
    g_string_append (members->out, members->first ? " " : ", ");
  else
    {
      if (!members->first)
        g_string_append_c (members->out, ',');
      _slk_json_write_indent (members->out, members->level);
    }
  members->first = FALSE;
  if (members->n_written < G_N_ELEMENTS (members->written_at))
    {
      members->written_at[members->n_written] = members->out->len + 1;  /* past the quote */
      _slk_json_write_string (members->out, name);
      members->written_len[members->n_written] =
        members->out->len - 1 - members->written_at[members->n_written];
      members->n_written++;
    }
  else
    _slk_json_write_string (members->out, name);
  g_string_append (members->out, ": ");
}

void
_slk_members_write_string (SlkMembers *members,
                           const char *name,
                           const char *value)
{
  if (value == NULL)
    return;
  _slk_members_begin (members, name);
  _slk_json_write_string (members->out, value);
}

/* An array of strings, a string a line. */
void
_slk_members_write_strings (SlkMembers         *members,
                            const char         *name,
                            const char * const *strings)
{
  GString *out = members->out;

  _slk_members_begin (members, name);
  g_string_append_c (out, '[');
  for (guint i = 0; strings[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? "," : "");
      _slk_json_write_indent (out, members->level + 1);
      _slk_json_write_string (out, strings[i]);
    }
  if (strings[0] != NULL)
    _slk_json_write_indent (out, members->level);
  g_string_append_c (out, ']');
}

void
_slk_members_write_flag (SlkMembers         *members,
                         const char         *name,
                         SlkOptionalBoolean  value)
{
  if (value == SLK_OPTIONAL_BOOLEAN_UNKNOWN)
    return;
  _slk_members_begin (members, name);
  g_string_append (members->out, value == SLK_OPTIONAL_BOOLEAN_TRUE ? "true" : "false");
}

void
_slk_members_write_date (SlkMembers *members,
                         const char *name,
                         SlkDay      day)
{
  char buffer[11];

  if (day == 0)
    return;
  _slk_day_format (day, buffer);
  _slk_members_write_string (members, name, buffer);
}

/* Whether a member named @name was written in this object already.
 * Modelled names need no escaping, so the text written is the name. */
static gboolean
was_written (SlkMembers *members,
             const char *name)
{
  gsize length = strlen (name);

  for (guint i = 0; i < members->n_written; i++)
    if (members->written_len[i] == length &&
        memcmp (members->out->str + members->written_at[i], name, length) == 0)
      return TRUE;
  return FALSE;
}

/* Writes the members kept as the file gave them, after the modelled ones;
 * one the model has written a value for since (a setter gave the member a
 * value) is not written again. */
void
_slk_members_write_extras (SlkMembers *members,
                           JsonObject *extras)
{
  g_autoptr(GList) names = NULL;

  if (extras == NULL)
    return;
  names = json_object_get_members (extras);
  for (GList *l = names; l != NULL; l = l->next)
    {
      if (was_written (members, l->data))
        continue;
      if (!members->first)
        g_string_append_c (members->out, ',');
      members->first = FALSE;
      _slk_json_write_indent (members->out, members->level);
      _slk_json_write_string (members->out, l->data);
      g_string_append (members->out, ": ");
      _slk_json_write_node (members->out, json_object_get_member (extras, l->data),
                            members->level);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The members of this object that the file gave as null and that nothing
 * was written for since: written back as null, in name order. */
void
_slk_members_write_nulls (SlkMembers *members)
{
  g_autoptr(GPtrArray) names = NULL;
  gsize prefix_length = strlen (members->null_prefix);
  GHashTableIter iter;
  gpointer key;

  if (members->nulls == NULL)
    return;
  names = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, members->nulls);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *path = key;

      if (strncmp (path, members->null_prefix, prefix_length) == 0 &&
          strchr (path + prefix_length, '/') == NULL)
        g_ptr_array_add (names, (gpointer) (path + prefix_length));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint n = 0; n < names->len; n++)
    _slk_members_write_null (members, g_ptr_array_index (names, n));
}

/* Writes "@name": null, unless a value was written for @name already. */
void
_slk_members_write_null (SlkMembers *members,
                         const char *name)
{
  if (was_written (members, name))
    return;
  _slk_members_begin (members, name);
  g_string_append (members->out, "null");
}

/* Writes one array of the file; raw records go back to the index they
 * were read at. An empty array is written only when @always. */
void
_slk_members_write_list (SlkMembers          *members,
                         const char          *name,
                         SlkRecordList       *list,
                         gboolean             always,
                         SlkWriteRecordFunc   write_record)
{
  GString *out = members->out;
  guint typed = 0, raw = 0;
  guint n = list->typed->len + list->raw->len;

  if (n == 0 && !always)
    return;
  _slk_members_begin (members, name);
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      SlkRawRecord *record = raw < list->raw->len
        ? &g_array_index (list->raw, SlkRawRecord, raw) : NULL;

      if (i > 0)
        g_string_append_c (out, ',');
      _slk_json_write_indent (out, 2);
      if (record != NULL && (record->index <= i || typed >= list->typed->len))
        {
          _slk_json_write_node (out, record->node, 2);
          raw++;
        }
      else
        write_record (out, g_ptr_array_index (list->typed, typed++), 2);
    }
  if (n > 0)
    _slk_json_write_indent (out, 1);
  g_string_append_c (out, ']');
}
