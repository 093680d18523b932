/* slk-budget-enums.h: the enumerations of taakstellingen and rule changes
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
 * SlkTaakstellingKind:
 * @SLK_TAAKSTELLING_KIND_APPARAAT: a cut of personnel and material budgets
 * @SLK_TAAKSTELLING_KIND_EFFICIENCY: the efficiency taakstelling
 * @SLK_TAAKSTELLING_KIND_VERNIEUWING: the taakstelling Vernieuwing Rijksdienst /
 *   slagvaardige overheid
 * @SLK_TAAKSTELLING_KIND_SUBSIDIE: a cut of subsidies
 * @SLK_TAAKSTELLING_KIND_PRODUCTIVITEIT: the productivity norm
 * @SLK_TAAKSTELLING_KIND_OTHER: any other cut
 *
 * The kind of a [class@Slk.Taakstelling] (`kind` in the JSON format).
 */
typedef enum {
  SLK_TAAKSTELLING_KIND_APPARAAT,
  SLK_TAAKSTELLING_KIND_EFFICIENCY,
  SLK_TAAKSTELLING_KIND_VERNIEUWING,
  SLK_TAAKSTELLING_KIND_SUBSIDIE,
  SLK_TAAKSTELLING_KIND_PRODUCTIVITEIT,
  SLK_TAAKSTELLING_KIND_OTHER,
} SlkTaakstellingKind;

/**
 * SlkTaakFigure:
 * @SLK_TAAK_FIGURE_TARGETS: the cumulative cut to reach in a year, in euro (`targets`)
 * @SLK_TAAK_FIGURE_REALIZED: the cut filled in (ingevuld), in euro (`realized`)
 * @SLK_TAAK_FIGURE_FTE_TARGETS: the FTE to shed by a year, for the dubbele slot
 *   (`fte_targets`)
 * @SLK_TAAK_FIGURE_FTE_REALIZED: the FTE shed (`fte_realized`)
 *
 * The per-year figures of a [class@Slk.Taakstelling].
 */
typedef enum {
  SLK_TAAK_FIGURE_TARGETS,       /*< nick=targets >*/
  SLK_TAAK_FIGURE_REALIZED,      /*< nick=realized >*/
  SLK_TAAK_FIGURE_FTE_TARGETS,   /*< nick=fte_targets >*/
  SLK_TAAK_FIGURE_FTE_REALIZED,  /*< nick=fte_realized >*/
} SlkTaakFigure;

/* SLK_N_TAAK_FIGURES: the number of values of #SlkTaakFigure, for C arrays and
 * loops. Not introspected: bindings count an enum's values themselves. */
#ifndef __GI_SCANNER__
#define SLK_N_TAAK_FIGURES 4
#endif

/**
 * SlkRuleChangeKind:
 * @SLK_RULE_CHANGE_KIND_SCRAPPED: the rule is scrapped
 * @SLK_RULE_CHANGE_KIND_SIMPLIFIED: the rule is simplified
 *
 * What happened to a rule (`change` of a [class@Slk.RuleChange]).
 */
typedef enum {
  SLK_RULE_CHANGE_KIND_SCRAPPED,
  SLK_RULE_CHANGE_KIND_SIMPLIFIED,
} SlkRuleChangeKind;

/**
 * SlkAudience:
 * @SLK_AUDIENCE_CITIZENS: citizens
 * @SLK_AUDIENCE_BUSINESSES: businesses
 * @SLK_AUDIENCE_PROFESSIONALS: professionals
 *
 * Whom a rule change is for (`audience` of a [class@Slk.RuleChange]).
 */
typedef enum {
  SLK_AUDIENCE_CITIZENS,
  SLK_AUDIENCE_BUSINESSES,
  SLK_AUDIENCE_PROFESSIONALS,
} SlkAudience;

/**
 * SlkCommitmentStatus:
 * @SLK_COMMITMENT_STATUS_OPEN: not yet delivered
 * @SLK_COMMITMENT_STATUS_DELIVERED: delivered, on its `delivered` date
 * @SLK_COMMITMENT_STATUS_DROPPED: no longer pursued
 *
 * Where a promise of the government stands (SPEC 1.1 `commitments`).
 */
typedef enum {
  SLK_COMMITMENT_STATUS_OPEN,      /*< nick=open >*/
  SLK_COMMITMENT_STATUS_DELIVERED, /*< nick=delivered >*/
  SLK_COMMITMENT_STATUS_DROPPED,   /*< nick=dropped >*/
} SlkCommitmentStatus;

/**
 * SlkMeasureKind:
 * @SLK_MEASURE_KIND_FTE: fewer staff
 * @SLK_MEASURE_KIND_MATERIAL: lower material spending
 * @SLK_MEASURE_KIND_HOUSING: less office space (huisvesting)
 * @SLK_MEASURE_KIND_PROCUREMENT: cheaper procurement (inkoop)
 * @SLK_MEASURE_KIND_SUBSIDY: lower subsidies
 * @SLK_MEASURE_KIND_OTHER: any other measure
 *
 * How a share of a cut is filled in (SPEC 1.1 `measures`).
 */
typedef enum {
  SLK_MEASURE_KIND_FTE,         /*< nick=fte >*/
  SLK_MEASURE_KIND_MATERIAL,    /*< nick=material >*/
  SLK_MEASURE_KIND_HOUSING,     /*< nick=housing >*/
  SLK_MEASURE_KIND_PROCUREMENT, /*< nick=procurement >*/
  SLK_MEASURE_KIND_SUBSIDY,     /*< nick=subsidy >*/
  SLK_MEASURE_KIND_OTHER,       /*< nick=other >*/
} SlkMeasureKind;

G_END_DECLS
