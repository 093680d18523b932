/* slk-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enums.h"
#include "slk-finding.h"
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
  GPtrArray *findings;
  guint      n_errors;
  guint      n_warnings;
};

static void slk_report_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkReport, slk_report, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      slk_report_list_model_init))

enum {
  PROP_0,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
slk_report_get_item_type (GListModel *model)
{
  return SLK_TYPE_FINDING;
}

static guint
slk_report_get_n_items (GListModel *model)
{
  return SLK_REPORT (model)->findings->len;
}

static gpointer
slk_report_get_item (GListModel *model,
                     guint       position)
{
  SlkReport *self = SLK_REPORT (model);

  if (position >= self->findings->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->findings, position));
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

  g_clear_pointer (&self->findings, g_ptr_array_unref);

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
    case PROP_N_ITEMS: g_value_set_uint (value, self->findings->len); break;
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
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
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

/* Findings with a position come in file order; those without one keep the
 * order they were found in, after the rest. */
static gboolean
finding_comes_before (SlkFinding *a,
                      SlkFinding *b)
{
  guint la = slk_finding_get_line (a), lb = slk_finding_get_line (b);

  if (la == 0 || lb == 0)
    return la != 0 && lb == 0;
  if (la != lb)
    return la < lb;
  return slk_finding_get_column (a) < slk_finding_get_column (b);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  SlkFinding *fa = *(SlkFinding **) a, *fb = *(SlkFinding **) b;

  if (finding_comes_before (fa, fb))
    return -1;
  if (finding_comes_before (fb, fa))
    return 1;
  return 0;
}

/* Takes a whole batch for a report nobody watches yet: one stable sort
 * into file order, and no signal per finding. */
void
_slk_report_take_findings (SlkReport *self,
                           GPtrArray *findings)
{
  g_return_if_fail (self->findings->len == 0);

  g_ptr_array_sort (findings, compare_findings);
  g_ptr_array_extend_and_steal (self->findings, findings);
  for (guint i = 0; i < self->findings->len; i++)
    {
      if (slk_finding_get_severity (g_ptr_array_index (self->findings, i)) == SLK_SEVERITY_ERROR)
        self->n_errors++;
      else
        self->n_warnings++;
    }
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
  guint position;

  g_return_if_fail (SLK_IS_REPORT (self));
  g_return_if_fail (SLK_IS_FINDING (finding));

  /* Most findings arrive in file order, so search from the end. */
  position = self->findings->len;
  while (position > 0 &&
         finding_comes_before (finding, g_ptr_array_index (self->findings, position - 1)))
    position--;
  g_ptr_array_insert (self->findings, position, g_object_ref (finding));

  if (slk_finding_get_severity (finding) == SLK_SEVERITY_ERROR)
    {
      self->n_errors++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
    }
  else
    {
      self->n_warnings++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WARNINGS]);
    }
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
  guint count = 0;

  g_return_val_if_fail (SLK_IS_REPORT (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  for (guint i = 0; i < self->findings->len; i++)
    if (g_str_equal (slk_finding_get_code (g_ptr_array_index (self->findings, i)), code))
      count++;
  return count;
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

  g_return_val_if_fail (SLK_IS_REPORT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, self->n_errors == 0);
  json_builder_set_member_name (builder, "errors");
  json_builder_add_int_value (builder, self->n_errors);
  json_builder_set_member_name (builder, "warnings");
  json_builder_add_int_value (builder, self->n_warnings);
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->findings->len; i++)
    {
      SlkFinding *finding = g_ptr_array_index (self->findings, i);
      const char *subject = slk_finding_get_subject (finding);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder,
                                     slk_finding_get_severity (finding) == SLK_SEVERITY_ERROR
                                     ? "error" : "warning");
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, slk_finding_get_code (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, slk_finding_get_message (finding));
      json_builder_set_member_name (builder, "subject");
      if (subject != NULL)
        json_builder_add_string_value (builder, subject);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "pointer");
      json_builder_add_string_value (builder, slk_finding_get_pointer (finding));
      add_position (builder, "line", slk_finding_get_line (finding));
      add_position (builder, "column", slk_finding_get_column (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
