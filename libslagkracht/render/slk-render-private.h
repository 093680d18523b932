/* slk-render-private.h: a computed monitor table as text, CSV,
 * Markdown or HTML
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-monitor-table-private.h"

G_BEGIN_DECLS

char *_slk_monitor_format_value     (double                 value,
                                     SlkFieldKind           kind);
char *_slk_monitor_render_text      (const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table);
char *_slk_monitor_render_csv       (SlkMonitorTable       *table);
char *_slk_monitor_render_markdown  (const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table);
char *_slk_monitor_render_html      (const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table);

G_END_DECLS
