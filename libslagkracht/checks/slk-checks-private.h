/* slk-checks-private.h: validation of a store against the contract and
 * the norms
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-norms.h"
#include "slk-report.h"
#include "slk-store-private.h"

G_BEGIN_DECLS

void _slk_checks_run (SlkStore  *store,
                      SlkNorms  *norms,
                      SlkReport *report);

G_END_DECLS
