/* slk-rollup.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>

#include "slk-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_ROLLUP (slk_rollup_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkRollup, slk_rollup, SLK, ROLLUP, GObject)

SLK_AVAILABLE_IN_ALL
SlkRollup   *slk_rollup_new              (SlkDataset  *dataset,
                                          SlkScope     scope,
                                          SlkGrouping  grouping);
SLK_AVAILABLE_IN_ALL
SlkScope     slk_rollup_get_scope        (SlkRollup   *self);
SLK_AVAILABLE_IN_ALL
SlkGrouping  slk_rollup_get_grouping     (SlkRollup   *self);
SLK_DEPRECATED_FOR (slk_rollup_list_groups)
char       **slk_rollup_get_groups       (SlkRollup   *self);
SLK_AVAILABLE_IN_ALL
char       **slk_rollup_list_groups (SlkRollup *self);
SLK_DEPRECATED_FOR (slk_rollup_list_years)
guint       *slk_rollup_get_years        (SlkRollup   *self,
                                          gsize       *n_years);
SLK_AVAILABLE_IN_ALL
guint       *slk_rollup_list_years (SlkRollup *self,
                                    gsize     *n_years);
SLK_DEPRECATED_FOR (slk_rollup_dup_column)
double      *slk_rollup_get_column       (SlkRollup   *self,
                                          SlkMetric    metric,
                                          guint        year,
                                          gsize       *n_values);
SLK_AVAILABLE_IN_ALL
double      *slk_rollup_dup_column (SlkRollup *self,
                                    SlkMetric  metric,
                                    guint      year,
                                    gsize     *n_values);
SLK_DEPRECATED_FOR (slk_rollup_dup_share_column)
double      *slk_rollup_get_share_column (SlkRollup   *self,
                                          SlkShare     share,
                                          guint        year,
                                          gsize       *n_values);
SLK_AVAILABLE_IN_ALL
double      *slk_rollup_dup_share_column (SlkRollup *self,
                                          SlkShare   share,
                                          guint      year,
                                          gsize     *n_values);
SLK_AVAILABLE_IN_ALL
gboolean     slk_rollup_get_total        (SlkRollup   *self,
                                          SlkMetric    metric,
                                          guint        year,
                                          double      *value);
SLK_AVAILABLE_IN_ALL
gboolean     slk_rollup_get_cents        (SlkRollup   *self,
                                          const char  *group,
                                          SlkMetric    metric,
                                          guint        year,
                                          gint64      *cents);
SLK_AVAILABLE_IN_ALL
gboolean     slk_rollup_get_total_share  (SlkRollup   *self,
                                          SlkShare     share,
                                          guint        year,
                                          double      *value);
SLK_DEPRECATED_FOR (slk_rollup_list_contributions)
GListModel  *slk_rollup_explain          (SlkRollup   *self,
                                          const char  *group,
                                          SlkMetric    metric,
                                          guint        year);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_rollup_list_contributions (SlkRollup  *self,
                                            const char *group,
                                            SlkMetric   metric,
                                            guint       year);
SLK_AVAILABLE_IN_ALL
gboolean          slk_rollup_get_coverage     (SlkRollup   *self,
                                               const char  *group,
                                               SlkMetric    metric,
                                               guint        year,
                                               guint       *reporting,
                                               guint       *in_scope);
SLK_AVAILABLE_IN_ALL
gboolean          slk_rollup_get_share_coverage (SlkRollup *self,
                                                 const char *group,
                                                 SlkShare    share,
                                                 guint       year,
                                                 guint      *reporting,
                                                 guint      *in_scope);

G_END_DECLS
