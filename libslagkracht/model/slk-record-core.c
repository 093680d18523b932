/* slk-record-core.c: the bookkeeping shared by the instrument records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record-core-private.h"

void
_slk_record_core_clear (SlkRecordCore *core)
{
  g_clear_pointer (&core->extras, json_object_unref);
  g_clear_pointer (&core->nested, json_object_unref);
  g_clear_pointer (&core->nulls, g_hash_table_unref);
}

/* A member kept as an extra under a modelled name was present but
 * unusable, and has had its finding: it is not missing as well. */
gboolean
_slk_record_core_was_given (SlkRecordCore *core,
                            const char    *member)
{
  return core->extras != NULL && json_object_has_member (core->extras, member);
}

/* A setter gives the member a value: an unusable one kept from the file
 * must not be written beside it. */
void
_slk_record_core_forget (SlkRecordCore *core,
                         const char    *member)
{
  if (core->extras != NULL && json_object_has_member (core->extras, member))
    json_object_remove_member (core->extras, member);
}

JsonObject *
_slk_record_core_nested (SlkRecordCore *core,
                         const char    *member)
{
  if (core->nested == NULL || !json_object_has_member (core->nested, member))
    return NULL;
  return json_object_get_object_member (core->nested, member);
}

/* Joins or leaves a dataset; @pspec is the record's "dataset" property. */
void
_slk_record_core_set_dataset (SlkRecordCore *core,
                              GObject       *record,
                              GParamSpec    *pspec,
                              SlkDataset    *dataset,
                              guint          index)
{
  core->index = index;
  if (core->dataset == dataset)
    return;
  core->dataset = dataset;
  g_object_notify_by_pspec (record, pspec);
}

/* A member got a value through the API: an unusable one the file gave for
 * it (named @member, or NULL) goes, and @pspec is notified. */
void
_slk_record_core_changed (SlkRecordCore *core,
                          GObject       *record,
                          GParamSpec    *pspec,
                          const char    *member)
{
  if (member != NULL)
    _slk_record_core_forget (core, member);
  g_object_notify_by_pspec (record, pspec);
}

/* The record of @type that @id names in the record's dataset, or NULL. */
gpointer
_slk_record_core_resolve (SlkRecordCore *core,
                          const char    *id,
                          GType          type)
{
  GObject *found;

  if (core->dataset == NULL || id == NULL)
    return NULL;
  found = _slk_store_lookup (_slk_store_of (core->dataset), id);
  return found != NULL && G_TYPE_CHECK_INSTANCE_TYPE (found, type) ? found : NULL;
}

/* "/<array>/<index>" while the record is in a dataset, else NULL: the
 * pointer SlkRecord gives for it. */
char *
_slk_record_core_dup_pointer (SlkRecordCore *core,
                              const char    *array)
{
  if (core->dataset == NULL)
    return NULL;
  return g_strdup_printf ("/%s/%u", array, core->index);
}
