/* slk-enums.h: every enumeration of the library, one header per domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-organization-enums.h"
#include "slk-finding-enums.h"
#include "slk-instrument-enums.h"
#include "slk-budget-enums.h"
#include "slk-aggregate-enums.h"
