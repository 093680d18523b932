/* slk-source.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_SOURCE (slk_source_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkSource, slk_source, SLK, SOURCE, GObject)

SLK_AVAILABLE_IN_ALL
SlkSource  *slk_source_new       (const char *key,
                                  const char *title,
                                  const char *url,
                                  const char *date,
                                  const char *quote);
SLK_AVAILABLE_IN_ALL
const char *slk_source_get_key   (SlkSource  *self);
SLK_AVAILABLE_IN_ALL
const char *slk_source_get_title (SlkSource  *self);
SLK_AVAILABLE_IN_ALL
const char *slk_source_get_url   (SlkSource  *self);
SLK_AVAILABLE_IN_ALL
const char *slk_source_get_date  (SlkSource  *self);
SLK_AVAILABLE_IN_ALL
const char *slk_source_get_quote (SlkSource  *self);

G_END_DECLS
