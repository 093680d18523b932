/* slk-record.c: what every record of a dataset is
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record.h"

/**
 * SlkRecord:
 *
 * What every record of a dataset is, whatever its kind: an organization,
 * an uitvoeringstoets, a noodrem, a taakstelling, a rule change or a rule
 * target. [method@Slk.Dataset.lookup] returns a record; through this
 * interface a script can ask any record for its id, its dataset and where
 * it stands in the dataset file, without knowing its kind.
 *
 * ```python
 * record = ds.lookup("uwv")
 * print(Slk.Record.dup_pointer(record))    # "/organizations/12"
 * ```
 */
G_DEFINE_INTERFACE (SlkRecord, slk_record, G_TYPE_OBJECT)

static void
slk_record_default_init (SlkRecordInterface *iface)
{
}

/**
 * slk_record_get_id:
 * @self: a record
 *
 * Gets the record's id, unique across its dataset. A rule target has none.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
slk_record_get_id (SlkRecord *self)
{
  g_return_val_if_fail (SLK_IS_RECORD (self), NULL);
  return SLK_RECORD_GET_IFACE (self)->get_id (self);
}

/**
 * slk_record_get_dataset:
 * @self: a record
 *
 * Gets the dataset the record belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_record_get_dataset (SlkRecord *self)
{
  g_return_val_if_fail (SLK_IS_RECORD (self), NULL);
  return SLK_RECORD_GET_IFACE (self)->get_dataset (self);
}

/**
 * slk_record_dup_pointer:
 * @self: a record
 *
 * Makes the JSON pointer (RFC 6901) of the record in its dataset, such as
 * `/organizations/3`: where it stands in the file the dataset saves, and
 * the prefix of the pointers of the findings on it.
 *
 * Returns: (transfer full) (nullable): the pointer, or %NULL when the
 *   record belongs to no dataset
 */
char *
slk_record_dup_pointer (SlkRecord *self)
{
  g_return_val_if_fail (SLK_IS_RECORD (self), NULL);
  return SLK_RECORD_GET_IFACE (self)->dup_pointer (self);
}
