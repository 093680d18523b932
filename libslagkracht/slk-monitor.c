/* slk-monitor.c: the monitor object, its settings and what it gives; the
 * figures are computed in slk-monitor-compute.c and written in
 * slk-monitor-render.c and slk-monitor-html.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-contribution.h"
#include "slk-dataset.h"
#include "slk-enum-types.h"
#include "slk-finding.h"
#include "slk-json-writer-private.h"
#include "slk-monitor.h"
#include "slk-render-private.h"
#include "slk-report.h"

/**
 * SlkMonitor:
 *
 * The Monitor Slagvaardige Overheid (SPEC §6) for a year and a period
 * (April or October): per ministry and for the Rijksdienst as a whole,
 * FTE and its change against a base year, the overhead share, the
 * external-hire share against the Roemernorm, the taakstelling target,
 * realized and gap, rules changed against the target and the share for
 * businesses, office m², open and overdue noodrem signals, assessments by
 * verdict, and deviations — with a finding for each shortfall.
 *
 * FTE change is the change from the base year over the organizations that
 * give FTE for both years.
 *
 * Counting rules: rules, toetsen and deviations count the records dated in
 * the monitor's year; open and overdue noodremmen are as of the dataset's
 * reference date; a ministry's taakstelling figures sum the taakstellingen
 * scoped to it (or, under wider scopes, to its organizations), and the
 * Rijksdienst row counts every cut once: shares roll up into their parent.
 * Shares are fractions (0.1176, not 11.76) computed from sums; a figure
 * with no data is absent (null in JSON, NaN in a column), never 0.
 *
 * The figures are computed once, when first asked, and again after a
 * setting changes; after changing the dataset, call
 * [method@Slk.Monitor.refresh].
 *
 * The defaults are those of SPEC §6: the year of the reference date, the
 * last April or October on or before it, the `rijksdienst` scope, base
 * year 2024 and the government's own [class@Slk.Norms].
 *
 * ```python
 * monitor = Slk.Monitor.new(ds)
 * print(monitor.render(Slk.MonitorFormat.TEXT))
 * hire = monitor.get_column("external_hire_share")   # one per ministry
 * for c in monitor.explain("szw", "fte"):
 *     print(c.props.record_id, c.props.value)
 * ```
 */
struct _SlkMonitor
{
  GObject     parent_instance;
  SlkDataset *dataset;
  guint       year;
  SlkPeriod   period;
  SlkScope    scope;
  guint       base_year;
  SlkNorms   *norms;
  SlkMonitorTable *table;   /* computed when first asked; dropped when a setting changes */
};

G_DEFINE_FINAL_TYPE (SlkMonitor, slk_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_YEAR,
  PROP_PERIOD,
  PROP_SCOPE,
  PROP_BASE_YEAR,
  PROP_NORMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The monitor's settings, for the parts below the façade. */
static SlkMonitorQuery
query_of (SlkMonitor *self)
{
  return (SlkMonitorQuery) {
    _slk_store_of (self->dataset), self->norms, self->year, self->base_year, self->scope,
    self->period,
  };
}

static SlkMonitorTable *
current_table (SlkMonitor *self)
{
  SlkMonitorQuery query = query_of (self);

  if (self->table == NULL)
    self->table = _slk_monitor_compute (&query);
  return self->table;
}

static void
drop_table (SlkMonitor *self)
{
  g_clear_pointer (&self->table, _slk_monitor_table_free);
}

static void
on_norms_changed (SlkNorms   *norms,
                  GParamSpec *pspec,
                  SlkMonitor *self)
{
  drop_table (self);
}

static void
slk_monitor_finalize (GObject *object)
{
  SlkMonitor *self = SLK_MONITOR (object);

  g_clear_pointer (&self->table, _slk_monitor_table_free);
  if (self->norms != NULL)
    g_signal_handlers_disconnect_by_data (self->norms, self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->norms);
  G_OBJECT_CLASS (slk_monitor_parent_class)->finalize (object);
}

static void
slk_monitor_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlkMonitor *self = SLK_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DATASET: g_value_set_object (value, self->dataset); break;
    case PROP_YEAR: g_value_set_uint (value, self->year); break;
    case PROP_PERIOD: g_value_set_enum (value, self->period); break;
    case PROP_SCOPE: g_value_set_enum (value, self->scope); break;
    case PROP_BASE_YEAR: g_value_set_uint (value, self->base_year); break;
    case PROP_NORMS: g_value_set_object (value, self->norms); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The defaults of SPEC §6, from the reference date (or today). */
static void
set_defaults (SlkMonitor *self)
{
  g_autoptr(GDateTime) reference = slk_dataset_dup_reference_date (self->dataset);
  int month;

  if (reference == NULL)
    reference = g_date_time_new_now_utc ();
  self->year = g_date_time_get_year (reference);
  month = g_date_time_get_month (reference);
  self->period = month >= 4 && month < 10 ? SLK_PERIOD_APRIL : SLK_PERIOD_OCTOBER;
}

static void
slk_monitor_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlkMonitor *self = SLK_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      if (self->dataset != NULL)
        set_defaults (self);
      break;
    case PROP_YEAR: slk_monitor_set_year (self, g_value_get_uint (value)); break;
    case PROP_PERIOD: slk_monitor_set_period (self, g_value_get_enum (value)); break;
    case PROP_SCOPE: slk_monitor_set_scope (self, g_value_get_enum (value)); break;
    case PROP_BASE_YEAR: slk_monitor_set_base_year (self, g_value_get_uint (value)); break;
    case PROP_NORMS: slk_monitor_set_norms (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_monitor_class_init (SlkMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_monitor_finalize;
  object_class->get_property = slk_monitor_get_property;
  object_class->set_property = slk_monitor_set_property;

  /**
   * SlkMonitor:dataset: (getter get_dataset)
   *
   * The dataset the monitor reads.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SLK_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkMonitor:year: (getter get_year) (setter set_year)
   *
   * The monitor's year; by default that of the reference date.
   */
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 1000, 9999, 2026, rw);
  /**
   * SlkMonitor:period: (getter get_period) (setter set_period)
   *
   * April or October; by default the last on or before the reference date.
   */
  properties[PROP_PERIOD] =
    g_param_spec_enum ("period", NULL, NULL, SLK_TYPE_PERIOD, SLK_PERIOD_APRIL, rw);
  /**
   * SlkMonitor:scope: (getter get_scope) (setter set_scope)
   *
   * What counts for a ministry; by default `rijksdienst`.
   */
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, SLK_TYPE_SCOPE, SLK_SCOPE_RIJKSDIENST, rw);
  /**
   * SlkMonitor:base-year: (getter get_base_year) (setter set_base_year)
   *
   * The year FTE change is measured against; by default 2024.
   */
  properties[PROP_BASE_YEAR] = g_param_spec_uint ("base-year", NULL, NULL, 1000, 9999, 2024, rw);
  /**
   * SlkMonitor:norms: (getter get_norms) (setter set_norms)
   *
   * The norms shortfalls are judged against.
   */
  properties[PROP_NORMS] = g_param_spec_object ("norms", NULL, NULL, SLK_TYPE_NORMS, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_monitor_init (SlkMonitor *self)
{
  self->scope = SLK_SCOPE_RIJKSDIENST;
  self->base_year = 2024;
  self->norms = slk_norms_new ();
  g_signal_connect (self->norms, "notify", G_CALLBACK (on_norms_changed), self);
}

/**
 * slk_monitor_new:
 * @dataset: the dataset to report on
 *
 * Creates a monitor with the defaults of SPEC §6.
 *
 * Returns: (transfer full): the new [class@Slk.Monitor]
 */
SlkMonitor *
slk_monitor_new (SlkDataset *dataset)
{
  g_return_val_if_fail (SLK_IS_DATASET (dataset), NULL);
  return g_object_new (SLK_TYPE_MONITOR, "dataset", dataset, NULL);
}

/**
 * slk_monitor_get_dataset: (get-property dataset)
 * @self: a monitor
 *
 * Gets the dataset the monitor reads.
 *
 * Returns: (transfer none): the dataset
 */
SlkDataset *
slk_monitor_get_dataset (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  return self->dataset;
}

/* A setting changed: the figures computed for the old one go. */
static void
setting_changed (SlkMonitor *self,
                 guint       prop)
{
  drop_table (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * slk_monitor_get_year: (get-property year)
 * @self: a monitor
 *
 * Gets the monitor's year.
 *
 * Returns: the year
 */
guint
slk_monitor_get_year (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), 0);
  return self->year;
}

/**
 * slk_monitor_set_year: (set-property year)
 * @self: a monitor
 * @year: a four-digit year
 *
 * Sets the monitor's year.
 */
void
slk_monitor_set_year (SlkMonitor *self,
                      guint       year)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  g_return_if_fail (year >= 1000 && year <= 9999);
  if (self->year == year)
    return;
  self->year = year;
  setting_changed (self, PROP_YEAR);
}

/**
 * slk_monitor_get_period: (get-property period)
 * @self: a monitor
 *
 * Gets the period.
 *
 * Returns: April or October
 */
SlkPeriod
slk_monitor_get_period (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), SLK_PERIOD_APRIL);
  return self->period;
}

/**
 * slk_monitor_set_period: (set-property period)
 * @self: a monitor
 * @period: April or October
 *
 * Sets the period.
 */
void
slk_monitor_set_period (SlkMonitor *self,
                        SlkPeriod   period)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  g_return_if_fail (period <= SLK_PERIOD_OCTOBER);
  if (self->period == period)
    return;
  self->period = period;
  setting_changed (self, PROP_PERIOD);
}

/**
 * slk_monitor_get_scope: (get-property scope)
 * @self: a monitor
 *
 * Gets what counts for a ministry.
 *
 * Returns: the scope
 */
SlkScope
slk_monitor_get_scope (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), SLK_SCOPE_RIJKSDIENST);
  return self->scope;
}

/**
 * slk_monitor_set_scope: (set-property scope)
 * @self: a monitor
 * @scope: the scope
 *
 * Sets what counts for a ministry.
 */
void
slk_monitor_set_scope (SlkMonitor *self,
                       SlkScope    scope)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  g_return_if_fail (scope <= SLK_SCOPE_ALL);
  if (self->scope == scope)
    return;
  self->scope = scope;
  setting_changed (self, PROP_SCOPE);
}

/**
 * slk_monitor_get_base_year: (get-property base-year)
 * @self: a monitor
 *
 * Gets the year FTE change is measured against.
 *
 * Returns: the base year
 */
guint
slk_monitor_get_base_year (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), 0);
  return self->base_year;
}

/**
 * slk_monitor_set_base_year: (set-property base-year)
 * @self: a monitor
 * @base_year: a four-digit year
 *
 * Sets the year FTE change is measured against.
 */
void
slk_monitor_set_base_year (SlkMonitor *self,
                           guint       base_year)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  g_return_if_fail (base_year >= 1000 && base_year <= 9999);
  if (self->base_year == base_year)
    return;
  self->base_year = base_year;
  setting_changed (self, PROP_BASE_YEAR);
}

/**
 * slk_monitor_get_norms: (get-property norms)
 * @self: a monitor
 *
 * Gets the norms shortfalls are judged against.
 *
 * Returns: (transfer none): the norms
 */
SlkNorms *
slk_monitor_get_norms (SlkMonitor *self)
{
  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  return self->norms;
}

/**
 * slk_monitor_set_norms: (set-property norms)
 * @self: a monitor
 * @norms: the norms
 *
 * Sets the norms shortfalls are judged against.
 */
void
slk_monitor_set_norms (SlkMonitor *self,
                       SlkNorms   *norms)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  g_return_if_fail (SLK_IS_NORMS (norms));
  if (self->norms == norms)
    return;
  if (self->norms != NULL)
    g_signal_handlers_disconnect_by_data (self->norms, self);
  g_set_object (&self->norms, norms);
  g_signal_connect (norms, "notify", G_CALLBACK (on_norms_changed), self);
  drop_table (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NORMS]);
}

/**
 * slk_monitor_refresh:
 * @self: a monitor
 *
 * Computes the figures again on the next question. The monitor computes
 * them once, when first asked, and again after one of its settings (or its
 * norms) changes; call this after changing the dataset.
 */
void
slk_monitor_refresh (SlkMonitor *self)
{
  g_return_if_fail (SLK_IS_MONITOR (self));
  drop_table (self);
}

/**
 * slk_monitor_get_ministries:
 * @self: a monitor
 *
 * Lists the ministries, in the order of every column.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ministry ids
 */
char **
slk_monitor_get_ministries (SlkMonitor *self)
{
  SlkMonitorTable *table;
  char **ids;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  table = current_table (self);
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
 * slk_monitor_get_column:
 * @self: a monitor
 * @field: a field name, one of [method@Slk.Monitor.get_fields]
 * @n_values: (out): the number of values, one per ministry
 *
 * Gets one figure for every ministry in one call.
 *
 * Returns: (transfer full) (array length=n_values): the values, NaN where
 *   there is no data; %NULL for a name that is not a field
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
  table = current_table (self);
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

  table = current_table (self);
  if (value != NULL)
    *value = isnan (table->rijksdienst->values[f]) ? 0.0 : table->rijksdienst->values[f];
  return !isnan (table->rijksdienst->values[f]);
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

  query = query_of (self);
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
 */
SlkReport *
slk_monitor_get_findings (SlkMonitor *self)
{
  SlkMonitorTable *table;
  SlkReport *copy;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  table = current_table (self);
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

static JsonNode *
row_node (SlkMonitorRow *row)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_alloc ();

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
  json_node_init_object (node, object);
  json_object_unref (object);   /* the node holds its own reference */
  return node;
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
  SlkMonitorTable *table;
  g_autoptr(JsonNode) report = NULL;
  JsonObject *object;
  JsonArray *rows;
  JsonNode *node;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  table = current_table (self);
  object = json_object_new ();
  json_object_set_int_member (object, "year", self->year);
  json_object_set_string_member (object, "period", _slk_monitor_period_name (self->period));
  json_object_set_string_member (object, "scope", _slk_monitor_scope_name (self->scope));
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
  SlkMonitorQuery query = query_of (self);
  SlkMonitorTable *table;

  g_return_val_if_fail (SLK_IS_MONITOR (self), NULL);
  g_return_val_if_fail (format <= SLK_MONITOR_FORMAT_HTML, NULL);

  if (format == SLK_MONITOR_FORMAT_JSON)
    {
      g_autoptr(JsonNode) node = slk_monitor_to_json_node (self);
      GString *out = g_string_new (NULL);

      _slk_json_write_node (out, node, 0);
      g_string_append_c (out, '\n');
      return g_string_free (out, FALSE);
    }
  table = current_table (self);
  switch (format)
    {
    case SLK_MONITOR_FORMAT_CSV: return _slk_monitor_render_csv (table);
    case SLK_MONITOR_FORMAT_MARKDOWN: return _slk_monitor_render_markdown (&query, table);
    case SLK_MONITOR_FORMAT_HTML: return _slk_monitor_render_html (&query, table);
    case SLK_MONITOR_FORMAT_TEXT:
    case SLK_MONITOR_FORMAT_JSON:
    default: return _slk_monitor_render_text (&query, table);
    }
}
