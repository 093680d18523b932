/* slagkracht-load.c: how every command reads its FILE
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <gio/gunixinputstream.h>
#include <stdio.h>

#include "slagkracht-commands.h"

/* What the command keeps until the process ends: freeing a large
 * dataset object by object is a tenth of a command's time, and the system
 * takes the memory back at exit at once. A global holds them, so that
 * valgrind and LeakSanitizer see them reachable, not lost. */
static GPtrArray *kept_until_exit;

/* Takes @object, to be dropped with the process. */
void
slk_tool_keep_until_exit (gpointer object)
{
  if (object == NULL)
    return;
  if (kept_until_exit == NULL)
    kept_until_exit = g_ptr_array_new ();
  g_ptr_array_add (kept_until_exit, object);
}

/* Loads FILE, or standard input for "-". */
gboolean
slk_tool_load (SlkDataset  *dataset,
               const char  *file,
               GError     **error)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GOutputStream) buffer = NULL;

  if (!g_str_equal (file, "-"))
    return slk_dataset_load_from_file (dataset, file, error);

  in = g_unix_input_stream_new (0, FALSE);
  buffer = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (buffer, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
    return FALSE;
  return slk_dataset_load_from_data (
    dataset, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (buffer)),
    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (buffer)), error);
}

/* FILE, or the built-in dataset when @file is NULL; NULL (with a message
 * naming @command) when FILE cannot be read. */
SlkDataset *
slk_tool_open (const char *file,
               const char *command)
{
  g_autoptr(SlkDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return slk_dataset_new_default ();
  dataset = slk_dataset_new ();
  if (!slk_tool_load (dataset, file, &error))
    {
      fprintf (stderr, "slagkracht %s: %s: %s\n", command, file, error->message);
      return NULL;
    }
  return g_steal_pointer (&dataset);
}

/* The index of @text among @choices (NULL-terminated), or FALSE with a
 * message that lists them. */
gboolean
slk_tool_choice (const char  *command,
                 const char  *option,
                 const char  *text,
                 const char **choices,
                 int         *value)
{
  for (int i = 0; choices[i] != NULL; i++)
    if (g_str_equal (text, choices[i]))
      {
        *value = i;
        return TRUE;
      }
  {
    g_autofree char *allowed = g_strjoinv (", ", (char **) choices);

    fprintf (stderr, _("slagkracht %s: %s must be one of %s, not '%s'.\n"), command, option,
             allowed, text);
  }
  return FALSE;
}

/* Writes one line of text output, its control characters escaped (see
 * slk_text_escape_controls()): JSON output is exact and goes elsewhere. */
void
slk_tool_print_line (FILE       *out,
                     const char *format,
                     ...)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  shown = slk_text_escape_controls (text);
  fputs (shown, out);
  fputc ('\n', out);
}
