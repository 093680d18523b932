/* slk-stream-writer-private.h: text built in a buffer and written to a
 * stream in large pieces, so that output of any size needs one buffer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  GString       *buffer;   /* append here; flushed when it holds enough */
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError       **error;
  gboolean       failed;
} SlkStreamWriter;

void     _slk_stream_writer_init  (SlkStreamWriter *writer,
                                   GOutputStream   *stream,
                                   GCancellable    *cancellable,
                                   GError         **error);
void     _slk_stream_writer_pump  (SlkStreamWriter *writer);
gboolean _slk_stream_writer_close (SlkStreamWriter *writer);

G_END_DECLS
