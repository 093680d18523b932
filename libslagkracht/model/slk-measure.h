/* slk-measure.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-budget-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_MEASURE (slk_measure_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkMeasure, slk_measure, SLK, MEASURE, GObject)

SLK_AVAILABLE_IN_ALL
SlkMeasure     *slk_measure_new        (guint           year,
                                        gint64          cents,
                                        SlkMeasureKind  kind,
                                        const char     *note);
SLK_AVAILABLE_IN_ALL
guint           slk_measure_get_year   (SlkMeasure     *self);
SLK_AVAILABLE_IN_ALL
gint64          slk_measure_get_amount (SlkMeasure     *self);
SLK_AVAILABLE_IN_ALL
SlkMeasureKind  slk_measure_get_kind   (SlkMeasure     *self);
SLK_AVAILABLE_IN_ALL
const char     *slk_measure_get_note   (SlkMeasure     *self);

G_END_DECLS
