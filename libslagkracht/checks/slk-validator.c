/* slk-validator.c: how the parts of the validator record findings, and
 * the id checks every kind of record shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-finding-private.h"
#include "slk-organization-private.h"
#include "slk-validator-private.h"

void
_slk_validator_take_finding (SlkValidator *validator,
                             SlkCode        code,
                             const char   *subject,
                             const char   *pointer,
                             SlkPosition   position,
                             const char   *message,
                             gssize        message_length)
{
  SlkFindingData data = {
    .code = _slk_code_name (code),   /* from the table: lives as long as the library */
    .u.text.message = g_string_chunk_insert_len (validator->strings, message, message_length),
    .subject = NULL,
    .u.text.pointer = g_string_chunk_insert (validator->strings, pointer),
    .line = position.line,
    .column = position.column,
    .severity = _slk_code_severity (code),
  };

  /* Findings come a record at a time: reuse its copied id. Copies are not
   * interned: the table would cost more than the few repeats it saves. */
  if (subject != NULL && subject != validator->last_subject)
    {
      validator->last_subject = subject;
      validator->last_subject_copy = g_string_chunk_insert (validator->strings, subject);
    }
  data.subject = subject ? validator->last_subject_copy : NULL;
  g_array_append_val (validator->findings, data);
}

/* A norm finding on a year's figures, kept as its numbers: its message
 * and pointer (/organizations/<org_index>/figures/<year>) are made when
 * read. */
void
_slk_validator_take_worded (SlkValidator *validator,
                            SlkCode       code,
                            const char   *subject,
                            guint         org_index,
                            guint         year,
                            SlkPosition   position,
                            SlkWording    wording,
                            const char   *who,
                            double        share,
                            double        norm)
{
  SlkFindingData data = {
    .code = _slk_code_name (code),
    .u.said = { share, norm },
    .line = position.line,
    .column = position.column,
    .org_index = org_index,
    .year = (guint16) year,
    .wording = (guint8) wording,
    .severity = _slk_code_severity (code),
  };

  if (subject != NULL && subject != validator->last_subject)
    {
      validator->last_subject = subject;
      validator->last_subject_copy = g_string_chunk_insert (validator->strings, subject);
    }
  if (who != validator->last_who)
    {
      validator->last_who = who;
      validator->last_who_copy = g_string_chunk_insert (validator->strings, who);
    }
  data.subject = subject ? validator->last_subject_copy : NULL;
  data.who = validator->last_who_copy;
  g_array_append_val (validator->findings, data);
}

void G_GNUC_PRINTF (6, 7)
_slk_validator_report (SlkValidator *validator,
                       SlkCode        code,
                       const char   *subject,
                       const char   *pointer,
                       SlkPosition   position,
                       const char   *format,
                       ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _slk_validator_take_finding (validator, code, subject, pointer, position, message,
                               -1);
}

/* An id must match the pattern and be the first of its kind in the whole
 * file, whatever kind of record holds it. */
void
_slk_validator_check_id (SlkValidator *validator,
                         gpointer      record,
                         const char   *id,
                         const char   *pointer,
                         SlkPosition   position)
{
  if (!_slk_id_is_valid (id))
    _slk_validator_report (validator, SLK_CODE_INVALID_ID, id, pointer, position,
                           _("The id \"%s\" is not valid: ids are lowercase letters, digits and "
                           "'-', and start with a letter or digit."), id);
  else if (_slk_store_lookup (validator->content, id) != record)
    _slk_validator_report (validator, SLK_CODE_DUPLICATE_ID, id, pointer, position,
                           _("The id \"%s\" is already used by an earlier record; ids are unique "
                           "across the file."), id);
}
