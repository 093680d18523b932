/* slk-store-private.h: the records of a dataset, held for the model
 *
 * The store is what a dataset holds: its typed records (and the raw ones
 * that could not be typed, at their places), the top-level members, and
 * what the load left behind. The model reaches it from any record through
 * the record's dataset (_slk_store_of), so that no model type calls up into
 * the SlkDataset façade; io fills it, checks and analysis read it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "slk-types.h"
#include "slk-date-private.h"
#include "slk-trace-private.h"

G_BEGIN_DECLS

/* The members of the dataset object, as the slots of its trace. */
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
  SLK_TOP_MEMBER_COMMITMENTS,
  SLK_TOP_MEMBER_FTE_TARGETS,
  /* Held as written, in the extras (SPEC 1.1). */
  SLK_TOP_MEMBER_SOURCES,
  SLK_TOP_MEMBER_RIJKSDIENST_REPORTED,
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
  SlkRecordList commitments;         /* SlkCommitment */
  SlkRecordList fte_targets;         /* SlkFteTarget */
  GHashTable  *by_id;              /* id → first typed record with it (not owned) */
  GHashTable  *raw_ids;            /* ids of raw records: references to them are not dangling */
  JsonObject  *extras;             /* top-level members this library does not model */
  GPtrArray   *load_findings;      /* SlkFinding made while reading */
  SlkTrace    *trace;              /* where loaded members stand; the top members are the
                                    * slots of the store itself */
  gboolean     root_not_object;    /* reported once; nothing else is judged */
  guint32      top_nulls;          /* bit m: top member m was given as null */
} SlkStore;

SlkStore   *_slk_store_new              (void);
void        _slk_store_free             (SlkStore       *store);
SlkStore   *_slk_store_of               (SlkDataset     *dataset);
gboolean    _slk_store_is_dataset       (gpointer        object);
void        _slk_store_attach           (SlkStore       *store,
                                         SlkDataset     *dataset);
void        _slk_store_detach           (SlkStore       *store);
gpointer    _slk_store_lookup           (SlkStore       *store,
                                         const char     *id);
gboolean    _slk_store_add_record       (SlkStore       *store,
                                         SlkDataset     *dataset,
                                         SlkRecordList  *list,
                                         gpointer        record,
                                         const char     *id,
                                         SlkDataset     *current,
                                         SlkSetDataset   set_dataset,
                                         GError        **error);
void        _slk_store_forget_extra_for (SlkStore       *store,
                                         SlkRecordList  *list);
GListModel *_slk_store_filter           (SlkStore       *store,
                                         GType           type,
                                         const char     *id,
                                         SlkIdGetter     get_id);
GHashTable *_slk_store_parent_cycles   (SlkStore       *store,
                                         GPtrArray      *records,
                                         SlkIdGetter     get_parent_id,
                                         GType           type);
char       *_slk_store_describe_cycle  (SlkStore       *store,
                                         gpointer        record,
                                         SlkIdGetter     get_id,
                                         SlkIdGetter     get_parent_id);
GListModel *_slk_list_all               (GType           type,
                                         GPtrArray      *records);
void        _slk_record_list_add_raw    (SlkRecordList  *list,
                                         guint           index,
                                         JsonNode       *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SlkStore, _slk_store_free)

G_END_DECLS
