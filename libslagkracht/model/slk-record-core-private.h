/* slk-record-core-private.h: what every instrument record (an uitvoeringstoets,
 * a noodrem) keeps besides its typed members
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "slk-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  SlkDataset *dataset;    /* not owned: the dataset clears it when it goes */
  guint       index;      /* place in the dataset's array of its kind */
  JsonObject *extras;     /* members not modelled, or given in a form that cannot be used */
  JsonObject *nested;     /* per object member ("costs", ...): its members not modelled */
  GHashTable *nulls;      /* paths below the record the file gave as null ("decision/motivation"):
                           * absent to the model, written back as null while unset */
} SlkRecordCore;

void        _slk_record_core_clear     (SlkRecordCore *core);
gboolean    _slk_record_core_was_given (SlkRecordCore *core,
                                        const char    *member);
void        _slk_record_core_forget    (SlkRecordCore *core,
                                        const char    *member);
JsonObject *_slk_record_core_nested    (SlkRecordCore *core,
                                        const char    *member);
void        _slk_record_core_set_dataset (SlkRecordCore *core,
                                          GObject       *record,
                                          GParamSpec    *pspec,
                                          SlkDataset    *dataset,
                                          guint          index);
void        _slk_record_core_changed   (SlkRecordCore *core,
                                        GObject       *record,
                                        GParamSpec    *pspec,
                                        const char    *member);
char       *_slk_record_core_dup_pointer (SlkRecordCore *core,
                                          const char    *array);
gpointer    _slk_record_core_resolve   (SlkRecordCore *core,
                                        const char    *id,
                                        GType          type);

G_END_DECLS
