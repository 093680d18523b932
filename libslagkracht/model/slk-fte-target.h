/* slk-fte-target.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-aggregate-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_FTE_TARGET (slk_fte_target_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkFteTarget, slk_fte_target, SLK, FTE_TARGET, GObject)

SLK_AVAILABLE_IN_ALL
SlkFteTarget *slk_fte_target_new             (const char   *ministry_id,
                                              guint         year,
                                              double        fte,
                                              SlkScope      scope);
SLK_AVAILABLE_IN_ALL
const char   *slk_fte_target_get_ministry_id (SlkFteTarget *self);
SLK_AVAILABLE_IN_ALL
guint         slk_fte_target_get_year        (SlkFteTarget *self);
SLK_AVAILABLE_IN_ALL
double        slk_fte_target_get_fte         (SlkFteTarget *self);
SLK_AVAILABLE_IN_ALL
SlkScope      slk_fte_target_get_scope       (SlkFteTarget *self);
SLK_AVAILABLE_IN_ALL
SlkDataset   *slk_fte_target_get_dataset     (SlkFteTarget *self);

G_END_DECLS
