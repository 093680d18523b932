/* slk-ministry.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <gio/gio.h>

#include "slk-organization.h"
#include "slk-reported.h"

G_BEGIN_DECLS

#define SLK_TYPE_MINISTRY (slk_ministry_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkMinistry, slk_ministry, SLK, MINISTRY, SlkOrganization)

SLK_AVAILABLE_IN_ALL
SlkMinistry *slk_ministry_new                (const char  *id,
                                              const char  *name);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_ministry_list_organizations (SlkMinistry *self);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_ministry_list_requested_toetsen (SlkMinistry *self);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_ministry_list_addressed_noodremmen (SlkMinistry *self);
SLK_AVAILABLE_IN_ALL
GListModel  *slk_ministry_list_commitments   (SlkMinistry *self);
SLK_AVAILABLE_IN_ALL
SlkReported *slk_ministry_dup_reported       (SlkMinistry *self,
                                              guint        year);
SLK_DEPRECATED_FOR (slk_ministry_list_reported_years)
guint       *slk_ministry_get_reported_years (SlkMinistry *self,
                                              guint       *n_years);
SLK_AVAILABLE_IN_ALL
guint       *slk_ministry_list_reported_years (SlkMinistry *self,
                                               guint       *n_years);
SLK_AVAILABLE_IN_ALL
void         slk_ministry_set_reported       (SlkMinistry *self,
                                              SlkReported *reported);

G_END_DECLS
