/* slk-organization-enums.h: the enumerations of organizations and their figures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SlkOrganizationKind:
 * @SLK_ORGANIZATION_KIND_MINISTRY: a ministry (ministerie); its own staff is the kerndepartement
 * @SLK_ORGANIZATION_KIND_ZBO: a zelfstandig bestuursorgaan
 * @SLK_ORGANIZATION_KIND_INSPECTION: a rijksinspectie
 * @SLK_ORGANIZATION_KIND_AGENCY: an agentschap
 * @SLK_ORGANIZATION_KIND_DECENTRAL: a decentral government or its umbrella body
 *
 * The kind of an organization. The nick of each value is the `kind` member
 * of the JSON dataset format.
 */
typedef enum {
  SLK_ORGANIZATION_KIND_MINISTRY,
  SLK_ORGANIZATION_KIND_ZBO,
  SLK_ORGANIZATION_KIND_INSPECTION,
  SLK_ORGANIZATION_KIND_AGENCY,
  SLK_ORGANIZATION_KIND_DECENTRAL,
} SlkOrganizationKind;

/**
 * SlkLegalForm:
 * @SLK_LEGAL_FORM_UNKNOWN: no source gives the legal form
 * @SLK_LEGAL_FORM_PUBLIC: publiekrechtelijk (public law)
 * @SLK_LEGAL_FORM_PRIVATE: privaatrechtelijk (private law)
 *
 * The legal form of a ZBO (`legal_form` in the JSON format).
 */
typedef enum {
  SLK_LEGAL_FORM_UNKNOWN,
  SLK_LEGAL_FORM_PUBLIC,
  SLK_LEGAL_FORM_PRIVATE,
} SlkLegalForm;

/**
 * SlkOptionalBoolean:
 * @SLK_OPTIONAL_BOOLEAN_UNKNOWN: no source says; absent from the file
 * @SLK_OPTIONAL_BOOLEAN_FALSE: the source says no
 * @SLK_OPTIONAL_BOOLEAN_TRUE: the source says yes
 *
 * A yes/no fact that a source may not give. Absent is kept distinct from
 * false, so that nothing is claimed that no source says.
 */
typedef enum {
  SLK_OPTIONAL_BOOLEAN_UNKNOWN,
  SLK_OPTIONAL_BOOLEAN_FALSE,
  SLK_OPTIONAL_BOOLEAN_TRUE,
} SlkOptionalBoolean;

/**
 * SlkMetric:
 * @SLK_METRIC_FTE: own staff, in FTE
 * @SLK_METRIC_OVERHEAD_FTE: FTE in overhead functions (bedrijfsvoering and lijnmanagement)
 * @SLK_METRIC_PERSONNEL_SPENDING: spending on own staff, in euro (exact to the cent)
 * @SLK_METRIC_EXTERNAL_HIRE_SPENDING: spending on external hire (externe inhuur), in euro
 * @SLK_METRIC_MATERIAL_SPENDING: material spending, in euro
 * @SLK_METRIC_OFFICE_M2: office space in square metres
 * @SLK_METRIC_EXTERNAL_HIRE_SHARE: external hire as a fraction of own staff plus
 *   hire spending, where a source gives only the share (SPEC 1.1); never summed
 * @SLK_METRIC_FORMATIE: the formatie (budgeted positions, in FTE), which is not the
 *   FTE actually employed and is never added to it (since 1.1)
 *
 * The per-year figures of an organization. The nick of each value is its
 * member name in the `figures` of the JSON format.
 */
typedef enum {
  SLK_METRIC_FTE,                    /*< nick=fte >*/
  SLK_METRIC_OVERHEAD_FTE,           /*< nick=overhead_fte >*/
  SLK_METRIC_PERSONNEL_SPENDING,     /*< nick=personnel_spending >*/
  SLK_METRIC_EXTERNAL_HIRE_SPENDING, /*< nick=external_hire_spending >*/
  SLK_METRIC_MATERIAL_SPENDING,      /*< nick=material_spending >*/
  SLK_METRIC_OFFICE_M2,              /*< nick=office_m2 >*/
  SLK_METRIC_EXTERNAL_HIRE_SHARE,    /*< nick=external_hire_share >*/
  SLK_METRIC_FORMATIE,               /*< nick=formatie >*/
} SlkMetric;

/* SLK_N_METRICS: the number of values of #SlkMetric, for C arrays and
 * loops. Not introspected: bindings count an enum's values themselves. */
#ifndef __GI_SCANNER__
#define SLK_N_METRICS 8
#endif

/**
 * SlkReportedScope:
 * @SLK_REPORTED_SCOPE_CORE: the kerndepartement alone
 * @SLK_REPORTED_SCOPE_MINISTRY: the whole ministry, its agencies included
 * @SLK_REPORTED_SCOPE_RIJKSDIENST: the government as a whole
 *
 * What a published figure covers (SPEC 1.1 `reported`). Figures of
 * different scopes are never added together.
 */
typedef enum {
  SLK_REPORTED_SCOPE_CORE,        /*< nick=core >*/
  SLK_REPORTED_SCOPE_MINISTRY,    /*< nick=ministry >*/
  SLK_REPORTED_SCOPE_RIJKSDIENST, /*< nick=rijksdienst >*/
} SlkReportedScope;

G_END_DECLS
