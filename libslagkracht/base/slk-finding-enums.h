/* slk-finding-enums.h: the enumerations of findings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SlkSeverity:
 * @SLK_SEVERITY_ERROR: the data contradicts itself or the dataset contract
 * @SLK_SEVERITY_WARNING: the data is consistent, but a norm or a deadline is not met
 * @SLK_SEVERITY_INFO: worth knowing, such as a partial sum; never changes an exit status
   (since 1.1)
 *
 * How serious a [class@Slk.Finding] is.
 */
typedef enum {
  SLK_SEVERITY_ERROR,
  SLK_SEVERITY_WARNING,
  SLK_SEVERITY_INFO,
} SlkSeverity;

G_END_DECLS
