/* slk-rule-target.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record.h"
#include "slk-rule-private.h"

/**
 * SlkRuleTarget:
 *
 * A ministry's target for the number of rules it scraps or simplifies in
 * a year (`rule_targets` in the JSON format). A target has no id; it is
 * known by its ministry and year.
 */
struct _SlkRuleTarget
{
  GObject       parent_instance;
  SlkRecordCore core;
  char         *ministry_id;
  guint         year;
  guint         count;
  guint         present;
};

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkRuleTarget, slk_rule_target, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

enum {
  PROP_0,
  PROP_MINISTRY_ID,
  PROP_YEAR,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_rule_target_finalize (GObject *object)
{
  SlkRuleTarget *self = SLK_RULE_TARGET (object);

  _slk_record_core_clear (&self->core);
  g_free (self->ministry_id);
  G_OBJECT_CLASS (slk_rule_target_parent_class)->finalize (object);
}

static void
slk_rule_target_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SlkRuleTarget *self = SLK_RULE_TARGET (object);

  switch (prop_id)
    {
    case PROP_MINISTRY_ID: g_value_set_string (value, self->ministry_id); break;
    case PROP_YEAR: g_value_set_uint (value, self->year); break;
    case PROP_COUNT: g_value_set_uint (value, self->count); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_rule_target_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SlkRuleTarget *self = SLK_RULE_TARGET (object);

  switch (prop_id)
    {
    case PROP_MINISTRY_ID: self->ministry_id = g_value_dup_string (value); break;
    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      self->present |= SLK_RULE_TARGET_HAS_YEAR;
      break;
    case PROP_COUNT:
      self->count = g_value_get_uint (value);
      self->present |= SLK_RULE_TARGET_HAS_COUNT;
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_rule_target_class_init (SlkRuleTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_rule_target_finalize;
  object_class->get_property = slk_rule_target_get_property;
  object_class->set_property = slk_rule_target_set_property;

  /**
   * SlkRuleTarget:ministry-id: (getter get_ministry_id)
   *
   * The id of the ministry the target is for.
   */
  properties[PROP_MINISTRY_ID] = g_param_spec_string ("ministry-id", NULL, NULL, NULL, flags);
  /**
   * SlkRuleTarget:year: (getter get_year)
   *
   * The year.
   */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, 9999, 0, flags);
  /**
   * SlkRuleTarget:count: (getter get_count)
   *
   * The number of rules to scrap or simplify.
   */
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXINT32, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_rule_target_init (SlkRuleTarget *self)
{
}

/**
 * slk_rule_target_new:
 * @ministry_id: the id of the ministry
 * @year: the year
 * @count: the number of rules to scrap or simplify that year
 *
 * Creates a rule target.
 *
 * Returns: (transfer full): the new [class@Slk.RuleTarget]
 */
SlkRuleTarget *
slk_rule_target_new (const char *ministry_id,
                     guint       year,
                     guint       count)
{
  return g_object_new (SLK_TYPE_RULE_TARGET, "ministry-id", ministry_id, "year", year,
                       "count", count, NULL);
}

/**
 * slk_rule_target_get_ministry_id: (get-property ministry-id)
 * @self: a rule target
 *
 * Gets the id of the ministry the target is for.
 *
 * Returns: (nullable): the id
 */
const char *
slk_rule_target_get_ministry_id (SlkRuleTarget *self)
{
  g_return_val_if_fail (SLK_IS_RULE_TARGET (self), NULL);
  return self->ministry_id;
}

/**
 * slk_rule_target_get_year: (get-property year)
 * @self: a rule target
 *
 * Gets the year.
 *
 * Returns: the year; 0 if the file gives none
 */
guint
slk_rule_target_get_year (SlkRuleTarget *self)
{
  g_return_val_if_fail (SLK_IS_RULE_TARGET (self), 0);
  return self->year;
}

/**
 * slk_rule_target_get_count: (get-property count)
 * @self: a rule target
 *
 * Gets the number of rules to scrap or simplify.
 *
 * Returns: the count
 */
guint
slk_rule_target_get_count (SlkRuleTarget *self)
{
  g_return_val_if_fail (SLK_IS_RULE_TARGET (self), 0);
  return self->count;
}

SlkRecordCore *
_slk_rule_target_get_core (SlkRuleTarget *self)
{
  return &self->core;
}

void
_slk_rule_target_set_dataset (SlkRuleTarget *self,
                              SlkDataset    *dataset,
                              guint          index)
{
  self->core.dataset = dataset;
  self->core.index = index;
}

/* Rule targets have no id: the dataset's id table skips them. */
const char *
_slk_rule_target_no_id (SlkRuleTarget *self)
{
  return NULL;
}

/* For the loader, which knows which members the file gave. */
void
_slk_rule_target_set (SlkRuleTarget *self,
                      const char    *ministry_id,
                      guint          year,
                      guint          count,
                      guint          present)
{
  g_free (self->ministry_id);
  self->ministry_id = g_strdup (ministry_id);
  self->year = year;
  self->count = count;
  self->present = present;
}

guint
_slk_rule_target_get_present (SlkRuleTarget *self)
{
  return self->present;
}

/* A rule target is known by its ministry and year: it has no id. */
static const char *
record_get_id (SlkRecord *record)
{
  return NULL;
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return SLK_RULE_TARGET (record)->core.dataset;
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_RULE_TARGET (record)->core, "rule_targets");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
