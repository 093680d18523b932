/* slk-report-text.c: a report as lines for a terminal or a log, written
 * straight from its records into a stream: no object and no printf per
 * finding
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-finding-private.h"
#include "slk-format-private.h"
#include "slk-report-private.h"
#include "slk-stream-writer-private.h"
#include "slk-text-private.h"

/* The line of slk_finding_to_string(), then " (subject)", escaped. The
 * parts from the data are escaped one by one: each is followed by an ASCII
 * separator, so this is the escaping of the whole line. */
/* What every line of one write shares, made once: a large report has
 * hundreds of thousands of lines. */
typedef struct
{
  GString    *label;        /* escaped, with its ':'; empty without a label */
  const char *severity[3];  /* by SlkSeverity, as people read it */
} LineParts;

static void
append_line (GString              *out,
             GString              *scratch,
             const LineParts      *parts,
             const SlkFindingData *finding)
{
  const char *pointer = _slk_finding_data_pointer (finding, scratch);

  _slk_append_len (out, parts->label->str, parts->label->len);
  if (finding->line > 0)
    {
      _slk_append_uint (out, finding->line);
      g_string_append_c (out, ':');
      _slk_append_uint (out, finding->column);
      _slk_append_len (out, ": ", 2);
    }
  /* The severity as people read it; the code in brackets never changes. */
  _slk_append (out, parts->severity[MIN (finding->severity, 2)]);
  _slk_append_len (out, " [", 2);
  _slk_text_append_escaped (out, finding->code);
  _slk_append_len (out, "] ", 2);
  _slk_text_append_escaped (out, pointer[0] ? pointer : _("(file)"));
  _slk_append_len (out, ": ", 2);
  _slk_text_append_escaped (out, _slk_finding_data_message (finding, scratch));
  if (finding->subject != NULL)
    {
      _slk_append_len (out, " (", 2);
      _slk_text_append_escaped (out, finding->subject);
      g_string_append_c (out, ')');
    }
  g_string_append_c (out, '\n');
}

/**
 * slk_report_write_text:
 * @self: a report
 * @stream: where to write
 * @label: (nullable): what each line starts with, followed by `:`,
 *   usually the file's name; %NULL for none
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the findings as lines of text, one a finding: @label, then the
 * line of [method@Slk.Finding.to_string], then the subject in parentheses
 * when there is one. Errors and warnings come first, in the order of the
 * report; the infos follow. Control characters in the data are escaped as
 * by [func@Slk.text_escape_controls], so that a dataset cannot drive the
 * terminal. This is what `slagkracht validate` prints, written straight from
 * the report's records: no finding object is made.
 *
 * Returns: %TRUE when everything was written; %FALSE with the stream's error
 */
gboolean
slk_report_write_text (SlkReport      *self,
                       GOutputStream  *stream,
                       const char     *label,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GString) escaped_label = g_string_new (NULL);
  LineParts parts = {
    escaped_label,
    { C_("severity", "error"), C_("severity", "warning"), C_("severity", "info") },
  };
  SlkStreamWriter writer;
  guint n;

  g_return_val_if_fail (SLK_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (label != NULL)
    {
      _slk_text_append_escaped (escaped_label, label);
      g_string_append_c (escaped_label, ':');
    }
  _slk_stream_writer_init (&writer, stream, cancellable, error);
  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n && !writer.failed; i++)
      {
        const SlkFindingData *finding = _slk_report_get_record (self, i);

        if ((finding->severity == SLK_SEVERITY_INFO) != (pass == 1))
          continue;
        append_line (writer.buffer, scratch, &parts, finding);
        _slk_stream_writer_pump (&writer);
      }
  return _slk_stream_writer_close (&writer);
}
