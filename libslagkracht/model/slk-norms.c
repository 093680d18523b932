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
};

G_DEFINE_FINAL_TYPE (SlkNorms, slk_norms, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROEMERNORM,
  PROP_OVERHEAD_TARGET,
  PROP_ZBO_EVALUATION_YEARS,
  PROP_RULES_PER_YEAR,
  PROP_RULES_BUSINESSES_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
