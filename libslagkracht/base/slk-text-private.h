/* slk-text-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-text.h"

G_BEGIN_DECLS

void _slk_text_append_escaped (GString    *out,
                               const char *text);

G_END_DECLS
