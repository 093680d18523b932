/* slk-aggregate-private.h: sums over organizations and taakstellingen,
 * shared by the roll-ups, the allocator and the monitor
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-contribution.h"
#include "slk-judge-private.h"
#include "slk-store-private.h"
#include "slk-organization.h"

G_BEGIN_DECLS

/* A sum of present values: absent when nothing contributed. Amounts are
 * summed exactly in cents. */
typedef struct
{
  guint reporting;   /* organisations that gave the figure */
  guint in_scope;    /* organisations of the group (a cluster counted once) */
} SlkCoverage;

typedef struct
{
  gboolean    present;
  __int128    cents;   /* amounts: no sum of them wraps */
  double      value;
  SlkCoverage coverage;
} SlkSum;

SlkContribution *_slk_contribution_new          (const char      *record_id,
                                                 const char      *what,
                                                 double           value);
const char      *_slk_ministry_id_of            (SlkOrganization *org);
gboolean         _slk_in_scope                  (SlkOrganization *org,
                                                 SlkScope         scope);
gboolean         _slk_counts_for                (SlkOrganization *org,
                                                 const char      *ministry_id,
                                                 SlkScope         scope);
void             _slk_sum_metric                (GPtrArray       *orgs,
                                                 const char      *ministry_id,
                                                 SlkOrganizationKind kind,
                                                 SlkScope         scope,
                                                 SlkMetric        metric,
                                                 guint            year,
                                                 SlkSum          *sum,
                                                 GPtrArray       *contributions);
gboolean         _slk_sum_share                 (GPtrArray       *orgs,
                                                 const char      *ministry_id,
                                                 SlkOrganizationKind kind,
                                                 SlkScope         scope,
                                                 SlkShare         share,
                                                 guint            year,
                                                 double          *value,
                                                 SlkRatio        *ratio,
                                                 SlkCoverage     *coverage,
                                                 GPtrArray       *contributions);
gboolean         _slk_sum_change                (GPtrArray       *orgs,
                                                 const char      *ministry_id,
                                                 SlkScope         scope,
                                                 SlkMetric        metric,
                                                 guint            year,
                                                 guint            base_year,
                                                 double          *value,
                                                 SlkCoverage     *coverage,
                                                 GPtrArray       *contributions);
double           _slk_sum_to_double             (const SlkSum    *sum,
                                                 SlkMetric        metric);

/* Any kind: for the sums of one ministry over all kinds. */
#define SLK_ANY_KIND ((SlkOrganizationKind) -1)

G_END_DECLS
