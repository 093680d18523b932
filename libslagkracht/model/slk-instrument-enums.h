/* slk-instrument-enums.h: the enumerations of uitvoeringstoetsen and noodremmen
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

/* SLK_N_ASPECTS: the number of values of #SlkAspect, for C arrays and
 * loops. Not introspected: bindings count an enum's values themselves. */
#ifndef __GI_SCANNER__
#define SLK_N_ASPECTS 7
#endif

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

/* SLK_N_STEPS: the number of values of #SlkStep, for C arrays and
 * loops. Not introspected: bindings count an enum's values themselves. */
#ifndef __GI_SCANNER__
#define SLK_N_STEPS 10
#endif

G_END_DECLS
