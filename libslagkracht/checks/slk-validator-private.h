/* slk-validator-private.h: what the parts of the validator share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-checks-private.h"
#include "slk-judge-private.h"
#include "slk-share-tree-private.h"
#include "slk-enums.h"
#include "slk-norms.h"
#include "slk-record-core-private.h"
#include "slk-util-private.h"

G_BEGIN_DECLS

typedef struct
{
  SlkStore *content;
  GArray            *findings;  /* SlkFindingData, strings in @strings */
  GStringChunk      *strings;
  GString           *scratch;   /* messages are built here, then copied exactly */
  GString           *pointer;   /* and pointers */
  const char        *last_subject;        /* the subject of the last finding ... */
  const char        *last_subject_copy;   /* ... and its copy in @strings */
  const char        *last_who;            /* the same for the worded findings' names */
  const char        *last_who_copy;
  SlkNorms          *norms;
  SlkShareTree      *share_tree;        /* while the taakstellingen are checked */
  GHashTable        *org_cycles;        /* organizations whose parents lead back to them,
                                         * NULL until first needed */
  guint              evaluation_years;
} SlkValidator;

void _slk_validator_take_finding (SlkValidator *validator,
                                  SlkCode        code,
                                  const char   *subject,
                                  const char   *pointer,
                                  SlkPosition   position,
                                  const char   *message,
                                  gssize        message_length);
void _slk_validator_take_worded  (SlkValidator *validator,
                                  SlkCode        code,
                                  const char   *subject,
                                  guint         org_index,
                                  guint         year,
                                  SlkPosition   position,
                                  SlkWording    wording,
                                  const char   *who,
                                  double        share,
                                  double        norm);
void _slk_validator_report       (SlkValidator *validator,
                                  SlkCode        code,
                                  const char   *subject,
                                  const char   *pointer,
                                  SlkPosition   position,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (6, 7);
void _slk_validator_check_id     (SlkValidator *validator,
                                  gpointer      record,
                                  const char   *id,
                                  const char   *pointer,
                                  SlkPosition   position);
void _slk_validator_check_provenance         (SlkValidator    *validator,
                                              SlkOrganization *org,
                                              const char      *what);
void _slk_validator_check_dataset_provenance (SlkValidator    *validator);
void _slk_validator_check_members            (SlkValidator    *validator,
                                              SlkZbo          *zbo,
                                              const char      *what);

/* One record under judgement: where it is, and what it is called. */
typedef struct
{
  SlkValidator  *validator;
  SlkRecordCore *core;
  const char    *array;     /* "uitvoeringstoetsen" */
  const char    *id;
  const char    *what;      /* "The uitvoeringstoets \"t1\"" */
} SlkJudged;

void      _slk_judged_flag       (SlkJudged    *record,
                                  SlkCode        code,
                                  const char   *relative,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (4, 5);
void      _slk_judged_present    (SlkJudged    *record,
                                  const char   *member,
                                  gboolean      set);
void      _slk_judged_identity   (SlkJudged    *record,
                                  gpointer      object);
GObject  *_slk_judged_resolve    (SlkJudged    *record,
                                  const char   *member,
                                  const char   *id);
void      _slk_judged_wrong_kind (SlkJudged    *record,
                                  const char   *member,
                                  const char   *id,
                                  const char   *expected);
void _slk_validator_check_toetsen    (SlkValidator *validator);
void _slk_validator_check_noodremmen (SlkValidator *validator);
void _slk_validator_check_taakstellingen (SlkValidator *validator);
void _slk_validator_check_rules      (SlkValidator *validator);
void _slk_validator_check_agenda     (SlkValidator *validator);

G_END_DECLS
