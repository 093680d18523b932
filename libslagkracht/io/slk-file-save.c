/* slk-file-save.c: replacing a file's content whole, and only a file's
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "slk-io-private.h"

#define MAX_LINKS 40

static gboolean
fail_errno (GError    **error,
            int         saved,
            const char *path)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), _("Cannot save to %s: %s"),
               path, g_strerror (saved));
  return FALSE;
}

/* Follows symbolic links to the file they name, which may not exist yet:
 * saving through a link changes the dataset it points to, not the link. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  char *at = g_strdup (path);

  for (int hops = 0;; hops++)
    {
      GStatBuf info;
      g_autofree char *target = NULL;
      char *next;

      if (g_lstat (at, &info) != 0 || !S_ISLNK (info.st_mode))
        return at;
      if (hops == MAX_LINKS)
        {
          fail_errno (error, ELOOP, path);
          g_free (at);
          return NULL;
        }
      target = g_file_read_link (at, error);
      if (target == NULL)
        {
          g_free (at);
          return NULL;
        }
      if (g_path_is_absolute (target))
        next = g_strdup (target);
      else
        {
          g_autofree char *dir = g_path_get_dirname (at);

          next = g_build_filename (dir, target, NULL);
        }
      g_free (at);
      at = next;
    }
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, G_MAXSSIZE));

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

/* Writes @data to @path atomically: into a new file beside the real file
 * (links followed), flushed to disk, given the old file's mode and owner,
 * then renamed over it. What is at @path must be a regular file, or
 * nothing: a device, a FIFO, a socket or a folder is refused, so a save
 * never turns /dev/null into a file. On failure nothing changes and no
 * temporary file is left. */
gboolean
_slk_io_save_file (const char  *path,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *real = resolve_links (path, error);
  g_autofree char *dir = NULL, *base = NULL, *temp = NULL;
  GStatBuf info;
  gboolean exists;
  int fd, dir_fd;

  if (real == NULL)
    return FALSE;
  exists = g_stat (real, &info) == 0;
  if (!exists && errno != ENOENT)
    return fail_errno (error, errno, path);
  if (exists && S_ISDIR (info.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("Cannot save to %s: it is a folder, not a dataset file."), path);
      return FALSE;
    }
  if (exists && !S_ISREG (info.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("Cannot save to %s: it is not a regular file (a device, a pipe or a "
                   "socket); a dataset is saved only to a file."), path);
      return FALSE;
    }

  dir = g_path_get_dirname (real);
  base = g_path_get_basename (real);
  temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return fail_errno (error, errno, path);
  if (!write_all (fd, data, length) ||
      (exists && fchmod (fd, info.st_mode & 07777) != 0) ||
      (exists && fchown (fd, info.st_uid, info.st_gid) != 0 && errno != EPERM) ||
      fsync (fd) != 0)
    {
      int saved = errno != 0 ? errno : EIO;

      close (fd);
      g_unlink (temp);
      return fail_errno (error, saved, path);
    }
  if (close (fd) != 0 || g_rename (temp, real) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      return fail_errno (error, saved, path);
    }
  /* The rename itself must reach the disk. */
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}
