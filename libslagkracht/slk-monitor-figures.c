/* slk-monitor-figures.c: what a monitor gives: its rows and columns, the
 * records behind a figure, its findings, and its outputs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"
#include "slk-names-private.h"

#include <math.h>

#include "slk-contribution.h"
#include "slk-error.h"
#include "slk-finding.h"
#include "slk-json-writer-private.h"
#include "slk-monitor.h"
#include "slk-monitor-private.h"
#include "slk-render-private.h"

/**
 * slk_monitor_get_ministries:
 * @self: a monitor
 *
 * Lists the ministries, in the order of every column.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ministry ids
 *
 * Deprecated: 0.2: Use [method@Slk.Monitor.list_ministries] instead.
 */
char **
slk_monitor_get_ministries (SlkMonitor *self)
{
  SlkMonitorTable *table;
  char **ids;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  table = _slk_monitor_table (self);
  ids = g_new0 (char *, table->ministries->len + 1);
  for (guint i = 0; i < table->ministries->len; i++)
    ids[i] = g_strdup (((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->id);
  return ids;
}

/**
 * slk_monitor_get_fields:
 * @self: a monitor
 *
 * Lists the names of the figures, as [method@Slk.Monitor.get_column] and
 * the CSV name them: those of SPEC §6, with `toetsen` as
 * `toetsen_feasible`, `toetsen_conditional` and `toetsen_infeasible`.
 *
 * Returns: (transfer full) (array zero-terminated=1): the field names
 *
 * Deprecated: 0.2: Use [method@Slk.Monitor.list_fields] instead.
 */
char **
slk_monitor_get_fields (SlkMonitor *self)
{
  char **names;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  names = g_new0 (char *, SLK_N_FIELDS + 1);
  for (int f = 0; f < SLK_N_FIELDS; f++)
    names[f] = g_strdup (_slk_monitor_fields[f].name);
  return names;
}

/**
 * slk_monitor_check_field:
 * @field: a name that should be one of [method@Slk.Monitor.get_fields]
 * @error: return location for a #GError, or %NULL
 *
 * Checks a field name before it is asked for, as a program does with a
 * name its user typed: the getters that take a field treat an unknown
 * one as a programmer's error. The error says which names there are, and
 * which one was meant when one is within two edits.
 *
 * Returns: %TRUE if @field is a field of the monitor; %FALSE with
 *   %SLK_MONITOR_ERROR_UNKNOWN_FIELD otherwise
 */
gboolean
slk_monitor_check_field (const char  *field,
                         GError     **error)
{
  const char *names[SLK_N_FIELDS];
  g_autofree char *message = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (field != NULL && _slk_monitor_field_lookup (field) >= 0)
    return TRUE;
  for (int f = 0; f < SLK_N_FIELDS; f++)
    names[f] = _slk_monitor_fields[f].name;
  message = _slk_say_invalid_value (_("field"), field != NULL ? field : "", names,
                                    SLK_N_FIELDS);
  g_set_error_literal (error, SLK_MONITOR_ERROR, SLK_MONITOR_ERROR_UNKNOWN_FIELD, message);
  return FALSE;
}

/**
 * slk_monitor_get_column:
 * @self: a monitor
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 * @n_values: (out): the number of values, one per ministry
 *
 * Gets one figure for every ministry in one call.
 *
 * Returns: (transfer full) (array length=n_values): the values, NaN where
 *   there is no data; %NULL for a name that is not a field
 *
 * Deprecated: 0.2: Use [method@Slk.Monitor.dup_column] instead.
 */
double *
slk_monitor_get_column (SlkMonitor *self,
                        const char *field,
                        gsize      *n_values)
{
  SlkMonitorTable *table;
  double *values;
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  *n_values = 0;
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0, NULL);
  table = _slk_monitor_table (self);
  values = g_new (double, MAX (table->ministries->len, 1));
  for (guint i = 0; i < table->ministries->len; i++)
    values[i] = ((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->values[f];
  *n_values = table->ministries->len;
  return values;
}

/**
 * slk_monitor_get_rijksdienst_value:
 * @self: a monitor
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 * @value: (out) (optional): the figure for the Rijksdienst as a whole
 *
 * Gets one figure of the Rijksdienst row.
 *
 * Returns: %TRUE if there is data for it
 */
gboolean
slk_monitor_get_rijksdienst_value (SlkMonitor *self,
                                   const char *field,
                                   double     *value)
{
  SlkMonitorTable *table;
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0, FALSE);

  table = _slk_monitor_table (self);
  if (value != NULL)
    *value = isnan (table->rijksdienst->values[f]) ? 0.0 : table->rijksdienst->values[f];
  return !isnan (table->rijksdienst->values[f]);
}

/* The row of @ministry_id, or the Rijksdienst's for NULL; NULL when the
 * monitor has no such ministry. */
static SlkMonitorRow *
find_row (SlkMonitorTable *table,
          const char      *ministry_id)
{
  if (ministry_id == NULL)
    return table->rijksdienst;
  for (guint i = 0; i < table->ministries->len; i++)
    if (g_strcmp0 (((SlkMonitorRow *) g_ptr_array_index (table->ministries, i))->id,
                   ministry_id) == 0)
      return g_ptr_array_index (table->ministries, i);
  return NULL;
}

/**
 * slk_monitor_get_cents:
 * @self: a monitor
 * @ministry_id: (nullable): a ministry, or %NULL for the Rijksdienst
 * @field: a field in euro: `taakstelling_target`, `taakstelling_realized`
 *   or `taakstelling_gap`
 * @cents: (out) (optional): the figure in cents
 *
 * Gets a figure in euro as cents, as every amount the API gives or takes
 * ([method@Slk.Monitor.dup_column] gives euros as doubles).
 *
 * Returns: %TRUE if there is data for it; %FALSE leaves @cents at 0
 */
gboolean
slk_monitor_get_cents (SlkMonitor *self,
                       const char *ministry_id,
                       const char *field,
                       gint64     *cents)
{
  SlkMonitorRow *row;
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0 && _slk_monitor_fields[f].kind == SLK_FIELD_KIND_EURO, FALSE);

  if (cents != NULL)
    *cents = 0;
  row = find_row (_slk_monitor_table (self), ministry_id);
  if (row == NULL || isnan (row->values[f]))
    return FALSE;
  if (cents != NULL)
    *cents = llround (row->values[f] * 100);
  return TRUE;
}

/**
 * slk_monitor_get_coverage:
 * @self: a monitor
 * @ministry_id: (nullable): a ministry, or %NULL for the Rijksdienst
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 * @reporting: (out) (optional): how many organisations of the row give the
 *   figure
 * @in_scope: (out) (optional): how many organisations the row holds
 *
 * Tells how complete a summed figure of the monitor is (SPEC §6
 * `coverage`). [method@Slk.Monitor.explain] lists the organisations that
 * reported; this says of how many.
 *
 * Returns: %TRUE when the figure is a partial sum: some, not all, report.
 *   %FALSE for a complete sum, no data, or a field that is no sum (counts
 *   of rules, toetsen and noodremmen), for which both counts are 0
 */
gboolean
slk_monitor_get_coverage (SlkMonitor *self,
                          const char *ministry_id,
                          const char *field,
                          guint      *reporting,
                          guint      *in_scope)
{
  SlkMonitorTable *table;
  SlkMonitorRow *row;
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0, FALSE);

  table = _slk_monitor_table (self);
  row = find_row (table, ministry_id);
  if (reporting != NULL)
    *reporting = row && (row->covered & (1u << f)) ? row->coverage[f].reporting : 0;
  if (in_scope != NULL)
    *in_scope = row && (row->covered & (1u << f)) ? row->coverage[f].in_scope : 0;
  return row != NULL && SLK_ROW_PARTIAL (row, f);
}

/**
 * slk_monitor_get_latest_year:
 * @self: a monitor
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 *
 * For a column with no figure in the monitor's year, gives the latest
 * year that has one, so that a reader knows which year to ask for
 * ([method@Slk.Monitor.set_year]). Every format of the monitor says it.
 *
 * Returns: the year, or 0 when the column has data in the monitor's year,
 *   or in no year of the dataset
 */
guint
slk_monitor_get_latest_year (SlkMonitor *self,
                             const char *field)
{
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), 0);
  g_return_val_if_fail (field != NULL, 0);
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0, 0);
  return _slk_monitor_table (self)->latest[f];
}

/**
 * slk_monitor_explain:
 * @self: a monitor
 * @ministry_id: (nullable): a ministry, or %NULL for the Rijksdienst
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 *
 * Lists the records a figure was computed from, with what each adds: the
 * organizations and their figures, the taakstellingen and their targets,
 * the rule changes, noodremmen or toetsen counted.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Contribution]
 *
 * Deprecated: 0.2: Use [method@Slk.Monitor.list_contributions] instead.
 */
GListModel *
slk_monitor_explain (SlkMonitor *self,
                     const char *ministry_id,
                     const char *field)
{
  g_autoptr(GPtrArray) contributions = g_ptr_array_new_with_free_func (g_object_unref);
  SlkMonitorQuery query;
  GListStore *store;
  int f;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);
  f = _slk_monitor_field_lookup (field);
  g_return_val_if_fail (f >= 0, NULL);

  query = _slk_monitor_query (self);
  _slk_monitor_explain_into (&query, ministry_id, f, contributions);
  store = g_list_store_new (SLK_TYPE_CONTRIBUTION);
  g_list_store_splice (store, 0, 0, contributions->pdata, contributions->len);
  return G_LIST_MODEL (store);
}

/**
 * slk_monitor_get_findings:
 * @self: a monitor
 *
 * Gets a finding for each shortfall in the monitor: a ministry or the
 * Rijksdienst over the Roemernorm or the overhead target, behind on its
 * taakstelling, short of its rules target, short of the businesses share
 * (the Rijksdienst), or with an overdue noodrem response. Each points into
 * the monitor's JSON (`/ministries/2/external_hire_share`,
 * `/rijksdienst/rules_changed`) and names the ministry as its subject.
 *
 * Returns: (transfer full): the findings
 *
 * Deprecated: 0.2: Use [method@Slk.Monitor.list_findings] instead.
 */
SlkReport *
slk_monitor_get_findings (SlkMonitor *self)
{
  SlkMonitorTable *table;
  SlkReport *copy;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  table = _slk_monitor_table (self);
  /* A copy: the caller may add to it, and the monitor keeps its own. */
  copy = slk_report_new ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (table->findings)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (table->findings), i);

      slk_report_add (copy, finding);
    }
  return copy;
}

static JsonNode *
value_node (double value)
{
  JsonNode *node = json_node_alloc ();

  if (isnan (value))
    return json_node_init_null (node);
  if (value == floor (value) && fabs (value) < 1e15)
    return json_node_init_int (node, (gint64) value);
  return json_node_init_double (node, value);
}

/* A node that holds @object, taking its reference. */
static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  return node;
}

static JsonNode *
source_node (SlkSource *source)
{
  JsonObject *object = json_object_new ();
  const struct { const char *name; const char *value; } parts[] = {
    { "key", slk_source_get_key (source) }, { "title", slk_source_get_title (source) },
    { "url", slk_source_get_url (source) }, { "date", slk_source_get_date (source) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].value != NULL)
      json_object_set_string_member (object, parts[i].name, parts[i].value);
  return object_node (object);
}

/* SPEC §6 `reported`: the published figures with their scope, and the
 * source of each. */
static JsonNode *
reported_node (SlkReported *reported)
{
  JsonObject *object, *sources;

  if (reported == NULL)
    return json_node_init_null (json_node_alloc ());
  object = json_object_new ();
  sources = json_object_new ();
  json_object_set_string_member (object, "scope",
                                 _slk_reported_scope_name (slk_reported_get_scope (reported)));
  for (int m = 0; m < SLK_N_METRICS; m++)
    {
      double value;
      g_autoptr(SlkSource) source = NULL;

      if (!slk_reported_get_value (reported, m, &value))
        continue;
      json_object_set_member (object, slk_metric_to_string (m), value_node (value));
      source = slk_reported_dup_source (reported, m);
      if (source != NULL)
        json_object_set_member (sources, slk_metric_to_string (m), source_node (source));
    }
  json_object_set_object_member (object, "sources", sources);
  return object_node (object);
}

/* SPEC §6 `coverage`: for each summed or ratio figure, how many
 * organisations reported it of how many the row holds. */
static JsonNode *
coverage_node (SlkMonitorRow *row)
{
  JsonObject *object = json_object_new ();

  for (int f = 0; f < SLK_N_FIELDS; f++)
    {
      JsonObject *counts;

      if (!(row->covered & (1u << f)))
        continue;
      counts = json_object_new ();
      json_object_set_int_member (counts, "reporting", row->coverage[f].reporting);
      json_object_set_int_member (counts, "in_scope", row->coverage[f].in_scope);
      json_object_set_object_member (object, _slk_monitor_fields[f].name, counts);
    }
  return object_node (object);
}

static JsonNode *
row_node (SlkMonitorRow *row)
{
  JsonObject *object = json_object_new ();

  if (row->id != NULL)
    json_object_set_string_member (object, "id", row->id);
  else
    json_object_set_null_member (object, "id");
  for (int f = 0; f < SLK_N_FIELDS; f++)
    {
      if (f >= SLK_FIELD_TOETSEN_FEASIBLE && f <= SLK_FIELD_TOETSEN_INFEASIBLE)
        {
          JsonObject *toetsen;

          if (f != SLK_FIELD_TOETSEN_FEASIBLE)
            continue;
          if (isnan (row->values[f]))
            {
              json_object_set_null_member (object, "toetsen");
              continue;
            }
          toetsen = json_object_new ();
          json_object_set_member (toetsen, "feasible", value_node (row->values[f]));
          json_object_set_member (toetsen, "conditional", value_node (row->values[f + 1]));
          json_object_set_member (toetsen, "infeasible", value_node (row->values[f + 2]));
          json_object_set_object_member (object, "toetsen", toetsen);
          continue;
        }
      json_object_set_member (object, _slk_monitor_fields[f].name, value_node (row->values[f]));
    }
  json_object_set_member (object, "reported", reported_node (row->reported));
  json_object_set_member (object, "coverage", coverage_node (row));
  return object_node (object);
}

/**
 * slk_monitor_to_json_node:
 * @self: a monitor
 *
 * Gets the monitor as the JSON object of SPEC §6: `{"year", "period",
 * "scope", "ministries": [row, ...], "rijksdienst": row, "findings": [...]}`.
 *
 * Returns: (transfer full): the JSON object
 */
JsonNode *
slk_monitor_to_json_node (SlkMonitor *self)
{
  SlkMonitorQuery query;
  SlkMonitorTable *table;
  g_autoptr(JsonNode) report = NULL;
  JsonObject *object;
  JsonArray *rows;
  JsonNode *node;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  query = _slk_monitor_query (self);
  table = _slk_monitor_table (self);
  object = json_object_new ();
  json_object_set_int_member (object, "year", query.year);
  json_object_set_string_member (object, "period", _slk_monitor_period_name (query.period));
  json_object_set_string_member (object, "scope", _slk_monitor_scope_name (query.scope));
  rows = json_array_new ();
  for (guint i = 0; i < table->ministries->len; i++)
    json_array_add_element (rows, row_node (g_ptr_array_index (table->ministries, i)));
  json_object_set_array_member (object, "ministries", rows);
  json_object_set_member (object, "rijksdienst", row_node (table->rijksdienst));
  report = slk_report_to_json_node (table->findings);
  json_object_set_member (object, "findings",
                          json_node_copy (json_object_get_member (json_node_get_object (report),
                                                                  "findings")));
  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);
  return node;
}

/**
 * slk_monitor_render:
 * @self: a monitor
 * @format: the format
 *
 * Writes the monitor as a text table, CSV, JSON, Markdown or one
 * self-contained HTML page with charts. Everything that comes from the data
 * is escaped for the format.
 *
 * Returns: (transfer full): the text
 */
char *
slk_monitor_render (SlkMonitor       *self,
                    SlkMonitorFormat  format)
{
  SlkMonitorQuery query = _slk_monitor_query (self);
  SlkMonitorTable *table;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  g_return_val_if_fail (format <= SLK_MONITOR_FORMAT_ANSI, NULL);

  if (format == SLK_MONITOR_FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = slk_monitor_to_json_node (self);
      GString *out = g_string_new (NULL);

      _slk_json_write_node (out, node, 0);
      g_string_append_c (out, '\n');
      return g_string_free (out, FALSE);
    }
  table = _slk_monitor_table (self);
  switch (format)
    {
    case SLK_MONITOR_FORMAT_CSV: return _slk_monitor_render_csv (table);
    case SLK_MONITOR_FORMAT_MARKDOWN: return _slk_monitor_render_markdown (&query, table);
    case SLK_MONITOR_FORMAT_HTML: return _slk_monitor_render_html (&query, table);
    case SLK_MONITOR_FORMAT_ANSI: return _slk_monitor_render_text (&query, table, TRUE);
    case SLK_MONITOR_FORMAT_TEXT:
    case SLK_MONITOR_FORMAT_JSON:
    default: return _slk_monitor_render_text (&query, table, FALSE);
    }
}
