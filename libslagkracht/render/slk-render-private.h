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
                                     SlkMonitorTable       *table,
                                     gboolean               colour);
char *_slk_monitor_render_csv       (SlkMonitorTable       *table);
char *_slk_monitor_render_markdown  (const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table);
char *_slk_monitor_render_html      (const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table);

const char *_slk_reported_scope_name (SlkReportedScope       scope);
/* Whether a finding (no info) says the cell misses its norm: the cell of
 * @field in ministry row @index, or of the Rijksdienst when @index < 0. */
gboolean _slk_monitor_cell_is_short (SlkMonitorTable       *table,
                                     int                    index,
                                     SlkField               field);
/* The footnote of a partial sum: "2 of 3 organisations", or NULL. */
char *_slk_monitor_partial_note     (SlkMonitorRow         *row,
                                     SlkField               field);
/* The published figures of a row as one line, "external hire 21.7 %
 * (whole ministry; source: Jaarverslag …)", or NULL. */
char *_slk_monitor_reported_line    (SlkMonitorRow         *row);
void  _slk_monitor_append_sources_html (GString           *out,
                                        SlkStore          *store,
                                        SlkMonitorTable   *table);

void  _slk_monitor_append_latest    (GString               *out,
                                     const SlkMonitorQuery *query,
                                     SlkMonitorTable       *table,
                                     const char            *bullet);

G_END_DECLS
