/* slk-zbo.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-zbo-private.h"

/**
 * SlkZbo:
 *
 * A zelfstandig bestuursorgaan: a body that carries out public tasks at a
 * distance from the minister, such as UWV or SVB.
 *
 * Legal form and legal personality matter: a ZBO without legal personality
 * is part of the State, and counts in the `rijksdienst` scope of the
 * monitor. Each yes/no fact is a [enum@Slk.OptionalBoolean], so that what no
 * source says stays unknown. A ZBO under the Kaderwet zbo's
 * ([property@Slk.Zbo:kaderwet]) is evaluated every five years;
 * [property@Slk.Zbo:last-evaluation] is the date of the last evaluation.
 */

/* The four yes/no facts share one array and one pair of accessors. */
enum {
  FLAG_LEGAL_PERSONALITY,
  FLAG_KADERWET,
  FLAG_AUTHORITY,
  FLAG_INSPECTIERAAD,
  N_FLAGS
};

struct _SlkZbo
{
  SlkOrganization    parent_instance;
  SlkLegalForm       legal_form;
  SlkOptionalBoolean flags[N_FLAGS];
  SlkDay             last_evaluation;
  char             **members;   /* NULL: no cluster; empty: members not named */
};

G_DEFINE_FINAL_TYPE (SlkZbo, slk_zbo, SLK_TYPE_ORGANIZATION)

enum {
  PROP_0,
  PROP_LEGAL_FORM,
  PROP_LEGAL_PERSONALITY,
  PROP_KADERWET,
  PROP_AUTHORITY,
  PROP_INSPECTIERAAD,
  PROP_LAST_EVALUATION,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAG_OF_PROP(prop) ((prop) - PROP_LEGAL_PERSONALITY)

static void
set_flag (SlkZbo             *self,
          guint               prop_id,
          SlkOptionalBoolean  value)
{
  if (self->flags[FLAG_OF_PROP (prop_id)] == value)
    return;
  self->flags[FLAG_OF_PROP (prop_id)] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
slk_zbo_finalize (GObject *object)
{
  g_strfreev (SLK_ZBO (object)->members);
  G_OBJECT_CLASS (slk_zbo_parent_class)->finalize (object);
}

static void
slk_zbo_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SlkZbo *self = SLK_ZBO (object);

  switch (prop_id)
    {
    case PROP_LEGAL_FORM: g_value_set_enum (value, self->legal_form); break;
    case PROP_LEGAL_PERSONALITY:
    case PROP_KADERWET:
    case PROP_AUTHORITY:
    case PROP_INSPECTIERAAD:
      g_value_set_enum (value, self->flags[FLAG_OF_PROP (prop_id)]);
      break;
    case PROP_LAST_EVALUATION:
      g_value_take_boxed (value, slk_zbo_dup_last_evaluation (self));
      break;
    case PROP_MEMBERS: g_value_set_boxed (value, self->members); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_zbo_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SlkZbo *self = SLK_ZBO (object);

  switch (prop_id)
    {
    case PROP_LEGAL_FORM: slk_zbo_set_legal_form (self, g_value_get_enum (value)); break;
    case PROP_LEGAL_PERSONALITY:
    case PROP_KADERWET:
    case PROP_AUTHORITY:
    case PROP_INSPECTIERAAD:
      set_flag (self, prop_id, g_value_get_enum (value));
      break;
    case PROP_LAST_EVALUATION: slk_zbo_set_last_evaluation (self, g_value_get_boxed (value)); break;
    case PROP_MEMBERS:
      slk_zbo_set_members (self, g_value_get_boxed (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
flag_spec (const char *name)
{
  return g_param_spec_enum (name, NULL, NULL, SLK_TYPE_OPTIONAL_BOOLEAN,
                            SLK_OPTIONAL_BOOLEAN_UNKNOWN,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
slk_zbo_class_init (SlkZboClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = slk_zbo_finalize;
  object_class->get_property = slk_zbo_get_property;
  object_class->set_property = slk_zbo_set_property;
  SLK_ORGANIZATION_CLASS (klass)->kind = SLK_ORGANIZATION_KIND_ZBO;

  /**
   * SlkZbo:legal-form: (getter get_legal_form) (setter set_legal_form)
   *
   * Public-law (publiekrechtelijk) or private-law (privaatrechtelijk).
   */
  properties[PROP_LEGAL_FORM] =
    g_param_spec_enum ("legal-form", NULL, NULL, SLK_TYPE_LEGAL_FORM, SLK_LEGAL_FORM_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SlkZbo:legal-personality: (getter get_legal_personality) (setter set_legal_personality)
   *
   * Whether the ZBO has its own legal personality (rechtspersoonlijkheid).
   */
  properties[PROP_LEGAL_PERSONALITY] = flag_spec ("legal-personality");

  /**
   * SlkZbo:kaderwet: (getter get_kaderwet) (setter set_kaderwet)
   *
   * Whether the Kaderwet zelfstandige bestuursorganen applies.
   */
  properties[PROP_KADERWET] = flag_spec ("kaderwet");

  /**
   * SlkZbo:authority: (getter get_authority) (setter set_authority)
   *
   * Whether the ZBO is an "autoriteit", with high autonomy.
   */
  properties[PROP_AUTHORITY] = flag_spec ("authority");

  /**
   * SlkZbo:inspectieraad: (getter get_inspectieraad) (setter set_inspectieraad)
   *
   * Whether the ZBO is a member (or associate member) of the Inspectieraad,
   * as the ANVS is.
   */
  properties[PROP_INSPECTIERAAD] = flag_spec ("inspectieraad");

  /**
   * SlkZbo:last-evaluation: (getter dup_last_evaluation) (setter set_last_evaluation)
   *
   * The date of the last periodic evaluation (midnight UTC), or %NULL.
   */
  properties[PROP_LAST_EVALUATION] =
    g_param_spec_boxed ("last-evaluation", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SlkZbo:members: (getter dup_members) (setter set_members)
   *
   * The ids of the ZBOs this record stands for (SPEC 1.1 `members`): a
   * "cluster van zbo's" of the register, or a body whose parts are recorded
   * apart. %NULL for a single body; an empty list for a cluster whose
   * members no source names. A record listed here is counted once, through
   * this one.
   */
  properties[PROP_MEMBERS] =
    g_param_spec_boxed ("members", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_zbo_init (SlkZbo *self)
{
}

/**
 * slk_zbo_new:
 * @id: the id, unique in the dataset
 * @name: the name
 * @parent_id: (nullable): the id of the responsible ministry
 *
 * Creates a new [class@Slk.Zbo].
 *
 * Returns: (transfer full): the new ZBO
 */
SlkZbo *
slk_zbo_new (const char *id,
             const char *name,
             const char *parent_id)
{
  return g_object_new (SLK_TYPE_ZBO, "id", id, "name", name, "parent-id", parent_id, NULL);
}

/**
 * slk_zbo_get_legal_form: (get-property legal-form)
 * @self: a ZBO
 *
 * Gets the legal form.
 *
 * Returns: the legal form, or %SLK_LEGAL_FORM_UNKNOWN
 */
SlkLegalForm
slk_zbo_get_legal_form (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), SLK_LEGAL_FORM_UNKNOWN);
  return self->legal_form;
}

/**
 * slk_zbo_set_legal_form: (set-property legal-form)
 * @self: a ZBO
 * @legal_form: the legal form
 *
 * Sets the legal form.
 */
void
slk_zbo_set_legal_form (SlkZbo       *self,
                        SlkLegalForm  legal_form)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  if (self->legal_form == legal_form)
    return;
  self->legal_form = legal_form;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

/**
 * slk_zbo_get_legal_personality: (get-property legal-personality)
 * @self: a ZBO
 *
 * Gets whether the ZBO has its own legal personality.
 *
 * Returns: yes, no or unknown
 */
SlkOptionalBoolean
slk_zbo_get_legal_personality (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->flags[FLAG_LEGAL_PERSONALITY];
}

/**
 * slk_zbo_set_legal_personality: (set-property legal-personality)
 * @self: a ZBO
 * @legal_personality: yes, no or unknown
 *
 * Sets whether the ZBO has its own legal personality.
 */
void
slk_zbo_set_legal_personality (SlkZbo             *self,
                               SlkOptionalBoolean  legal_personality)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  set_flag (self, PROP_LEGAL_PERSONALITY, legal_personality);
}

/**
 * slk_zbo_get_kaderwet: (get-property kaderwet)
 * @self: a ZBO
 *
 * Gets whether the Kaderwet zbo's applies.
 *
 * Returns: yes, no or unknown
 */
SlkOptionalBoolean
slk_zbo_get_kaderwet (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->flags[FLAG_KADERWET];
}

/**
 * slk_zbo_set_kaderwet: (set-property kaderwet)
 * @self: a ZBO
 * @kaderwet: yes, no or unknown
 *
 * Sets whether the Kaderwet zbo's applies.
 */
void
slk_zbo_set_kaderwet (SlkZbo             *self,
                      SlkOptionalBoolean  kaderwet)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  set_flag (self, PROP_KADERWET, kaderwet);
}

/**
 * slk_zbo_get_authority: (get-property authority)
 * @self: a ZBO
 *
 * Gets whether the ZBO is an autoriteit.
 *
 * Returns: yes, no or unknown
 */
SlkOptionalBoolean
slk_zbo_get_authority (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->flags[FLAG_AUTHORITY];
}

/**
 * slk_zbo_set_authority: (set-property authority)
 * @self: a ZBO
 * @authority: yes, no or unknown
 *
 * Sets whether the ZBO is an autoriteit.
 */
void
slk_zbo_set_authority (SlkZbo             *self,
                       SlkOptionalBoolean  authority)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  set_flag (self, PROP_AUTHORITY, authority);
}

/**
 * slk_zbo_get_inspectieraad: (get-property inspectieraad)
 * @self: a ZBO
 *
 * Gets whether the ZBO is in the Inspectieraad.
 *
 * Returns: yes, no or unknown
 */
SlkOptionalBoolean
slk_zbo_get_inspectieraad (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->flags[FLAG_INSPECTIERAAD];
}

/**
 * slk_zbo_set_inspectieraad: (set-property inspectieraad)
 * @self: a ZBO
 * @inspectieraad: yes, no or unknown
 *
 * Sets whether the ZBO is in the Inspectieraad.
 */
void
slk_zbo_set_inspectieraad (SlkZbo             *self,
                           SlkOptionalBoolean  inspectieraad)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  set_flag (self, PROP_INSPECTIERAAD, inspectieraad);
}

/**
 * slk_zbo_dup_last_evaluation: (get-property last-evaluation)
 * @self: a ZBO
 *
 * Gets the date of the last periodic evaluation.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_zbo_dup_last_evaluation (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), NULL);
  return _slk_day_to_date_time (self->last_evaluation);
}

/**
 * slk_zbo_set_last_evaluation: (set-property last-evaluation)
 * @self: a ZBO
 * @last_evaluation: (nullable): the date of the last evaluation; only its
 *   calendar date counts
 *
 * Sets the date of the last periodic evaluation.
 */
void
slk_zbo_set_last_evaluation (SlkZbo    *self,
                             GDateTime *last_evaluation)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  _slk_zbo_set_last_evaluation_day (self, _slk_day_from_date_time (last_evaluation));
}

SlkDay
_slk_zbo_get_last_evaluation_day (SlkZbo *self)
{
  return self->last_evaluation;
}

void
_slk_zbo_set_last_evaluation_day (SlkZbo *self,
                                  SlkDay  day)
{
  if (self->last_evaluation == day)
    return;
  self->last_evaluation = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_EVALUATION]);
}

/**
 * slk_zbo_dup_members: (get-property members)
 * @self: a ZBO
 *
 * Gets the ids of the ZBOs this record stands for.
 *
 * Returns: (transfer full) (nullable) (array zero-terminated=1): the ids, an
 *   empty list for a cluster whose members are not named, or %NULL for a
 *   single body
 */
char **
slk_zbo_dup_members (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), NULL);
  return g_strdupv (self->members);
}

/**
 * slk_zbo_set_members: (set-property members)
 * @self: a ZBO
 * @members: (nullable) (array zero-terminated=1): the ids of the ZBOs it stands
 *   for, empty for a cluster whose members are not named, or %NULL
 *
 * Sets the ZBOs this record stands for.
 */
void
slk_zbo_set_members (SlkZbo             *self,
                     const char * const *members)
{
  g_return_if_fail (SLK_IS_ZBO (self));
  if (members == NULL && self->members == NULL)
    return;
  if (members != NULL && self->members != NULL &&
      g_strv_equal ((const char * const *) self->members, members))
    return;
  g_strfreev (self->members);
  self->members = g_strdupv ((char **) members);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBERS]);
}

/* The members without a copy, for the model's own readers. */
const char * const *
_slk_zbo_get_members (SlkZbo *self)
{
  return (const char * const *) self->members;
}

/**
 * slk_zbo_has_members:
 * @self: a ZBO
 *
 * Tells whether the record stands for other ZBOs (a cluster, or a body
 * whose parts are recorded apart), even when it names none of them.
 *
 * Returns: %TRUE when [property@Slk.Zbo:members] is set
 */
gboolean
slk_zbo_has_members (SlkZbo *self)
{
  g_return_val_if_fail (SLK_IS_ZBO (self), FALSE);
  return self->members != NULL;
}
