/* bench-tokenize.c: the floor for loading: the library's own JSON reader
 * walks every token of a file (keys, strings, numbers) and builds
 * nothing. Whatever loading costs above this is the model's.
 *
 *   bench-tokenize FILE
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "slk-json-reader-private.h"

static guint64 n_tokens;

static gboolean
walk (SlkJsonReader *reader)
{
  SlkJsonType type;
  gboolean first = TRUE, more, boolean;
  SlkJsonString string;
  SlkJsonNumber number;
  SlkPosition position;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  n_tokens++;
  switch (type)
    {
    case SLK_JSON_NULL:
      return _slk_json_reader_read_null (reader);
    case SLK_JSON_BOOLEAN:
      return _slk_json_reader_read_boolean (reader, &boolean);
    case SLK_JSON_NUMBER:
      return _slk_json_reader_read_number (reader, &number);
    case SLK_JSON_STRING:
      return _slk_json_reader_read_string (reader, &string);
    case SLK_JSON_ARRAY:
      while (_slk_json_reader_next_element (reader, &first, &more))
        if (!more)
          return TRUE;
        else if (!walk (reader))
          return FALSE;
      return FALSE;
    case SLK_JSON_OBJECT:
    default:
      while (_slk_json_reader_next_member (reader, &first, &more, &string, &position))
        if (!more)
          return TRUE;
        else if (n_tokens++, !walk (reader))
          return FALSE;
      return FALSE;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SlkJsonReader reader;
  gint64 start;
  gboolean ok;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return 2;
    }
  file = g_mapped_file_new (argv[1], FALSE, &error);
  if (file == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  start = g_get_monotonic_time ();
  _slk_json_reader_init (&reader, g_mapped_file_get_contents (file),
                         g_mapped_file_get_length (file), FALSE);
  ok = walk (&reader) && _slk_json_reader_finish (&reader);
  if (!ok)
    fprintf (stderr, "%s\n", reader.error ? reader.error->message : "failed");
  _slk_json_reader_clear (&reader);
  printf ("tokenizer  %.3f s  (%" G_GUINT64_FORMAT " tokens)\n",
          (g_get_monotonic_time () - start) / 1e6, n_tokens);
  return ok ? 0 : 1;
}
