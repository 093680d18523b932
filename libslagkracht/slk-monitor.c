/* slk-monitor.c: the monitor object, its settings and what it gives; the
 * figures are computed in slk-monitor-compute.c and written in
 * slk-monitor-render.c and slk-monitor-html.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset.h"
#include "slk-enum-types.h"
#include "slk-monitor.h"
#include "slk-monitor-private.h"

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
SlkMonitorQuery
_slk_monitor_query (SlkMonitor *self)
{
  return (SlkMonitorQuery) {
    _slk_store_of (self->dataset), self->norms, self->year, self->base_year, self->scope,
    self->period,
  };
}

SlkMonitorTable *
_slk_monitor_table (SlkMonitor *self)
{
  SlkMonitorQuery query = _slk_monitor_query (self);

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
