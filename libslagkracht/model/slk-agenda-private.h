/* slk-agenda-private.h: what the loader, writer and validator need of
 * commitments and FTE targets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-commitment.h"
#include "slk-date-private.h"
#include "slk-fte-target.h"
#include "slk-record-core-private.h"

G_BEGIN_DECLS

SlkRecordCore *_slk_commitment_get_core      (SlkCommitment *self);
void           _slk_commitment_set_dataset   (SlkCommitment *self,
                                              SlkDataset    *dataset,
                                              guint          index);
SlkDay         _slk_commitment_get_due_day   (SlkCommitment *self);
SlkDay         _slk_commitment_get_delivered_day (SlkCommitment *self);
void           _slk_commitment_set_delivered_day (SlkCommitment *self,
                                                  SlkDay         day);
/* Whether the file gave a status (the writer writes it back then, even
 * when it is the default `open`). */
gboolean       _slk_commitment_status_given  (SlkCommitment *self);
void           _slk_commitment_take_source   (SlkCommitment *self,
                                              char          *title,
                                              char          *date,
                                              char          *quote,
                                              char          *url);
void           _slk_commitment_get_source    (SlkCommitment *self,
                                              const char   **title,
                                              const char   **date,
                                              const char   **quote,
                                              const char   **url);

SlkRecordCore *_slk_fte_target_get_core      (SlkFteTarget  *self);
void           _slk_fte_target_set_dataset   (SlkFteTarget  *self,
                                              SlkDataset    *dataset,
                                              guint          index);
const char    *_slk_fte_target_no_id         (SlkFteTarget  *self);
/* Which members of an FTE target the file gave (it has no setters). */
#define SLK_FTE_TARGET_HAS_YEAR  (1u << 0)
#define SLK_FTE_TARGET_HAS_FTE   (1u << 1)
#define SLK_FTE_TARGET_HAS_SCOPE (1u << 2)
guint          _slk_fte_target_get_present   (SlkFteTarget  *self);
void           _slk_fte_target_set           (SlkFteTarget  *self,
                                              const char    *ministry_id,
                                              guint          year,
                                              double         fte,
                                              SlkScope       scope,
                                              guint          present);

G_END_DECLS
