/* slk-noodrem-event-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "slk-date-private.h"
#include "slk-noodrem-event.h"

G_BEGIN_DECLS

/* An event is immutable once made: the history of a noodrem only grows. */
SlkNoodremEvent *_slk_noodrem_event_new      (SlkStep          step,
                                              SlkDay           day,
                                              const char      *note,
                                              JsonObject      *extras);
SlkNoodremEvent *_slk_noodrem_event_new_raw  (JsonNode        *node);
SlkDay           _slk_noodrem_event_get_day  (SlkNoodremEvent *self);
JsonObject      *_slk_noodrem_event_get_extras (SlkNoodremEvent *self);
JsonNode        *_slk_noodrem_event_get_raw  (SlkNoodremEvent *self);

G_END_DECLS
