/* slk-text.h: text from a dataset, made safe to show on a terminal
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib.h>

#include "slk-version-macros.h"

G_BEGIN_DECLS

SLK_AVAILABLE_IN_ALL
char *slk_text_escape_controls (const char *text);

G_END_DECLS
