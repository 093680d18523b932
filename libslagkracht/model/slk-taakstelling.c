/* slk-taakstelling.c: the record and its members; the figures per year
 * are in slk-taakstelling-years.c, the trajectories in
 * slk-taakstelling-generate.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record.h"
#include "slk-enum-types.h"
#include "slk-organization.h"
#include "slk-store-private.h"
#include "slk-taakstelling-private.h"
#include "slk-util-private.h"
#include "slk-year-table-private.h"

/**
 * SlkTaakstelling:
 *
 * A budget-cut target: the cumulative cut to reach in each year
 * (`targets`) and what is filled in (`realized`), exact to the cent.
 *
 * A rijksbrede taakstelling (no [property@Slk.Taakstelling:scope-id]) is
 * divided into shares, each naming it as [property@Slk.Taakstelling:parent-id]
 * and scoped to a ministry; [class@Slk.Allocator] makes them. The shares add
 * up to the parent in every year (`allocation-mismatch` otherwise), and a
 * parent with no realized of its own has the sum of its shares'
 * ([method@Slk.Taakstelling.get_effective_realized]). Totals count every cut
 * once: a share rolls up into its parent, never beside it.
 *
 * With the "dubbele slot" ([property@Slk.Taakstelling:dubbele-slot]) a year
 * counts as met only when both the euro target and the FTE target are met.
 */

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkTaakstelling, slk_taakstelling, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_SCOPE_ID,
  PROP_PARENT_ID,
  PROP_DUBBELE_SLOT,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const member_of_prop[N_PROPS] = {
  [PROP_KIND] = "kind",
  [PROP_NAME] = "name",
  [PROP_SCOPE_ID] = "scope",
  [PROP_PARENT_ID] = "parent",
  [PROP_DUBBELE_SLOT] = "dubbele_slot",
};

static void
changed (SlkTaakstelling *self,
         guint            prop_id)
{
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[prop_id],
                            member_of_prop[prop_id]);
}

static void
set_string_prop (SlkTaakstelling  *self,
                 char            **field,
                 guint             prop_id,
                 const char       *value)
{
  if (_slk_set_string (field, value))
    changed (self, prop_id);
}

static void
slk_taakstelling_finalize (GObject *object)
{
  SlkTaakstelling *self = SLK_TAAKSTELLING (object);

  _slk_record_core_clear (&self->core);
  g_free (self->id);
  g_free (self->name);
  g_free (self->scope_id);
  g_free (self->parent_id);
  _slk_year_table_free (self->years);
  g_clear_pointer (&self->measures, g_ptr_array_unref);
  G_OBJECT_CLASS (slk_taakstelling_parent_class)->finalize (object);
}

static void
slk_taakstelling_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SlkTaakstelling *self = SLK_TAAKSTELLING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_SCOPE_ID: g_value_set_string (value, self->scope_id); break;
    case PROP_PARENT_ID: g_value_set_string (value, self->parent_id); break;
    case PROP_DUBBELE_SLOT: g_value_set_boolean (value, self->dubbele_slot); break;
    case PROP_DATASET: g_value_set_object (value, self->core.dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_taakstelling_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SlkTaakstelling *self = SLK_TAAKSTELLING (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_KIND: slk_taakstelling_set_kind (self, g_value_get_enum (value)); break;
    case PROP_NAME: slk_taakstelling_set_name (self, g_value_get_string (value)); break;
    case PROP_SCOPE_ID: slk_taakstelling_set_scope_id (self, g_value_get_string (value)); break;
    case PROP_PARENT_ID: slk_taakstelling_set_parent_id (self, g_value_get_string (value)); break;
    case PROP_DUBBELE_SLOT:
      slk_taakstelling_set_dubbele_slot (self, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_taakstelling_class_init (SlkTaakstellingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_taakstelling_finalize;
  object_class->get_property = slk_taakstelling_get_property;
  object_class->set_property = slk_taakstelling_set_property;

  /**
   * SlkTaakstelling:id: (getter get_id)
   *
   * The id, unique across the dataset.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkTaakstelling:kind: (getter get_kind) (setter set_kind)
   *
   * The kind of cut.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SLK_TYPE_TAAKSTELLING_KIND,
                       SLK_TAAKSTELLING_KIND_APPARAAT, rw);
  /**
   * SlkTaakstelling:name: (getter get_name) (setter set_name)
   *
   * The name.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  /**
   * SlkTaakstelling:scope-id: (getter get_scope_id) (setter set_scope_id)
   *
   * The id of the organization the cut applies to; %NULL for rijksbreed.
   */
  properties[PROP_SCOPE_ID] = g_param_spec_string ("scope-id", NULL, NULL, NULL, rw);
  /**
   * SlkTaakstelling:parent-id: (getter get_parent_id) (setter set_parent_id)
   *
   * The id of the rijksbrede taakstelling this is a share of, or %NULL.
   */
  properties[PROP_PARENT_ID] = g_param_spec_string ("parent-id", NULL, NULL, NULL, rw);
  /**
   * SlkTaakstelling:dubbele-slot: (getter get_dubbele_slot) (setter set_dubbele_slot)
   *
   * Whether a year counts as met only when both the euro and the FTE target
   * are met (`dubbele_slot` in the JSON format).
   */
  properties[PROP_DUBBELE_SLOT] =
    g_param_spec_boolean ("dubbele-slot", NULL, NULL, FALSE, rw);
  /**
   * SlkTaakstelling:dataset: (getter get_dataset)
   *
   * The dataset the taakstelling belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_taakstelling_init (SlkTaakstelling *self)
{
  self->years = _slk_year_table_new (sizeof (SlkTaakYear));
}

/**
 * slk_taakstelling_new:
 * @id: the id, unique in the dataset
 * @kind: the kind of cut
 * @name: (nullable): the name
 *
 * Creates a rijksbrede taakstelling with no targets yet.
 *
 * Returns: (transfer full): the new [class@Slk.Taakstelling]
 */
SlkTaakstelling *
slk_taakstelling_new (const char          *id,
                      SlkTaakstellingKind  kind,
                      const char          *name)
{
  return g_object_new (SLK_TYPE_TAAKSTELLING, "id", id, "kind", kind, "name", name, NULL);
}

/**
 * slk_taakstelling_get_id: (get-property id)
 * @self: a taakstelling
 *
 * Gets the id.
 *
 * Returns: (nullable): the id
 */
const char *
slk_taakstelling_get_id (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return self->id;
}

/**
 * slk_taakstelling_get_dataset: (get-property dataset)
 * @self: a taakstelling
 *
 * Gets the dataset the taakstelling belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_taakstelling_get_dataset (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return self->core.dataset;
}

/**
 * slk_taakstelling_get_kind: (get-property kind)
 * @self: a taakstelling
 *
 * Gets the kind of cut.
 *
 * Returns: the kind
 */
SlkTaakstellingKind
slk_taakstelling_get_kind (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), SLK_TAAKSTELLING_KIND_OTHER);
  return self->kind;
}

/**
 * slk_taakstelling_set_kind: (set-property kind)
 * @self: a taakstelling
 * @kind: the kind
 *
 * Sets the kind of cut.
 */
void
slk_taakstelling_set_kind (SlkTaakstelling     *self,
                           SlkTaakstellingKind  kind)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (kind <= SLK_TAAKSTELLING_KIND_OTHER);
  if (self->kind == kind)
    return;
  self->kind = kind;
  changed (self, PROP_KIND);
}

/**
 * slk_taakstelling_get_name: (get-property name)
 * @self: a taakstelling
 *
 * Gets the name.
 *
 * Returns: (nullable): the name
 */
const char *
slk_taakstelling_get_name (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return self->name;
}

/**
 * slk_taakstelling_set_name: (set-property name)
 * @self: a taakstelling
 * @name: (nullable): the name
 *
 * Sets the name.
 */
void
slk_taakstelling_set_name (SlkTaakstelling *self,
                           const char      *name)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  set_string_prop (self, &self->name, PROP_NAME, name);
}

/**
 * slk_taakstelling_get_scope_id: (get-property scope-id)
 * @self: a taakstelling
 *
 * Gets the id of the organization the cut applies to.
 *
 * Returns: (nullable): the id, or %NULL for a rijksbrede taakstelling
 */
const char *
slk_taakstelling_get_scope_id (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return self->scope_id;
}

/**
 * slk_taakstelling_set_scope_id: (set-property scope-id)
 * @self: a taakstelling
 * @organization_id: (nullable): the id of an organization, or %NULL for rijksbreed
 *
 * Sets the organization the cut applies to.
 */
void
slk_taakstelling_set_scope_id (SlkTaakstelling *self,
                               const char      *organization_id)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  set_string_prop (self, &self->scope_id, PROP_SCOPE_ID, organization_id);
}

/**
 * slk_taakstelling_get_scope:
 * @self: a taakstelling
 *
 * Resolves [property@Slk.Taakstelling:scope-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the organization, or %NULL
 *
 * Deprecated: 0.2: Use [method@Slk.Taakstelling.get_scope_organization] instead.
 */
SlkOrganization *
slk_taakstelling_get_scope (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return _slk_record_core_resolve (&self->core, self->scope_id, SLK_TYPE_ORGANIZATION);
}

/**
 * slk_taakstelling_get_parent_id: (get-property parent-id)
 * @self: a taakstelling
 *
 * Gets the id of the taakstelling this is a share of.
 *
 * Returns: (nullable): the id
 */
const char *
slk_taakstelling_get_parent_id (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return self->parent_id;
}

/**
 * slk_taakstelling_set_parent_id: (set-property parent-id)
 * @self: a taakstelling
 * @parent_id: (nullable): the id of a rijksbrede taakstelling
 *
 * Makes this a share of another taakstelling.
 */
void
slk_taakstelling_set_parent_id (SlkTaakstelling *self,
                                const char      *parent_id)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  set_string_prop (self, &self->parent_id, PROP_PARENT_ID, parent_id);
}

/**
 * slk_taakstelling_get_parent:
 * @self: a taakstelling
 *
 * Resolves [property@Slk.Taakstelling:parent-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL
 */
SlkTaakstelling *
slk_taakstelling_get_parent (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  return _slk_record_core_resolve (&self->core, self->parent_id, SLK_TYPE_TAAKSTELLING);
}

/* The shares in the dataset, in dataset order; a new array. */
GPtrArray *
_slk_taakstelling_shares (SlkTaakstelling *self)
{
  GPtrArray *shares = g_ptr_array_new ();
  GPtrArray *all;

  if (self->core.dataset == NULL || self->id == NULL)
    return shares;
  all = _slk_store_of (self->core.dataset)->taakstellingen.typed;
  for (guint i = 0; i < all->len; i++)
    {
      SlkTaakstelling *other = g_ptr_array_index (all, i);

      if (g_strcmp0 (other->parent_id, self->id) == 0 && other != self)
        g_ptr_array_add (shares, other);
    }
  return shares;
}

/**
 * slk_taakstelling_list_shares:
 * @self: a taakstelling
 *
 * Lists the taakstellingen in the dataset that are shares of this one, in
 * dataset order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Taakstelling]
 */
GListModel *
slk_taakstelling_list_shares (SlkTaakstelling *self)
{
  g_autoptr(GPtrArray) shares = NULL;
  GListStore *store;

  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), NULL);
  shares = _slk_taakstelling_shares (self);
  store = g_list_store_new (SLK_TYPE_TAAKSTELLING);
  g_list_store_splice (store, 0, 0, shares->pdata, shares->len);
  return G_LIST_MODEL (store);
}

/**
 * slk_taakstelling_get_dubbele_slot: (get-property dubbele-slot)
 * @self: a taakstelling
 *
 * Gets whether the dubbele slot applies.
 *
 * Returns: %TRUE if a year is met only when both targets are met
 */
gboolean
slk_taakstelling_get_dubbele_slot (SlkTaakstelling *self)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  return self->dubbele_slot;
}

/**
 * slk_taakstelling_set_dubbele_slot: (set-property dubbele-slot)
 * @self: a taakstelling
 * @dubbele_slot: whether both the euro and the FTE target must be met
 *
 * Sets whether the dubbele slot applies.
 */
void
slk_taakstelling_set_dubbele_slot (SlkTaakstelling *self,
                                   gboolean         dubbele_slot)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  dubbele_slot = !!dubbele_slot;
  if (self->dubbele_slot == dubbele_slot)
    return;
  self->dubbele_slot = dubbele_slot;
  changed (self, PROP_DUBBELE_SLOT);
}

/**
 * slk_taakstelling_get_rate:
 * @self: a taakstelling
 * @rate: (out) (optional): the fraction of the base
 *
 * Gets the cut as a fraction of its base (0.22 for the 22 % cut).
 *
 * Returns: %TRUE if a rate is given
 */
gboolean
slk_taakstelling_get_rate (SlkTaakstelling *self,
                           double          *rate)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  if (rate != NULL)
    *rate = self->has_rate ? self->rate : 0.0;
  return self->has_rate;
}

/**
 * slk_taakstelling_set_rate:
 * @self: a taakstelling
 * @rate: the fraction of the base
 *
 * Sets the cut as a fraction of its base.
 */
void
slk_taakstelling_set_rate (SlkTaakstelling *self,
                           double           rate)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  _slk_record_core_forget (&self->core, "rate");
  self->has_rate = TRUE;
  self->rate = rate;
}

/**
 * slk_taakstelling_unset_rate:
 * @self: a taakstelling
 *
 * Removes the rate.
 */
void
slk_taakstelling_unset_rate (SlkTaakstelling *self)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  self->has_rate = FALSE;
  self->rate = 0.0;
}

/**
 * slk_taakstelling_get_base:
 * @self: a taakstelling
 * @year: (out) (optional): the year of the base
 * @cents: (out) (optional): the base amount, in cents
 *
 * Gets the base the cut is measured against (the nulmeting).
 *
 * Returns: %TRUE if a base is given
 */
gboolean
slk_taakstelling_get_base (SlkTaakstelling *self,
                           guint           *year,
                           gint64          *cents)
{
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (self), FALSE);
  if (year != NULL)
    *year = self->has_base ? self->base_year : 0;
  if (cents != NULL)
    *cents = self->has_base ? self->base_cents : 0;
  return self->has_base;
}

/**
 * slk_taakstelling_set_base:
 * @self: a taakstelling
 * @year: the year of the base
 * @cents: the base amount, in cents
 *
 * Sets the base the cut is measured against.
 */
void
slk_taakstelling_set_base (SlkTaakstelling *self,
                           guint            year,
                           gint64           cents)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  g_return_if_fail (year >= 1000 && year <= 9999);
  _slk_record_core_forget (&self->core, "base");
  self->has_base = TRUE;
  self->base_year = year;
  self->base_cents = cents;
}

/**
 * slk_taakstelling_unset_base:
 * @self: a taakstelling
 *
 * Removes the base.
 */
void
slk_taakstelling_unset_base (SlkTaakstelling *self)
{
  g_return_if_fail (SLK_IS_TAAKSTELLING (self));
  self->has_base = FALSE;
  self->base_year = 0;
  self->base_cents = 0;
}

SlkRecordCore *
_slk_taakstelling_get_core (SlkTaakstelling *self)
{
  return &self->core;
}

void
_slk_taakstelling_set_dataset (SlkTaakstelling *self,
                               SlkDataset      *dataset,
                               guint            index)
{
  _slk_record_core_set_dataset (&self->core, G_OBJECT (self), properties[PROP_DATASET], dataset,
                                index);
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_taakstelling_get_id (SLK_TAAKSTELLING (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_taakstelling_get_dataset (SLK_TAAKSTELLING (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_TAAKSTELLING (record)->core, "taakstellingen");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
