/* slk-norms.h: the norms the government set itself (SPEC §4)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

/**
 * SLK_NORM_ROEMERNORM:
 *
 * The Roemernorm: external hire at most this fraction of total personnel
 * spending, `external_hire / (personnel + external_hire)` (seed 002).
 */
#define SLK_NORM_ROEMERNORM 0.10

/**
 * SLK_NORM_OVERHEAD_TARGET:
 *
 * The overhead target: the share of a kerndepartement's FTE in overhead
 * functions should come down toward this fraction (seed 002).
 */
#define SLK_NORM_OVERHEAD_TARGET 0.35

/**
 * SLK_NORM_ZBO_EVALUATION_YEARS:
 *
 * A ZBO under the Kaderwet zbo's is evaluated at least this often, in years
 * (Kaderwet zbo's, art. 39).
 */
#define SLK_NORM_ZBO_EVALUATION_YEARS 5
