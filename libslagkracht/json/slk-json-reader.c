/* slk-json-reader.c: a pull parser over a JSON buffer that knows the line
 * and column of everything it reads (RFC 8259, strict)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "slk-error.h"
#include "slk-json-reader-private.h"

/* Drop consumed pages of a mapped file every this many bytes, so that a
 * large file does not stay resident beside the model built from it. */
#define RELEASE_STEP (8 * 1024 * 1024)

void
_slk_json_reader_init (SlkJsonReader *reader,
                       const char    *data,
                       gsize          length,
                       gboolean       release_pages)
{
  memset (reader, 0, sizeof *reader);
  reader->start = data;
  reader->pos = data;
  reader->end = data + length;
  reader->line_start = data;
  reader->column_anchor = data;
  reader->column_at_anchor = 1;
  reader->line = 1;
  reader->release_pages = release_pages;
  reader->released_to = data;
  reader->scratch = g_string_sized_new (256);
  reader->path = g_string_sized_new (128);

  /* A UTF-8 byte-order mark is allowed and skipped (RFC 8259 §8.1). */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      reader->pos += 3;
      reader->line_start = reader->pos;
      reader->column_anchor = reader->pos;
    }
}

void
_slk_json_reader_clear (SlkJsonReader *reader)
{
  g_clear_error (&reader->error);
  if (reader->scratch != NULL)
    g_string_free (reader->scratch, TRUE);
  if (reader->path != NULL)
    g_string_free (reader->path, TRUE);
  reader->scratch = NULL;
  reader->path = NULL;
}

/* Columns count characters, not bytes. Positions are asked for in file
 * order, so counting on from the last answer keeps this linear. */
static SlkPosition
reader_position (SlkJsonReader *reader,
                 const char    *at)
{
  const char *p;
  guint column;

  if (at < reader->line_start)
    at = reader->line_start;
  /* Multi-byte characters only occur in strings, and read_string marks the
   * line: on other lines a column is a byte difference. */
  if (!reader->line_has_multibyte)
    return (SlkPosition) { reader->line, (guint) (at - reader->line_start) + 1 };
  if (at < reader->column_anchor || reader->column_anchor < reader->line_start)
    {
      reader->column_anchor = reader->line_start;
      reader->column_at_anchor = 1;
    }
  column = reader->column_at_anchor;
  for (p = reader->column_anchor; p < at; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      column++;
  reader->column_anchor = at;
  reader->column_at_anchor = column;
  return (SlkPosition) { reader->line, column };
}

gboolean
_slk_json_reader_fail (SlkJsonReader *reader,
                       const char    *at,
                       const char    *format,
                       ...)
{
  va_list args;
  g_autofree char *message = NULL;

  if (reader->error != NULL)
    return FALSE;
  reader->error_position = reader_position (reader, at);
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&reader->error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE,
               _("line %u, column %u: %s"),
               reader->error_position.line, reader->error_position.column, message);
  return FALSE;
}

static void
release_consumed (SlkJsonReader *reader)
{
  long page = sysconf (_SC_PAGESIZE);
  guintptr from, to;

  if (reader->pos - reader->released_to < RELEASE_STEP || page <= 0)
    return;
  from = ((guintptr) reader->released_to + page - 1) & ~((guintptr) page - 1);
  to = (guintptr) reader->pos & ~((guintptr) page - 1);
  if (to > from)
    madvise ((void *) from, to - from, MADV_DONTNEED);
  reader->released_to = reader->pos;
}

static void
skip_whitespace_slow (SlkJsonReader *reader)
{
  const char *p = reader->pos;
  const char *end = reader->end;

  while (p < end)
    {
      char c = *p;

      if (c == ' ' || c == '\t' || c == '\r')
        p++;
      else if (c == '\n')
        {
          p++;
          reader->line++;
          reader->line_start = p;
          reader->column_anchor = p;
          reader->column_at_anchor = 1;
          reader->line_has_multibyte = FALSE;
          /* Indentation comes in runs of spaces: take eight at a time. */
          while (end - p >= 8 && memcmp (p, "        ", 8) == 0)
            p += 8;
        }
      else
        break;
    }
  reader->pos = p;
}

/* Called before every token: most find no white space, or one space. */
static inline void
skip_whitespace (SlkJsonReader *reader)
{
  if (reader->pos < reader->end && (guchar) *reader->pos > ' ')
    return;
  if (reader->pos + 1 < reader->end && reader->pos[0] == ' ' && (guchar) reader->pos[1] > ' ')
    {
      reader->pos++;
      return;
    }
  skip_whitespace_slow (reader);
}

/* A byte as a message names it: 'x', or its code when it does not print. */
const char *
_slk_json_describe_byte (char c,
                         char buffer[16])
{
  guchar b = (guchar) c;

  if (b == 0)
    return _("a NUL byte");
  if (b >= 0x80)
    {
      g_snprintf (buffer, 16, _("byte 0x%02X"), b);
      return buffer;
    }
  if (b < 0x20 || b == 0x7F)
    {
      g_snprintf (buffer, 16, _("control 0x%02X"), b);
      return buffer;
    }
  g_snprintf (buffer, 16, "'%c'", c);
  return buffer;
}

static gboolean
fail_unexpected (SlkJsonReader *reader,
                 const char    *expected)
{
  char buffer[16];

  if (reader->pos >= reader->end)
    return _slk_json_reader_fail (reader, reader->pos, _("the input ends where %s was expected"),
                                  expected);
  return _slk_json_reader_fail (reader, reader->pos, _("expected %s, found %s"), expected,
                                _slk_json_describe_byte (*reader->pos, buffer));
}

gboolean
_slk_json_reader_peek (SlkJsonReader *reader,
                       SlkJsonType   *type,
                       SlkPosition   *position)
{
  skip_whitespace (reader);
  if (reader->pos >= reader->end && reader->depth == 0 && reader->path->len == 0)
    return _slk_json_reader_fail (reader, reader->pos,
                                  _("the input is empty (or only white space); a dataset is a "
                                  "JSON object"));
  if (reader->pos >= reader->end)
    return fail_unexpected (reader, _("a value"));
  if (position != NULL)
    *position = reader_position (reader, reader->pos);
  switch (*reader->pos)
    {
    case '{': *type = SLK_JSON_OBJECT; return TRUE;
    case '[': *type = SLK_JSON_ARRAY; return TRUE;
    case '"': *type = SLK_JSON_STRING; return TRUE;
    case 't': case 'f': *type = SLK_JSON_BOOLEAN; return TRUE;
    case 'n': *type = SLK_JSON_NULL; return TRUE;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      *type = SLK_JSON_NUMBER;
      return TRUE;
    default:
      return fail_unexpected (reader, _("a value"));
    }
}

static gboolean
enter (SlkJsonReader *reader)
{
  if (reader->depth >= SLK_JSON_MAX_DEPTH)
    return _slk_json_reader_fail (reader, reader->pos,
                                  _("arrays and objects are nested deeper than the limit of %d"),
                                  SLK_JSON_MAX_DEPTH);
  reader->depth++;
  reader->pos++;
  return TRUE;
}

/* Iterates the members of an object. The first call consumes the '{'
 * (*first is TRUE); each call leaves the reader at the member's value. */
gboolean
_slk_json_reader_next_member (SlkJsonReader *reader,
                              gboolean      *first,
                              gboolean      *has_member,
                              SlkJsonString *key,
                              SlkPosition   *key_position)
{
  if (*first)
    {
      skip_whitespace (reader);
      if (reader->pos >= reader->end || *reader->pos != '{')
        return fail_unexpected (reader, "'{'");
      if (!enter (reader))
        return FALSE;
    }
  skip_whitespace (reader);
  if (reader->pos < reader->end && *reader->pos == '}')
    {
      reader->pos++;
      reader->depth--;
      *has_member = FALSE;
      *first = FALSE;
      return TRUE;
    }
  if (!*first)
    {
      if (reader->pos >= reader->end || *reader->pos != ',')
        return fail_unexpected (reader, _("',' or '}'"));
      reader->pos++;
      skip_whitespace (reader);
    }
  *first = FALSE;
  if (reader->pos >= reader->end || *reader->pos != '"')
    return fail_unexpected (reader, _("a member name in double quotes"));
  if (key_position != NULL)
    *key_position = reader_position (reader, reader->pos);
  if (!_slk_json_reader_read_string (reader, key))
    return FALSE;
  skip_whitespace (reader);
  if (reader->pos >= reader->end || *reader->pos != ':')
    return fail_unexpected (reader, _("':' after the member name"));
  reader->pos++;
  *has_member = TRUE;
  return TRUE;
}

gboolean
_slk_json_reader_next_element (SlkJsonReader *reader,
                               gboolean      *first,
                               gboolean      *has_element)
{
  if (*first)
    {
      skip_whitespace (reader);
      if (reader->pos >= reader->end || *reader->pos != '[')
        return fail_unexpected (reader, "'['");
      if (!enter (reader))
        return FALSE;
      skip_whitespace (reader);
      if (reader->pos < reader->end && *reader->pos == ']')
        {
          reader->pos++;
          reader->depth--;
          *has_element = FALSE;
          *first = FALSE;
          return TRUE;
        }
      *first = FALSE;
      *has_element = TRUE;
      return TRUE;
    }
  if (reader->release_pages)
    release_consumed (reader);
  skip_whitespace (reader);
  if (reader->pos < reader->end && *reader->pos == ']')
    {
      reader->pos++;
      reader->depth--;
      *has_element = FALSE;
      return TRUE;
    }
  if (reader->pos >= reader->end || *reader->pos != ',')
    return fail_unexpected (reader, _("',' or ']'"));
  reader->pos++;
  *has_element = TRUE;
  return TRUE;
}

static gboolean
read_literal (SlkJsonReader *reader,
              const char    *literal)
{
  gsize length = strlen (literal);

  if ((gsize) (reader->end - reader->pos) < length ||
      memcmp (reader->pos, literal, length) != 0)
    return _slk_json_reader_fail (reader, reader->pos, _("expected a value (true, false, null, "
                                  "a number, a string, an array or an object)"));
  reader->pos += length;
  return TRUE;
}

gboolean
_slk_json_reader_read_boolean (SlkJsonReader *reader,
                               gboolean      *value)
{
  *value = *reader->pos == 't';
  return read_literal (reader, *value ? "true" : "false");
}

gboolean
_slk_json_reader_read_null (SlkJsonReader *reader)
{
  return read_literal (reader, "null");
}

gboolean
_slk_json_reader_finish (SlkJsonReader *reader)
{
  skip_whitespace (reader);
  if (reader->pos < reader->end)
    {
      char buffer[16];

      return _slk_json_reader_fail (reader, reader->pos,
                                    _("unexpected %s after the end of the document"),
                                    _slk_json_describe_byte (*reader->pos, buffer));
    }
  return TRUE;
}

/* Appends "/key" to a JSON pointer, escaped as RFC 6901 asks ('~' as ~0,
 * '/' as ~1). */
void
_slk_json_pointer_append_key (GString    *pointer,
                              const char *key,
                              gsize       length)
{
  const char *end = key + length;

  /* The common case, a key with neither '~' nor '/' and room to spare,
   * is one copy into the buffer. */
  if (pointer->len + length + 2 <= pointer->allocated_len &&
      memchr (key, '~', length) == NULL && memchr (key, '/', length) == NULL)
    {
      pointer->str[pointer->len] = '/';
      memcpy (pointer->str + pointer->len + 1, key, length);
      pointer->len += length + 1;
      pointer->str[pointer->len] = '\0';
      return;
    }

  g_string_append_c (pointer, '/');
  while (key < end)
    {
      const char *run = key;

      while (key < end && *key != '~' && *key != '/')
        key++;
      g_string_append_len (pointer, run, key - run);
      if (key < end)
        {
          g_string_append (pointer, *key == '~' ? "~0" : "~1");
          key++;
        }
    }
}

gsize
_slk_json_reader_push_key (SlkJsonReader *reader,
                           const char    *key,
                           gsize          length)
{
  gsize mark = reader->path->len;

  _slk_json_pointer_append_key (reader->path, key, length);
  return mark;
}

gsize
_slk_json_reader_push_index (SlkJsonReader *reader,
                             guint          index)
{
  gsize mark = reader->path->len;
  char digits[16];
  int n = 0;

  /* Called for every array element: no printf. */
  do
    digits[n++] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  g_string_append_c (reader->path, '/');
  while (n > 0)
    g_string_append_c (reader->path, digits[--n]);
  return mark;
}

void
_slk_json_reader_pop (SlkJsonReader *reader,
                      gsize          mark)
{
  g_string_truncate (reader->path, mark);
}

char *
_slk_json_string_dup (const SlkJsonString *string)
{
  return g_strndup (string->text, string->length);
}

