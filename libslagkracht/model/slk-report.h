/* slk-report.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_REPORT (slk_report_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkReport, slk_report, SLK, REPORT, GObject)

SLK_AVAILABLE_IN_ALL
SlkReport *slk_report_new              (void);
SLK_AVAILABLE_IN_ALL
void       slk_report_add              (SlkReport  *self,
                                        SlkFinding *finding);
SLK_AVAILABLE_IN_ALL
guint      slk_report_get_n_errors     (SlkReport  *self);
SLK_AVAILABLE_IN_ALL
guint      slk_report_get_n_warnings   (SlkReport  *self);
SLK_AVAILABLE_IN_ALL
guint      slk_report_get_n_infos      (SlkReport  *self);
SLK_AVAILABLE_IN_ALL
gboolean   slk_report_is_valid         (SlkReport  *self);
SLK_AVAILABLE_IN_ALL
guint      slk_report_count_code       (SlkReport  *self,
                                        const char *code);
SLK_AVAILABLE_IN_ALL
JsonNode  *slk_report_to_json_node     (SlkReport  *self);

SLK_AVAILABLE_IN_ALL
gboolean   slk_report_write_json       (SlkReport     *self,
                                        GOutputStream *stream,
                                        GCancellable  *cancellable,
                                        GError       **error);
SLK_AVAILABLE_IN_ALL
gboolean   slk_report_write_text       (SlkReport     *self,
                                        GOutputStream *stream,
                                        const char    *label,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
