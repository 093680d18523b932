/* slk-validator-judged.c: the checks every kind of record shares: its id,
 * its required members, and the records it names
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-validator-private.h"

/* "/<array>/<index>" and, when @relative is given, "/<relative>". */
static char *
judged_pointer (SlkJudged  *record,
                const char *relative)
{
  if (relative == NULL || *relative == '\0')
    return g_strdup_printf ("/%s/%u", record->array, record->core->index);
  return g_strdup_printf ("/%s/%u/%s", record->array, record->core->index, relative);
}

void G_GNUC_PRINTF (4, 5)
_slk_judged_flag (SlkJudged   *record,
                  SlkCode       code,
                  const char  *relative,
                  const char  *format,
                  ...)
{
  g_autofree char *pointer = judged_pointer (record, relative);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _slk_validator_take_finding (record->validator, code, record->id, pointer,
                               _slk_trace_path (record->validator->content->trace, record->core,
                                                relative ? relative : ""),
                               message, -1);
}

/* Missing unless set, or given in a form that could not be used (which
 * has had its finding). */
void
_slk_judged_present (SlkJudged  *record,
                     const char *member,
                     gboolean    set)
{
  if (set || _slk_record_core_was_given (record->core, member))
    return;
  _slk_judged_flag (record, SLK_CODE_MISSING_MEMBER, NULL,
                    _("%s has no \"%s\", which it requires."),
                    record->what, member);
}

void
_slk_judged_identity (SlkJudged *record,
                      gpointer   object)
{
  _slk_judged_present (record, "id", record->id != NULL);
  if (record->id != NULL)
    {
      g_autofree char *pointer = judged_pointer (record, "id");

      _slk_validator_check_id (record->validator, object, record->id, pointer,
                               _slk_trace_path (record->validator->content->trace, record->core,
                                                "id"));
    }
}

/* The record @id names, or NULL: reported as dangling unless the id is
 * that of a record kept raw. */
GObject *
_slk_judged_resolve (SlkJudged  *record,
                     const char *member,
                     const char *id)
{
  GObject *found;

  if (id == NULL || g_hash_table_contains (record->validator->content->raw_ids, id))
    return NULL;
  found = _slk_store_lookup (record->validator->content, id);
  if (found == NULL)
    _slk_judged_flag (record, SLK_CODE_DANGLING_REFERENCE, member,
                      _("%s names \"%s\" as %s, but no record has that id."), record->what, id,
                      member);
  return found;
}

void
_slk_judged_wrong_kind (SlkJudged  *record,
                        const char *member,
                        const char *id,
                        const char *expected)
{
  _slk_judged_flag (record, SLK_CODE_WRONG_REFERENCE_KIND, member,
                    _("%s names \"%s\" as %s, which must be %s."), record->what, id, member,
                    expected);
}

