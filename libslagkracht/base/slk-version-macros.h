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

/**
 * SLK_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f: a C program that calls it
 * is warned, unless it defines `SLK_DISABLE_DEPRECATION_WARNINGS` before
 * including `libslagkracht.h`. Deprecated symbols keep working.
 */
#if defined(SLK_COMPILATION) || defined(SLK_DISABLE_DEPRECATION_WARNINGS)
# define SLK_DEPRECATED_FOR(f) _SLK_EXTERN
#else
# define SLK_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _SLK_EXTERN
#endif
