/* slk-validator-private.h: what the parts of the validator share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-dataset-private.h"

G_BEGIN_DECLS

typedef struct
{
  SlkDatasetContent *content;
  GArray            *findings;  /* SlkFindingData, strings in @strings */
  GStringChunk      *strings;
  GString           *scratch;   /* messages are built here, then copied exactly */
  GString           *pointer;   /* and pointers */
  const char        *last_subject;        /* the subject of the last finding ... */
  const char        *last_subject_copy;   /* ... and its copy in @strings */
  GHashTable        *ids;   /* id → the first record (of any kind) with it */
} SlkValidator;

void _slk_validator_take_finding (SlkValidator *validator,
                                  SlkSeverity   severity,
                                  const char   *code,
                                  const char   *subject,
                                  const char   *pointer,
                                  SlkPosition   position,
                                  const char   *message,
                                  gssize        message_length);
void _slk_validator_report       (SlkValidator *validator,
                                  SlkSeverity   severity,
                                  const char   *code,
                                  const char   *subject,
                                  const char   *pointer,
                                  SlkPosition   position,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (7, 8);
void _slk_validator_check_id     (SlkValidator *validator,
                                  gpointer      record,
                                  const char   *id,
                                  const char   *pointer,
                                  SlkPosition   position);
void _slk_validator_check_toetsen    (SlkValidator *validator);
void _slk_validator_check_noodremmen (SlkValidator *validator);

G_END_DECLS
