/* slk-text.c: text from a dataset, made safe to show on a terminal
 *
 * Data can hold control characters (an escape sequence in a name, a
 * carriage return in an id). Shown as they are, they could drive the
 * terminal or hide a line; shown escaped, they are seen.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-format-private.h"
#include "slk-text-private.h"

static const char hex[] = "0123456789abcdef";

static void
append_hex (GString    *out,
            const char *prefix,
            guint       value,
            guint       digits)
{
  g_string_append (out, prefix);
  for (guint i = digits; i > 0; i--)
    g_string_append_c (out, hex[(value >> (4 * (i - 1))) & 0xf]);
}

/* Whether each of the eight bytes of @word is printable ASCII, 0x20 to
 * 0x7e: a report's text is nearly all that, so it is passed over eight
 * bytes at a time. */
static inline gboolean
all_printable (guint64 word)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 below = (word - ones * 0x20) & ~word & highs;   /* a byte below 0x20 */
  guint64 above = ((word + ones) | word) & highs;          /* a byte of 0x7f or more */

  return (below | above) == 0;
}

/* Appends @text with C0 controls and DEL as \xNN, C1 controls as \uNNNN and
 * each byte that is no UTF-8 as \xNN; runs of other text are copied whole. */
void
_slk_text_append_escaped (GString    *out,
                          const char *text)
{
  const char *run = text;
  const char *p = text;
  const char *end = text + strlen (text);

  while (p < end)
    {
      guchar byte = (guchar) *p;
      gunichar c;
      guint64 word;

      if (end - p >= 8 && (memcpy (&word, p, sizeof word), all_printable (word)))
        {
          p += 8;
          continue;
        }
      if (byte >= 0x20 && byte < 0x7f)
        {
          p++;
          continue;
        }
      if (byte < 0x80)
        {
          _slk_append_len (out, run, (gsize) (p - run));
          append_hex (out, "\\x", byte, 2);
          run = ++p;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          _slk_append_len (out, run, (gsize) (p - run));
          append_hex (out, "\\x", byte, 2);
          run = ++p;
          continue;
        }
      if (c < 0xa0)
        {
          _slk_append_len (out, run, (gsize) (p - run));
          append_hex (out, "\\u", c, 4);
          run = g_utf8_next_char (p);
        }
      p = g_utf8_next_char (p);
    }
  _slk_append_len (out, run, (gsize) (p - run));
}

/**
 * slk_text_escape_controls:
 * @text: UTF-8 text, or bytes that should have been
 *
 * Makes text from a dataset safe to print on a terminal: C0 control
 * characters and DEL become `\xNN`, C1 control characters `\uNNNN`, and a
 * byte that is not UTF-8 (a file name can be anything) `\xNN`. Everything
 * else is kept. The text output of [method@Slk.Report.write_text] and of the
 * `slagkracht` command is escaped this way; JSON output is exact instead.
 *
 * Returns: (transfer full): the escaped text
 */
char *
slk_text_escape_controls (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 1);
  _slk_text_append_escaped (out, text);
  return g_string_free (out, FALSE);
}
