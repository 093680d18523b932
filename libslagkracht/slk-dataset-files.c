/* slk-dataset-files.c: a dataset read from a file, text, bytes or the
 * built-in resource, and written as text or to a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "slk-dataset.h"
#include "slk-dataset-private.h"
#include "slk-io-private.h"

static gboolean
load (SlkDataset  *self,
      const char  *data,
      gsize        length,
      gboolean     release_pages,
      GError     **error)
{
  SlkFinding *failure = NULL;
  SlkStore *store = _slk_io_load (data, length, release_pages, &failure, error);

  return _slk_dataset_finish_load (self, store, failure);
}

/**
 * slk_dataset_load_from_file:
 * @self: a dataset
 * @path: (type filename): the file to read
 *
 * Replaces the dataset's content with the dataset in @path, a regular file
 * or a pipe. A file that parses always loads, whatever its findings; see
 * [method@Slk.Dataset.validate]. On failure the content is unchanged.
 *
 * Returns: %TRUE on success; %FALSE with a [error@GLib.FileError] if the
 *   file cannot be read (or is a directory), or a [error@Slk.FormatError]
 *   naming the line and column if it is not a dataset
 */
gboolean
slk_dataset_load_from_file (SlkDataset  *self,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  const char *data;
  gsize length;
  GStatBuf info;

  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s is a directory, not a dataset file"), path);
      return FALSE;
    }
  /* A regular file is mapped and its pages dropped as they are read; a
   * pipe, a FIFO or a device (validate <(cat f)) cannot be mapped and is
   * read whole instead. */
  if (g_stat (path, &info) == 0 && !S_ISREG (info.st_mode))
    {
      g_autofree char *contents = NULL;

      if (!g_file_get_contents (path, &contents, &length, error))
        return FALSE;
      return load (self, contents, length, FALSE, error);
    }
  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return FALSE;
  length = g_mapped_file_get_length (file);
  data = length > 0 ? g_mapped_file_get_contents (file) : "";
  return load (self, data, length, length > 0, error);
}

/**
 * slk_dataset_load_from_data:
 * @self: a dataset
 * @data: JSON text in UTF-8
 * @length: the length of @data in bytes, or -1 if it is NUL-terminated
 *
 * Replaces the dataset's content with the dataset in @data. A NUL byte
 * inside @length is a parse error. From Python and gjs pass -1 as @length,
 * as with json-glib: `ds.load_from_data(text, -1)`.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.FormatError] if the
 *   text is not a dataset
 */
gboolean
slk_dataset_load_from_data (SlkDataset  *self,
                            const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = strlen (data);
  return load (self, data ? data : "", length, FALSE, error);
}

/**
 * slk_dataset_load_from_bytes:
 * @self: a dataset
 * @bytes: JSON text in UTF-8
 *
 * Replaces the dataset's content with the dataset in @bytes.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.FormatError] if the
 *   bytes are not a dataset
 */
gboolean
slk_dataset_load_from_bytes (SlkDataset  *self,
                             GBytes      *bytes,
                             GError     **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);
  return load (self, length > 0 ? data : "", length, FALSE, error);
}

/**
 * slk_dataset_to_data:
 * @self: a dataset
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the dataset as JSON text: two spaces a level, members in a fixed
 * order, the members the library does not model after the ones it does, so
 * that the same data always gives the same bytes.
 *
 * Returns: (transfer full): the JSON text
 */
char *
slk_dataset_to_data (SlkDataset *self,
                     gsize      *length)
{
  GString *out;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);

  out = _slk_io_write (_slk_store_of (self));
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * slk_dataset_save_to_file:
 * @self: a dataset
 * @path: (type filename): where to write
 *
 * Writes the dataset (see [method@Slk.Dataset.to_data]) to @path
 * atomically: the text goes to a new file beside it, is flushed to disk,
 * given the mode and owner of the file it replaces, and then renamed over
 * it, so an interrupted save never leaves a half-written file and a failed
 * one leaves the old file as it was. A symbolic link is followed: the file
 * it names is replaced, the link stays. Only a regular file is replaced.
 *
 * Returns: %TRUE on success; %FALSE with a [error@GLib.FileError] otherwise:
 *   %G_FILE_ERROR_ISDIR for a folder, %G_FILE_ERROR_INVAL for a device, a
 *   pipe or a socket
 */
gboolean
slk_dataset_save_to_file (SlkDataset  *self,
                          const char  *path,
                          GError     **error)
{
  gsize length;
  g_autofree char *data = NULL;

  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = slk_dataset_to_data (self, &length);
  return _slk_io_save_file (path, data, length, error);
}

/**
 * slk_dataset_to_json_node:
 * @self: a dataset
 *
 * Gives the dataset as a json-glib tree, for scripts that want to walk the
 * JSON itself. The tree is a copy: changing it does not change the dataset.
 *
 * Returns: (transfer full): a [struct@Json.Node] holding the dataset object
 */
JsonNode *
slk_dataset_to_json_node (SlkDataset *self)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);

  data = slk_dataset_to_data (self, NULL);
  node = json_from_string (data, &error);
  g_assert_no_error (error); /* the writer only writes JSON */
  return node;
}

/**
 * slk_dataset_new_default:
 *
 * Creates a dataset holding the default dataset built into the library:
 * the real Rijksdienst as the public sources give it (the Register van
 * Overheidsorganisaties of 2026-05-16, the kerndepartement FTE 2018–2022,
 * the agentschappen 2009–2015, external hire where reported, and the 22 %
 * apparaat taakstelling). Every record carries its sources; what no source
 * gives is absent. `data/README.md` in the source tree says how it is made.
 *
 * Returns: (transfer full): a new [class@Slk.Dataset]
 */
SlkDataset *
slk_dataset_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SlkDataset *self = slk_dataset_new ();

  bytes = g_resources_lookup_data ("/nl/slagkracht/libslagkracht/rijksdienst.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  /* Built and tested with the library: failing here is a broken build. */
  if (bytes == NULL || !slk_dataset_load_from_bytes (self, bytes, &error))
    g_critical ("The built-in dataset cannot be read: %s", error->message);
  return self;
}
