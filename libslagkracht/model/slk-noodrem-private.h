/* slk-noodrem-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-date-private.h"
#include "slk-noodrem.h"
#include "slk-record.h"
#include "slk-noodrem-event-private.h"
#include "slk-record-core-private.h"

G_BEGIN_DECLS

SlkRecordCore *_slk_noodrem_get_core              (SlkNoodrem *self);
void           _slk_noodrem_set_dataset           (SlkNoodrem *self,
                                                   SlkDataset *dataset,
                                                   guint       index);
GPtrArray     *_slk_noodrem_get_events            (SlkNoodrem *self);
void           _slk_noodrem_take_events           (SlkNoodrem *self,
                                                   GPtrArray  *events);
SlkDay         _slk_noodrem_get_deadline_day      (SlkNoodrem *self);
void           _slk_noodrem_set_deadline_day      (SlkNoodrem *self,
                                                   SlkDay      day);
void           _slk_noodrem_append_event          (SlkNoodrem      *self,
                                                   SlkNoodremEvent *event);
gboolean       _slk_noodrem_is_overdue_at         (SlkNoodrem *self,
                                                   SlkDay      reference);

void           _slk_noodrem_record_iface_init     (SlkRecordInterface *iface);

G_END_DECLS
