/* libslagkracht.h: the umbrella header
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define SLK_INSIDE

#include "slk-version-macros.h"
#include "slk-version.h"
#include "slk-types.h"
#include "slk-enums.h"
#include "slk-enum-types.h"
#include "slk-error.h"
#include "slk-text.h"
#include "slk-norms.h"
#include "slk-record.h"
#include "slk-finding.h"
#include "slk-report.h"
#include "slk-source.h"
#include "slk-reported.h"
#include "slk-organization.h"
#include "slk-ministry.h"
#include "slk-zbo.h"
#include "slk-inspection.h"
#include "slk-agency.h"
#include "slk-decentral-body.h"
#include "slk-uitvoeringstoets.h"
#include "slk-noodrem-event.h"
#include "slk-noodrem.h"
#include "slk-measure.h"
#include "slk-taakstelling.h"
#include "slk-rule-change.h"
#include "slk-rule-target.h"
#include "slk-commitment.h"
#include "slk-fte-target.h"
#include "slk-contribution.h"
#include "slk-rollup.h"
#include "slk-allocator.h"
#include "slk-monitor.h"
#include "slk-dataset.h"

#undef SLK_INSIDE
