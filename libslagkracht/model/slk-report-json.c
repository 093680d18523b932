/* slk-report-json.c: a report as JSON text, written straight from its
 * records into a stream: no tree and no object per finding, so that a
 * report of hundreds of thousands of findings needs no more than a buffer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-finding-private.h"
#include "slk-format-private.h"
#include "slk-json-writer-private.h"
#include "slk-report-private.h"
#include "slk-stream-writer-private.h"

static void
append_position (GString    *out,
                 const char *name,
                 guint       value,
                 gboolean    last)
{
  _SLK_APPEND_LITERAL (out, "      \"");
  _slk_append (out, name);
  _SLK_APPEND_LITERAL (out, "\" : ");
  if (value > 0)
    _slk_append_uint (out, value);
  else
    _SLK_APPEND_LITERAL (out, "null");
  if (last)
    _SLK_APPEND_LITERAL (out, "\n");
  else
    _SLK_APPEND_LITERAL (out, ",\n");
}

/**
 * slk_report_write_json:
 * @self: a report
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report as the JSON object of [method@Slk.Report.to_json_node],
 * byte for byte as json-glib writes it pretty-printed, but straight from
 * the findings into @stream: no tree is built, so that a report of any size
 * needs only a small buffer. No newline is added at the end.
 *
 * Returns: %TRUE when everything was written; %FALSE with the stream's error
 */
gboolean
slk_report_write_json (SlkReport      *self,
                       GOutputStream  *stream,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  SlkStreamWriter writer;
  GString *buffer;
  guint n;

  g_return_val_if_fail (SLK_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _slk_stream_writer_init (&writer, stream, cancellable, error);
  buffer = writer.buffer;
  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_string_append (buffer, "{\n  \"valid\" : ");
  g_string_append (buffer, slk_report_get_n_errors (self) == 0 ? "true" : "false");
  g_string_append (buffer, ",\n  \"errors\" : ");
  _slk_append_uint (buffer, slk_report_get_n_errors (self));
  g_string_append (buffer, ",\n  \"warnings\" : ");
  _slk_append_uint (buffer, slk_report_get_n_warnings (self));
  g_string_append (buffer, ",\n  \"infos\" : ");
  _slk_append_uint (buffer, slk_report_get_n_infos (self));
  g_string_append (buffer, ",\n  \"findings\" : [");
  for (guint i = 0; i < n && !writer.failed; i++)
    {
      const SlkFindingData *finding = _slk_report_get_record (self, i);

      g_string_append (buffer, i == 0 ? "\n    {\n      \"severity\" : "
                                      : ",\n    {\n      \"severity\" : ");
      _slk_json_write_string_escaping_del (buffer, _slk_severity_name (finding->severity));
      _SLK_APPEND_LITERAL (buffer, ",\n      \"code\" : ");
      _slk_json_write_string_escaping_del (buffer, finding->code);
      _SLK_APPEND_LITERAL (buffer, ",\n      \"message\" : ");
      _slk_json_write_string_escaping_del (buffer, _slk_finding_data_message (finding, scratch));
      _SLK_APPEND_LITERAL (buffer, ",\n      \"subject\" : ");
      if (finding->subject != NULL)
        _slk_json_write_string_escaping_del (buffer, finding->subject);
      else
        _SLK_APPEND_LITERAL (buffer, "null");
      _SLK_APPEND_LITERAL (buffer, ",\n      \"pointer\" : ");
      _slk_json_write_string_escaping_del (buffer, _slk_finding_data_pointer (finding, scratch));
      _SLK_APPEND_LITERAL (buffer, ",\n");
      append_position (buffer, "line", finding->line, FALSE);
      append_position (buffer, "column", finding->column, TRUE);
      _SLK_APPEND_LITERAL (buffer, "    }");
      _slk_stream_writer_pump (&writer);
    }
  g_string_append (buffer, n > 0 ? "\n  ]\n}" : "]\n}");
  return _slk_stream_writer_close (&writer);
}
