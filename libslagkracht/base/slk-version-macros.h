/* slk-version-macros.h: symbol export and availability macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib.h>

/* The export attribute is worked out here rather than in config.h, so the
 * header is self-contained; the library is built with hidden visibility. */
#if defined(SLK_COMPILATION) && !defined(SLK_STATIC_BUILD)
# define _SLK_EXTERN __attribute__((visibility ("default"))) extern
#else
# define _SLK_EXTERN extern
#endif

#define SLK_AVAILABLE_IN_ALL _SLK_EXTERN
