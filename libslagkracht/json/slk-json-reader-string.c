/* slk-json-reader-string.c: JSON strings: escapes, surrogate pairs and
 * UTF-8 checked as they are read
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <string.h>

#include "slk-error.h"
#include "slk-json-reader-private.h"

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (SlkJsonReader *reader,
           const char    *p,
           gunichar      *value)
{
  *value = 0;
  for (int i = 0; i < 4; i++)
    {
      int digit = p + i < reader->end ? hex_value (p[i]) : -1;

      if (digit < 0)
        return _slk_json_reader_fail (reader, p - 2,
                                      _("a \\u escape needs four hexadecimal digits"));
      *value = (*value << 4) | (gunichar) digit;
    }
  return TRUE;
}

/* Checks one UTF-8 sequence strictly (no overlong forms, no surrogates,
 * nothing past U+10FFFF) and returns its length, or 0. */
static gsize
utf8_sequence_length (const guchar *p,
                      const guchar *end)
{
  guchar b = p[0];
  gsize need;
  gunichar c, min;

  if (b < 0xC2)
    return 0;
  if (b < 0xE0)
    need = 1, c = b & 0x1F, min = 0x80;
  else if (b < 0xF0)
    need = 2, c = b & 0x0F, min = 0x800;
  else if (b < 0xF5)
    need = 3, c = b & 0x07, min = 0x10000;
  else
    return 0;
  if ((gsize) (end - p) <= need)
    return 0;
  for (gsize i = 1; i <= need; i++)
    {
      if ((p[i] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (p[i] & 0x3F);
    }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  return need + 1;
}

static gboolean
read_escape (SlkJsonReader *reader,
             const char   **pp,
             GString       *out,
             gboolean      *has_nul)
{
  const char *p = *pp; /* at the backslash */
  gunichar c;

  if (p + 1 >= reader->end)
    return _slk_json_reader_fail (reader, p, _("the input ends inside an escape"));
  switch (p[1])
    {
    case '"': g_string_append_c (out, '"'); break;
    case '\\': g_string_append_c (out, '\\'); break;
    case '/': g_string_append_c (out, '/'); break;
    case 'b': g_string_append_c (out, '\b'); break;
    case 'f': g_string_append_c (out, '\f'); break;
    case 'n': g_string_append_c (out, '\n'); break;
    case 'r': g_string_append_c (out, '\r'); break;
    case 't': g_string_append_c (out, '\t'); break;
    case 'u':
      if (!read_hex4 (reader, p + 2, &c))
        return FALSE;
      if (c >= 0xDC00 && c <= 0xDFFF)
        return _slk_json_reader_fail (reader, p, _("a low surrogate \\u%04X without a high one"),
                                      c);
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          gunichar low;

          if (p + 11 >= reader->end || p[6] != '\\' || p[7] != 'u')
            return _slk_json_reader_fail (reader, p,
                                          _("a high surrogate \\u%04X without a low one"), c);
          if (!read_hex4 (reader, p + 8, &low))
            return FALSE;
          if (low < 0xDC00 || low > 0xDFFF)
            return _slk_json_reader_fail (reader, p,
                                          _("a high surrogate \\u%04X without a low one"), c);
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          p += 6;
        }
      if (c == 0)
        *has_nul = TRUE;
      g_string_append_unichar (out, c);
      p += 4;
      break;
    default:
      {
        char buffer[16];

        return _slk_json_reader_fail (reader, p, _("%s is not a JSON escape after '\\'"),
                                      _slk_json_describe_byte (p[1], buffer));
      }
    }
  *pp = p + 2;
  return TRUE;
}

/* Bytes a string scan must stop at: the quote, the backslash, control
 * characters and the lead bytes of multi-byte characters. */
static const guint8 special_in_string[256] = {
  [0x00 ... 0x1F] = 1, ['"'] = 1, ['\\'] = 1, [0x80 ... 0xFF] = 1,
};

gboolean
_slk_json_reader_read_string (SlkJsonReader *reader,
                              SlkJsonString *string)
{
  const char *begin = reader->pos + 1; /* after the opening quote */
  const char *p = begin;
  const char *end = reader->end;
  gboolean escaped = FALSE;
  GString *out = reader->scratch;

  string->has_nul = FALSE;
  for (;;)
    {
      const char *run = p;
      guchar b;

      while (p < end && !special_in_string[(guchar) *p])
        p++;
      if (escaped && p > run)
        g_string_append_len (out, run, p - run);
      if ((gsize) (p - begin) > SLK_JSON_MAX_STRING_BYTES)
        return _slk_json_reader_fail (reader, reader->pos,
                                      _("the string is longer than the limit of %d MiB"),
                                      SLK_JSON_MAX_STRING_BYTES / (1024 * 1024));
      if (p >= end)
        return _slk_json_reader_fail (reader, reader->pos, _("the string is never closed"));
      b = (guchar) *p;
      if (b == '"')
        break;
      if (b == '\\')
        {
          if (!escaped)
            {
              g_string_truncate (out, 0);
              g_string_append_len (out, begin, p - begin);
              escaped = TRUE;
            }
          if (!read_escape (reader, &p, out, &string->has_nul))
            return FALSE;
          continue;
        }
      if (b < 0x20)
        {
          char buffer[16];

          return _slk_json_reader_fail (reader, p, _("%s must be escaped inside a string"),
                                        _slk_json_describe_byte ((char) b, buffer));
        }
      if (b < 0x80)
        {
          if (escaped)
            g_string_append_c (out, (char) b);
          p++;
        }
      else
        {
          gsize n = utf8_sequence_length ((const guchar *) p, (const guchar *) end);

          if (n == 0)
            return _slk_json_reader_fail (reader, p, _("the string is not valid UTF-8"));
          if (escaped)
            g_string_append_len (out, p, n);
          p += n;
          reader->line_has_multibyte = TRUE;
        }
    }
  if (escaped)
    {
      string->text = out->str;
      string->length = out->len;
    }
  else
    {
      string->text = begin;
      string->length = p - begin;
    }
  reader->pos = p + 1;
  return TRUE;
}
