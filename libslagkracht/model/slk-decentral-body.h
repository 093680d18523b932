/* slk-decentral-body.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-organization.h"

G_BEGIN_DECLS

#define SLK_TYPE_DECENTRAL_BODY (slk_decentral_body_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkDecentralBody, slk_decentral_body, SLK, DECENTRAL_BODY, SlkOrganization)

SLK_AVAILABLE_IN_ALL
SlkDecentralBody *slk_decentral_body_new (const char *id,
                                          const char *name);

G_END_DECLS
