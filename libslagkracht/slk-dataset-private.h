/* slk-dataset-private.h: what the files of the dataset façade share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-dataset.h"
#include "slk-store-private.h"

G_BEGIN_DECLS

gboolean _slk_dataset_finish_load (SlkDataset *self,
                                   SlkStore   *store,
                                   SlkFinding *failure);

G_END_DECLS
