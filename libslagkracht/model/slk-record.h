/* slk-record.h: what every record of a dataset is
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

#define SLK_TYPE_RECORD (slk_record_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (SlkRecord, slk_record, SLK, RECORD, GObject)

/**
 * SlkRecordInterface:
 * @get_id: gets the id, or %NULL for a record without one
 * @get_dataset: gets the dataset the record belongs to, or %NULL
 * @dup_pointer: makes the JSON pointer of the record in its dataset, or %NULL
 *
 * The virtual functions of [iface@Slk.Record].
 */
struct _SlkRecordInterface
{
  /*< private >*/
  GTypeInterface parent_iface;

  /*< public >*/
  const char * (*get_id)      (SlkRecord *self);
  SlkDataset * (*get_dataset) (SlkRecord *self);
  char       * (*dup_pointer) (SlkRecord *self);
};

SLK_AVAILABLE_IN_ALL
const char *slk_record_get_id      (SlkRecord *self);
SLK_AVAILABLE_IN_ALL
SlkDataset *slk_record_get_dataset (SlkRecord *self);
SLK_AVAILABLE_IN_ALL
char       *slk_record_dup_pointer (SlkRecord *self);

G_END_DECLS
