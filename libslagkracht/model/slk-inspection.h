/* slk-inspection.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-organization.h"

G_BEGIN_DECLS

#define SLK_TYPE_INSPECTION (slk_inspection_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkInspection, slk_inspection, SLK, INSPECTION, SlkOrganization)

SLK_AVAILABLE_IN_ALL
SlkInspection      *slk_inspection_new               (const char         *id,
                                                      const char         *name,
                                                      const char         *parent_id);
SLK_AVAILABLE_IN_ALL
SlkOptionalBoolean  slk_inspection_get_inspectieraad (SlkInspection      *self);
SLK_AVAILABLE_IN_ALL
void                slk_inspection_set_inspectieraad (SlkInspection      *self,
                                                      SlkOptionalBoolean  inspectieraad);

G_END_DECLS
