/* slk-dataset-private.h: what a dataset holds, shared by the loader, the
 * writer and the validator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "slk-dataset.h"
#include "slk-norms.h"
#include "slk-date-private.h"
#include "slk-position-private.h"

G_BEGIN_DECLS

#define SLK_DATASET_FORMAT "slagkracht-dataset/1"

typedef enum
{
  SLK_TOP_MEMBER_ROOT,
  SLK_TOP_MEMBER_FORMAT,
  SLK_TOP_MEMBER_TITLE,
  SLK_TOP_MEMBER_REFERENCE_DATE,
  SLK_TOP_MEMBER_ORGANIZATIONS,
  SLK_TOP_MEMBER_UITVOERINGSTOETSEN,
  SLK_TOP_MEMBER_NOODREMMEN,
  SLK_TOP_MEMBER_TAAKSTELLINGEN,
  SLK_TOP_MEMBER_RULE_CHANGES,
  SLK_TOP_MEMBER_RULE_TARGETS,
  SLK_N_TOP_MEMBERS
} SlkTopMember;

/* A record that could not be typed (no kind, an unknown kind, not an
 * object): kept as it was, at its place in the array. */
typedef struct
{
  guint     index;
  JsonNode *node;
} SlkRawRecord;

/* One array of the file: its typed records, and the raw ones between them. */
typedef struct
{
  GPtrArray *typed;  /* GObject records, owned, in file order */
  GArray    *raw;    /* SlkRawRecord, by index */
} SlkRecordList;

typedef const char *(*SlkIdGetter)   (gpointer record);
typedef void        (*SlkSetDataset) (gpointer record, SlkDataset *dataset, guint index);

typedef struct
{
  char        *title;
  SlkDay       reference_date;
  SlkRecordList organizations;       /* SlkOrganization */
  SlkRecordList uitvoeringstoetsen;  /* SlkUitvoeringstoets */
  SlkRecordList noodremmen;          /* SlkNoodrem */
  SlkRecordList taakstellingen;      /* SlkTaakstelling */
  SlkRecordList rule_changes;        /* SlkRuleChange */
  SlkRecordList rule_targets;        /* SlkRuleTarget */
  GHashTable  *raw_ids;            /* ids of raw records: references to them are not dangling */
  JsonObject  *extras;             /* top-level members this library does not model */
  GPtrArray   *load_findings;      /* SlkFinding */
  SlkPosition  positions[SLK_N_TOP_MEMBERS];
  gboolean     root_not_object;    /* reported once; nothing else is judged */
} SlkDatasetContent;

SlkDatasetContent *_slk_dataset_content_new     (void);
void               _slk_dataset_content_free    (SlkDatasetContent *content);
SlkDatasetContent *_slk_dataset_loader_run      (const char        *data,
                                                 gsize              length,
                                                 gboolean           release_pages,
                                                 SlkFinding       **failure,
                                                 GError           **error);
GString           *_slk_dataset_writer_run      (SlkDatasetContent *content);
void               _slk_dataset_validator_run   (SlkDataset        *dataset,
                                                 SlkDatasetContent *content,
                                                 SlkNorms          *norms,
                                                 SlkReport         *report);
GPtrArray         *_slk_dataset_get_organizations (SlkDataset      *self);
char              *_slk_dataset_org_pointer     (SlkOrganization   *org,
                                                 const char        *member);
SlkDatasetContent *_slk_dataset_get_content     (SlkDataset        *self);
SlkDay             _slk_dataset_get_reference_day (SlkDataset      *self);
gboolean           _slk_dataset_add_record      (SlkDataset        *self,
                                                 SlkRecordList     *list,
                                                 gpointer           record,
                                                 const char        *id,
                                                 SlkDataset        *current,
                                                 SlkSetDataset      set_dataset,
                                                 GError           **error);
void               _slk_dataset_forget_extra_for (SlkDataset     *self,
                                                  SlkRecordList  *list);
GListModel        *_slk_dataset_filter          (SlkDataset        *self,
                                                 GType              type,
                                                 const char        *id,
                                                 SlkIdGetter        get_id);
GListModel        *_slk_list_all                (GType              type,
                                                 GPtrArray         *records);
void               _slk_record_list_init        (SlkRecordList     *list);
void               _slk_record_list_clear       (SlkRecordList     *list);
void               _slk_record_list_add_raw     (SlkRecordList     *list,
                                                 guint              index,
                                                 JsonNode          *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlkDatasetContent, _slk_dataset_content_free)

G_END_DECLS
