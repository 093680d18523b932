/* slk-organization-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "slk-date-private.h"
#include "slk-figure-block-private.h"
#include "slk-year-table-private.h"
#include "slk-organization.h"

G_BEGIN_DECLS

/* The members of an organization record, in the order they are written. */
typedef enum
{
  SLK_ORG_MEMBER_OBJECT, /* the record itself: where its '{' stands */
  SLK_ORG_MEMBER_ID,
  SLK_ORG_MEMBER_KIND,
  SLK_ORG_MEMBER_NAME,
  SLK_ORG_MEMBER_ABBREVIATION,
  SLK_ORG_MEMBER_PARENT,
  SLK_ORG_MEMBER_ESTABLISHED,
  SLK_ORG_MEMBER_ENDED,
  SLK_ORG_MEMBER_LEGAL_FORM,
  SLK_ORG_MEMBER_LEGAL_PERSONALITY,
  SLK_ORG_MEMBER_KADERWET,
  SLK_ORG_MEMBER_AUTHORITY,
  SLK_ORG_MEMBER_LAST_EVALUATION,
  SLK_ORG_MEMBER_INSPECTIERAAD,
  SLK_ORG_MEMBER_MEMBERS,
  SLK_ORG_MEMBER_FIGURES,
  /* Held as written, in the extras, and read through the provenance API. */
  SLK_ORG_MEMBER_SOURCES,
  SLK_ORG_MEMBER_FIGURE_SOURCES,
  SLK_ORG_MEMBER_REPORTED,
  SLK_N_ORG_MEMBERS
} SlkOrgMember;

/* A name with its length, so that a lookup can compare lengths first. */
typedef struct
{
  const char *name;
  gsize       length;
} SlkName;

#define SLK_NAME(text) { text, sizeof text - 1 }

#define SLK_N_ORGANIZATION_KINDS 5

/* The JSON names, in the order of their enums: one table each, for the
 * loader, the writer and the public accessors alike. */
extern const SlkName _slk_org_member_names[SLK_N_ORG_MEMBERS];
extern const SlkName _slk_metric_names[SLK_N_METRICS];
extern const SlkName _slk_organization_kind_names[SLK_N_ORGANIZATION_KINDS];

gboolean       _slk_id_is_valid                    (const char      *id);
const SlkFigureBlock *_slk_organization_get_figures (SlkOrganization *self);
void           _slk_organization_set_figure_years  (SlkOrganization    *self,
                                                    const SlkYearTable *years);
gboolean       _slk_organization_find_year         (SlkOrganization *self,
                                                    guint            year,
                                                    SlkFigureYear   *found);
double         _slk_figure_year_get                (const SlkFigureYear *entry,
                                                    SlkMetric        metric);
SlkDay         _slk_organization_get_established_day (SlkOrganization *self);
void           _slk_organization_set_established_day (SlkOrganization *self,
                                                      SlkDay           day);
SlkDay         _slk_organization_get_ended_day (SlkOrganization *self);
void           _slk_organization_set_ended_day (SlkOrganization *self,
                                                SlkDay           day);
gboolean       _slk_organization_exists_in     (SlkOrganization *self,
                                                guint            year);
guint32        _slk_organization_get_nulls         (SlkOrganization *self);
void           _slk_organization_set_nulls         (SlkOrganization *self,
                                                    guint32          nulls);
JsonObject    *_slk_organization_get_extras        (SlkOrganization *self);
JsonObject    *_slk_organization_make_extras       (SlkOrganization *self,
                                                    SlkOrgMember     member);
void           _slk_organization_take_extras       (SlkOrganization *self,
                                                    JsonObject      *extras);
JsonObject    *_slk_organization_get_figure_extras (SlkOrganization *self);
void           _slk_organization_take_figure_extras (SlkOrganization *self,
                                                    JsonObject      *figure_extras);
void           _slk_organization_set_dataset       (SlkOrganization *self,
                                                    SlkDataset      *dataset,
                                                    guint            index);
guint          _slk_organization_get_index         (SlkOrganization *self);
void           _slk_organization_take_identity     (SlkOrganization *self,
                                                    char            *id,
                                                    char            *name,
                                                    char            *abbreviation,
                                                    char            *parent_id);

G_END_DECLS
