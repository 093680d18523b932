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

G_END_DECLS
