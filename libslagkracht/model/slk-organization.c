/* slk-organization.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-record.h"
#include "slk-enum-types.h"
#include "slk-ministry.h"
#include "slk-noodrem.h"
#include "slk-organization-private.h"
#include "slk-store-private.h"
#include "slk-uitvoeringstoets.h"
#include "slk-util-private.h"
#include "slk-year-table-private.h"

/**
 * SlkOrganization:
 *
 * The abstract base of every organization in a [class@Slk.Dataset]:
 * [class@Slk.Ministry], [class@Slk.Zbo], [class@Slk.Inspection],
 * [class@Slk.Agency] and [class@Slk.DecentralBody].
 *
 * An organization has an id (unique in its dataset), a name, an optional
 * abbreviation, for bodies under a ministry the id of that ministry
 * ([property@Slk.Organization:parent-id], resolved to the object by
 * [method@Slk.Organization.get_parent]), and per-year figures for the six
 * metrics of [enum@Slk.Metric].
 *
 * A figure is either given or absent: absent is never read as 0.
 * [method@Slk.Organization.get_figure] returns %FALSE for an absent figure.
 * Amounts (the spending metrics) are held exactly, in cents.
 *
 * ```python
 * ok, fte = org.get_figure(2022, Slk.Metric.FTE)
 * if ok:
 *     print(org.props.name, fte)
 * ```
 *
 * ```js
 * const [ok, fte] = org.get_figure(2022, Slk.Metric.FTE);
 * ```
 */

typedef struct
{
  char        *id;
  char        *name;
  char        *abbreviation;
  char        *parent_id;
  SlkFigureBlock *figures;     /* NULL: no figures */
  JsonObject  *extras;         /* members this library does not model, in file order */
  JsonObject  *figure_extras;  /* unknown metrics and year keys, by year key */
  SlkDataset  *dataset;        /* not owned: the dataset clears it when it goes */
  guint        index;          /* place in the dataset's organizations array */
  guint32      nulls;          /* bit m: member m was given as null (absent to the model) */
  guint32      identity_size;  /* bytes of the block at id that name, abbreviation and
                                * parent_id may also point into (see take_identity) */
  SlkDay       established;    /* the day the body began, or 0 */
  SlkDay       ended;          /* the day the body ceased, or 0 */
} SlkOrganizationPrivate;

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (SlkOrganization, slk_organization, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (SlkOrganization)
                                  G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_ABBREVIATION,
  PROP_PARENT_ID,
  PROP_DATASET,
  PROP_ESTABLISHED,
  PROP_ENDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const SlkName _slk_org_member_names[SLK_N_ORG_MEMBERS] = {
  SLK_NAME (""), SLK_NAME ("id"), SLK_NAME ("kind"), SLK_NAME ("name"),
  SLK_NAME ("abbreviation"), SLK_NAME ("parent"), SLK_NAME ("established"),
  SLK_NAME ("ended"), SLK_NAME ("legal_form"),
  SLK_NAME ("legal_personality"), SLK_NAME ("kaderwet"), SLK_NAME ("authority"),
  SLK_NAME ("last_evaluation"), SLK_NAME ("inspectieraad"), SLK_NAME ("members"),
  SLK_NAME ("figures"), SLK_NAME ("sources"), SLK_NAME ("figure_sources"), SLK_NAME ("reported"),
};

/* The nicks of SlkOrganizationKind, without a GType look-up per record. */
const SlkName _slk_organization_kind_names[SLK_N_ORGANIZATION_KINDS] = {
  SLK_NAME ("ministry"), SLK_NAME ("zbo"), SLK_NAME ("inspection"), SLK_NAME ("agency"),
  SLK_NAME ("decentral"),
};

/* Ids match [a-z0-9][a-z0-9-]*. */
gboolean
_slk_id_is_valid (const char *id)
{
  if (id == NULL || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

static gboolean
in_identity_block (SlkOrganizationPrivate *priv,
                   const char             *text)
{
  /* As addresses: the text may be from any allocation. */
  return text != NULL && priv->id != NULL &&
         (guintptr) text >= (guintptr) priv->id &&
         (guintptr) text < (guintptr) priv->id + priv->identity_size;
}

/* Gives @field a copy of its own where it points into the identity block,
 * before it is replaced or freed. */
static void
own_string (SlkOrganizationPrivate  *priv,
            char                   **field)
{
  if (in_identity_block (priv, *field))
    *field = g_strdup (*field);
}

/* Frees @field unless the identity block holds it. */
static void
clear_string (SlkOrganizationPrivate  *priv,
              char                   **field)
{
  if (!in_identity_block (priv, *field))
    g_free (*field);
  *field = NULL;
}

static void
slk_organization_finalize (GObject *object)
{
  SlkOrganizationPrivate *priv =
    slk_organization_get_instance_private (SLK_ORGANIZATION (object));

  clear_string (priv, &priv->name);
  clear_string (priv, &priv->abbreviation);
  clear_string (priv, &priv->parent_id);
  g_clear_pointer (&priv->id, g_free);   /* the identity block, if there is one */
  g_clear_pointer (&priv->figures, g_free);
  g_clear_pointer (&priv->extras, json_object_unref);
  g_clear_pointer (&priv->figure_extras, json_object_unref);

  G_OBJECT_CLASS (slk_organization_parent_class)->finalize (object);
}

static void
slk_organization_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SlkOrganization *self = SLK_ORGANIZATION (object);
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, priv->id); break;
    case PROP_KIND: g_value_set_enum (value, slk_organization_get_kind (self)); break;
    case PROP_NAME: g_value_set_string (value, priv->name); break;
    case PROP_ABBREVIATION: g_value_set_string (value, priv->abbreviation); break;
    case PROP_PARENT_ID: g_value_set_string (value, priv->parent_id); break;
    case PROP_ESTABLISHED:
      g_value_take_boxed (value, slk_organization_dup_established (self));
      break;
    case PROP_ENDED:
      g_value_take_boxed (value, slk_organization_dup_ended (self));
      break;
    case PROP_DATASET: g_value_set_object (value, priv->dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_organization_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlkOrganization *self = SLK_ORGANIZATION (object);
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID: priv->id = g_value_dup_string (value); break;
    case PROP_NAME: slk_organization_set_name (self, g_value_get_string (value)); break;
    case PROP_ABBREVIATION:
      slk_organization_set_abbreviation (self, g_value_get_string (value));
      break;
    case PROP_PARENT_ID: slk_organization_set_parent_id (self, g_value_get_string (value)); break;
    case PROP_ESTABLISHED:
      slk_organization_set_established (self, g_value_get_boxed (value));
      break;
    case PROP_ENDED:
      slk_organization_set_ended (self, g_value_get_boxed (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_organization_class_init (SlkOrganizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_organization_finalize;
  object_class->get_property = slk_organization_get_property;
  object_class->set_property = slk_organization_set_property;

  /**
   * SlkOrganization:id:
   *
   * The id, unique across the dataset and matching `[a-z0-9][a-z0-9-]*`.
   * Set once, at construction.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SlkOrganization:kind: (getter get_kind)
   *
   * The kind of organization, fixed by its class.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SLK_TYPE_ORGANIZATION_KIND,
                       SLK_ORGANIZATION_KIND_MINISTRY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * SlkOrganization:name: (getter get_name) (setter set_name)
   *
   * The full name, e.g. "Ministerie van Sociale Zaken en Werkgelegenheid".
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);

  /**
   * SlkOrganization:abbreviation: (getter get_abbreviation) (setter set_abbreviation)
   *
   * The abbreviation, e.g. `SZW` or `UWV`, or %NULL.
   */
  properties[PROP_ABBREVIATION] = g_param_spec_string ("abbreviation", NULL, NULL, NULL, rw);

  /**
   * SlkOrganization:parent-id: (getter get_parent_id) (setter set_parent_id)
   *
   * The id of the responsible ministry (`parent` in the JSON format), or
   * %NULL. Required for ZBOs, inspections and agencies; forbidden for
   * ministries and decentral bodies.
   */
  properties[PROP_PARENT_ID] = g_param_spec_string ("parent-id", NULL, NULL, NULL, rw);

  /**
   * SlkOrganization:dataset: (getter get_dataset)
   *
   * The dataset the organization belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SlkOrganization:established: (getter dup_established) (setter set_established)
   *
   * The day the body began (SPEC 1.1 `established`), at midnight UTC, or
   * %NULL when no source gives it. A Kaderwet ZBO's first evaluation falls
   * due this many years after it.
   */
  properties[PROP_ESTABLISHED] =
    g_param_spec_boxed ("established", NULL, NULL, G_TYPE_DATE_TIME, rw);

  /**
   * SlkOrganization:ended: (getter dup_ended) (setter set_ended)
   *
   * The day the body ceased (SPEC 1.1 `ended`), at midnight UTC, or %NULL
   * while it exists. An ended body is kept, and left out of the sums and
   * counts of the years after the one it ended in.
   */
  properties[PROP_ENDED] =
    g_param_spec_boxed ("ended", NULL, NULL, G_TYPE_DATE_TIME, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_organization_init (SlkOrganization *self)
{
}

/**
 * slk_organization_get_kind: (get-property kind)
 * @self: an organization
 *
 * Gets the kind of organization.
 *
 * Returns: the kind
 */
SlkOrganizationKind
slk_organization_get_kind (SlkOrganization *self)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), SLK_ORGANIZATION_KIND_MINISTRY);
  return SLK_ORGANIZATION_GET_CLASS (self)->kind;
}

/**
 * slk_organization_get_id:
 * @self: an organization
 *
 * Gets the id.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
slk_organization_get_id (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return priv->id;
}

/* For the loader: takes the strings of a fresh organization as they are,
 * with no copies and no notifications (nobody watches it yet). */
void
_slk_organization_take_identity (SlkOrganization *self,
                                 char            *id,
                                 char            *name,
                                 char            *abbreviation,
                                 char            *parent_id)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);
  char *given[] = { id, name, abbreviation, parent_id };
  char **fields[] = { &priv->id, &priv->name, &priv->abbreviation, &priv->parent_id };
  gsize size = 0;
  char *at;

  /* A large dataset has hundreds of thousands of organizations: their
   * strings share one allocation, at id. */
  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    size += given[i] != NULL ? strlen (given[i]) + 1 : 0;
  for (guint i = 1; i < G_N_ELEMENTS (fields); i++)
    clear_string (priv, fields[i]);
  g_clear_pointer (&priv->id, g_free);
  priv->identity_size = 0;
  if (id == NULL || size > G_MAXUINT32)   /* no id to hold the block, or too long */
    {
      for (guint i = 1; i < G_N_ELEMENTS (fields); i++)
        *fields[i] = given[i];
      return;
    }
  at = priv->id = g_malloc (size);
  priv->identity_size = (guint32) size;
  for (guint i = 0; i < G_N_ELEMENTS (given); i++)
    if (given[i] != NULL)
      {
        gsize length = strlen (given[i]) + 1;

        *fields[i] = memcpy (at, given[i], length);
        at += length;
        g_free (given[i]);
      }
}

/**
 * slk_organization_get_name: (get-property name)
 * @self: an organization
 *
 * Gets the name.
 *
 * Returns: (transfer none) (nullable): the name
 */
const char *
slk_organization_get_name (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return priv->name;
}

/**
 * slk_organization_set_name: (set-property name)
 * @self: an organization
 * @name: (nullable): the new name
 *
 * Sets the name.
 */
void
slk_organization_set_name (SlkOrganization *self,
                           const char      *name)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  own_string (priv, &priv->name);
  if (_slk_set_string (&priv->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * slk_organization_get_abbreviation: (get-property abbreviation)
 * @self: an organization
 *
 * Gets the abbreviation.
 *
 * Returns: (transfer none) (nullable): the abbreviation, or %NULL
 */
const char *
slk_organization_get_abbreviation (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return priv->abbreviation;
}

/**
 * slk_organization_set_abbreviation: (set-property abbreviation)
 * @self: an organization
 * @abbreviation: (nullable): the new abbreviation
 *
 * Sets the abbreviation.
 */
void
slk_organization_set_abbreviation (SlkOrganization *self,
                                   const char      *abbreviation)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  own_string (priv, &priv->abbreviation);
  if (_slk_set_string (&priv->abbreviation, abbreviation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABBREVIATION]);
}

/**
 * slk_organization_get_parent_id: (get-property parent-id)
 * @self: an organization
 *
 * Gets the id of the responsible ministry.
 *
 * Returns: (transfer none) (nullable): the id, or %NULL
 */
const char *
slk_organization_get_parent_id (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return priv->parent_id;
}

/**
 * slk_organization_set_parent_id: (set-property parent-id)
 * @self: an organization
 * @parent_id: (nullable): the id of the responsible ministry
 *
 * Sets the id of the responsible ministry. Whether it resolves is checked by
 * [method@Slk.Dataset.validate].
 */
void
slk_organization_set_parent_id (SlkOrganization *self,
                                const char      *parent_id)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  own_string (priv, &priv->parent_id);
  if (_slk_set_string (&priv->parent_id, parent_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

/**
 * slk_organization_get_parent:
 * @self: an organization
 *
 * Resolves [property@Slk.Organization:parent-id] in the organization's
 * dataset.
 *
 * Returns: (transfer none) (nullable): the responsible ministry, or %NULL if
 *   there is none, the id does not resolve, or it names no ministry
 */
SlkMinistry *
slk_organization_get_parent (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);
  GObject *parent;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);

  if (priv->dataset == NULL || priv->parent_id == NULL)
    return NULL;
  parent = _slk_store_lookup (_slk_store_of (priv->dataset), priv->parent_id);
  return SLK_IS_MINISTRY (parent) ? SLK_MINISTRY (parent) : NULL;
}

/**
 * slk_organization_get_dataset: (get-property dataset)
 * @self: an organization
 *
 * Gets the dataset the organization belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_organization_get_dataset (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return priv->dataset;
}

void
_slk_organization_set_dataset (SlkOrganization *self,
                               SlkDataset      *dataset,
                               guint            index)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  priv->index = index;
  if (priv->dataset != dataset)
    {
      priv->dataset = dataset;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
}

guint
_slk_organization_get_index (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->index;
}

const SlkFigureBlock *
_slk_organization_get_figures (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->figures;
}

/* Sets the figures to a copy of @years (SlkFigureYear, in year order). */
void
_slk_organization_set_figure_years (SlkOrganization    *self,
                                    const SlkYearTable *years)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_free (priv->figures);
  priv->figures = _slk_figure_block_new (years);
}

/**
 * slk_organization_dup_established: (get-property established)
 * @self: an organization
 *
 * Gets the day the body began.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_organization_dup_established (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  priv = slk_organization_get_instance_private (self);
  return _slk_day_to_date_time (priv->established);
}

/**
 * slk_organization_set_established: (set-property established)
 * @self: an organization
 * @established: (nullable): the day the body began; only its calendar date counts
 *
 * Sets the day the body began.
 */
void
slk_organization_set_established (SlkOrganization *self,
                                  GDateTime       *established)
{
  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  _slk_organization_set_established_day (self, _slk_day_from_date_time (established));
}

SlkDay
_slk_organization_get_established_day (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->established;
}

void
_slk_organization_set_established_day (SlkOrganization *self,
                                       SlkDay           day)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  if (priv->established == day)
    return;
  priv->established = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ESTABLISHED]);
}

/**
 * slk_organization_dup_ended: (get-property ended)
 * @self: an organization
 *
 * Gets the day the body ceased.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_organization_dup_ended (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv;

  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  priv = slk_organization_get_instance_private (self);
  return _slk_day_to_date_time (priv->ended);
}

/**
 * slk_organization_set_ended: (set-property ended)
 * @self: an organization
 * @ended: (nullable): the day the body ceased; only its calendar date counts
 *
 * Sets the day the body ceased, or %NULL while it exists.
 */
void
slk_organization_set_ended (SlkOrganization *self,
                            GDateTime       *ended)
{
  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  _slk_organization_set_ended_day (self, _slk_day_from_date_time (ended));
}

SlkDay
_slk_organization_get_ended_day (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->ended;
}

void
_slk_organization_set_ended_day (SlkOrganization *self,
                                 SlkDay           day)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  if (priv->ended == day)
    return;
  priv->ended = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED]);
}

/* Whether the body still counts in @year: it ended in no year before it. */
gboolean
_slk_organization_exists_in (SlkOrganization *self,
                             guint            year)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->ended == 0 || _slk_day_get_year (priv->ended) >= year;
}

/* The members the file gave as null, as bits of SlkOrgMember: written back
 * as null while the organization has no value for them. */
guint32
_slk_organization_get_nulls (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->nulls;
}

void
_slk_organization_set_nulls (SlkOrganization *self,
                             guint32          nulls)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  priv->nulls = nulls;
}

JsonObject *
_slk_organization_get_extras (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->extras;
}

/* The extras, made when there are none, for a member held there (such as
 * `sources`) that is about to be set: it is no longer the null the file
 * gave. */
JsonObject *
_slk_organization_make_extras (SlkOrganization *self,
                               SlkOrgMember     member)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  if (priv->extras == NULL)
    priv->extras = json_object_new ();
  priv->nulls &= ~(1u << member);
  return priv->extras;
}

void
_slk_organization_take_extras (SlkOrganization *self,
                               JsonObject      *extras)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_clear_pointer (&priv->extras, json_object_unref);
  priv->extras = extras;
}

JsonObject *
_slk_organization_get_figure_extras (SlkOrganization *self)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  return priv->figure_extras;
}

void
_slk_organization_take_figure_extras (SlkOrganization *self,
                                      JsonObject      *figure_extras)
{
  SlkOrganizationPrivate *priv = slk_organization_get_instance_private (self);

  g_clear_pointer (&priv->figure_extras, json_object_unref);
  priv->figure_extras = figure_extras;
}

/**
 * slk_organization_list_assessed_toetsen:
 * @self: an organization
 *
 * Lists the assessments this organization made, in dataset order. The
 * list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Uitvoeringstoets]
 */
GListModel *
slk_organization_list_assessed_toetsen (SlkOrganization *self)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return _slk_store_filter (_slk_store_of (slk_organization_get_dataset (self)),
                            SLK_TYPE_UITVOERINGSTOETS,
                              slk_organization_get_id (self),
                              (SlkIdGetter) slk_uitvoeringstoets_get_assessor_id);
}

/**
 * slk_organization_list_raised_noodremmen:
 * @self: an organization
 *
 * Lists the noodrem signals this organization raised, in dataset order.
 * The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_organization_list_raised_noodremmen (SlkOrganization *self)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return _slk_store_filter (_slk_store_of (slk_organization_get_dataset (self)), SLK_TYPE_NOODREM,
                              slk_organization_get_id (self),
                              (SlkIdGetter) slk_noodrem_get_raised_by_id);
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_organization_get_id (SLK_ORGANIZATION (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_organization_get_dataset (SLK_ORGANIZATION (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  SlkOrganization *self = SLK_ORGANIZATION (record);

  if (slk_organization_get_dataset (self) == NULL)
    return NULL;
  return g_strdup_printf ("/organizations/%u", _slk_organization_get_index (self));
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
