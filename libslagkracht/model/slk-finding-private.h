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
  union
  {
    struct
    {
      const char *message;
      const char *pointer;
    }          text;      /* wording SLK_WORDING_TEXT */
    double     said[2];   /* other wordings: the share and the norm */
  }            u;
  const char  *subject;   /* NULL where there is none */
  const char  *who;       /* the wording's organization */
  guint32      line;
  guint32      column;
  guint32      org_index; /* a worded finding's pointer: */
  guint16      year;      /* /organizations/<org_index>/figures/<year> */
  guint8       wording;   /* SlkWording */
  guint8       severity;  /* SlkSeverity */
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
