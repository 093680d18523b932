/* slk-contribution.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-aggregate-private.h"

/**
 * SlkContribution:
 *
 * One record's part in an aggregated figure: which record, what of it
 * (a metric such as `fte`, a taakstelling's `targets`, or a count), and
 * the value it adds. [method@Slk.Rollup.explain] and
 * [method@Slk.Monitor.explain] list them, so that every figure can be
 * traced to the records it was computed from.
 */
struct _SlkContribution
{
  GObject  parent_instance;
  char    *record_id;
  char    *what;
  double   value;
};

G_DEFINE_FINAL_TYPE (SlkContribution, slk_contribution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD_ID,
  PROP_WHAT,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_contribution_finalize (GObject *object)
{
  SlkContribution *self = SLK_CONTRIBUTION (object);

  g_free (self->record_id);
  g_free (self->what);
  G_OBJECT_CLASS (slk_contribution_parent_class)->finalize (object);
}

static void
slk_contribution_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SlkContribution *self = SLK_CONTRIBUTION (object);

  switch (prop_id)
    {
    case PROP_RECORD_ID: g_value_set_string (value, self->record_id); break;
    case PROP_WHAT: g_value_set_string (value, self->what); break;
    case PROP_VALUE: g_value_set_double (value, self->value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_contribution_class_init (SlkContributionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_contribution_finalize;
  object_class->get_property = slk_contribution_get_property;

  /**
   * SlkContribution:record-id: (getter get_record_id)
   *
   * The id of the record.
   */
  properties[PROP_RECORD_ID] = g_param_spec_string ("record-id", NULL, NULL, NULL, ro);
  /**
   * SlkContribution:what: (getter get_what)
   *
   * What of the record counts: a metric name, a member, or "count".
   */
  properties[PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, ro);
  /**
   * SlkContribution:value: (getter get_value)
   *
   * The value it adds; amounts in euro.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_contribution_init (SlkContribution *self)
{
}

SlkContribution *
_slk_contribution_new (const char *record_id,
                       const char *what,
                       double      value)
{
  SlkContribution *self = g_object_new (SLK_TYPE_CONTRIBUTION, NULL);

  self->record_id = g_strdup (record_id);
  self->what = g_strdup (what);
  self->value = value;
  return self;
}

/**
 * slk_contribution_get_record_id: (get-property record-id)
 * @self: a contribution
 *
 * Gets the id of the record.
 *
 * Returns: (nullable): the id
 */
const char *
slk_contribution_get_record_id (SlkContribution *self)
{
  g_return_val_if_fail (SLK_IS_CONTRIBUTION (self), NULL);
  return self->record_id;
}

/**
 * slk_contribution_get_what: (get-property what)
 * @self: a contribution
 *
 * Gets what of the record counts.
 *
 * Returns: the name of the metric, member or count
 */
const char *
slk_contribution_get_what (SlkContribution *self)
{
  g_return_val_if_fail (SLK_IS_CONTRIBUTION (self), NULL);
  return self->what;
}

/**
 * slk_contribution_get_value: (get-property value)
 * @self: a contribution
 *
 * Gets the value the record adds.
 *
 * Returns: the value; amounts in euro
 */
double
slk_contribution_get_value (SlkContribution *self)
{
  g_return_val_if_fail (SLK_IS_CONTRIBUTION (self), 0.0);
  return self->value;
}
