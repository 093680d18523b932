/* slk-reported.c: figures as a ministry or the government published them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-enum-types.h"
#include "slk-json-writer-private.h"
#include "slk-organization-private.h"
#include "slk-provenance-private.h"

/**
 * SlkReported:
 *
 * The figures of one year as a ministry published them for itself
 * ([method@Slk.Ministry.dup_reported], SPEC 1.1 `reported`) or as the
 * government published them for the Rijksdienst
 * ([method@Slk.Dataset.dup_rijksdienst_reported]): with their scope and
 * their source. They are shown beside the computed figures and never added
 * to them. A share such as [enum@Slk.Metric.EXTERNAL_HIRE_SHARE] is a
 * fraction; amounts are in euro.
 */

struct _SlkReported
{
  GObject           parent_instance;
  guint             year;
  SlkReportedScope  scope;
  guint             present;                     /* bit m: metric m is given */
  double            values[SLK_N_METRICS];
  char             *source;                      /* the year's source key */
  char             *metric_sources[SLK_N_METRICS];
  JsonObject       *sources;                     /* the owner's, to resolve keys */
};

G_DEFINE_FINAL_TYPE (SlkReported, slk_reported, G_TYPE_OBJECT)

static void
slk_reported_finalize (GObject *object)
{
  SlkReported *self = SLK_REPORTED (object);

  g_free (self->source);
  for (guint m = 0; m < SLK_N_METRICS; m++)
    g_free (self->metric_sources[m]);
  g_clear_pointer (&self->sources, json_object_unref);
  G_OBJECT_CLASS (slk_reported_parent_class)->finalize (object);
}

static void
slk_reported_class_init (SlkReportedClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slk_reported_finalize;
}

static void
slk_reported_init (SlkReported *self)
{
}

/**
 * slk_reported_new:
 * @year: the year the figures are for
 * @scope: what they cover
 *
 * Creates an empty set of published figures, to fill with
 * [method@Slk.Reported.set_value] and store with
 * [method@Slk.Ministry.set_reported] or
 * [method@Slk.Dataset.set_rijksdienst_reported].
 *
 * Returns: (transfer full): the new figures
 */
SlkReported *
slk_reported_new (guint            year,
                  SlkReportedScope scope)
{
  SlkReported *self;

  g_return_val_if_fail (year >= 1000 && year <= 9999, NULL);
  g_return_val_if_fail (scope <= SLK_REPORTED_SCOPE_RIJKSDIENST, NULL);
  self = g_object_new (SLK_TYPE_REPORTED, NULL);
  self->year = year;
  self->scope = scope;
  return self;
}

/**
 * slk_reported_get_year:
 * @self: published figures
 *
 * Gets the year the figures are for.
 *
 * Returns: the year they are for
 */
guint
slk_reported_get_year (SlkReported *self)
{
  g_return_val_if_fail (SLK_IS_REPORTED (self), 0);
  return self->year;
}

/**
 * slk_reported_get_scope:
 * @self: published figures
 *
 * Gets what the figures cover.
 *
 * Returns: what they cover
 */
SlkReportedScope
slk_reported_get_scope (SlkReported *self)
{
  g_return_val_if_fail (SLK_IS_REPORTED (self), SLK_REPORTED_SCOPE_CORE);
  return self->scope;
}

/**
 * slk_reported_get_value:
 * @self: published figures
 * @metric: the metric
 * @value: (out) (optional): the published value: a fraction for a share,
 *   euro for an amount; NaN when absent
 *
 * Gets one published figure.
 *
 * Returns: %TRUE when the source gives it
 */
gboolean
slk_reported_get_value (SlkReported *self,
                        SlkMetric    metric,
                        double      *value)
{
  gboolean present;

  g_return_val_if_fail (SLK_IS_REPORTED (self), FALSE);
  g_return_val_if_fail (metric < SLK_N_METRICS, FALSE);
  present = (self->present & (1u << metric)) != 0;
  if (value != NULL)
    *value = present ? self->values[metric] : NAN;
  return present;
}

/**
 * slk_reported_set_value:
 * @self: published figures
 * @metric: the metric
 * @value: the value, finite and not negative; NaN removes it
 *
 * Sets one published figure.
 */
void
slk_reported_set_value (SlkReported *self,
                        SlkMetric    metric,
                        double       value)
{
  g_return_if_fail (SLK_IS_REPORTED (self));
  g_return_if_fail (metric < SLK_N_METRICS);
  g_return_if_fail (isnan (value) || (isfinite (value) && value >= 0));
  if (isnan (value))
    self->present &= ~(1u << metric);
  else
    {
      self->present |= 1u << metric;
      self->values[metric] = value;
    }
}

/**
 * slk_reported_get_source_key:
 * @self: published figures
 * @metric: the metric
 *
 * Gets the key of the source that gives @metric: its own, or the year's.
 *
 * Returns: (nullable): the key, or %NULL
 */
const char *
slk_reported_get_source_key (SlkReported *self,
                             SlkMetric    metric)
{
  g_return_val_if_fail (SLK_IS_REPORTED (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  return self->metric_sources[metric] ? self->metric_sources[metric] : self->source;
}

/**
 * slk_reported_set_source_key:
 * @self: published figures
 * @metric: the metric whose source is set
 * @key: (nullable): a key of the owner's sources, or %NULL to use the year's
 *
 * Names the source of one figure. The year's own source, which serves
 * every figure without one, is the first key set.
 */
void
slk_reported_set_source_key (SlkReported *self,
                             SlkMetric    metric,
                             const char  *key)
{
  g_return_if_fail (SLK_IS_REPORTED (self));
  g_return_if_fail (metric < SLK_N_METRICS);
  if (self->source == NULL && key != NULL)
    {
      self->source = g_strdup (key);
      return;
    }
  if (g_strcmp0 (key, self->source) == 0)
    key = NULL;
  g_free (self->metric_sources[metric]);
  self->metric_sources[metric] = g_strdup (key);
}

/**
 * slk_reported_dup_source:
 * @self: published figures
 * @metric: the metric
 *
 * Gets the source that gives @metric, from the sources of the ministry or
 * dataset the figures were read from.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL when none is
 *   named or the figures were not read from a dataset
 */
SlkSource *
slk_reported_dup_source (SlkReported *self,
                         SlkMetric    metric)
{
  g_return_val_if_fail (SLK_IS_REPORTED (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  return _slk_source_lookup (self->sources, slk_reported_get_source_key (self, metric));
}

static int
metric_of (const char *name)
{
  for (int m = 0; m < SLK_N_METRICS; m++)
    if (g_str_equal (name, _slk_metric_names[m].name))
      return m;
  return -1;
}

SlkReported *
_slk_reported_from_year (JsonObject       *year_object,
                         guint             year,
                         SlkReportedScope  fallback,
                         JsonObject       *sources)
{
  SlkReported *self = slk_reported_new (year, fallback);
  JsonNode *scope = json_object_get_member (year_object, "scope");
  JsonNode *source = json_object_get_member (year_object, "source");
  g_autoptr(GList) names = json_object_get_members (year_object);

  if (_slk_json_node_is_text (scope))
    {
      const char *text = json_node_get_string (scope);

      if (g_str_equal (text, "core"))
        self->scope = SLK_REPORTED_SCOPE_CORE;
      else if (g_str_equal (text, "ministry"))
        self->scope = SLK_REPORTED_SCOPE_MINISTRY;
    }
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (year_object, l->data);
      int metric = metric_of (l->data);

      if (metric >= 0 && JSON_NODE_HOLDS_VALUE (node) && _slk_json_number_token (node) == NULL &&
          (json_node_get_value_type (node) == G_TYPE_INT64 ||
           json_node_get_value_type (node) == G_TYPE_DOUBLE) &&
          json_node_get_double (node) >= 0)
        {
          self->present |= 1u << metric;
          self->values[metric] = json_node_get_double (node);
        }
    }
  if (_slk_json_node_is_text (source))
    self->source = g_strdup (json_node_get_string (source));
  else if (source != NULL && JSON_NODE_HOLDS_OBJECT (source))
    for (int m = 0; m < SLK_N_METRICS; m++)
      {
        JsonNode *key = json_object_get_member (json_node_get_object (source),
                                                _slk_metric_names[m].name);

        if (_slk_json_node_is_text (key))
          self->metric_sources[m] = g_strdup (json_node_get_string (key));
      }
  self->sources = sources ? json_object_ref (sources) : NULL;
  return self;
}

/* The year's object: the published figures over what @previous held, so
 * that members this library does not model are kept. */
JsonNode *
_slk_reported_to_node (SlkReported *reported,
                       JsonObject  *previous,
                       gboolean     with_scope)
{
  JsonObject *object = json_object_new ();
  g_autoptr(GList) names = previous ? json_object_get_members (previous) : NULL;
  gboolean per_metric = FALSE;
  JsonNode *node;

  if (with_scope)
    json_object_set_string_member (object, "scope",
                                   reported->scope == SLK_REPORTED_SCOPE_CORE ? "core"
                                                                              : "ministry");
  for (int m = 0; m < SLK_N_METRICS; m++)
    {
      if (reported->present & (1u << m))
        json_object_set_double_member (object, _slk_metric_names[m].name, reported->values[m]);
      per_metric |= reported->metric_sources[m] != NULL;
    }
  if (per_metric)
    {
      JsonObject *keys = json_object_new ();

      for (int m = 0; m < SLK_N_METRICS; m++)
        {
          const char *key = slk_reported_get_source_key (reported, m);

          if (key != NULL && (reported->present & (1u << m)))
            json_object_set_string_member (keys, _slk_metric_names[m].name, key);
        }
      json_object_set_object_member (object, "source", keys);
    }
  else if (reported->source != NULL)
    json_object_set_string_member (object, "source", reported->source);
  for (GList *l = names; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data) && metric_of (l->data) < 0 &&
        !g_str_equal (l->data, "source") && !g_str_equal (l->data, "scope"))
      json_object_set_member (object, l->data,
                              json_node_copy (json_object_get_member (previous, l->data)));
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

SlkReported *
_slk_reported_lookup (JsonObject       *holder,
                      const char       *member,
                      guint             year,
                      SlkReportedScope  fallback)
{
  JsonObject *year_object;
  char key[8];

  g_snprintf (key, sizeof key, "%u", year);
  year_object = _slk_object_member (_slk_object_member (holder, member), key);
  if (year_object == NULL)
    return NULL;
  return _slk_reported_from_year (year_object, year, fallback,
                                  _slk_object_member (holder, "sources"));
}

void
_slk_reported_store (JsonObject  *holder,
                     const char  *member,
                     SlkReported *reported,
                     gboolean     with_scope)
{
  JsonObject *by_year = _slk_object_member_make (holder, member);
  char key[8];

  g_snprintf (key, sizeof key, "%u", reported->year);
  json_object_set_member (by_year, key,
                          _slk_reported_to_node (reported, _slk_object_member (by_year, key),
                                                 with_scope));
}
