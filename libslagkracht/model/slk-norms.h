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

/**
 * SLK_NORM_OVERHEAD_PATH_START:
 *
 * The share of the kerndepartementen's formatie in overhead functions in
 * %SLK_NORM_OVERHEAD_PATH_START_YEAR, where the glide path toward
 * %SLK_NORM_OVERHEAD_TARGET starts (seed 002).
 */
#define SLK_NORM_OVERHEAD_PATH_START 0.50

/**
 * SLK_NORM_OVERHEAD_PATH_START_YEAR:
 *
 * The year of %SLK_NORM_OVERHEAD_PATH_START.
 */
#define SLK_NORM_OVERHEAD_PATH_START_YEAR 2023

/**
 * SLK_NORM_RULES_PER_YEAR:
 *
 * At least this many rules scrapped or simplified each year, across the
 * Rijksdienst (seed 002).
 */
#define SLK_NORM_RULES_PER_YEAR 500

/**
 * SLK_NORM_RULES_BUSINESSES_SHARE:
 *
 * At least this fraction of the rules scrapped or simplified in a year is
 * for businesses (seed 002).
 */
#define SLK_NORM_RULES_BUSINESSES_SHARE 0.5

/**
 * SLK_NORM_APPARAAT_RATE:
 *
 * The apparaat taakstelling: this fraction of personnel and material
 * budgets, rising until %SLK_NORM_APPARAAT_FULL_YEAR (seed 000).
 */
#define SLK_NORM_APPARAAT_RATE 0.22

/**
 * SLK_NORM_APPARAAT_FULL_YEAR:
 *
 * The year the apparaat taakstelling reaches its full size (seed 000).
 */
#define SLK_NORM_APPARAAT_FULL_YEAR 2029

/**
 * SLK_NORM_PRODUCTIVITY_RATE:
 *
 * The productivity norm: this fraction a year, compounding, across the
 * whole Rijksdienst, from %SLK_NORM_PRODUCTIVITY_FROM (seed 000).
 */
#define SLK_NORM_PRODUCTIVITY_RATE 0.005

/**
 * SLK_NORM_PRODUCTIVITY_FROM:
 *
 * The first year of the productivity norm (seed 000).
 */
#define SLK_NORM_PRODUCTIVITY_FROM 2029

/**
 * SLK_NORM_EFFICIENCY_EURO:
 *
 * The efficiency taakstelling rises to this many euro a year from
 * %SLK_NORM_EFFICIENCY_FULL_YEAR (seed 002).
 */
#define SLK_NORM_EFFICIENCY_EURO 400000000

/**
 * SLK_NORM_EFFICIENCY_FULL_YEAR:
 *
 * The year the efficiency taakstelling reaches its full size (seed 002).
 */
#define SLK_NORM_EFFICIENCY_FULL_YEAR 2030

/**
 * SLK_NORM_VERNIEUWING_EURO:
 *
 * The taakstelling Vernieuwing Rijksdienst rises to this many euro in
 * %SLK_NORM_VERNIEUWING_FULL_YEAR (seed 002).
 */
#define SLK_NORM_VERNIEUWING_EURO 1000000000

/**
 * SLK_NORM_VERNIEUWING_FULL_YEAR:
 *
 * The year the taakstelling Vernieuwing Rijksdienst reaches its full size
 * (seed 002).
 */
#define SLK_NORM_VERNIEUWING_FULL_YEAR 2030

#include <glib-object.h>

#include "slk-version-macros.h"

G_BEGIN_DECLS

#define SLK_TYPE_NORMS (slk_norms_get_type ())

SLK_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (SlkNorms, slk_norms, SLK, NORMS, GObject)

SLK_AVAILABLE_IN_ALL
SlkNorms *slk_norms_new                        (void);
SLK_AVAILABLE_IN_ALL
double    slk_norms_get_roemernorm             (SlkNorms *self);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_roemernorm             (SlkNorms *self,
                                                double    roemernorm);
SLK_AVAILABLE_IN_ALL
double    slk_norms_get_overhead_target        (SlkNorms *self);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_overhead_target        (SlkNorms *self,
                                                double    overhead_target);
SLK_AVAILABLE_IN_ALL
guint     slk_norms_get_zbo_evaluation_years   (SlkNorms *self);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_zbo_evaluation_years   (SlkNorms *self,
                                                guint     years);
SLK_AVAILABLE_IN_ALL
guint     slk_norms_get_rules_per_year         (SlkNorms *self);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_rules_per_year         (SlkNorms *self,
                                                guint     rules);
SLK_AVAILABLE_IN_ALL
double    slk_norms_get_rules_businesses_share (SlkNorms *self);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_rules_businesses_share (SlkNorms *self,
                                                double    share);
SLK_AVAILABLE_IN_ALL
double    slk_norms_get_overhead_target_for    (SlkNorms *self,
                                                guint     year);
SLK_AVAILABLE_IN_ALL
void      slk_norms_set_overhead_path_year     (SlkNorms *self,
                                                guint     year,
                                                double    target);
SLK_DEPRECATED_FOR (slk_norms_list_overhead_path_years)
guint    *slk_norms_get_overhead_path_years    (SlkNorms *self,
                                                guint    *n_years);
SLK_AVAILABLE_IN_ALL
guint    *slk_norms_list_overhead_path_years (SlkNorms *self,
                                              guint    *n_years);

G_END_DECLS
