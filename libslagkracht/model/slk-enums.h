/* slk-enums.h: the enumerations of the data model
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
} SlkMetric;

/**
 * SLK_N_METRICS:
 *
 * The number of values of [enum@Slk.Metric].
 */
#define SLK_N_METRICS 6

/**
 * SlkSeverity:
 * @SLK_SEVERITY_ERROR: the data contradicts itself or the dataset contract
 * @SLK_SEVERITY_WARNING: the data is consistent, but a norm or a deadline is not met
 *
 * How serious a [class@Slk.Finding] is.
 */
typedef enum {
  SLK_SEVERITY_ERROR,
  SLK_SEVERITY_WARNING,
} SlkSeverity;

/**
 * SlkToetsKind:
 * @SLK_TOETS_KIND_UITVOERINGSTOETS: an uitvoeringstoets by an executing organization
 * @SLK_TOETS_KIND_UDO: an Uitvoerbaarheidstoets Decentrale Overheden, by a decentral body
 * @SLK_TOETS_KIND_HUF: a handhaafbaarheid-, uitvoerbaarheid- en
 *   fraudebestendigheidstoets, by an inspection
 * @SLK_TOETS_KIND_UITVOERINGSSCAN: a quick scan of an amendment
 *
 * The kind of an [class@Slk.Uitvoeringstoets] (`kind` in the JSON format).
 */
typedef enum {
  SLK_TOETS_KIND_UITVOERINGSTOETS,
  SLK_TOETS_KIND_UDO,
  SLK_TOETS_KIND_HUF,
  SLK_TOETS_KIND_UITVOERINGSSCAN,
} SlkToetsKind;

/**
 * SlkProposalType:
 * @SLK_PROPOSAL_TYPE_UNKNOWN: not given
 * @SLK_PROPOSAL_TYPE_WET: a bill (wetsvoorstel)
 * @SLK_PROPOSAL_TYPE_AMVB: an algemene maatregel van bestuur
 * @SLK_PROPOSAL_TYPE_REGELING: a ministeriële regeling
 * @SLK_PROPOSAL_TYPE_AMENDEMENT: an amendment
 * @SLK_PROPOSAL_TYPE_BELEID: policy without new rules
 *
 * What kind of proposal an [class@Slk.Uitvoeringstoets] assesses
 * (`proposal_type`).
 */
typedef enum {
  SLK_PROPOSAL_TYPE_UNKNOWN,
  SLK_PROPOSAL_TYPE_WET,
  SLK_PROPOSAL_TYPE_AMVB,
  SLK_PROPOSAL_TYPE_REGELING,
  SLK_PROPOSAL_TYPE_AMENDEMENT,
  SLK_PROPOSAL_TYPE_BELEID,
} SlkProposalType;

/**
 * SlkVerdict:
 * @SLK_VERDICT_UNKNOWN: not given (a `missing-member` finding)
 * @SLK_VERDICT_FEASIBLE: uitvoerbaar
 * @SLK_VERDICT_CONDITIONAL: uitvoerbaar onder voorwaarden: needs conditions
 * @SLK_VERDICT_INFEASIBLE: niet uitvoerbaar
 *
 * The verdict of an [class@Slk.Uitvoeringstoets].
 */
typedef enum {
  SLK_VERDICT_UNKNOWN,
  SLK_VERDICT_FEASIBLE,
  SLK_VERDICT_CONDITIONAL,
  SLK_VERDICT_INFEASIBLE,
} SlkVerdict;

/**
 * SlkAspect:
 * @SLK_ASPECT_ICT: the ICT systems
 * @SLK_ASPECT_DATA_EXCHANGE: exchange of data between organizations
 * @SLK_ASPECT_DOENVERMOGEN: whether citizens can do what the rule asks of them
 * @SLK_ASPECT_ENFORCEABILITY: handhaafbaarheid
 * @SLK_ASPECT_FRAUD_RESISTANCE: fraudebestendigheid
 * @SLK_ASPECT_COSTS: the costs of carrying it out
 * @SLK_ASPECT_LEAD_TIME: the time needed to prepare
 *
 * The aspects an [class@Slk.Uitvoeringstoets] rates. The nick of each value
 * is its member name in `aspects`.
 */
typedef enum {
  SLK_ASPECT_ICT,              /*< nick=ict >*/
  SLK_ASPECT_DATA_EXCHANGE,    /*< nick=data_exchange >*/
  SLK_ASPECT_DOENVERMOGEN,     /*< nick=doenvermogen >*/
  SLK_ASPECT_ENFORCEABILITY,   /*< nick=enforceability >*/
  SLK_ASPECT_FRAUD_RESISTANCE, /*< nick=fraud_resistance >*/
  SLK_ASPECT_COSTS,            /*< nick=costs >*/
  SLK_ASPECT_LEAD_TIME,        /*< nick=lead_time >*/
} SlkAspect;

/**
 * SLK_N_ASPECTS:
 *
 * The number of values of [enum@Slk.Aspect].
 */
#define SLK_N_ASPECTS 7

/**
 * SlkRating:
 * @SLK_RATING_UNKNOWN: not rated
 * @SLK_RATING_OK: no problem
 * @SLK_RATING_RISK: a risk
 * @SLK_RATING_BLOCKING: blocks the implementation
 *
 * How an [class@Slk.Uitvoeringstoets] rates one [enum@Slk.Aspect].
 */
typedef enum {
  SLK_RATING_UNKNOWN,
  SLK_RATING_OK,
  SLK_RATING_RISK,
  SLK_RATING_BLOCKING,
} SlkRating;

/**
 * SlkCost:
 * @SLK_COST_ONE_OFF: one-off costs (`one_off`)
 * @SLK_COST_STRUCTURAL: structural costs a year (`structural`)
 *
 * The two costs an [class@Slk.Uitvoeringstoets] estimates.
 */
typedef enum {
  SLK_COST_ONE_OFF,     /*< nick=one_off >*/
  SLK_COST_STRUCTURAL,  /*< nick=structural >*/
} SlkCost;

/**
 * SlkNoodremKind:
 * @SLK_NOODREM_KIND_NOODREM: the emergency brake of the ROB advice
 * @SLK_NOODREM_KIND_RODE_KAART: the "rode kaart" of the Staatscommissie
 *   rechtsstaat; needs grounds
 *
 * The kind of an [class@Slk.Noodrem].
 */
typedef enum {
  SLK_NOODREM_KIND_NOODREM,     /*< nick=noodrem >*/
  SLK_NOODREM_KIND_RODE_KAART,  /*< nick=rode-kaart >*/
} SlkNoodremKind;

/**
 * SlkGrounds:
 * @SLK_GROUNDS_NONE: no grounds given
 * @SLK_GROUNDS_INFEASIBLE: the rule cannot be carried out
 * @SLK_GROUNDS_UNLAWFUL: carrying it out would be unlawful
 * @SLK_GROUNDS_HARMS_VULNERABLE: it harms vulnerable people
 *
 * The grounds of an [class@Slk.Noodrem] (`grounds`, a list of the nicks).
 */
typedef enum { /*< flags >*/
  SLK_GROUNDS_NONE = 0,                   /*< nick=none >*/
  SLK_GROUNDS_INFEASIBLE = 1 << 0,        /*< nick=infeasible >*/
  SLK_GROUNDS_UNLAWFUL = 1 << 1,          /*< nick=unlawful >*/
  SLK_GROUNDS_HARMS_VULNERABLE = 1 << 2,  /*< nick=harms-vulnerable >*/
} SlkGrounds;

/**
 * SlkStep:
 * @SLK_STEP_NONE: no step yet: the state of a noodrem without events, and
 *   the type of an event kept as the file gave it because it cannot be read
 * @SLK_STEP_SIGNAL: the executing organization signals a problem
 * @SLK_STEP_ESCALATION_OFFICIAL: escalated to the official top
 * @SLK_STEP_ESCALATION_POLITICAL: escalated to the political top
 * @SLK_STEP_PULLED: the noodrem itself is pulled
 * @SLK_STEP_ACKNOWLEDGED: the ministry acknowledges it
 * @SLK_STEP_COMPLIED: the ministry complies (a response)
 * @SLK_STEP_EXPLAINED: the ministry explains why it does not comply (a
 *   response; needs the explanation)
 * @SLK_STEP_CLOSED: closed after the response
 * @SLK_STEP_WITHDRAWN: withdrawn before a response
 *
 * The steps of the escalation ladder, in ladder order: the `type` of a
 * noodrem event, and the state of a noodrem (its last step).
 */
typedef enum {
  SLK_STEP_NONE,                  /*< nick=none >*/
  SLK_STEP_SIGNAL,                /*< nick=signal >*/
  SLK_STEP_ESCALATION_OFFICIAL,   /*< nick=escalation-official >*/
  SLK_STEP_ESCALATION_POLITICAL,  /*< nick=escalation-political >*/
  SLK_STEP_PULLED,                /*< nick=pulled >*/
  SLK_STEP_ACKNOWLEDGED,          /*< nick=acknowledged >*/
  SLK_STEP_COMPLIED,              /*< nick=complied >*/
  SLK_STEP_EXPLAINED,             /*< nick=explained >*/
  SLK_STEP_CLOSED,                /*< nick=closed >*/
  SLK_STEP_WITHDRAWN,             /*< nick=withdrawn >*/
} SlkStep;

/**
 * SLK_N_STEPS:
 *
 * The number of values of [enum@Slk.Step], %SLK_STEP_NONE included.
 */
#define SLK_N_STEPS 10

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

/**
 * SLK_N_TAAK_FIGURES:
 *
 * The number of values of [enum@Slk.TaakFigure].
 */
#define SLK_N_TAAK_FIGURES 4

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
 * SlkScope:
 * @SLK_SCOPE_CORE: the ministry's own figures: the kerndepartement
 * @SLK_SCOPE_RIJKSDIENST: the ministry, its agencies and inspections, and its
 *   ZBOs without legal personality (a ZBO whose legal personality no source
 *   gives is left out)
 * @SLK_SCOPE_ALL: everything under the ministry
 *
 * What a roll-up per ministry counts (SPEC §6).
 */
typedef enum {
  SLK_SCOPE_CORE,
  SLK_SCOPE_RIJKSDIENST,
  SLK_SCOPE_ALL,
} SlkScope;

/**
 * SlkPeriod:
 * @SLK_PERIOD_APRIL: the April monitor
 * @SLK_PERIOD_OCTOBER: the October monitor
 *
 * The two reports of the Monitor Slagvaardige Overheid each year.
 */
typedef enum {
  SLK_PERIOD_APRIL,
  SLK_PERIOD_OCTOBER,
} SlkPeriod;

/**
 * SlkShare:
 * @SLK_SHARE_EXTERNAL_HIRE: external hire / (personnel + external hire), the
 *   share the Roemernorm judges
 * @SLK_SHARE_OVERHEAD: overhead FTE / FTE
 *
 * The shares a roll-up computes, always from sums (Σ parts / Σ wholes),
 * never as an average of shares.
 */
typedef enum {
  SLK_SHARE_EXTERNAL_HIRE,
  SLK_SHARE_OVERHEAD,
} SlkShare;

/**
 * SlkGrouping:
 * @SLK_GROUPING_MINISTRY: one group per ministry
 * @SLK_GROUPING_KIND: one group per kind of organization
 *
 * How a [class@Slk.Rollup] groups the organizations.
 */
typedef enum {
  SLK_GROUPING_MINISTRY,
  SLK_GROUPING_KIND,
} SlkGrouping;

/**
 * SlkMonitorFormat:
 * @SLK_MONITOR_FORMAT_TEXT: a table for the terminal
 * @SLK_MONITOR_FORMAT_CSV: comma-separated values, one row per ministry and one for
 *   the Rijksdienst
 * @SLK_MONITOR_FORMAT_JSON: the JSON object of SPEC §6
 * @SLK_MONITOR_FORMAT_MARKDOWN: a Markdown table
 * @SLK_MONITOR_FORMAT_HTML: one self-contained HTML page with charts
 *
 * The formats [method@Slk.Monitor.render] writes.
 */
typedef enum {
  SLK_MONITOR_FORMAT_TEXT,
  SLK_MONITOR_FORMAT_CSV,
  SLK_MONITOR_FORMAT_JSON,
  SLK_MONITOR_FORMAT_MARKDOWN,
  SLK_MONITOR_FORMAT_HTML,
} SlkMonitorFormat;

G_END_DECLS
