/* slk-format-private.h: numbers written by hand into a GString
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void _slk_append_uint    (GString *out,
                          guint64  value);
void _slk_append_percent (GString *out,
                          double   share);
void _slk_append_euro    (GString *out,
                          gint64   cents);

G_END_DECLS
