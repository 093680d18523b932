/* slk-allocator.h
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

#define SLK_TYPE_ALLOCATOR (slk_allocator_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkAllocator, slk_allocator, SLK, ALLOCATOR, GObject)

SLK_AVAILABLE_IN_ALL
SlkAllocator *slk_allocator_new              (void);
SLK_AVAILABLE_IN_ALL
SlkMetric     slk_allocator_get_metric       (SlkAllocator    *self);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_metric       (SlkAllocator    *self,
                                              SlkMetric        metric);
SLK_AVAILABLE_IN_ALL
guint         slk_allocator_get_base_year    (SlkAllocator    *self);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_base_year    (SlkAllocator    *self,
                                              guint            base_year);
SLK_AVAILABLE_IN_ALL
SlkScope      slk_allocator_get_scope        (SlkAllocator    *self);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_scope        (SlkAllocator    *self,
                                              SlkScope         scope);
SLK_AVAILABLE_IN_ALL
gboolean      slk_allocator_get_dubbele_slot (SlkAllocator    *self);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_dubbele_slot (SlkAllocator    *self,
                                              gboolean         dubbele_slot);
SLK_AVAILABLE_IN_ALL
gboolean      slk_allocator_get_allow_partial (SlkAllocator   *self);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_allow_partial (SlkAllocator   *self,
                                               gboolean        allow_partial);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_set_weight       (SlkAllocator    *self,
                                              const char      *ministry_id,
                                              double           weight);
SLK_AVAILABLE_IN_ALL
void          slk_allocator_exempt           (SlkAllocator    *self,
                                              const char      *ministry_id);
SLK_AVAILABLE_IN_ALL
GListModel   *slk_allocator_allocate         (SlkAllocator    *self,
                                              SlkTaakstelling *parent,
                                              GError         **error);

G_END_DECLS
