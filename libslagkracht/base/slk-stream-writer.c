/* slk-stream-writer.c: text built in a buffer and written to a stream in
 * large pieces
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-stream-writer-private.h"

/* Written to the stream once the buffer holds this much. */
#define FLUSH_SIZE (64 * 1024)

void
_slk_stream_writer_init (SlkStreamWriter *writer,
                         GOutputStream   *stream,
                         GCancellable    *cancellable,
                         GError         **error)
{
  writer->buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  writer->stream = stream;
  writer->cancellable = cancellable;
  writer->error = error;
  writer->failed = FALSE;
}

static void
flush (SlkStreamWriter *writer)
{
  if (!writer->failed && writer->buffer->len > 0 &&
      !g_output_stream_write_all (writer->stream, writer->buffer->str, writer->buffer->len,
                                  NULL, writer->cancellable, writer->error))
    writer->failed = TRUE;
  g_string_truncate (writer->buffer, 0);
}

/* Call between pieces: writes the buffer out once it is full enough. */
void
_slk_stream_writer_pump (SlkStreamWriter *writer)
{
  if (writer->buffer->len >= FLUSH_SIZE)
    flush (writer);
}

/* Writes what is left and frees the buffer. Returns FALSE when a write
 * failed, with the stream's error. */
gboolean
_slk_stream_writer_close (SlkStreamWriter *writer)
{
  flush (writer);
  g_string_free (writer->buffer, TRUE);
  writer->buffer = NULL;
  return !writer->failed;
}
