/* slk-rule-change.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record.h"
#include "slk-enum-types.h"
#include "slk-rule-private.h"
#include "slk-util-private.h"

/**
 * SlkRuleChange:
 *
 * A rule a ministry scrapped or simplified, dated, and for whom. The
 * Rijksdienst aims at %SLK_NORM_RULES_PER_YEAR a year, at least
 * %SLK_NORM_RULES_BUSINESSES_SHARE of them for businesses; each ministry
 * has its own [class@Slk.RuleTarget].
 */
struct _SlkRuleChange
{
  GObject           parent_instance;
  SlkRecordCore     core;
  char             *id;
  char             *ministry_id;
  char             *title;
  SlkRuleChangeKind change;
  SlkAudience       audience;
  SlkDay            date;
  guint             given;   /* SLK_RULE_CHANGE_HAS_*: enums have no "not given" value */
};

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkRuleChange, slk_rule_change, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_MINISTRY_ID,
  PROP_CHANGE,
  PROP_AUDIENCE,
  PROP_TITLE,
  PROP_DATE,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const member_of_prop[N_PROPS] = {
  [PROP_MINISTRY_ID] = "ministry",
  [PROP_CHANGE] = "change",
  [PROP_AUDIENCE] = "audience",
  [PROP_TITLE] = "title",
  [PROP_DATE] = "date",
};

static void
changed (SlkRuleChange *self,
         guint          prop_id)
{
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[prop_id],
                            member_of_prop[prop_id]);
}

static void
slk_rule_change_finalize (GObject *object)
{
  SlkRuleChange *self = SLK_RULE_CHANGE (object);

  _slk_record_core_clear (&self->core);
  g_free (self->id);
  g_free (self->ministry_id);
  g_free (self->title);
  G_OBJECT_CLASS (slk_rule_change_parent_class)->finalize (object);
}

static void
slk_rule_change_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SlkRuleChange *self = SLK_RULE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_MINISTRY_ID: g_value_set_string (value, self->ministry_id); break;
    case PROP_CHANGE: g_value_set_enum (value, self->change); break;
    case PROP_AUDIENCE: g_value_set_enum (value, self->audience); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DATE: g_value_take_boxed (value, _slk_day_to_date_time (self->date)); break;
    case PROP_DATASET: g_value_set_object (value, self->core.dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_rule_change_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SlkRuleChange *self = SLK_RULE_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_MINISTRY_ID:
      slk_rule_change_set_ministry_id (self, g_value_get_string (value));
      break;
    case PROP_CHANGE: slk_rule_change_set_change (self, g_value_get_enum (value)); break;
    case PROP_AUDIENCE: slk_rule_change_set_audience (self, g_value_get_enum (value)); break;
    case PROP_TITLE: slk_rule_change_set_title (self, g_value_get_string (value)); break;
    case PROP_DATE: slk_rule_change_set_date (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_rule_change_class_init (SlkRuleChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_rule_change_finalize;
  object_class->get_property = slk_rule_change_get_property;
  object_class->set_property = slk_rule_change_set_property;

  /**
   * SlkRuleChange:id: (getter get_id)
   *
   * The id, unique across the dataset.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkRuleChange:ministry-id: (getter get_ministry_id) (setter set_ministry_id)
   *
   * The id of the ministry that changed the rule.
   */
  properties[PROP_MINISTRY_ID] = g_param_spec_string ("ministry-id", NULL, NULL, NULL, rw);
  /**
   * SlkRuleChange:change: (getter get_change) (setter set_change)
   *
   * Scrapped or simplified.
   */
  properties[PROP_CHANGE] =
    g_param_spec_enum ("change", NULL, NULL, SLK_TYPE_RULE_CHANGE_KIND,
                       SLK_RULE_CHANGE_KIND_SCRAPPED, rw);
  /**
   * SlkRuleChange:audience: (getter get_audience) (setter set_audience)
   *
   * Whom the rule is for.
   */
  properties[PROP_AUDIENCE] =
    g_param_spec_enum ("audience", NULL, NULL, SLK_TYPE_AUDIENCE, SLK_AUDIENCE_CITIZENS, rw);
  /**
   * SlkRuleChange:title: (getter get_title) (setter set_title)
   *
   * What the rule is.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  /**
   * SlkRuleChange:date: (getter dup_date) (setter set_date)
   *
   * When the change took effect (midnight UTC), or %NULL.
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, rw);
  /**
   * SlkRuleChange:dataset: (getter get_dataset)
   *
   * The dataset the change belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_rule_change_init (SlkRuleChange *self)
{
}

/**
 * slk_rule_change_new:
 * @id: the id, unique in the dataset
 * @ministry_id: (nullable): the id of the ministry
 * @change: scrapped or simplified
 * @audience: whom the rule is for
 *
 * Creates a rule change with no date yet.
 *
 * Returns: (transfer full): the new [class@Slk.RuleChange]
 */
SlkRuleChange *
slk_rule_change_new (const char        *id,
                     const char        *ministry_id,
                     SlkRuleChangeKind  change,
                     SlkAudience        audience)
{
  return g_object_new (SLK_TYPE_RULE_CHANGE, "id", id, "ministry-id", ministry_id,
                       "change", change, "audience", audience, NULL);
}

/**
 * slk_rule_change_get_id: (get-property id)
 * @self: a rule change
 *
 * Gets the id.
 *
 * Returns: (nullable): the id
 */
const char *
slk_rule_change_get_id (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), NULL);
  return self->id;
}

/**
 * slk_rule_change_get_dataset: (get-property dataset)
 * @self: a rule change
 *
 * Gets the dataset the change belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_rule_change_get_dataset (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), NULL);
  return self->core.dataset;
}

/**
 * slk_rule_change_get_ministry_id: (get-property ministry-id)
 * @self: a rule change
 *
 * Gets the id of the ministry that changed the rule.
 *
 * Returns: (nullable): the id
 */
const char *
slk_rule_change_get_ministry_id (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), NULL);
  return self->ministry_id;
}

/**
 * slk_rule_change_set_ministry_id: (set-property ministry-id)
 * @self: a rule change
 * @ministry_id: (nullable): the id of a ministry
 *
 * Sets the ministry that changed the rule.
 */
void
slk_rule_change_set_ministry_id (SlkRuleChange *self,
                                 const char    *ministry_id)
{
  g_return_if_fail (SLK_IS_RULE_CHANGE (self));
  if (_slk_set_string (&self->ministry_id, ministry_id))
    changed (self, PROP_MINISTRY_ID);
}

/**
 * slk_rule_change_get_change: (get-property change)
 * @self: a rule change
 *
 * Gets whether the rule was scrapped or simplified.
 *
 * Returns: the change
 */
SlkRuleChangeKind
slk_rule_change_get_change (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), SLK_RULE_CHANGE_KIND_SCRAPPED);
  return self->change;
}

/**
 * slk_rule_change_set_change: (set-property change)
 * @self: a rule change
 * @change: scrapped or simplified
 *
 * Sets whether the rule was scrapped or simplified.
 */
void
slk_rule_change_set_change (SlkRuleChange     *self,
                            SlkRuleChangeKind  change)
{
  g_return_if_fail (SLK_IS_RULE_CHANGE (self));
  g_return_if_fail (change <= SLK_RULE_CHANGE_KIND_SIMPLIFIED);
  self->given |= SLK_RULE_CHANGE_HAS_CHANGE;
  if (self->change == change)
    return;
  self->change = change;
  changed (self, PROP_CHANGE);
}

/**
 * slk_rule_change_get_audience: (get-property audience)
 * @self: a rule change
 *
 * Gets whom the rule is for.
 *
 * Returns: the audience
 */
SlkAudience
slk_rule_change_get_audience (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), SLK_AUDIENCE_CITIZENS);
  return self->audience;
}

/**
 * slk_rule_change_set_audience: (set-property audience)
 * @self: a rule change
 * @audience: whom the rule is for
 *
 * Sets whom the rule is for.
 */
void
slk_rule_change_set_audience (SlkRuleChange *self,
                              SlkAudience    audience)
{
  g_return_if_fail (SLK_IS_RULE_CHANGE (self));
  g_return_if_fail (audience <= SLK_AUDIENCE_PROFESSIONALS);
  self->given |= SLK_RULE_CHANGE_HAS_AUDIENCE;
  if (self->audience == audience)
    return;
  self->audience = audience;
  changed (self, PROP_AUDIENCE);
}

/**
 * slk_rule_change_get_title: (get-property title)
 * @self: a rule change
 *
 * Gets what the rule is.
 *
 * Returns: (nullable): the title
 */
const char *
slk_rule_change_get_title (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), NULL);
  return self->title;
}

/**
 * slk_rule_change_set_title: (set-property title)
 * @self: a rule change
 * @title: (nullable): the title
 *
 * Sets what the rule is.
 */
void
slk_rule_change_set_title (SlkRuleChange *self,
                           const char    *title)
{
  g_return_if_fail (SLK_IS_RULE_CHANGE (self));
  if (_slk_set_string (&self->title, title))
    changed (self, PROP_TITLE);
}

/**
 * slk_rule_change_dup_date: (get-property date)
 * @self: a rule change
 *
 * Gets when the change took effect.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_rule_change_dup_date (SlkRuleChange *self)
{
  g_return_val_if_fail (SLK_IS_RULE_CHANGE (self), NULL);
  return _slk_day_to_date_time (self->date);
}

/**
 * slk_rule_change_set_date: (set-property date)
 * @self: a rule change
 * @date: (nullable): the date; only its calendar date counts
 *
 * Sets when the change took effect.
 */
void
slk_rule_change_set_date (SlkRuleChange *self,
                          GDateTime     *date)
{
  g_return_if_fail (SLK_IS_RULE_CHANGE (self));
  _slk_rule_change_set_day (self, _slk_day_from_date_time (date));
}

SlkRecordCore *
_slk_rule_change_get_core (SlkRuleChange *self)
{
  return &self->core;
}

void
_slk_rule_change_set_dataset (SlkRuleChange *self,
                              SlkDataset    *dataset,
                              guint          index)
{
  _slk_record_core_set_dataset (&self->core, G_OBJECT (self), properties[PROP_DATASET], dataset,
                                index);
}

SlkDay
_slk_rule_change_get_day (SlkRuleChange *self)
{
  return self->date;
}

void
_slk_rule_change_set_day (SlkRuleChange *self,
                          SlkDay         day)
{
  if (self->date == day)
    return;
  self->date = day;
  changed (self, PROP_DATE);
}

guint
_slk_rule_change_get_given (SlkRuleChange *self)
{
  return self->given;
}

/* For the loader: what the file does not give is not written back. */
void
_slk_rule_change_clear_given (SlkRuleChange *self)
{
  self->given = 0;
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_rule_change_get_id (SLK_RULE_CHANGE (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_rule_change_get_dataset (SLK_RULE_CHANGE (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_RULE_CHANGE (record)->core, "rule_changes");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
