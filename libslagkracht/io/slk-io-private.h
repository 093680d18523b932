/* slk-io-private.h: reading a dataset file into a store, and writing a
 * store back as a dataset file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-finding.h"
#include "slk-store-private.h"

G_BEGIN_DECLS

#define SLK_DATASET_FORMAT "slagkracht-dataset/1"

SlkStore *_slk_io_load  (const char  *data,
                         gsize        length,
                         gboolean     release_pages,
                         SlkFinding **failure,
                         GError     **error);
GString  *_slk_io_write (SlkStore    *store);
gboolean  _slk_io_save_file (const char  *path,
                             const char  *data,
                             gsize        length,
                             GError     **error);

G_END_DECLS
