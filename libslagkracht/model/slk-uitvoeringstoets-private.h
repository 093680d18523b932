/* slk-uitvoeringstoets-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-date-private.h"
#include "slk-record-core-private.h"
#include "slk-uitvoeringstoets.h"

G_BEGIN_DECLS

/* The properties, for the files that share the type. */
typedef enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_PROPOSAL,
  PROP_PROPOSAL_TYPE,
  PROP_REQUESTED_BY_ID,
  PROP_ASSESSOR_ID,
  PROP_DATE,
  PROP_VERDICT,
  PROP_CONDITIONS,
  PROP_DECISION_DATE,
  PROP_DECISION_FOLLOWED,
  PROP_DECISION_MOTIVATION,
  PROP_DATASET,
  N_PROPS
} SlkToetsProp;

struct _SlkUitvoeringstoets
{
  GObject            parent_instance;
  SlkRecordCore      core;
  char              *id;
  char              *proposal;
  char              *requested_by_id;
  char              *assessor_id;
  char              *decision_motivation;
  char             **conditions;
  SlkToetsKind       kind;
  SlkProposalType    proposal_type;
  SlkVerdict         verdict;
  SlkOptionalBoolean decision_followed;
  SlkDay             date;
  SlkDay             decision_date;
  gboolean           has_months;
  int                months;
  guint8             has_cost;        /* bit c: cost c is set */
  gint64             costs[2];
  SlkRating          ratings[SLK_N_ASPECTS];
};


SlkRecordCore *_slk_uitvoeringstoets_get_core            (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_dataset         (SlkUitvoeringstoets *self,
                                                          SlkDataset          *dataset,
                                                          guint                index);
SlkDay         _slk_uitvoeringstoets_get_date_day        (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_date_day        (SlkUitvoeringstoets *self,
                                                          SlkDay               day);
SlkDay         _slk_uitvoeringstoets_get_decision_day    (SlkUitvoeringstoets *self);
void           _slk_uitvoeringstoets_set_decision_day    (SlkUitvoeringstoets *self,
                                                          SlkDay               day);

void _slk_uitvoeringstoets_changed (SlkUitvoeringstoets *self,
                                   SlkToetsProp         prop_id);

G_END_DECLS
