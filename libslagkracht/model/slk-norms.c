/* slk-norms.c: the norms a judgement is made against, each defaulting to
 * its named constant
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-norms.h"

/**
 * SlkNorms:
 *
 * The norms [method@Slk.Dataset.validate_with_norms] and
 * [class@Slk.Monitor] judge against. A new object holds the government's
 * own norms (SPEC §4: %SLK_NORM_ROEMERNORM, %SLK_NORM_OVERHEAD_TARGET,
 * %SLK_NORM_ZBO_EVALUATION_YEARS, %SLK_NORM_RULES_PER_YEAR,
 * %SLK_NORM_RULES_BUSINESSES_SHARE); set a property to ask "what if the norm
 * were…".
 *
 * ```python
 * strict = Slk.Norms(roemernorm=0.08)
 * report = ds.validate_with_norms(strict)
 * ```
 */
/* An evaluation period past a century is a mistake, not a policy; and
 * dates stay within what a calendar date can hold. */
#define MAX_EVALUATION_YEARS 100

struct _SlkNorms
{
  GObject parent_instance;
  double  roemernorm;
  double  overhead_target;
  guint   zbo_evaluation_years;
  guint   rules_per_year;
  double  rules_businesses_share;
  GArray *overhead_path;          /* SlkPathPoint, by year: the glide path */
  gint64  cut_cents[2];           /* the efficiency and vernieuwing cuts, full size */
  guint   cut_full_year[2];
};

/* One point of the overhead glide path. */
typedef struct
{
  guint  year;
  double target;
} SlkPathPoint;

enum { CUT_EFFICIENCY, CUT_VERNIEUWING };

G_DEFINE_FINAL_TYPE (SlkNorms, slk_norms, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROEMERNORM,
  PROP_OVERHEAD_TARGET,
  PROP_ZBO_EVALUATION_YEARS,
  PROP_RULES_PER_YEAR,
  PROP_RULES_BUSINESSES_SHARE,
  PROP_EFFICIENCY_AMOUNT,
  PROP_EFFICIENCY_FULL_YEAR,
  PROP_VERNIEUWING_AMOUNT,
  PROP_VERNIEUWING_FULL_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_norms_finalize (GObject *object)
{
  g_array_unref (SLK_NORMS (object)->overhead_path);
  G_OBJECT_CLASS (slk_norms_parent_class)->finalize (object);
}

static void
slk_norms_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SlkNorms *self = SLK_NORMS (object);

  switch (prop_id)
    {
    case PROP_ROEMERNORM: g_value_set_double (value, self->roemernorm); break;
    case PROP_OVERHEAD_TARGET: g_value_set_double (value, self->overhead_target); break;
    case PROP_ZBO_EVALUATION_YEARS: g_value_set_uint (value, self->zbo_evaluation_years); break;
    case PROP_RULES_PER_YEAR: g_value_set_uint (value, self->rules_per_year); break;
    case PROP_RULES_BUSINESSES_SHARE:
      g_value_set_double (value, self->rules_businesses_share);
      break;
    case PROP_EFFICIENCY_AMOUNT: g_value_set_int64 (value, self->cut_cents[CUT_EFFICIENCY]); break;
    case PROP_VERNIEUWING_AMOUNT:
      g_value_set_int64 (value, self->cut_cents[CUT_VERNIEUWING]);
      break;
    case PROP_EFFICIENCY_FULL_YEAR:
      g_value_set_uint (value, self->cut_full_year[CUT_EFFICIENCY]);
      break;
    case PROP_VERNIEUWING_FULL_YEAR:
      g_value_set_uint (value, self->cut_full_year[CUT_VERNIEUWING]);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_norms_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SlkNorms *self = SLK_NORMS (object);

  switch (prop_id)
    {
    case PROP_ROEMERNORM: slk_norms_set_roemernorm (self, g_value_get_double (value)); break;
    case PROP_OVERHEAD_TARGET:
      slk_norms_set_overhead_target (self, g_value_get_double (value));
      break;
    case PROP_ZBO_EVALUATION_YEARS:
      slk_norms_set_zbo_evaluation_years (self, g_value_get_uint (value));
      break;
    case PROP_RULES_PER_YEAR: slk_norms_set_rules_per_year (self, g_value_get_uint (value)); break;
    case PROP_RULES_BUSINESSES_SHARE:
      slk_norms_set_rules_businesses_share (self, g_value_get_double (value));
      break;
    case PROP_EFFICIENCY_AMOUNT:
    case PROP_VERNIEUWING_AMOUNT:
      self->cut_cents[prop_id == PROP_EFFICIENCY_AMOUNT ? CUT_EFFICIENCY : CUT_VERNIEUWING] =
        g_value_get_int64 (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_EFFICIENCY_FULL_YEAR:
    case PROP_VERNIEUWING_FULL_YEAR:
      self->cut_full_year[prop_id == PROP_EFFICIENCY_FULL_YEAR ? CUT_EFFICIENCY
                                                                : CUT_VERNIEUWING] =
        g_value_get_uint (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
fraction_spec (const char *name,
               double      default_value)
{
  return g_param_spec_double (name, NULL, NULL, 0.0, 1.0, default_value,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
count_spec (const char *name,
            guint       minimum,
            guint       default_value)
{
  return g_param_spec_uint (name, NULL, NULL, minimum, G_MAXUINT16, default_value,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                            G_PARAM_STATIC_STRINGS);
}

static void
slk_norms_class_init (SlkNormsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = slk_norms_finalize;
  object_class->get_property = slk_norms_get_property;
  object_class->set_property = slk_norms_set_property;

  /**
   * SlkNorms:roemernorm: (getter get_roemernorm) (setter set_roemernorm)
   *
   * External hire at most this fraction of total personnel spending.
   */
  properties[PROP_ROEMERNORM] = fraction_spec ("roemernorm", SLK_NORM_ROEMERNORM);
  /**
   * SlkNorms:overhead-target: (getter get_overhead_target) (setter set_overhead_target)
   *
   * The overhead share of a kerndepartement's FTE to come down to.
   */
  properties[PROP_OVERHEAD_TARGET] = fraction_spec ("overhead-target", SLK_NORM_OVERHEAD_TARGET);
  /**
   * SlkNorms:zbo-evaluation-years: (getter get_zbo_evaluation_years) (setter set_zbo_evaluation_years)
   *
   * A Kaderwet ZBO is evaluated at least this often, in years.
   */
  properties[PROP_ZBO_EVALUATION_YEARS] =
    g_param_spec_uint ("zbo-evaluation-years", NULL, NULL, 1, MAX_EVALUATION_YEARS,
                       SLK_NORM_ZBO_EVALUATION_YEARS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNorms:rules-per-year: (getter get_rules_per_year) (setter set_rules_per_year)
   *
   * Rules to scrap or simplify each year across the Rijksdienst.
   */
  properties[PROP_RULES_PER_YEAR] = count_spec ("rules-per-year", 0, SLK_NORM_RULES_PER_YEAR);
  /**
   * SlkNorms:rules-businesses-share: (getter get_rules_businesses_share) (setter set_rules_businesses_share)
   *
   * The least fraction of a year's rule changes that is for businesses.
   */
  properties[PROP_RULES_BUSINESSES_SHARE] =
    fraction_spec ("rules-businesses-share", SLK_NORM_RULES_BUSINESSES_SHARE);

  /**
   * SlkNorms:efficiency-amount:
   *
   * The full size of the efficiency cut of the June 2026 letter, in cents:
   * rising to € 0.4 bn from %SLK_NORM_EFFICIENCY_FULL_YEAR (seed 002). The
   * letter gives no steps before it; see
   * [method@Slk.Taakstelling.generate_amount_ramp] to lay one out.
   */
  properties[PROP_EFFICIENCY_AMOUNT] =
    g_param_spec_int64 ("efficiency-amount", NULL, NULL, 0, G_MAXINT64,
                        (gint64) SLK_NORM_EFFICIENCY_EURO * 100,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNorms:efficiency-full-year:
   *
   * The year the efficiency cut reaches its full size.
   */
  properties[PROP_EFFICIENCY_FULL_YEAR] =
    g_param_spec_uint ("efficiency-full-year", NULL, NULL, 1000, 9999,
                       SLK_NORM_EFFICIENCY_FULL_YEAR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNorms:vernieuwing-amount:
   *
   * The full size of the Vernieuwing Rijksdienst cut, in cents: rising to
   * € 1 bn in %SLK_NORM_VERNIEUWING_FULL_YEAR (seed 002).
   */
  properties[PROP_VERNIEUWING_AMOUNT] =
    g_param_spec_int64 ("vernieuwing-amount", NULL, NULL, 0, G_MAXINT64,
                        (gint64) SLK_NORM_VERNIEUWING_EURO * 100,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNorms:vernieuwing-full-year:
   *
   * The year the Vernieuwing Rijksdienst cut reaches its full size.
   */
  properties[PROP_VERNIEUWING_FULL_YEAR] =
    g_param_spec_uint ("vernieuwing-full-year", NULL, NULL, 1000, 9999,
                       SLK_NORM_VERNIEUWING_FULL_YEAR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}


static void
slk_norms_init (SlkNorms *self)
{
  self->roemernorm = SLK_NORM_ROEMERNORM;
  self->overhead_target = SLK_NORM_OVERHEAD_TARGET;
  self->zbo_evaluation_years = SLK_NORM_ZBO_EVALUATION_YEARS;
  self->rules_per_year = SLK_NORM_RULES_PER_YEAR;
  self->rules_businesses_share = SLK_NORM_RULES_BUSINESSES_SHARE;
  self->overhead_path = g_array_new (FALSE, FALSE, sizeof (SlkPathPoint));
  /* The letter's starting point: 50 % of the kerndepartementen's formatie
   * in overhead functions in 2023 (seed 002), toward the target. */
  g_array_append_val (self->overhead_path,
                      ((SlkPathPoint) { SLK_NORM_OVERHEAD_PATH_START_YEAR,
                                        SLK_NORM_OVERHEAD_PATH_START }));
  self->cut_cents[CUT_EFFICIENCY] = (gint64) SLK_NORM_EFFICIENCY_EURO * 100;
  self->cut_cents[CUT_VERNIEUWING] = (gint64) SLK_NORM_VERNIEUWING_EURO * 100;
  self->cut_full_year[CUT_EFFICIENCY] = SLK_NORM_EFFICIENCY_FULL_YEAR;
  self->cut_full_year[CUT_VERNIEUWING] = SLK_NORM_VERNIEUWING_FULL_YEAR;
}

/**
 * slk_norms_new:
 *
 * Creates the government's own norms, each at its named constant.
 *
 * Returns: (transfer full): the new [class@Slk.Norms]
 */
SlkNorms *
slk_norms_new (void)
{
  return g_object_new (SLK_TYPE_NORMS, NULL);
}

/**
 * slk_norms_get_roemernorm: (get-property roemernorm)
 * @self: norms
 *
 * Gets the Roemernorm.
 *
 * Returns: the largest external-hire share that meets the norm
 */
double
slk_norms_get_roemernorm (SlkNorms *self)
{
  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  return self->roemernorm;
}

/**
 * slk_norms_set_roemernorm: (set-property roemernorm)
 * @self: norms
 * @roemernorm: a fraction between 0 and 1
 *
 * Sets the Roemernorm.
 */
void
slk_norms_set_roemernorm (SlkNorms *self,
                          double    roemernorm)
{
  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (isfinite (roemernorm) && roemernorm >= 0 && roemernorm <= 1);
  if (self->roemernorm == roemernorm)
    return;
  self->roemernorm = roemernorm;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROEMERNORM]);
}

/**
 * slk_norms_get_overhead_target: (get-property overhead-target)
 * @self: norms
 *
 * Gets the overhead target.
 *
 * Returns: the largest overhead share that meets the target
 */
double
slk_norms_get_overhead_target (SlkNorms *self)
{
  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  return self->overhead_target;
}

/**
 * slk_norms_set_overhead_target: (set-property overhead-target)
 * @self: norms
 * @overhead_target: a fraction between 0 and 1
 *
 * Sets the overhead target.
 */
void
slk_norms_set_overhead_target (SlkNorms *self,
                               double    overhead_target)
{
  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (isfinite (overhead_target) && overhead_target >= 0 && overhead_target <= 1);
  if (self->overhead_target == overhead_target)
    return;
  self->overhead_target = overhead_target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERHEAD_TARGET]);
}

/**
 * slk_norms_get_zbo_evaluation_years: (get-property zbo-evaluation-years)
 * @self: norms
 *
 * Gets how often a Kaderwet ZBO is evaluated.
 *
 * Returns: the number of years
 */
guint
slk_norms_get_zbo_evaluation_years (SlkNorms *self)
{
  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  return self->zbo_evaluation_years;
}

/**
 * slk_norms_set_zbo_evaluation_years: (set-property zbo-evaluation-years)
 * @self: norms
 * @years: the number of years, from 1 to 100
 *
 * Sets how often a Kaderwet ZBO is evaluated.
 */
void
slk_norms_set_zbo_evaluation_years (SlkNorms *self,
                                    guint     years)
{
  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (years >= 1 && years <= MAX_EVALUATION_YEARS);
  if (self->zbo_evaluation_years == years)
    return;
  self->zbo_evaluation_years = years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZBO_EVALUATION_YEARS]);
}

/**
 * slk_norms_get_rules_per_year: (get-property rules-per-year)
 * @self: norms
 *
 * Gets how many rules the Rijksdienst scraps or simplifies each year.
 *
 * Returns: the number of rules
 */
guint
slk_norms_get_rules_per_year (SlkNorms *self)
{
  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  return self->rules_per_year;
}

/**
 * slk_norms_set_rules_per_year: (set-property rules-per-year)
 * @self: norms
 * @rules: the number of rules
 *
 * Sets how many rules the Rijksdienst scraps or simplifies each year.
 */
void
slk_norms_set_rules_per_year (SlkNorms *self,
                              guint     rules)
{
  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (rules <= G_MAXUINT16);
  if (self->rules_per_year == rules)
    return;
  self->rules_per_year = rules;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULES_PER_YEAR]);
}

/**
 * slk_norms_get_rules_businesses_share: (get-property rules-businesses-share)
 * @self: norms
 *
 * Gets the least share of rule changes that is for businesses.
 *
 * Returns: the fraction
 */
double
slk_norms_get_rules_businesses_share (SlkNorms *self)
{
  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  return self->rules_businesses_share;
}

/**
 * slk_norms_set_rules_businesses_share: (set-property rules-businesses-share)
 * @self: norms
 * @share: a fraction between 0 and 1
 *
 * Sets the least share of rule changes that is for businesses.
 */
void
slk_norms_set_rules_businesses_share (SlkNorms *self,
                                      double    share)
{
  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (isfinite (share) && share >= 0 && share <= 1);
  if (self->rules_businesses_share == share)
    return;
  self->rules_businesses_share = share;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULES_BUSINESSES_SHARE]);
}

/**
 * slk_norms_get_overhead_target_for:
 * @self: norms
 * @year: a year
 *
 * Gets the overhead target of the glide path for @year (SPEC §4): the
 * path's value in a year of its table, the straight line between two
 * years of it, its first value before it, and the target
 * ([property@Slk.Norms:overhead-target], 35 %) after its last year. The
 * default path holds one year, 2023 at 50 % (seed 002): the letter gives
 * no steps toward 35 %, so none are made up; set them with
 * [method@Slk.Norms.set_overhead_path_year].
 *
 * Returns: the largest overhead share that meets the target in @year
 */
double
slk_norms_get_overhead_target_for (SlkNorms *self,
                                   guint     year)
{
  const SlkPathPoint *points;
  guint n;

  g_return_val_if_fail (SLK_IS_NORMS (self), 0);
  points = (const SlkPathPoint *) self->overhead_path->data;
  n = self->overhead_path->len;
  if (n == 0 || year > points[n - 1].year)
    return self->overhead_target;
  if (year <= points[0].year)
    return points[0].target;
  for (guint i = 1; i < n; i++)
    if (year <= points[i].year)
      {
        double span = points[i].year - points[i - 1].year;
        double done = year - points[i - 1].year;

        return points[i - 1].target + (points[i].target - points[i - 1].target) * done / span;
      }
  return self->overhead_target;
}

/**
 * slk_norms_set_overhead_path_year:
 * @self: norms
 * @year: a year, 1000 to 9999
 * @target: the overhead target for it, a fraction between 0 and 1; NaN
 *   takes the year out of the path
 *
 * Sets one year of the overhead glide path.
 */
void
slk_norms_set_overhead_path_year (SlkNorms *self,
                                  guint     year,
                                  double    target)
{
  guint i;

  g_return_if_fail (SLK_IS_NORMS (self));
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (isnan (target) || (target >= 0 && target <= 1));
  for (i = 0; i < self->overhead_path->len; i++)
    if (g_array_index (self->overhead_path, SlkPathPoint, i).year >= year)
      break;
  if (i < self->overhead_path->len &&
      g_array_index (self->overhead_path, SlkPathPoint, i).year == year)
    {
      if (isnan (target))
        g_array_remove_index (self->overhead_path, i);
      else
        g_array_index (self->overhead_path, SlkPathPoint, i).target = target;
    }
  else if (!isnan (target))
    g_array_insert_val (self->overhead_path, i, ((SlkPathPoint) { year, target }));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERHEAD_TARGET]);
}

/**
 * slk_norms_get_overhead_path_years:
 * @self: norms
 * @n_years: (out): the number of years
 *
 * Gets the years the overhead glide path gives a target for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 *
 * Deprecated: 0.2: Use [method@Slk.Norms.list_overhead_path_years] instead.
 */
guint *
slk_norms_get_overhead_path_years (SlkNorms *self,
                                   guint    *n_years)
{
  guint *years;

  g_return_val_if_fail (SLK_IS_NORMS (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);
  *n_years = self->overhead_path->len;
  years = g_new (guint, MAX (*n_years, 1));
  for (guint i = 0; i < *n_years; i++)
    years[i] = g_array_index (self->overhead_path, SlkPathPoint, i).year;
  return years;
}

/**
 * slk_norms_list_overhead_path_years:
 * @self: norms
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Norms.get_overhead_path_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets the years the overhead glide path gives a target for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 */
guint *
slk_norms_list_overhead_path_years (SlkNorms *self,
                                    guint    *n_years)
{
  return slk_norms_get_overhead_path_years (self, n_years);
}
