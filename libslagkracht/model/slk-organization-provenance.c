/* slk-organization-provenance.c: where an organization's figures come from
 * (SPEC 1.1 `sources`, `figure_sources`)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-organization-private.h"
#include "slk-provenance-private.h"

static JsonObject *
sources_of (SlkOrganization *self)
{
  return _slk_object_member (_slk_organization_get_extras (self), "sources");
}

/**
 * slk_organization_list_sources:
 * @self: an organization
 *
 * Lists the documents the record rests on, in the order of the file.
 *
 * Returns: (transfer full): a list model of [class@Slk.Source]
 */
GListModel *
slk_organization_list_sources (SlkOrganization *self)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  return _slk_sources_list (sources_of (self));
}

/**
 * slk_organization_dup_source:
 * @self: an organization
 * @key: a key of the record's sources
 *
 * Looks up one of the documents the record rests on.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL
 */
SlkSource *
slk_organization_dup_source (SlkOrganization *self,
                             const char      *key)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return _slk_source_lookup (sources_of (self), key);
}

/**
 * slk_organization_add_source:
 * @self: an organization
 * @source: the source; one with the same key is replaced
 *
 * Adds a document the record rests on.
 */
void
slk_organization_add_source (SlkOrganization *self,
                             SlkSource       *source)
{
  JsonObject *extras;

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  g_return_if_fail (SLK_IS_SOURCE (source));
  extras = _slk_organization_make_extras (self, SLK_ORG_MEMBER_SOURCES);
  _slk_sources_put (_slk_object_member_make (extras, "sources"), source);
}

static const char *
figure_source_key (SlkOrganization *self,
                   guint            year,
                   SlkMetric        metric)
{
  JsonObject *by_year = _slk_object_member (_slk_organization_get_extras (self),
                                            "figure_sources");
  char key[8];
  JsonObject *year_object;
  JsonNode *node;

  g_snprintf (key, sizeof key, "%u", year);
  year_object = _slk_object_member (by_year, key);
  node = year_object ? json_object_get_member (year_object, slk_metric_to_string (metric)) : NULL;
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/**
 * slk_organization_dup_figure_source:
 * @self: an organization
 * @year: the year
 * @metric: the metric
 *
 * Gets the source that gives one figure, as `figure_sources` names it.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL when the file
 *   names none
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.dup_value_source] instead.
 */
SlkSource *
slk_organization_dup_figure_source (SlkOrganization *self,
                                    guint            year,
                                    SlkMetric        metric)
{
  g_return_val_if_fail (SLK_IS_ORGANIZATION (self), NULL);
  g_return_val_if_fail (metric < SLK_N_METRICS, NULL);
  return _slk_source_lookup (sources_of (self), figure_source_key (self, year, metric));
}

/**
 * slk_organization_dup_value_source:
 * @self: an organization
 * @metric: the metric
 * @year: the year
 *
 * The same as [method@Slk.Organization.dup_figure_source], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Gets the source that gives one figure, as `figure_sources` names it.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL when the file
 *   names none
 */
SlkSource *
slk_organization_dup_value_source (SlkOrganization *self,
                                   SlkMetric        metric,
                                   guint            year)
{
  return slk_organization_dup_figure_source (self, year, metric);
}

/**
 * slk_organization_set_figure_source:
 * @self: an organization
 * @year: the year, 1000 to 9999
 * @metric: the metric
 * @key: (nullable): a key of the record's sources (add it first with
 *   [method@Slk.Organization.add_source]), or %NULL to name none
 *
 * Names the source that gives one figure.
 *
 * Deprecated: 0.2: Use [method@Slk.Organization.set_value_source] instead.
 */
void
slk_organization_set_figure_source (SlkOrganization *self,
                                    guint            year,
                                    SlkMetric        metric,
                                    const char      *key)
{
  JsonObject *extras, *by_year, *year_object;
  char year_key[8];

  g_return_if_fail (SLK_IS_ORGANIZATION (self));
  g_return_if_fail (year >= 1000 && year <= 9999);
  g_return_if_fail (metric < SLK_N_METRICS);
  g_return_if_fail (key == NULL ||
                    (sources_of (self) != NULL && json_object_has_member (sources_of (self), key)));
  g_snprintf (year_key, sizeof year_key, "%u", year);
  extras = _slk_organization_make_extras (self, SLK_ORG_MEMBER_FIGURE_SOURCES);
  by_year = _slk_object_member_make (extras, "figure_sources");
  year_object = _slk_object_member_make (by_year, year_key);
  if (key != NULL)
    json_object_set_string_member (year_object, slk_metric_to_string (metric), key);
  else if (json_object_has_member (year_object, slk_metric_to_string (metric)))
    json_object_remove_member (year_object, slk_metric_to_string (metric));
}

/**
 * slk_organization_set_value_source:
 * @self: an organization
 * @metric: the metric
 * @year: the year, 1000 to 9999
 * @key: (nullable): a key of the record's sources (add it first with
 *   [method@Slk.Organization.add_source]), or %NULL to name none
 *
 * The same as [method@Slk.Organization.set_figure_source], named as the rest of the API:
 * the metric (or what is asked for) before the year.
 *
 * Names the source that gives one figure.
 */
void
slk_organization_set_value_source (SlkOrganization *self,
                                   SlkMetric        metric,
                                   guint            year,
                                   const char      *key)
{
  slk_organization_set_figure_source (self, year, metric, key);
}
