/* slk-noodrem-event.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_NOODREM_EVENT (slk_noodrem_event_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkNoodremEvent, slk_noodrem_event, SLK, NOODREM_EVENT, GObject)

SLK_AVAILABLE_IN_ALL
SlkStep     slk_noodrem_event_get_step (SlkNoodremEvent *self);
SLK_AVAILABLE_IN_ALL
GDateTime  *slk_noodrem_event_dup_date (SlkNoodremEvent *self);
SLK_AVAILABLE_IN_ALL
const char *slk_noodrem_event_get_note (SlkNoodremEvent *self);

G_END_DECLS
