/* slk-commitment.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

#include "slk-budget-enums.h"
#include "slk-source.h"
#include "slk-types.h"
#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_COMMITMENT (slk_commitment_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkCommitment, slk_commitment, SLK, COMMITMENT, GObject)

/**
 * SLK_COMMITMENT_RIJKSBREED:
 *
 * The owner of a promise of the government as a whole.
 */
#define SLK_COMMITMENT_RIJKSBREED "rijksbreed"

SLK_AVAILABLE_IN_ALL
SlkCommitment      *slk_commitment_new           (const char          *id,
                                                  const char          *title,
                                                  const char          *owner_id);
SLK_AVAILABLE_IN_ALL
const char         *slk_commitment_get_id        (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
SlkDataset         *slk_commitment_get_dataset   (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
const char         *slk_commitment_get_title     (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
const char         *slk_commitment_get_owner_id  (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
const char         *slk_commitment_get_due_text  (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
GDateTime          *slk_commitment_dup_due       (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
gboolean            slk_commitment_set_due       (SlkCommitment       *self,
                                                  const char          *due);
SLK_AVAILABLE_IN_ALL
SlkCommitmentStatus slk_commitment_get_status    (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
void                slk_commitment_set_status    (SlkCommitment       *self,
                                                  SlkCommitmentStatus  status);
SLK_AVAILABLE_IN_ALL
GDateTime          *slk_commitment_dup_delivered (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
void                slk_commitment_set_delivered (SlkCommitment       *self,
                                                  GDateTime           *delivered);
SLK_AVAILABLE_IN_ALL
SlkSource          *slk_commitment_dup_source    (SlkCommitment       *self);
SLK_AVAILABLE_IN_ALL
void                slk_commitment_set_source    (SlkCommitment       *self,
                                                  SlkSource           *source);
SLK_AVAILABLE_IN_ALL
gboolean            slk_commitment_is_overdue    (SlkCommitment       *self);

G_END_DECLS
