/* slk-monitor-table-private.h: the rows of a monitor and how they are
 * computed, for the monitor façade and the renderers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-aggregate-private.h"
#include "slk-enums.h"
#include "slk-judge-private.h"
#include "slk-norms.h"
#include "slk-report.h"
#include "slk-reported.h"
#include "slk-store-private.h"

G_BEGIN_DECLS

/* The figures of a row, in the order of SPEC §6; the three toetsen
 * counts stand for its `toetsen` object. */
typedef enum
{
  SLK_FIELD_FTE,
  SLK_FIELD_FTE_CHANGE,
  SLK_FIELD_OVERHEAD_SHARE,
  SLK_FIELD_EXTERNAL_HIRE_SHARE,
  SLK_FIELD_TAAKSTELLING_TARGET,
  SLK_FIELD_TAAKSTELLING_REALIZED,
  SLK_FIELD_TAAKSTELLING_GAP,
  SLK_FIELD_RULES_CHANGED,
  SLK_FIELD_RULES_TARGET,
  SLK_FIELD_RULES_BUSINESSES_SHARE,
  SLK_FIELD_OFFICE_M2,
  SLK_FIELD_NOODREM_OPEN,
  SLK_FIELD_NOODREM_OVERDUE,
  SLK_FIELD_TOETSEN_FEASIBLE,
  SLK_FIELD_TOETSEN_CONDITIONAL,
  SLK_FIELD_TOETSEN_INFEASIBLE,
  SLK_FIELD_DEVIATIONS,
  SLK_FIELD_OVERHEAD_TARGET,   /* since 1.1: the glide path's target for the year */
  SLK_FIELD_FTE_TARGET,        /* since 1.1: the FTE targets of the year, in the scope */
  SLK_FIELD_COMMITMENTS_OPEN,  /* since 1.1: as of the reference date */
  SLK_FIELD_COMMITMENTS_OVERDUE,
  SLK_N_FIELDS
} SlkField;

/* How a figure reads. */
typedef enum
{
  SLK_FIELD_KIND_FTE,
  SLK_FIELD_KIND_SHARE,
  SLK_FIELD_KIND_EURO,
  SLK_FIELD_KIND_COUNT,
  SLK_FIELD_KIND_AREA,
} SlkFieldKind;

typedef struct
{
  const char   *name;     /* the JSON and CSV name */
  const char   *heading;  /* a short heading for tables */
  SlkFieldKind  kind;
} SlkFieldInfo;

extern const SlkFieldInfo _slk_monitor_fields[SLK_N_FIELDS];

typedef struct
{
  char   *id;      /* NULL for the Rijksdienst */
  char   *name;
  double  values[SLK_N_FIELDS];   /* NaN: no data */
  SlkRatio overhead;              /* the shares as their parts, to judge exactly */
  SlkRatio external_hire;
  guint    rules_all;             /* the year's rule changes, and those for businesses */
  guint    rules_for_businesses;
  SlkCoverage coverage[SLK_N_FIELDS]; /* for the summed figures: how many reported */
  guint    covered;               /* bit f: field f is a sum with a coverage */
  SlkReported *reported;          /* the year's published figures, or NULL */
} SlkMonitorRow;

/* Whether field @f of @row is a partial sum: some, not all, reported. */
#define SLK_ROW_PARTIAL(row, f) \
  (((row)->covered & (1u << (f))) && (row)->coverage[f].reporting > 0 && \
   (row)->coverage[f].reporting < (row)->coverage[f].in_scope)

typedef struct
{
  GPtrArray     *ministries;   /* SlkMonitorRow */
  SlkMonitorRow *rijksdienst;
  SlkReport     *findings;
  /* For a column with no data in the year: the latest year that has some
   * (0: none has, or the column has data in the year). */
  guint          latest[SLK_N_FIELDS];
  guint          latest_reported;   /* likewise for the published figures */
} SlkMonitorTable;

/* What a monitor is asked: a plain copy of its settings, so that computing
 * and rendering never call back into the SlkMonitor façade. */
typedef struct
{
  SlkStore  *store;
  SlkNorms  *norms;
  guint      year;
  guint      base_year;
  SlkScope   scope;
  SlkPeriod  period;
} SlkMonitorQuery;

int              _slk_monitor_field_lookup  (const char            *name);
const char      *_slk_monitor_field_heading (int                    field);
SlkMonitorTable *_slk_monitor_compute       (const SlkMonitorQuery *query);
void             _slk_monitor_table_free    (SlkMonitorTable       *table);
void             _slk_monitor_explain_into  (const SlkMonitorQuery *query,
                                             const char            *ministry_id,
                                             SlkField               field,
                                             GPtrArray             *contributions);
guint            _slk_monitor_latest_year   (const SlkMonitorQuery *query,
                                             SlkField               field);
guint            _slk_monitor_latest_reported_year (const SlkMonitorQuery *query);
const char      *_slk_monitor_period_name   (SlkPeriod              period);
const char      *_slk_monitor_period_title  (SlkPeriod              period);
const char      *_slk_monitor_scope_name    (SlkScope               scope);

G_END_DECLS
