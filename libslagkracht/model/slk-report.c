/* slk-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enums.h"
#include "slk-finding-private.h"
#include "slk-report-private.h"

/**
 * SlkReport:
 *
 * The findings of one validation: a [iface@Gio.ListModel] of
 * [class@Slk.Finding], in file order (findings without a position last),
 * with the counts of errors and warnings.
 *
 * In Python a report is a sequence (`len(report)`, `report[0]`,
 * `for f in report`); in gjs use `get_n_items()` and `get_item()`.
 */
struct _SlkReport
{
  GObject    parent_instance;
  GArray       *records;   /* SlkFindingData, in file order */
  GStringChunk *strings;   /* the records' strings */
  GPtrArray *objects;   /* GWeakRef* or NULL: the SlkFinding last made for a record, held
                         * weakly, so that a report of 10^5 findings keeps no objects;
                         * NULL until an object is first asked for */
  guint      n_errors;
  guint      n_warnings;
  guint      n_infos;
};

static void slk_report_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkReport, slk_report, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      slk_report_list_model_init))

enum {
  PROP_0,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_INFOS,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define RECORD(self, i) (&g_array_index ((self)->records, SlkFindingData, (i)))

static GType
slk_report_get_item_type (GListModel *model)
{
  return SLK_TYPE_FINDING;
}

static guint
slk_report_get_n_items (GListModel *model)
{
  return SLK_REPORT (model)->records->len;
}

/* Slots stay NULL until a finding object is asked for. */
static void
free_slot (gpointer slot)
{
  if (slot != NULL)
    {
      g_weak_ref_clear (slot);
      g_free (slot);
    }
}

/* Makes the weak slots, @n empty ones, when there are none yet. */
static void
ensure_objects (SlkReport *self,
                guint      n)
{
  if (self->objects != NULL)
    return;
  self->objects = g_ptr_array_new_full (n, free_slot);
  g_ptr_array_set_size (self->objects, n);
}

static gpointer
slk_report_get_item (GListModel *model,
                     guint       position)
{
  SlkReport *self = SLK_REPORT (model);

  GWeakRef *slot;
  SlkFinding *finding;

  if (position >= self->records->len)
    return NULL;
  /* The same object while anyone holds it; made again from the record
   * when no one does. */
  ensure_objects (self, self->records->len);
  slot = g_ptr_array_index (self->objects, position);
  if (slot != NULL && (finding = g_weak_ref_get (slot)) != NULL)
    return finding;
  finding = _slk_finding_new_from_data (RECORD (self, position));
  if (slot == NULL)
    {
      slot = g_new (GWeakRef, 1);
      g_weak_ref_init (slot, finding);
      g_ptr_array_index (self->objects, position) = slot;
    }
  else
    g_weak_ref_set (slot, finding);
  return finding;
}

static void
slk_report_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = slk_report_get_item_type;
  iface->get_n_items = slk_report_get_n_items;
  iface->get_item = slk_report_get_item;
}

static void
slk_report_finalize (GObject *object)
{
  SlkReport *self = SLK_REPORT (object);

  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->objects, g_ptr_array_unref);

  G_OBJECT_CLASS (slk_report_parent_class)->finalize (object);
}

static void
slk_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SlkReport *self = SLK_REPORT (object);

  switch (prop_id)
    {
    case PROP_N_ERRORS: g_value_set_uint (value, self->n_errors); break;
    case PROP_N_WARNINGS: g_value_set_uint (value, self->n_warnings); break;
    case PROP_N_INFOS: g_value_set_uint (value, self->n_infos); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->records->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_report_class_init (SlkReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_report_finalize;
  object_class->get_property = slk_report_get_property;

  /**
   * SlkReport:n-errors: (getter get_n_errors)
   *
   * The number of findings with severity error.
   */
  properties[PROP_N_ERRORS] = g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SlkReport:n-warnings: (getter get_n_warnings)
   *
   * The number of findings with severity warning.
   */
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SlkReport:n-infos: (getter get_n_infos)
   *
   * The number of findings with severity info (since 1.1), which never
   * make a report invalid.
   */
  properties[PROP_N_INFOS] = g_param_spec_uint ("n-infos", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SlkReport:n-items:
   *
   * The number of findings.
   */
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_report_init (SlkReport *self)
{
  self->records = g_array_new (FALSE, FALSE, sizeof (SlkFindingData));
  self->strings = g_string_chunk_new (4096);
}

/**
 * slk_report_new:
 *
 * Creates an empty report.
 *
 * Returns: (transfer full): a new [class@Slk.Report]
 */
SlkReport *
slk_report_new (void)
{
  return g_object_new (SLK_TYPE_REPORT, NULL);
}

static void
count (SlkReport            *self,
       const SlkFindingData *data)
{
  if (data->severity == SLK_SEVERITY_ERROR)
    self->n_errors++;
  else if (data->severity == SLK_SEVERITY_WARNING)
    self->n_warnings++;
  else
    self->n_infos++;
}

static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  if (_slk_finding_data_before (a, b))
    return -1;
  if (_slk_finding_data_before (b, a))
    return 1;
  return 0;
}

/* Validation finds in file order but for a few findings within a record
 * (a member checked after the figures that follow it). Moving those back
 * into place takes no memory, where a general sort of a large report takes
 * a buffer of 16 bytes a finding at the moment memory peaks. Stable; FALSE
 * when the records are too far from order to finish within @budget moves
 * (they are still all there). */
static gboolean
insertion_sort (GArray *records,
                gsize   budget)
{
  SlkFindingData *data = (SlkFindingData *) (void *) records->data;

  for (guint i = 1; i < records->len; i++)
    {
      SlkFindingData held;
      guint j = i;

      if (!_slk_finding_data_before (&data[i], &data[i - 1]))
        continue;
      held = data[i];
      while (j > 0 && _slk_finding_data_before (&held, &data[j - 1]) && budget > 0)
        {
          data[j] = data[j - 1];
          j--;
          budget--;
        }
      data[j] = held;
      if (budget == 0)
        return FALSE;
    }
  return TRUE;
}

/* Takes a whole batch of SlkFindingData, with the chunk their strings are
 * in, for a report nobody watches yet: one stable sort into file order,
 * and no signal per finding. */
void
_slk_report_take_records (SlkReport    *self,
                          GArray       *records,
                          GStringChunk *strings)
{
  g_return_if_fail (self->records->len == 0);

  if (!insertion_sort (records, (gsize) records->len * 8 + 64))
    g_array_sort (records, compare_records);
  g_array_unref (self->records);
  self->records = records;
  g_string_chunk_free (self->strings);
  self->strings = strings;
  g_clear_pointer (&self->objects, g_ptr_array_unref);
  for (guint i = 0; i < records->len; i++)
    count (self, RECORD (self, i));
}

/**
 * slk_report_add:
 * @self: a report
 * @finding: the finding to add
 *
 * Adds a finding at its place in file order and emits
 * [signal@Gio.ListModel::items-changed].
 */
void
slk_report_add (SlkReport  *self,
                SlkFinding *finding)
{
  const SlkFindingData *data;
  SlkFindingData copy;
  guint position;

  g_return_if_fail (SLK_IS_REPORT (self));
  g_return_if_fail (SLK_IS_FINDING (finding));

  data = _slk_finding_get_data (finding);
  position = self->records->len;
  while (position > 0 && _slk_finding_data_before (data, RECORD (self, position - 1)))
    position--;
  _slk_finding_data_copy_to (&copy, data, self->strings);
  g_array_insert_val (self->records, position, copy);
  ensure_objects (self, self->records->len - 1);   /* the record is in, its slot not yet */
  {
    GWeakRef *slot = g_new (GWeakRef, 1);

    g_weak_ref_init (slot, finding);
    g_ptr_array_insert (self->objects, position, slot);
  }
  count (self, data);

  g_object_notify_by_pspec (G_OBJECT (self),
                            properties[data->severity == SLK_SEVERITY_ERROR ? PROP_N_ERRORS
                                       : data->severity == SLK_SEVERITY_WARNING ? PROP_N_WARNINGS
                                                                                : PROP_N_INFOS]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * slk_report_get_n_errors: (get-property n-errors)
 * @self: a report
 *
 * Gets the number of errors.
 *
 * Returns: the number of findings with severity error
 */
guint
slk_report_get_n_errors (SlkReport *self)
{
  g_return_val_if_fail (SLK_IS_REPORT (self), 0);
  return self->n_errors;
}

/* The data of finding @i, in report order, without an object. */
const SlkFindingData *
_slk_report_get_record (SlkReport *self,
                        guint      i)
{
  return RECORD (self, i);
}

/**
 * slk_report_get_n_infos: (get-property n-infos)
 * @self: a report
 *
 * Gets the number of info findings.
 *
 * Returns: the number of findings with severity info
 */
guint
slk_report_get_n_infos (SlkReport *self)
{
  g_return_val_if_fail (SLK_IS_REPORT (self), 0);
  return self->n_infos;
}

/**
 * slk_report_get_n_warnings: (get-property n-warnings)
 * @self: a report
 *
 * Gets the number of warnings.
 *
 * Returns: the number of findings with severity warning
 */
guint
slk_report_get_n_warnings (SlkReport *self)
{
  g_return_val_if_fail (SLK_IS_REPORT (self), 0);
  return self->n_warnings;
}

/**
 * slk_report_is_valid:
 * @self: a report
 *
 * Tells whether the report has no errors. Warnings do not make a dataset
 * invalid.
 *
 * Returns: %TRUE if there are no errors
 */
gboolean
slk_report_is_valid (SlkReport *self)
{
  g_return_val_if_fail (SLK_IS_REPORT (self), FALSE);
  return self->n_errors == 0;
}

/**
 * slk_report_count_code:
 * @self: a report
 * @code: a finding code, e.g. `duplicate-id`
 *
 * Counts the findings with the given code.
 *
 * Returns: the number of findings with @code
 */
guint
slk_report_count_code (SlkReport  *self,
                       const char *code)
{
  guint n = 0;

  g_return_val_if_fail (SLK_IS_REPORT (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  for (guint i = 0; i < self->records->len; i++)
    if (g_str_equal (RECORD (self, i)->code, code))
      n++;
  return n;
}

static void
add_position (JsonBuilder *builder,
              const char  *name,
              guint        value)
{
  json_builder_set_member_name (builder, name);
  if (value > 0)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * slk_report_to_json_node:
 * @self: a report
 *
 * Builds the JSON form of the report that `slagkracht validate --format json`
 * prints: `{"valid", "errors", "warnings", "findings": [...]}`, each finding
 * with `severity`, `code`, `message`, `subject`, `pointer`, `line` and
 * `column` (null where unknown).
 *
 * Returns: (transfer full): a [struct@Json.Node] holding an object
 */
JsonNode *
slk_report_to_json_node (SlkReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GString) scratch = g_string_new (NULL);

  g_return_val_if_fail (SLK_IS_REPORT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, self->n_errors == 0);
  json_builder_set_member_name (builder, "errors");
  json_builder_add_int_value (builder, self->n_errors);
  json_builder_set_member_name (builder, "warnings");
  json_builder_add_int_value (builder, self->n_warnings);
  json_builder_set_member_name (builder, "infos");
  json_builder_add_int_value (builder, self->n_infos);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->records->len; i++)
    {
      const SlkFindingData *finding = RECORD (self, i);
      const char *subject = finding->subject;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder,
                                     _slk_severity_name (finding->severity));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, finding->code);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, _slk_finding_data_message (finding, scratch));
      json_builder_set_member_name (builder, "subject");
      if (subject != NULL)
        json_builder_add_string_value (builder, subject);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "pointer");
      json_builder_add_string_value (builder, _slk_finding_data_pointer (finding, scratch));
      add_position (builder, "line", finding->line);
      add_position (builder, "column", finding->column);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
