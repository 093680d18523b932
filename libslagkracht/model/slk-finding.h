/* slk-finding.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-types.h"
#include "slk-enums.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_FINDING (slk_finding_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkFinding, slk_finding, SLK, FINDING, GObject)

SLK_AVAILABLE_IN_ALL
SlkFinding  *slk_finding_new          (SlkSeverity  severity,
                                       const char  *code,
                                       const char  *message,
                                       const char  *subject,
                                       const char  *pointer,
                                       guint        line,
                                       guint        column);
SLK_AVAILABLE_IN_ALL
SlkSeverity  slk_finding_get_severity (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
const char  *slk_finding_get_code     (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
const char  *slk_finding_get_message  (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
const char  *slk_finding_get_subject  (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
const char  *slk_finding_get_pointer  (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
guint        slk_finding_get_line     (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
guint        slk_finding_get_column   (SlkFinding  *self);
SLK_AVAILABLE_IN_ALL
char        *slk_finding_to_string    (SlkFinding  *self);

G_END_DECLS
