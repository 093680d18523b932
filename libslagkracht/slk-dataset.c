/* slk-dataset.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-checks-private.h"
#include "slk-dataset.h"
#include "slk-dataset-private.h"
#include "slk-finding.h"
#include "slk-organization-private.h"
#include "slk-util-private.h"

/**
 * SlkDataset:
 *
 * The container of the model: organizations, uitvoeringstoetsen,
 * noodremmen, taakstellingen, rule changes and rule targets, loaded from
 * and saved to the JSON dataset format. Ids are unique across all of them,
 * and [method@Slk.Dataset.lookup] finds a record of any kind.
 *
 * Loading is one pass over the text that builds the typed model directly
 * and records the line and column of every member; a file that parses
 * always loads, and [method@Slk.Dataset.validate] then reports every
 * problem at once. A file that does not parse fails with a
 * [error@Slk.FormatError] naming the line and column, and
 * [method@Slk.Dataset.get_load_failure] gives the same as a
 * [class@Slk.Finding].
 *
 * Members the library does not model are kept and written back by
 * [method@Slk.Dataset.save_to_file], which writes the same bytes for the
 * same data, and replaces the file atomically.
 *
 * ```python
 * ds = Slk.Dataset()
 * ds.load_from_file("rijksdienst.json")
 * for finding in ds.validate():
 *     print(finding.to_string())
 * szw = ds.lookup("szw")
 * for org in szw.list_organizations():
 *     print(org.props.name)
 * ```
 *
 * ```js
 * const ds = new Slk.Dataset();
 * ds.load_from_file('rijksdienst.json');
 * const report = ds.validate();
 * for (let i = 0; i < report.get_n_items(); i++)
 *     print(report.get_item(i).to_string());
 * ```
 */
struct _SlkDataset
{
  GObject     parent_instance;
  SlkStore   *store;
  SlkFinding *load_failure;
};

G_DEFINE_FINAL_TYPE (SlkDataset, slk_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_REFERENCE_DATE,
  PROP_LOAD_FAILURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Takes over a freshly loaded store: the old one goes only once the new
 * one is complete, so a failed load changes nothing. */
static void
replace_store (SlkDataset *self,
               SlkStore   *store)
{
  gboolean title_changed = g_strcmp0 (self->store->title, store->title) != 0;
  gboolean date_changed = self->store->reference_date != store->reference_date;

  _slk_store_detach (self->store);
  _slk_store_free (self->store);
  self->store = store;
  _slk_store_attach (store, self);
  if (title_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (date_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

static void
set_load_failure (SlkDataset *self,
                  SlkFinding *failure)
{
  if (self->load_failure == failure)
    return;
  g_clear_object (&self->load_failure);
  self->load_failure = failure;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_FAILURE]);
}

static void
slk_dataset_finalize (GObject *object)
{
  SlkDataset *self = SLK_DATASET (object);

  _slk_store_detach (self->store);
  g_clear_pointer (&self->store, _slk_store_free);
  g_clear_object (&self->load_failure);

  G_OBJECT_CLASS (slk_dataset_parent_class)->finalize (object);
}

static void
slk_dataset_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlkDataset *self = SLK_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->store->title); break;
    case PROP_REFERENCE_DATE:
      g_value_take_boxed (value, slk_dataset_dup_reference_date (self));
      break;
    case PROP_LOAD_FAILURE: g_value_set_object (value, self->load_failure); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_dataset_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlkDataset *self = SLK_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE: slk_dataset_set_title (self, g_value_get_string (value)); break;
    case PROP_REFERENCE_DATE:
      slk_dataset_set_reference_date (self, g_value_get_boxed (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_dataset_class_init (SlkDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_dataset_finalize;
  object_class->get_property = slk_dataset_get_property;
  object_class->set_property = slk_dataset_set_property;

  /**
   * SlkDataset:title: (getter get_title) (setter set_title)
   *
   * The title of the dataset, or %NULL.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);

  /**
   * SlkDataset:reference-date: (getter dup_reference_date) (setter set_reference_date)
   *
   * The date that overdue and behind checks are judged at ("today" for the
   * data), at midnight UTC, or %NULL.
   */
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL, G_TYPE_DATE_TIME, rw);

  /**
   * SlkDataset:load-failure: (getter get_load_failure)
   *
   * Why the last load failed, as a finding with code `parse-error` or
   * `unsupported-format` and its line and column; %NULL after a load that
   * succeeded.
   */
  properties[PROP_LOAD_FAILURE] =
    g_param_spec_object ("load-failure", NULL, NULL, SLK_TYPE_FINDING,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_dataset_init (SlkDataset *self)
{
  self->store = _slk_store_new ();
  _slk_store_attach (self->store, self);
}

/**
 * slk_dataset_new:
 *
 * Creates an empty dataset.
 *
 * Returns: (transfer full): a new [class@Slk.Dataset]
 */
SlkDataset *
slk_dataset_new (void)
{
  return g_object_new (SLK_TYPE_DATASET, NULL);
}

/* The end of every load: @failure becomes the load failure, and @store,
 * when the load succeeded, the content. */
gboolean
_slk_dataset_finish_load (SlkDataset *self,
                          SlkStore   *store,
                          SlkFinding *failure)
{
  set_load_failure (self, failure);
  if (store == NULL)
    return FALSE;
  replace_store (self, store);
  return TRUE;
}

/**
 * slk_dataset_get_load_failure: (get-property load-failure)
 * @self: a dataset
 *
 * Gets why the last load failed, with the line and column.
 *
 * Returns: (transfer none) (nullable): the finding, or %NULL if the last
 *   load succeeded
 */
SlkFinding *
slk_dataset_get_load_failure (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return self->load_failure;
}

/**
 * slk_dataset_get_title: (get-property title)
 * @self: a dataset
 *
 * Gets the title.
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
slk_dataset_get_title (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return self->store->title;
}

/**
 * slk_dataset_set_title: (set-property title)
 * @self: a dataset
 * @title: (nullable): the title
 *
 * Sets the title.
 */
void
slk_dataset_set_title (SlkDataset *self,
                       const char *title)
{
  g_return_if_fail (SLK_IS_DATASET (self));

  if (_slk_set_string (&self->store->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * slk_dataset_dup_reference_date: (get-property reference-date)
 * @self: a dataset
 *
 * Gets the reference date.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_dataset_dup_reference_date (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_day_to_date_time (self->store->reference_date);
}

/**
 * slk_dataset_set_reference_date: (set-property reference-date)
 * @self: a dataset
 * @reference_date: (nullable): the date; only its calendar date counts
 *
 * Sets the reference date.
 */
void
slk_dataset_set_reference_date (SlkDataset *self,
                                GDateTime  *reference_date)
{
  SlkDay day;

  g_return_if_fail (SLK_IS_DATASET (self));

  day = _slk_day_from_date_time (reference_date);
  if (self->store->reference_date == day)
    return;
  self->store->reference_date = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

/**
 * slk_dataset_lookup:
 * @self: a dataset
 * @id: an id
 *
 * Finds the record with @id. Where a file repeats an id (a `duplicate-id`
 * finding), the first record is found.
 *
 * Returns: (transfer none) (nullable): the record, e.g. a
 *   [class@Slk.Ministry]: every record is an [iface@Slk.Record]; or %NULL
 */
GObject *
slk_dataset_lookup (SlkDataset *self,
                    const char *id)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _slk_store_lookup (self->store, id);
}

/**
 * slk_dataset_list_organizations:
 * @self: a dataset
 *
 * Lists the organizations in file order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Organization]
 */
GListModel *
slk_dataset_list_organizations (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  return _slk_list_all (SLK_TYPE_ORGANIZATION, self->store->organizations.typed);
}

/**
 * slk_dataset_get_n_organizations:
 * @self: a dataset
 *
 * Counts the organizations without building a list.
 *
 * Returns: the number of organizations
 */
guint
slk_dataset_get_n_organizations (SlkDataset *self)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), 0);
  return self->store->organizations.typed->len;
}

/**
 * slk_dataset_add_organization:
 * @self: a dataset
 * @organization: the organization to add
 *
 * Adds an organization at the end. The dataset takes a reference.
 *
 * Returns: %TRUE on success; %FALSE with a [error@Slk.RecordError] if the
 *   id is missing or invalid, already taken, or the organization is in
 *   another dataset
 */
gboolean
slk_dataset_add_organization (SlkDataset       *self,
                              SlkOrganization  *organization,
                              GError          **error)
{
  g_return_val_if_fail (SLK_IS_DATASET (self), FALSE);
  g_return_val_if_fail (SLK_IS_ORGANIZATION (organization), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _slk_store_add_record (self->store, self, &self->store->organizations, organization,
                                  slk_organization_get_id (organization),
                                  slk_organization_get_dataset (organization),
                                  (SlkSetDataset) _slk_organization_set_dataset, error);
}

/**
 * slk_dataset_validate:
 * @self: a dataset
 *
 * Checks the dataset against the contract and the norms, and reports every
 * finding at once: the problems found while loading (such as
 * `duplicate-member` or `wrong-type`) and those that rest on the model
 * (such as `dangling-reference`, `negative-value`, or the warning
 * `roemernorm-exceeded`). One mistake gives one finding.
 *
 * Returns: (transfer full): the report
 */
SlkReport *
slk_dataset_validate (SlkDataset *self)
{
  g_autoptr(SlkNorms) norms = NULL;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);

  norms = slk_norms_new ();
  return slk_dataset_validate_with_norms (self, norms);
}

/**
 * slk_dataset_validate_with_norms:
 * @self: a dataset
 * @norms: the norms to judge against
 *
 * Like [method@Slk.Dataset.validate], with the warnings judged against
 * @norms rather than the government's own.
 *
 * Returns: (transfer full): the report
 */
SlkReport *
slk_dataset_validate_with_norms (SlkDataset *self,
                                 SlkNorms   *norms)
{
  SlkReport *report;

  g_return_val_if_fail (SLK_IS_DATASET (self), NULL);
  g_return_val_if_fail (SLK_IS_NORMS (norms), NULL);

  report = slk_report_new ();
  _slk_checks_run (self->store, norms, report);
  return report;
}
