/* slk-allocator.c: divides a rijksbrede taakstelling over the ministries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>

#include "slk-aggregate-private.h"
#include "slk-allocator.h"
#include "slk-enum-types.h"
#include "slk-error.h"
#include "slk-ministry.h"
#include "slk-taakstelling-private.h"

/**
 * SlkAllocator:
 *
 * Divides a rijksbrede [class@Slk.Taakstelling] over the ministries into
 * shares: in proportion to a base metric in a base year (the
 * "kaasschaaf": by default personnel spending in 2024, over the
 * `rijksdienst` scope), or by explicit weights
 * ([method@Slk.Allocator.set_weight]), leaving out exempted ministries
 * ([method@Slk.Allocator.exempt], e.g. Defensie).
 *
 * Each year's target is divided exactly to the cent by the largest
 * remainder: every share gets the whole cents of its quota, and the cents
 * left go to the shares with the largest remainders (ties to the ministry
 * that comes first in the dataset). The shares therefore add up to the
 * parent in every year and validate clean. FTE targets, when the parent
 * has them, are divided the same way in hundredths of an FTE. With
 * [property@Slk.Allocator:dubbele-slot] each share counts as met only when
 * both its euro and its FTE target are met.
 *
 * A ministry with no base figure is not given a share of 0: the
 * allocation is refused until it is exempted or weighted, since absent is
 * not zero.
 *
 * ```python
 * allocator = Slk.Allocator(metric=Slk.Metric.PERSONNEL_SPENDING, base_year=2024)
 * allocator.exempt("def")
 * for share in allocator.allocate(ds.lookup("apparaat-2025")):
 *     ds.add_taakstelling(share)
 * ```
 */
struct _SlkAllocator
{
  GObject     parent_instance;
  SlkMetric   metric;
  guint       base_year;
  SlkScope    scope;
  gboolean    dubbele_slot;
  gboolean    allow_partial;
  GHashTable *weights;    /* ministry id → double*, explicit weights */
  GHashTable *exempt;     /* ministry ids */
};

G_DEFINE_FINAL_TYPE (SlkAllocator, slk_allocator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_METRIC,
  PROP_BASE_YEAR,
  PROP_SCOPE,
  PROP_DUBBELE_SLOT,
  PROP_ALLOW_PARTIAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Weights become whole numbers, so that the division is exact: amounts are
 * cents already; anything else is counted in millionths. */
#define WEIGHT_SCALE 1000000.0

static void
slk_allocator_finalize (GObject *object)
{
  SlkAllocator *self = SLK_ALLOCATOR (object);

  g_hash_table_unref (self->weights);
  g_hash_table_unref (self->exempt);
  G_OBJECT_CLASS (slk_allocator_parent_class)->finalize (object);
}

static void
slk_allocator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SlkAllocator *self = SLK_ALLOCATOR (object);

  switch (prop_id)
    {
    case PROP_METRIC: g_value_set_enum (value, self->metric); break;
    case PROP_BASE_YEAR: g_value_set_uint (value, self->base_year); break;
    case PROP_SCOPE: g_value_set_enum (value, self->scope); break;
    case PROP_DUBBELE_SLOT: g_value_set_boolean (value, self->dubbele_slot); break;
    case PROP_ALLOW_PARTIAL: g_value_set_boolean (value, self->allow_partial); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_allocator_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SlkAllocator *self = SLK_ALLOCATOR (object);

  switch (prop_id)
    {
    case PROP_METRIC: slk_allocator_set_metric (self, g_value_get_enum (value)); break;
    case PROP_BASE_YEAR: slk_allocator_set_base_year (self, g_value_get_uint (value)); break;
    case PROP_SCOPE: slk_allocator_set_scope (self, g_value_get_enum (value)); break;
    case PROP_DUBBELE_SLOT:
      slk_allocator_set_dubbele_slot (self, g_value_get_boolean (value));
      break;
    case PROP_ALLOW_PARTIAL:
      slk_allocator_set_allow_partial (self, g_value_get_boolean (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_allocator_class_init (SlkAllocatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_allocator_finalize;
  object_class->get_property = slk_allocator_get_property;
  object_class->set_property = slk_allocator_set_property;

  /**
   * SlkAllocator:metric: (getter get_metric) (setter set_metric)
   *
   * The base metric the shares are in proportion to, when no weights are set.
   */
  properties[PROP_METRIC] =
    g_param_spec_enum ("metric", NULL, NULL, SLK_TYPE_METRIC, SLK_METRIC_PERSONNEL_SPENDING, rw);
  /**
   * SlkAllocator:base-year: (getter get_base_year) (setter set_base_year)
   *
   * The year of the base metric: 2024, the nulmeting of the 22 % cut.
   */
  properties[PROP_BASE_YEAR] = g_param_spec_uint ("base-year", NULL, NULL, 1000, 9999, 2024, rw);
  /**
   * SlkAllocator:scope: (getter get_scope) (setter set_scope)
   *
   * What counts for a ministry's base figure.
   */
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, SLK_TYPE_SCOPE, SLK_SCOPE_RIJKSDIENST, rw);
  /**
   * SlkAllocator:dubbele-slot: (getter get_dubbele_slot) (setter set_dubbele_slot)
   *
   * Whether the shares carry the dubbele slot.
   */
  properties[PROP_DUBBELE_SLOT] = g_param_spec_boolean ("dubbele-slot", NULL, NULL, FALSE, rw);
  /**
   * SlkAllocator:allow-partial: (getter get_allow_partial) (setter set_allow_partial)
   *
   * Whether a base figure that is a partial sum may be used. By default the
   * allocation is refused when the base of a ministry that takes part rests
   * on only some of its organisations: such a sum is not its size, and the
   * ministry would get too small a share.
   */
  properties[PROP_ALLOW_PARTIAL] = g_param_spec_boolean ("allow-partial", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_allocator_init (SlkAllocator *self)
{
  self->metric = SLK_METRIC_PERSONNEL_SPENDING;
  self->base_year = 2024;
  self->scope = SLK_SCOPE_RIJKSDIENST;
  self->weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->exempt = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * slk_allocator_new:
 *
 * Creates an allocator in proportion to personnel spending in 2024, over
 * the `rijksdienst` scope, with no exemptions.
 *
 * Returns: (transfer full): the new [class@Slk.Allocator]
 */
SlkAllocator *
slk_allocator_new (void)
{
  return g_object_new (SLK_TYPE_ALLOCATOR, NULL);
}

/**
 * slk_allocator_get_metric: (get-property metric)
 * @self: an allocator
 *
 * Gets the base metric.
 *
 * Returns: the metric
 */
SlkMetric
slk_allocator_get_metric (SlkAllocator *self)
{
  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), SLK_METRIC_PERSONNEL_SPENDING);
  return self->metric;
}

/**
 * slk_allocator_set_metric: (set-property metric)
 * @self: an allocator
 * @metric: the base metric
 *
 * Sets the base metric.
 */
void
slk_allocator_set_metric (SlkAllocator *self,
                          SlkMetric     metric)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  g_return_if_fail (metric < SLK_N_METRICS);
  if (self->metric == metric)
    return;
  self->metric = metric;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METRIC]);
}

/**
 * slk_allocator_get_base_year: (get-property base-year)
 * @self: an allocator
 *
 * Gets the year of the base metric.
 *
 * Returns: the year
 */
guint
slk_allocator_get_base_year (SlkAllocator *self)
{
  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), 0);
  return self->base_year;
}

/**
 * slk_allocator_set_base_year: (set-property base-year)
 * @self: an allocator
 * @base_year: a four-digit year
 *
 * Sets the year of the base metric.
 */
void
slk_allocator_set_base_year (SlkAllocator *self,
                             guint         base_year)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  g_return_if_fail (base_year >= 1000 && base_year <= 9999);
  if (self->base_year == base_year)
    return;
  self->base_year = base_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_YEAR]);
}

/**
 * slk_allocator_get_scope: (get-property scope)
 * @self: an allocator
 *
 * Gets what counts for a ministry's base figure.
 *
 * Returns: the scope
 */
SlkScope
slk_allocator_get_scope (SlkAllocator *self)
{
  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), SLK_SCOPE_RIJKSDIENST);
  return self->scope;
}

/**
 * slk_allocator_set_scope: (set-property scope)
 * @self: an allocator
 * @scope: the scope
 *
 * Sets what counts for a ministry's base figure.
 */
void
slk_allocator_set_scope (SlkAllocator *self,
                         SlkScope      scope)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  g_return_if_fail (scope <= SLK_SCOPE_ALL);
  if (self->scope == scope)
    return;
  self->scope = scope;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

/**
 * slk_allocator_get_dubbele_slot: (get-property dubbele-slot)
 * @self: an allocator
 *
 * Gets whether the shares carry the dubbele slot.
 *
 * Returns: %TRUE if they do
 */
gboolean
slk_allocator_get_dubbele_slot (SlkAllocator *self)
{
  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), FALSE);
  return self->dubbele_slot;
}

/**
 * slk_allocator_set_dubbele_slot: (set-property dubbele-slot)
 * @self: an allocator
 * @dubbele_slot: whether a share is met only when both targets are met
 *
 * Sets whether the shares carry the dubbele slot.
 */
void
slk_allocator_set_dubbele_slot (SlkAllocator *self,
                                gboolean      dubbele_slot)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  dubbele_slot = !!dubbele_slot;
  if (self->dubbele_slot == dubbele_slot)
    return;
  self->dubbele_slot = dubbele_slot;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUBBELE_SLOT]);
}

/**
 * slk_allocator_get_allow_partial: (get-property allow-partial)
 * @self: an allocator
 *
 * Gets whether a partial base figure may be used.
 *
 * Returns: %TRUE when partial bases are accepted
 */
gboolean
slk_allocator_get_allow_partial (SlkAllocator *self)
{
  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), FALSE);
  return self->allow_partial;
}

/**
 * slk_allocator_set_allow_partial: (set-property allow-partial)
 * @self: an allocator
 * @allow_partial: whether to accept a base that rests on only some of a
 *   ministry's organisations
 *
 * Sets whether a partial base figure may be used.
 */
void
slk_allocator_set_allow_partial (SlkAllocator *self,
                                 gboolean      allow_partial)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  allow_partial = !!allow_partial;
  if (self->allow_partial == allow_partial)
    return;
  self->allow_partial = allow_partial;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_PARTIAL]);
}

/**
 * slk_allocator_set_weight:
 * @self: an allocator
 * @ministry_id: the id of a ministry
 * @weight: its weight, 0 or more
 *
 * Divides by explicit weights instead of the base metric: once any weight
 * is set, only the ministries with a weight get a share, in proportion to
 * it.
 */
void
slk_allocator_set_weight (SlkAllocator *self,
                          const char   *ministry_id,
                          double        weight)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  g_return_if_fail (ministry_id != NULL);
  g_return_if_fail (isfinite (weight) && weight >= 0);
  g_hash_table_insert (self->weights, g_strdup (ministry_id), g_memdup2 (&weight, sizeof weight));
}

/**
 * slk_allocator_exempt:
 * @self: an allocator
 * @ministry_id: the id of a ministry
 *
 * Leaves a ministry out: it gets no share, and the others divide the
 * whole.
 */
void
slk_allocator_exempt (SlkAllocator *self,
                      const char   *ministry_id)
{
  g_return_if_fail (SLK_IS_ALLOCATOR (self));
  g_return_if_fail (ministry_id != NULL);
  g_hash_table_add (self->exempt, g_strdup (ministry_id));
}

/* Divides @whole over @weights (whole numbers) to the unit, by the largest
 * remainder; ties go to the earlier entry. */
static void
divide (gint64        whole,
        const gint64 *weights,
        guint         n,
        gint64       *parts)
{
  g_autofree gint64 *remainders = g_new0 (gint64, n);
  __int128 total = 0;
  gint64 given = 0;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  for (guint i = 0; i < n; i++)
    {
      __int128 product = (__int128) whole * weights[i];

      parts[i] = (gint64) (product / total);
      remainders[i] = (gint64) (product % total);
      given += parts[i];
    }
  /* The units left, one each to the largest remainders. */
  for (gint64 left = whole - given; left > 0; left--)
    {
      guint best = 0;

      for (guint i = 1; i < n; i++)
        if (remainders[i] > remainders[best])
          best = i;
      parts[best]++;
      remainders[best] = -1;
    }
}

/* The ministries that get a share, and their whole-number weights. */
static gboolean
collect_weights (SlkAllocator  *self,
                 SlkDataset    *dataset,
                 GPtrArray     *ministries,
                 GArray        *weights,
                 GError       **error)
{
  GPtrArray *orgs = _slk_store_of (dataset)->organizations.typed;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) partial = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key;
  __int128 total = 0;

  g_hash_table_iter_init (&iter, self->exempt);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!SLK_IS_MINISTRY (_slk_store_lookup (_slk_store_of (dataset), key)))
      goto unknown;
  g_hash_table_iter_init (&iter, self->weights);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!SLK_IS_MINISTRY (_slk_store_lookup (_slk_store_of (dataset), key)))
      goto unknown;

  for (guint i = 0; i < orgs->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (orgs, i);
      const char *id = slk_organization_get_id (org);
      gint64 weight;

      if (!SLK_IS_MINISTRY (org) || id == NULL || g_hash_table_contains (self->exempt, id))
        continue;
      if (g_hash_table_size (self->weights) > 0)
        {
          double *given = g_hash_table_lookup (self->weights, id);

          if (given == NULL)
            continue;
          if (*given * WEIGHT_SCALE >= 0x1p63)
            goto too_large;
          weight = (gint64) llround (*given * WEIGHT_SCALE);
        }
      else
        {
          SlkSum sum;

          _slk_sum_metric (orgs, id, SLK_ANY_KIND, self->scope, self->metric, self->base_year,
                           &sum, NULL);
          if (!sum.present)
            {
              g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", id);
              continue;
            }
          if (sum.coverage.reporting < sum.coverage.in_scope && !self->allow_partial)
            g_string_append_printf (partial, _("%s%s (%u of %u organisations)"),
                                    partial->len ? ", " : "", id, sum.coverage.reporting,
                                    sum.coverage.in_scope);
          if (slk_metric_is_amount (self->metric) ? sum.cents > G_MAXINT64
                                                  : sum.value * WEIGHT_SCALE >= 0x1p63)
            goto too_large;
          weight = slk_metric_is_amount (self->metric) ? (gint64) sum.cents
                                                       : (gint64) llround (sum.value *
                                                                           WEIGHT_SCALE);
        }
      g_ptr_array_add (ministries, org);
      g_array_append_val (weights, weight);
      total += MAX (weight, 0);
      if (total > G_MAXINT64)
        goto too_large;
    }
  if (missing->len > 0)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_WEIGHTS,
                   _("No %s for %u is given for: %s. A missing figure is not 0: exempt these "
                   "ministries or give weights."), slk_metric_to_string (self->metric),
                   self->base_year, missing->str);
      return FALSE;
    }
  if (partial->len > 0)
    {
      g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_PARTIAL_BASE,
                   _("The %s of %u is a partial sum for: %s. A partial sum is not a ministry's "
                   "size; choose another base (metric, year or scope), give weights, or accept "
                   "partial bases (--allow-partial)."), slk_metric_to_string (self->metric),
                   self->base_year, partial->str);
      return FALSE;
    }
  if (total <= 0)
    {
      g_set_error_literal (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_WEIGHTS,
                           _("No ministry has a weight above 0."));
      return FALSE;
    }
  return TRUE;

too_large:
  /* The largest remainder multiplies the cut by a weight in 128 bits:
   * weights that add up past 63 bits would not divide exactly. */
  g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_TOO_LARGE,
               _("The weights add up to more than can be divided exactly (the base figures "
               "are too large); give smaller weights."));
  return FALSE;

unknown:
  g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_UNKNOWN_ID,
               _("\"%s\" is not a ministry of the dataset."), (const char *) key);
  return FALSE;
}

static gboolean
check_parent (SlkTaakstelling  *parent,
              GError          **error)
{
  g_autoptr(GPtrArray) shares = _slk_taakstelling_shares (parent);
  const char *id = parent->id ? parent->id : "";
  gboolean any_target = FALSE;

  for (guint i = 0; i < parent->years->len; i++)
    any_target |= (SLK_YEAR_TABLE_AT (parent->years, SlkTaakYear, i)->present &
                   (1u << SLK_TAAK_FIGURE_TARGETS)) != 0;
  if (parent->core.dataset == NULL)
    g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_DATASET,
                 _("The taakstelling \"%s\" belongs to no dataset, so there are no ministries "
                 "to divide it over."), id);
  else if (parent->scope_id != NULL)
    g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NOT_RIJKSBREED,
                 _("The taakstelling \"%s\" applies to \"%s\" only; only a rijksbrede one is "
                 "divided over ministries."), id, parent->scope_id);
  else if (parent->parent_id != NULL || shares->len > 0)
    g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_HAS_SHARES,
                 _("The taakstelling \"%s\" %s."), id,
                 parent->parent_id != NULL ? _("is itself a share") : _("has shares already"));
  else if (!any_target)
    g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_TARGETS,
                 _("The taakstelling \"%s\" has no targets to divide."), id);
  else
    return TRUE;
  return FALSE;
}

static SlkTaakstelling *
new_share (SlkAllocator    *self,
           SlkTaakstelling *parent,
           SlkOrganization *ministry)
{
  const char *ministry_id = slk_organization_get_id (ministry);
  const char *label = slk_organization_get_abbreviation (ministry);
  g_autofree char *id = g_strdup_printf ("%s-%s", parent->id, ministry_id);
  g_autofree char *name = g_strdup_printf ("%s (%s)", parent->name ? parent->name : parent->id,
                                           label ? label : ministry_id);
  SlkTaakstelling *share = slk_taakstelling_new (id, parent->kind, name);

  slk_taakstelling_set_scope_id (share, ministry_id);
  slk_taakstelling_set_parent_id (share, parent->id);
  slk_taakstelling_set_dubbele_slot (share, self->dubbele_slot);
  if (parent->has_rate)
    slk_taakstelling_set_rate (share, parent->rate);
  return share;
}

/**
 * slk_allocator_allocate:
 * @self: an allocator
 * @parent: a rijksbrede taakstelling in a dataset, with targets and no shares
 * @error: return location for a #GError
 *
 * Divides @parent over the ministries of its dataset. The shares are new
 * records, not yet in the dataset: add them with
 * [method@Slk.Dataset.add_taakstelling]. Each is named `<parent id>-<ministry
 * id>`, scoped to its ministry, and names @parent as its parent.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Taakstelling],
 *   one per ministry with a weight above 0, in dataset order; %NULL with a
 *   [error@Slk.AllocationError] if @parent cannot be divided
 */
GListModel *
slk_allocator_allocate (SlkAllocator     *self,
                        SlkTaakstelling  *parent,
                        GError          **error)
{
  g_autoptr(GPtrArray) ministries = g_ptr_array_new ();
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) shares = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree gint64 *parts = NULL;
  GListStore *store;
  guint n;

  g_return_val_if_fail (SLK_IS_ALLOCATOR (self), NULL);
  g_return_val_if_fail (SLK_IS_TAAKSTELLING (parent), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_parent (parent, error) ||
      !collect_weights (self, parent->core.dataset, ministries, weights, error))
    return NULL;

  /* Ministries with weight 0 get no share. */
  for (guint i = weights->len; i > 0; i--)
    if (g_array_index (weights, gint64, i - 1) <= 0)
      {
        g_ptr_array_remove_index (ministries, i - 1);
        g_array_remove_index (weights, i - 1);
      }
  n = ministries->len;
  for (guint i = 0; i < n; i++)
    {
      SlkTaakstelling *share = new_share (self, parent, g_ptr_array_index (ministries, i));

      if (_slk_store_lookup (_slk_store_of (parent->core.dataset), share->id) != NULL)
        {
          g_set_error (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_UNKNOWN_ID,
                       _("The id \"%s\" for a share is taken already."), share->id);
          g_object_unref (share);
          return NULL;
        }
      g_ptr_array_add (shares, share);
    }

  parts = g_new (gint64, MAX (n, 1));
  for (guint y = 0; y < parent->years->len; y++)
    {
      const SlkTaakYear *entry = SLK_YEAR_TABLE_AT (parent->years, SlkTaakYear, y);

      if (entry->present & (1u << SLK_TAAK_FIGURE_TARGETS))
        {
          divide (entry->cents[SLK_TAAK_FIGURE_TARGETS], (gint64 *) weights->data, n, parts);
          for (guint i = 0; i < n; i++)
            slk_taakstelling_set_amount (g_ptr_array_index (shares, i), SLK_TAAK_FIGURE_TARGETS,
                                         entry->year, parts[i]);
        }
      if (entry->present & (1u << SLK_TAAK_FIGURE_FTE_TARGETS))
        {
          gint64 hundredths = llround (entry->fte[0] * 100.0);

          divide (hundredths, (gint64 *) weights->data, n, parts);
          for (guint i = 0; i < n; i++)
            slk_taakstelling_set_fte (g_ptr_array_index (shares, i), SLK_TAAK_FIGURE_FTE_TARGETS,
                                      entry->year, (double) parts[i] / 100.0);
        }
    }

  store = g_list_store_new (SLK_TYPE_TAAKSTELLING);
  g_list_store_splice (store, 0, 0, shares->pdata, shares->len);
  return G_LIST_MODEL (store);
}
