/* slk-finding.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-finding-private.h"

/**
 * SlkFinding:
 *
 * One problem found in a dataset: an error (the data contradicts itself or
 * the dataset contract) or a warning (a norm or a deadline is not met).
 *
 * A finding is a read-only record. Its [property@Slk.Finding:code] is one of
 * the fixed codes of the dataset contract, such as `missing-member` or
 * `roemernorm-exceeded`; its [property@Slk.Finding:pointer] is an RFC 6901
 * JSON pointer to the member the finding rests on, and for data loaded from
 * a file its [property@Slk.Finding:line] and [property@Slk.Finding:column]
 * say where that member stands (1-based; 0 where unknown).
 *
 * ```python
 * for finding in dataset.validate():
 *     print(finding.props.code, finding.props.pointer, finding.props.line)
 * ```
 */
struct _SlkFinding
{
  GObject        parent_instance;
  SlkFindingData data;
};

G_DEFINE_FINAL_TYPE (SlkFinding, slk_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_SUBJECT,
  PROP_POINTER,
  PROP_LINE,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_finding_finalize (GObject *object)
{
  SlkFinding *self = SLK_FINDING (object);

  /* A finding object owns its strings (a report's records share a chunk). */
  g_free ((char *) self->data.u.text.message);
  g_free ((char *) self->data.subject);
  g_free ((char *) self->data.u.text.pointer);

  G_OBJECT_CLASS (slk_finding_parent_class)->finalize (object);
}

static void
slk_finding_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlkFinding *self = SLK_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY: g_value_set_enum (value, self->data.severity); break;
    case PROP_CODE: g_value_set_string (value, self->data.code); break;
    case PROP_MESSAGE: g_value_set_string (value, self->data.u.text.message); break;
    case PROP_SUBJECT: g_value_set_string (value, self->data.subject); break;
    case PROP_POINTER: g_value_set_string (value, self->data.u.text.pointer); break;
    case PROP_LINE: g_value_set_uint (value, self->data.line); break;
    case PROP_COLUMN: g_value_set_uint (value, self->data.column); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_finding_class_init (SlkFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_finding_finalize;
  object_class->get_property = slk_finding_get_property;

  /**
   * SlkFinding:severity: (getter get_severity)
   *
   * Whether this is an error or a warning.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, SLK_TYPE_SEVERITY, SLK_SEVERITY_ERROR, flags);

  /**
   * SlkFinding:code: (getter get_code)
   *
   * The finding code of the dataset contract, e.g. `dangling-reference`.
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * SlkFinding:message: (getter get_message)
   *
   * A sentence a person understands, naming what is wrong.
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  /**
   * SlkFinding:subject: (getter get_subject)
   *
   * The id of the record concerned, or %NULL where there is none (the file,
   * or the Rijksdienst as a whole).
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * SlkFinding:pointer: (getter get_pointer)
   *
   * An RFC 6901 JSON pointer into the dataset, e.g.
   * `/organizations/3/figures/2024/fte`; the empty string is the whole file.
   */
  properties[PROP_POINTER] = g_param_spec_string ("pointer", NULL, NULL, NULL, flags);

  /**
   * SlkFinding:line: (getter get_line)
   *
   * The 1-based line in the file where the member stands, or 0 if unknown.
   */
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * SlkFinding:column: (getter get_column)
   *
   * The 1-based column (in characters) where the member stands, or 0 if unknown.
   */
  properties[PROP_COLUMN] = g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_finding_init (SlkFinding *self)
{
}

/**
 * slk_finding_new:
 * @severity: error or warning
 * @code: the finding code
 * @message: a sentence a person understands
 * @subject: (nullable): the id of the record concerned
 * @pointer: (nullable): the JSON pointer of the member concerned
 * @line: the 1-based line, or 0
 * @column: the 1-based column, or 0
 *
 * Creates a finding. The library makes these; scripts rarely need to.
 * A finding never changes once made.
 *
 * Returns: (transfer full): a new [class@Slk.Finding]
 */
SlkFinding *
slk_finding_new (SlkSeverity  severity,
                 const char  *code,
                 const char  *message,
                 const char  *subject,
                 const char  *pointer,
                 guint        line,
                 guint        column)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  SlkFindingData data = {
    .code = g_intern_string (code),
    .u.text.message = message,
    .subject = subject,
    .u.text.pointer = pointer ? pointer : "",
    .line = line,
    .column = column,
    .severity = severity,
  };

  return _slk_finding_new_from_data (&data);
}

/* The message, made in @scratch when it is kept as numbers. */
const char *
_slk_finding_data_message (const SlkFindingData *data,
                           GString              *scratch)
{
  if (data->wording == SLK_WORDING_TEXT)
    return data->u.text.message;
  _slk_say_worded (scratch, data->wording, data->year, data->who, data->u.said[0],
                   data->u.said[1]);
  return scratch->str;
}

/* The pointer, made in @scratch when it is kept as numbers. */
const char *
_slk_finding_data_pointer (const SlkFindingData *data,
                           GString              *scratch)
{
  if (data->wording == SLK_WORDING_TEXT)
    return data->u.text.pointer;
  g_string_assign (scratch, "/organizations/");
  _slk_append_uint (scratch, data->org_index);
  g_string_append (scratch, "/figures/");
  _slk_append_uint (scratch, data->year);
  return scratch->str;
}

/* Copies @src with its strings in @strings; subjects and names repeat (one
 * organization, many years), so they are stored once. */
void
_slk_finding_data_copy_to (SlkFindingData       *dest,
                           const SlkFindingData *src,
                           GStringChunk         *strings)
{
  *dest = *src;
  if (src->wording == SLK_WORDING_TEXT)
    {
      dest->u.text.message = g_string_chunk_insert (strings, src->u.text.message);
      dest->u.text.pointer = g_string_chunk_insert (strings, src->u.text.pointer);
    }
  dest->subject = src->subject ? g_string_chunk_insert_const (strings, src->subject) : NULL;
  dest->who = src->who ? g_string_chunk_insert_const (strings, src->who) : NULL;
}

/* File order; findings without a position come after those with one. */
gboolean
_slk_finding_data_before (const SlkFindingData *a,
                          const SlkFindingData *b)
{
  if (a->line == 0 || b->line == 0)
    return a->line != 0 && b->line == 0;
  if (a->line != b->line)
    return a->line < b->line;
  return a->column < b->column;
}

SlkFinding *
_slk_finding_new_from_data (const SlkFindingData *data)
{
  SlkFinding *self = g_object_new (SLK_TYPE_FINDING, NULL);
  g_autoptr(GString) scratch = g_string_new (NULL);

  self->data = *data;
  self->data.u.text.message = g_strdup (_slk_finding_data_message (data, scratch));
  self->data.u.text.pointer = g_strdup (_slk_finding_data_pointer (data, scratch));
  self->data.subject = g_strdup (data->subject);
  self->data.who = NULL;   /* an object keeps its texts */
  self->data.wording = SLK_WORDING_TEXT;
  return self;
}

const SlkFindingData *
_slk_finding_get_data (SlkFinding *self)
{
  return &self->data;
}

/**
 * slk_finding_get_severity: (get-property severity)
 * @self: a finding
 *
 * Gets whether this is an error or a warning.
 *
 * Returns: the severity
 */
SlkSeverity
slk_finding_get_severity (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), SLK_SEVERITY_ERROR);
  return self->data.severity;
}

/**
 * slk_finding_get_code: (get-property code)
 * @self: a finding
 *
 * Gets the finding code, e.g. `missing-member`.
 *
 * Returns: (transfer none): the code
 */
const char *
slk_finding_get_code (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), NULL);
  return self->data.code;
}

/**
 * slk_finding_get_message: (get-property message)
 * @self: a finding
 *
 * Gets the sentence that explains the finding.
 *
 * Returns: (transfer none): the message
 */
const char *
slk_finding_get_message (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), NULL);
  return self->data.u.text.message;
}

/**
 * slk_finding_get_subject: (get-property subject)
 * @self: a finding
 *
 * Gets the id of the record concerned.
 *
 * Returns: (transfer none) (nullable): the id, or %NULL
 */
const char *
slk_finding_get_subject (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), NULL);
  return self->data.subject;
}

/**
 * slk_finding_get_pointer: (get-property pointer)
 * @self: a finding
 *
 * Gets the JSON pointer of the member the finding rests on.
 *
 * Returns: (transfer none): the pointer; the empty string for the whole file
 */
const char *
slk_finding_get_pointer (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), NULL);
  return self->data.u.text.pointer;
}

/**
 * slk_finding_get_line: (get-property line)
 * @self: a finding
 *
 * Gets the 1-based line in the file.
 *
 * Returns: the line, or 0 where unknown
 */
guint
slk_finding_get_line (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), 0);
  return self->data.line;
}

/**
 * slk_finding_get_column: (get-property column)
 * @self: a finding
 *
 * Gets the 1-based column in the file, counted in characters.
 *
 * Returns: the column, or 0 where unknown
 */
guint
slk_finding_get_column (SlkFinding *self)
{
  g_return_val_if_fail (SLK_IS_FINDING (self), 0);
  return self->data.column;
}

/**
 * slk_finding_to_string:
 * @self: a finding
 *
 * Formats the finding as one line for a terminal, in the style of compiler
 * messages: `12:5: error [missing-member] /organizations/0: … (subject)`.
 *
 * Returns: (transfer full): the line, without a newline
 */
char *
slk_finding_to_string (SlkFinding *self)
{
  GString *out;

  g_return_val_if_fail (SLK_IS_FINDING (self), NULL);

  out = g_string_new (NULL);
  if (self->data.line > 0)
    g_string_append_printf (out, "%u:%u: ", self->data.line, self->data.column);
  g_string_append_printf (out, "%s [%s] %s: %s",
                          _slk_severity_name (self->data.severity),
                          self->data.code,
                          self->data.u.text.pointer[0] ? self->data.u.text.pointer : "(file)",
                          self->data.u.text.message);
  return g_string_free (out, FALSE);
}

const char *
_slk_severity_name (SlkSeverity severity)
{
  return severity == SLK_SEVERITY_ERROR ? "error"
         : severity == SLK_SEVERITY_WARNING ? "warning" : "info";
}

/* A finding of one of the library's own codes: its name and severity come
 * from the table of codes. */
SlkFinding *
_slk_finding_new_coded (SlkCode     code,
                        const char *message,
                        const char *subject,
                        const char *pointer,
                        guint       line,
                        guint       column)
{
  return slk_finding_new (_slk_code_severity (code), _slk_code_name (code), message, subject,
                          pointer, line, column);
}
