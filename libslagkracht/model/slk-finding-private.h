/* slk-finding-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-codes-private.h"
#include "slk-finding.h"
#include "slk-judge-private.h"

G_BEGIN_DECLS

/* A finding as plain data. Reports keep these in an array, with their
 * strings in one GStringChunk, and make a SlkFinding object only when one
 * is asked for: a large file can give hundreds of thousands of findings.
 * A norm finding on a year's figures keeps its numbers instead of its
 * texts: its message and pointer are made when read (use the accessors). */
typedef struct
{
  const char  *code;      /* static: a literal or an interned string */
  const char  *message;   /* NULL: said by `wording` from who and said[] */
  const char  *subject;   /* NULL where there is none */
  const char  *pointer;   /* NULL: /organizations/<org_index>/figures/<year> */
  const char  *who;       /* the wording's organization */
  double       said[2];   /* the wording's share and norm */
  guint32      line;
  guint32      column;
  guint32      org_index;
  guint16      year;
  guint8       wording;   /* SlkWording */
  SlkSeverity  severity;
} SlkFindingData;

const char           *_slk_finding_data_message  (const SlkFindingData *data,
                                                  GString              *scratch);
const char           *_slk_finding_data_pointer  (const SlkFindingData *data,
                                                  GString              *scratch);

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
