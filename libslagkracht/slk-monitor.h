/* slk-monitor.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "slk-enums.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_MONITOR (slk_monitor_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkMonitor, slk_monitor, SLK, MONITOR, GObject)

SLK_AVAILABLE_IN_ALL
SlkMonitor  *slk_monitor_new                   (SlkDataset       *dataset);
SLK_AVAILABLE_IN_ALL
SlkDataset  *slk_monitor_get_dataset           (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
guint        slk_monitor_get_year              (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_set_year              (SlkMonitor       *self,
                                                guint             year);
SLK_AVAILABLE_IN_ALL
SlkPeriod    slk_monitor_get_period            (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_set_period            (SlkMonitor       *self,
                                                SlkPeriod         period);
SLK_AVAILABLE_IN_ALL
SlkScope     slk_monitor_get_scope             (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_set_scope             (SlkMonitor       *self,
                                                SlkScope          scope);
SLK_AVAILABLE_IN_ALL
guint        slk_monitor_get_base_year         (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_set_base_year         (SlkMonitor       *self,
                                                guint             base_year);
SLK_AVAILABLE_IN_ALL
SlkNorms    *slk_monitor_get_norms             (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_set_norms             (SlkMonitor       *self,
                                                SlkNorms         *norms);
SLK_AVAILABLE_IN_ALL
void         slk_monitor_refresh               (SlkMonitor       *self);
SLK_DEPRECATED_FOR (slk_monitor_list_ministries)
char       **slk_monitor_get_ministries        (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
char       **slk_monitor_list_ministries (SlkMonitor *self);
SLK_DEPRECATED_FOR (slk_monitor_list_fields)
char       **slk_monitor_get_fields            (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
char       **slk_monitor_list_fields (SlkMonitor *self);
SLK_AVAILABLE_IN_ALL
gboolean     slk_monitor_check_field           (const char       *field,
                                                GError          **error);
SLK_AVAILABLE_IN_ALL
gboolean     slk_monitor_get_cents             (SlkMonitor       *self,
                                                const char       *ministry_id,
                                                const char       *field,
                                                gint64           *cents);
SLK_DEPRECATED_FOR (slk_monitor_dup_column)
double      *slk_monitor_get_column            (SlkMonitor       *self,
                                                const char       *field,
                                                gsize            *n_values);
SLK_AVAILABLE_IN_ALL
double      *slk_monitor_dup_column (SlkMonitor *self,
                                     const char *field,
                                     gsize      *n_values);
SLK_AVAILABLE_IN_ALL
gboolean     slk_monitor_get_rijksdienst_value (SlkMonitor       *self,
                                                const char       *field,
                                                double           *value);
SLK_AVAILABLE_IN_ALL
gboolean     slk_monitor_get_coverage          (SlkMonitor       *self,
                                                const char       *ministry_id,
                                                const char       *field,
                                                guint            *reporting,
                                                guint            *in_scope);
SLK_AVAILABLE_IN_ALL
guint        slk_monitor_get_latest_year       (SlkMonitor       *self,
                                                const char       *field);
SLK_DEPRECATED_FOR (slk_monitor_list_contributions)
GListModel  *slk_monitor_explain               (SlkMonitor       *self,
                                                const char       *ministry_id,
                                                const char       *field);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_monitor_list_contributions (SlkMonitor *self,
                                             const char *ministry_id,
                                             const char *field);
SLK_DEPRECATED_FOR (slk_monitor_list_findings)
SlkReport   *slk_monitor_get_findings          (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
SlkReport   *slk_monitor_list_findings (SlkMonitor *self);
SLK_AVAILABLE_IN_ALL
JsonNode    *slk_monitor_to_json_node          (SlkMonitor       *self);
SLK_AVAILABLE_IN_ALL
char        *slk_monitor_render                (SlkMonitor       *self,
                                                SlkMonitorFormat  format);

G_END_DECLS
