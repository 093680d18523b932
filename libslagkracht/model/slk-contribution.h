/* slk-contribution.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_CONTRIBUTION (slk_contribution_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkContribution, slk_contribution, SLK, CONTRIBUTION, GObject)

SLK_AVAILABLE_IN_ALL
const char *slk_contribution_get_record_id (SlkContribution *self);
SLK_AVAILABLE_IN_ALL
const char *slk_contribution_get_what      (SlkContribution *self);
SLK_AVAILABLE_IN_ALL
double      slk_contribution_get_value     (SlkContribution *self);

G_END_DECLS
