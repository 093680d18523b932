/* slk-reported.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-organization-enums.h"
#include "slk-source.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_REPORTED (slk_reported_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkReported, slk_reported, SLK, REPORTED, GObject)

SLK_AVAILABLE_IN_ALL
SlkReported      *slk_reported_new            (guint             year,
                                               SlkReportedScope  scope);
SLK_AVAILABLE_IN_ALL
guint             slk_reported_get_year       (SlkReported      *self);
SLK_AVAILABLE_IN_ALL
SlkReportedScope  slk_reported_get_scope      (SlkReported      *self);
SLK_AVAILABLE_IN_ALL
gboolean          slk_reported_get_value      (SlkReported      *self,
                                               SlkMetric         metric,
                                               double           *value);
SLK_AVAILABLE_IN_ALL
void              slk_reported_set_value      (SlkReported      *self,
                                               SlkMetric         metric,
                                               double            value);
SLK_AVAILABLE_IN_ALL
const char       *slk_reported_get_source_key (SlkReported      *self,
                                               SlkMetric         metric);
SLK_AVAILABLE_IN_ALL
void              slk_reported_set_source_key (SlkReported      *self,
                                               SlkMetric         metric,
                                               const char       *key);
SLK_AVAILABLE_IN_ALL
SlkSource        *slk_reported_dup_source     (SlkReported      *self,
                                               SlkMetric         metric);

G_END_DECLS
