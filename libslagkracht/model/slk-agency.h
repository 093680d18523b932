/* slk-agency.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-organization.h"

G_BEGIN_DECLS

#define SLK_TYPE_AGENCY (slk_agency_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkAgency, slk_agency, SLK, AGENCY, SlkOrganization)

SLK_AVAILABLE_IN_ALL
SlkAgency *slk_agency_new (const char *id,
                          const char *name,
                          const char *parent_id);

G_END_DECLS
