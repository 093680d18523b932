/* slk-report-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-finding-private.h"
#include "slk-report.h"

G_BEGIN_DECLS

void _slk_report_take_records (SlkReport    *self,
                               GArray       *records,
                               GStringChunk *strings);

const SlkFindingData *_slk_report_get_record (SlkReport *self,
                                             guint      i);

G_END_DECLS
