/* slk-aggregate-enums.h: the enumerations of roll-ups, allocations and the monitor
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SlkScope:
 * @SLK_SCOPE_CORE: the ministry's own figures: the kerndepartement
 * @SLK_SCOPE_RIJKSDIENST: the ministry, its agencies and inspections, and its
 *   ZBOs without legal personality (a ZBO whose legal personality no source
 *   gives is left out)
 * @SLK_SCOPE_ALL: everything under the ministry
 *
 * What a roll-up per ministry counts (SPEC §6).
 */
typedef enum {
  SLK_SCOPE_CORE,
  SLK_SCOPE_RIJKSDIENST,
  SLK_SCOPE_ALL,
} SlkScope;

/**
 * SlkPeriod:
 * @SLK_PERIOD_APRIL: the April monitor
 * @SLK_PERIOD_OCTOBER: the October monitor
 *
 * The two reports of the Monitor Slagvaardige Overheid each year.
 */
typedef enum {
  SLK_PERIOD_APRIL,
  SLK_PERIOD_OCTOBER,
} SlkPeriod;

/**
 * SlkShare:
 * @SLK_SHARE_EXTERNAL_HIRE: external hire / (personnel + external hire), the
 *   share the Roemernorm judges
 * @SLK_SHARE_OVERHEAD: overhead FTE / FTE
 *
 * The shares a roll-up computes, always from sums (Σ parts / Σ wholes),
 * never as an average of shares.
 */
typedef enum {
  SLK_SHARE_EXTERNAL_HIRE,
  SLK_SHARE_OVERHEAD,
} SlkShare;

/**
 * SlkGrouping:
 * @SLK_GROUPING_MINISTRY: one group per ministry
 * @SLK_GROUPING_KIND: one group per kind of organization
 *
 * How a [class@Slk.Rollup] groups the organizations.
 */
typedef enum {
  SLK_GROUPING_MINISTRY,
  SLK_GROUPING_KIND,
} SlkGrouping;

/**
 * SlkMonitorFormat:
 * @SLK_MONITOR_FORMAT_TEXT: a table for the terminal
 * @SLK_MONITOR_FORMAT_CSV: comma-separated values, one row per ministry and one for
 *   the Rijksdienst
 * @SLK_MONITOR_FORMAT_JSON: the JSON object of SPEC §6
 * @SLK_MONITOR_FORMAT_MARKDOWN: a Markdown table
 * @SLK_MONITOR_FORMAT_HTML: one self-contained HTML page with charts
 * @SLK_MONITOR_FORMAT_ANSI: the text table with ANSI colours for a terminal:
 *   a figure that misses its norm in red, a partial sum in yellow; without
 *   its escape sequences it is the text table, byte for byte
 *
 * The formats [method@Slk.Monitor.render] writes.
 */
typedef enum {
  SLK_MONITOR_FORMAT_TEXT,
  SLK_MONITOR_FORMAT_CSV,
  SLK_MONITOR_FORMAT_JSON,
  SLK_MONITOR_FORMAT_MARKDOWN,
  SLK_MONITOR_FORMAT_HTML,
  SLK_MONITOR_FORMAT_ANSI,
} SlkMonitorFormat;

G_END_DECLS
