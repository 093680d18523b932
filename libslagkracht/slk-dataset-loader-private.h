/* slk-dataset-loader-private.h: what the parts of the loader share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-dataset-private.h"
#include "slk-json-reader-private.h"
#include "slk-organization-private.h"

G_BEGIN_DECLS

typedef struct
{
  SlkJsonReader      reader;
  SlkDatasetContent *content;
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
  GArray            *figure_years;
  JsonObject        *figure_extras;
  JsonObject        *extras;
} SlkOrgDraft;

void        _slk_loader_add_finding_at        (SlkLoader           *loader,
                                               const char          *code,
                                               const char          *pointer,
                                               SlkPosition          position,
                                               const char          *subject,
                                               const char          *message);
void        _slk_loader_add_finding_at_printf (SlkLoader           *loader,
                                               const char          *code,
                                               const char          *pointer,
                                               SlkPosition          position,
                                               const char          *subject,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (6, 7);
void        _slk_loader_add_finding           (SlkLoader           *loader,
                                               const char          *code,
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

G_END_DECLS
