/* slk-finding-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-finding.h"

G_BEGIN_DECLS

SlkFinding *_slk_finding_new_take (SlkSeverity  severity,
                                   const char  *code,
                                   char        *message,
                                   const char  *subject,
                                   char        *pointer,
                                   guint        line,
                                   guint        column);

G_END_DECLS
