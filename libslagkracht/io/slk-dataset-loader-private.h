/* slk-dataset-loader-private.h: what the parts of the loader share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-io-private.h"
#include "slk-json-writer-private.h"
#include "slk-json-reader-private.h"
#include "slk-organization-private.h"
#include "slk-record-core-private.h"

G_BEGIN_DECLS

typedef struct
{
  SlkJsonReader      reader;
  SlkStore          *content;
  SlkPosition        top[SLK_N_TOP_MEMBERS];  /* where the dataset's members stand */
  /* An organization's figures and their positions are read into these,
   * reused from one organization to the next, and copied out compact. */
  SlkYearTable      *figure_years;
  SlkYearTable      *year_traces;
} SlkLoader;

/* The yes/no members, in the order of SlkOrgMember. */
#define FIRST_FLAG_MEMBER SLK_ORG_MEMBER_LEGAL_PERSONALITY
#define N_FLAG_MEMBERS 3

typedef struct
{
  SlkPosition        positions[SLK_N_ORG_MEMBERS];
  const char        *value_start[SLK_N_ORG_MEMBERS];
  const char        *value_end[SLK_N_ORG_MEMBERS];
  guint32            seen;
  guint32            nulls;           /* members given as null */
  char              *id;
  char              *name;
  char              *abbreviation;
  char              *parent;
  int                kind;            /* -1: missing or unusable */
  gboolean           kind_present;
  SlkLegalForm       legal_form;
  SlkOptionalBoolean flags[N_FLAG_MEMBERS];
  SlkOptionalBoolean inspectieraad;
  SlkDay             last_evaluation;
  SlkDay             established;
  SlkDay             ended;
  char             **members;         /* a cluster's members, or NULL */
  SlkYearTable      *figure_years;    /* the loader's, borrowed */
  SlkYearTable      *year_traces;     /* SlkYearTrace: where each year's figures stand; borrowed */
  JsonObject        *figure_extras;
  JsonObject        *extras;
} SlkOrgDraft;

void        _slk_loader_add_finding_at        (SlkLoader           *loader,
                                               SlkCode              code,
                                               const char          *pointer,
                                               SlkPosition          position,
                                               const char          *subject,
                                               const char          *message);
void        _slk_loader_add_finding_at_printf (SlkLoader           *loader,
                                               SlkCode              code,
                                               const char          *pointer,
                                               SlkPosition          position,
                                               const char          *subject,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (6, 7);
void        _slk_loader_add_finding           (SlkLoader           *loader,
                                               SlkCode              code,
                                               SlkPosition          position,
                                               const char          *subject,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (5, 6);
gboolean    _slk_loader_keep_member           (SlkLoader           *loader,
                                               JsonObject         **extras,
                                               const char          *name,
                                               SlkPosition          key_position,
                                               const char          *subject);
JsonNode   *_slk_loader_node_from_range       (const char          *start,
                                               const char          *end);
const char *_slk_loader_json_type_name        (SlkJsonType          type);
int         _slk_loader_lookup_name           (const SlkJsonString *key,
                                               const SlkName       *names,
                                               int                  first,
                                               int                  n_names);
gboolean    _slk_loader_read_date_member      (SlkLoader           *loader,
                                               SlkDay              *field,
                                               JsonObject         **extras,
                                               const char          *name,
                                               SlkPosition          key_position,
                                               const char          *subject);
gboolean    _slk_loader_read_figures          (SlkLoader           *loader,
                                               SlkOrgDraft         *draft);
gboolean    _slk_loader_read_organizations    (SlkLoader           *loader);
/* An instrument record, read whole into a node with where each of its
 * values stands; its typed members are taken out of @object one by one,
 * and what stays behind is kept as extras. Members are named by their
 * pointer below the record ("decision/motivation"). */
typedef struct
{
  SlkLoader   *loader;
  GHashTable  *positions;  /* relative pointer → SlkPosition */
  GHashTable  *lexemes;    /* relative pointer → number text */
  const char  *base;       /* the record's pointer, "/noodremmen/3" */
  const char  *subject;    /* its id, once known */
  GHashTable  *nulls;      /* relative pointers given as null, or NULL */
  GHashTable  *asked;      /* relative pointers a reader asked for: the known members */
} SlkFields;

typedef void (*SlkArrayElementFunc) (SlkFields *fields,
                                     guint      index,
                                     JsonNode  *node);

void        _slk_loader_note_unknown          (SlkLoader           *loader,
                                               const char          *name,
                                               SlkPosition          key_position,
                                               const char          *subject,
                                               const char * const  *known,
                                               gssize               n_known);
void        _slk_fields_ask                   (SlkFields           *fields,
                                               const char          *relative);
void        _slk_fields_note_unknown          (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *prefix);
gboolean    _slk_loader_read_record_array     (SlkLoader           *loader,
                                               SlkArrayElementFunc  func);
/* The element readers of the record arrays, one a kind. */
void        _slk_loader_read_toets            (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_noodrem          (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_taakstelling     (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_rule_change      (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_commitment       (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_fte_target       (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
void        _slk_loader_read_rule_target      (SlkFields           *fields,
                                               guint                index,
                                               JsonNode            *node);
SlkPosition _slk_fields_position              (SlkFields           *fields,
                                               const char          *relative);
void        _slk_fields_report                (SlkFields           *fields,
                                               SlkCode              code,
                                               const char          *relative,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (4, 5);
gboolean    _slk_fields_take_string           (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               char               **value);
gboolean    _slk_fields_take_enum             (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               GType                enum_type,
                                               int                  first,
                                               int                 *value);
void        _slk_fields_report_invalid_value  (SlkFields           *fields,
                                               const char          *relative,
                                               const char          *given,
                                               const char * const  *allowed,
                                               gsize                n_allowed);
gboolean    _slk_fields_take_date             (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               SlkDay              *day);
gboolean    _slk_fields_take_boolean          (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               SlkOptionalBoolean  *value);
gboolean    _slk_fields_take_cents            (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               gint64              *cents);
gboolean    _slk_fields_take_int              (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               int                 *value);
gboolean    _slk_fields_take_double           (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               double              *value);
gboolean    _slk_fields_year_key              (SlkFields           *fields,
                                               const char          *relative,
                                               const char          *key,
                                               guint               *year);
gboolean    _slk_fields_take_strings          (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative,
                                               char              ***value);
JsonObject *_slk_fields_open_object           (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *relative);
void        _slk_fields_close_object          (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *name,
                                               JsonObject         **nested);
const char *_slk_fields_kind_text             (SlkFields           *fields,
                                               JsonObject          *object,
                                               const char          *what);

JsonObject *_slk_loader_typed_object          (SlkFields           *fields,
                                               SlkRecordList       *list,
                                               guint                index,
                                               JsonNode            *node,
                                               const char          *what,
                                               GType                kind_type,
                                               int                 *kind);
void        _slk_loader_finish_core           (SlkFields           *fields,
                                               SlkRecordCore       *core,
                                               JsonObject          *object);


G_END_DECLS
