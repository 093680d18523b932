/* slk-finding-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-codes-private.h"
#include "slk-finding.h"

G_BEGIN_DECLS

/* A finding as plain data. Reports keep these in an array, with their
 * strings in one GStringChunk, and make a SlkFinding object only when one
 * is asked for: a large file can give hundreds of thousands of findings. */
typedef struct
{
  const char  *code;      /* static: a literal or an interned string */
  const char  *message;
  const char  *subject;   /* NULL where there is none */
  const char  *pointer;
  guint32      line;
  guint32      column;
  SlkSeverity  severity;
} SlkFindingData;

void                  _slk_finding_data_copy_to  (SlkFindingData       *dest,
                                                  const SlkFindingData *src,
                                                  GStringChunk         *strings);
gboolean              _slk_finding_data_before   (const SlkFindingData *a,
                                                  const SlkFindingData *b);
SlkFinding           *_slk_finding_new_coded     (SlkCode               code,
                                                  const char           *message,
                                                  const char           *subject,
                                                  const char           *pointer,
                                                  guint                 line,
                                                  guint                 column);
SlkFinding           *_slk_finding_new_from_data (const SlkFindingData *data);
const SlkFindingData *_slk_finding_get_data      (SlkFinding           *self);

const char *_slk_severity_name (SlkSeverity severity);

G_END_DECLS
