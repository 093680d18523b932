/* slk-json-reader-private.h: a pull parser over a JSON buffer that knows
 * the line and column of everything it reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

#include "slk-codes-private.h"
#include "slk-position-private.h"

G_BEGIN_DECLS

/* Documented limits (docs/json-format.md). */
#define SLK_JSON_MAX_DEPTH         512
#define SLK_JSON_MAX_STRING_BYTES  (16 * 1024 * 1024)
#define SLK_JSON_MAX_INPUT_BYTES   ((gsize) G_MAXINT32)
/* Records in one array of a dataset: a whole public sector (a million
 * records) fits five times over. */
#define SLK_MAX_RECORDS            5000000
/* Events in one noodrem's history: a real one has tens. The rest are kept
 * as written, with a finding, so a hostile history costs no time. */
#define SLK_MAX_EVENTS             10000

typedef enum
{
  SLK_JSON_NULL,
  SLK_JSON_BOOLEAN,
  SLK_JSON_NUMBER,
  SLK_JSON_STRING,
  SLK_JSON_ARRAY,
  SLK_JSON_OBJECT,
} SlkJsonType;

/* A decoded string. @text points into the input (no escapes) or into the
 * reader's scratch buffer, so it is valid until the next string is read. */
typedef struct
{
  const char *text;
  gsize       length;
  gboolean    has_nul;
} SlkJsonString;

/* A number as its lexeme, checked against the JSON grammar. For a plain
 * decimal (no exponent, at most 18 digits) the scan also gives its digits
 * as an integer, so that the common case converts without a second pass. */
typedef struct
{
  const char *text;
  gsize       length;
  gboolean    is_integer;
  gboolean    is_plain;        /* mantissa and fraction_digits are valid */
  gboolean    negative;
  guint64     mantissa;        /* all digits, the decimal point left out */
  guint       fraction_digits;
} SlkJsonNumber;

typedef enum
{
  SLK_CENTS_OK,
  SLK_CENTS_TOO_PRECISE,
  SLK_CENTS_OUT_OF_RANGE,
} SlkCentsResult;

typedef struct _SlkJsonReader SlkJsonReader;

/* Called for problems in values that still parse: a number out of range, a
 * string holding U+0000. The reader's path is the pointer of the value. */
typedef void (*SlkJsonIssueFunc) (SlkJsonReader *reader,
                                  SlkCode        code,
                                  const char    *message,
                                  SlkPosition    position,
                                  gpointer       user_data);

struct _SlkJsonReader
{
  const char       *start;
  const char       *pos;
  const char       *end;
  const char       *line_start;
  const char       *column_anchor;  /* columns are counted on from here */
  guint             column_at_anchor;
  guint             line;
  gboolean          line_has_multibyte; /* a character of 2+ bytes since line_start */
  guint             depth;
  gboolean          release_pages;  /* drop consumed pages of a mapped file */
  const char       *released_to;
  GString          *scratch;
  GString          *path;           /* the JSON pointer of the current value */
  GError           *error;
  SlkPosition       error_position;
  SlkJsonIssueFunc  issue_func;
  gpointer          issue_data;
  /* When set, _slk_json_reader_read_node() notes where each value (for a
   * member: its key) stands, keyed by its pointer with the first
   * @positions_base bytes and a '/' left out. Values are SlkPosition. */
  GHashTable       *positions;
  GHashTable       *lexemes;        /* the same keys → a number's text, so that an amount
                                     * is converted from its digits, not from a double */
  gsize             positions_base;
};

void          _slk_json_reader_init         (SlkJsonReader *reader,
                                             const char    *data,
                                             gsize          length,
                                             gboolean       release_pages);
void          _slk_json_reader_clear        (SlkJsonReader *reader);
gboolean      _slk_json_reader_peek         (SlkJsonReader *reader,
                                             SlkJsonType   *type,
                                             SlkPosition   *position);
gboolean      _slk_json_reader_next_member  (SlkJsonReader *reader,
                                             gboolean      *first,
                                             gboolean      *has_member,
                                             SlkJsonString *key,
                                             SlkPosition   *key_position);
gboolean      _slk_json_reader_next_element (SlkJsonReader *reader,
                                             gboolean      *first,
                                             gboolean      *has_element);
gboolean      _slk_json_reader_read_string  (SlkJsonReader *reader,
                                             SlkJsonString *string);
gboolean      _slk_json_reader_read_number  (SlkJsonReader *reader,
                                             SlkJsonNumber *number);
gboolean      _slk_json_reader_read_boolean (SlkJsonReader *reader,
                                             gboolean      *value);
gboolean      _slk_json_reader_read_null    (SlkJsonReader *reader);
gboolean      _slk_json_reader_read_node    (SlkJsonReader *reader,
                                             JsonNode     **node);
gboolean      _slk_json_reader_finish       (SlkJsonReader *reader);
gboolean      _slk_json_reader_fail         (SlkJsonReader *reader,
                                             const char    *at,
                                             const char    *format,
                                             ...) G_GNUC_PRINTF (3, 4);
gsize         _slk_json_reader_push_key     (SlkJsonReader *reader,
                                             const char    *key,
                                             gsize          length);
gsize         _slk_json_reader_push_index   (SlkJsonReader *reader,
                                             guint          index);
void          _slk_json_reader_pop          (SlkJsonReader *reader,
                                             gsize          mark);
void          _slk_json_pointer_append_key  (GString       *pointer,
                                             const char    *key,
                                             gsize          length);
char         *_slk_json_string_dup          (const SlkJsonString *string);
gboolean      _slk_json_number_to_double    (const SlkJsonNumber *number,
                                             double              *value);
SlkCentsResult _slk_json_number_to_cents    (const SlkJsonNumber *number,
                                             gint64              *cents);

/* Inline: the loader compares every member name it reads. */
static inline gboolean
_slk_json_string_equal_len (const SlkJsonString *string,
                            const char          *literal,
                            gsize                length)
{
  return string->length == length && memcmp (string->text, literal, length) == 0;
}

const char *_slk_json_describe_byte (char c,
                                     char buffer[16]);

G_END_DECLS
