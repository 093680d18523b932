/* slk-monitor-private.h: what the two halves of the monitor façade share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-monitor.h"
#include "slk-monitor-table-private.h"

G_BEGIN_DECLS

SlkMonitorQuery  _slk_monitor_query (SlkMonitor *self);
SlkMonitorTable *_slk_monitor_table (SlkMonitor *self);

G_END_DECLS
