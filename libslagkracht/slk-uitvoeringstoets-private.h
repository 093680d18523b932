/* slk-uitvoeringstoets-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-date-private.h"
#include "slk-record-private.h"
#include "slk-uitvoeringstoets.h"

G_BEGIN_DECLS

SlkRecordCore *_slk_uitvoeringstoets_get_core            (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_dataset         (SlkUitvoeringstoets *self,
                                                          SlkDataset          *dataset,
                                                          guint                index);
SlkDay         _slk_uitvoeringstoets_get_date_day        (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_date_day        (SlkUitvoeringstoets *self,
                                                          SlkDay               day);
SlkDay         _slk_uitvoeringstoets_get_decision_day    (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_decision_day    (SlkUitvoeringstoets *self,
                                                          SlkDay               day);

G_END_DECLS
