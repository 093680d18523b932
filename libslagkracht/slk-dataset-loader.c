/* slk-dataset-loader.c: builds the typed model straight from the JSON
 * reader, in one pass, recording where every member stands and keeping
 * every member it does not model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-agency.h"
#include "slk-dataset-private.h"
#include "slk-decentral-body.h"
#include "slk-enum-types.h"
#include "slk-error.h"
#include "slk-finding.h"
#include "slk-inspection.h"
#include "slk-json-reader-private.h"
#include "slk-ministry.h"
#include "slk-organization-private.h"
#include "slk-zbo-private.h"

typedef struct
{
  SlkJsonReader      reader;
  SlkDatasetContent *content;
} Loader;

/* The yes/no members, in the order of SlkOrgMember. */
#define FIRST_FLAG_MEMBER SLK_ORG_MEMBER_LEGAL_PERSONALITY
#define N_FLAG_MEMBERS 3

typedef struct
{
  SlkPosition        positions[SLK_N_ORG_MEMBERS];
  const char        *value_start[SLK_N_ORG_MEMBERS];
  const char        *value_end[SLK_N_ORG_MEMBERS];
  guint32            seen;
  char              *id;
  char              *name;
  char              *abbreviation;
  char              *parent;
  int                kind;            /* -1: missing or unusable */
  gboolean           kind_present;
  SlkLegalForm       legal_form;
  SlkOptionalBoolean flags[N_FLAG_MEMBERS];
  SlkOptionalBoolean inspectieraad;
  SlkDay             last_evaluation;
  GArray            *figure_years;
  JsonObject        *figure_extras;
  JsonObject        *extras;
} OrgDraft;

static void
org_draft_clear (OrgDraft *draft)
{
  g_free (draft->id);
  g_free (draft->name);
  g_free (draft->abbreviation);
  g_free (draft->parent);
  g_clear_pointer (&draft->figure_years, g_array_unref);
  g_clear_pointer (&draft->figure_extras, json_object_unref);
  g_clear_pointer (&draft->extras, json_object_unref);
}

static void
add_finding_at (Loader      *loader,
                const char  *code,
                const char  *pointer,
                SlkPosition  position,
                const char  *subject,
                const char  *message)
{
  g_ptr_array_add (loader->content->load_findings,
                   slk_finding_new (SLK_SEVERITY_ERROR, code, message, subject, pointer,
                                    position.line, position.column));
}

static void G_GNUC_PRINTF (6, 0)
add_finding_valist (Loader      *loader,
                    const char  *code,
                    const char  *pointer,
                    SlkPosition  position,
                    const char  *subject,
                    const char  *format,
                    va_list      args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  add_finding_at (loader, code, pointer, position, subject, message);
}

static void G_GNUC_PRINTF (6, 7)
add_finding_at_printf (Loader      *loader,
                       const char  *code,
                       const char  *pointer,
                       SlkPosition  position,
                       const char  *subject,
                       const char  *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  add_finding_valist (loader, code, pointer, position, subject, format, args);
  va_end (args);
}

/* A finding at the reader's current pointer. */
static void G_GNUC_PRINTF (5, 6)
add_finding (Loader      *loader,
             const char  *code,
             SlkPosition  position,
             const char  *subject,
             const char  *format,
             ...)
{
  va_list args;

  va_start (args, format);
  add_finding_valist (loader, code, loader->reader.path->str, position, subject, format, args);
  va_end (args);
}

static void
on_reader_issue (SlkJsonReader *reader,
                 const char    *code,
                 const char    *message,
                 SlkPosition    position,
                 gpointer       user_data)
{
  add_finding_at (user_data, code, reader->path->str, position, NULL, message);
}

/* Reads a value into a node and keeps it under @name, or reports a second
 * member of that name. */
static gboolean
keep_member (Loader        *loader,
             JsonObject   **extras,
             const char    *name,
             SlkPosition    key_position,
             const char    *subject)
{
  JsonNode *node;

  if (!_slk_json_reader_read_node (&loader->reader, &node))
    return FALSE;
  if (*extras == NULL)
    *extras = json_object_new ();
  if (json_object_has_member (*extras, name))
    {
      add_finding (loader, "duplicate-member", key_position, subject,
                   "The member \"%s\" appears twice in one object; the first is kept.", name);
      json_node_unref (node);
    }
  else
    json_object_set_member (*extras, name, node);
  return TRUE;
}

static JsonNode *
node_from_range (const char *start,
                 const char *end)
{
  SlkJsonReader sub;
  JsonNode *node = NULL;

  _slk_json_reader_init (&sub, start, end - start, FALSE);
  if (!_slk_json_reader_read_node (&sub, &node))
    node = json_node_init_null (json_node_alloc ());
  _slk_json_reader_clear (&sub);
  return node;
}

static const char *
json_type_name (SlkJsonType type)
{
  static const char * const names[] = {
    "null", "a boolean", "a number", "a string", "an array", "an object"
  };
  return names[type];
}

/* Names with their lengths, so that a lookup compares lengths first. */
typedef struct
{
  const char *name;
  gsize       length;
} Name;

#define NAME(text) { text, sizeof text - 1 }

static int
lookup_name (const SlkJsonString *key,
             const Name          *names,
             int                  first,
             int                  n_names)
{
  for (int i = first; i < n_names; i++)
    if (_slk_json_string_equal_len (key, names[i].name, names[i].length))
      return i;
  return -1;
}

static int
lookup_metric (const SlkJsonString *key)
{
  static const Name metrics[SLK_N_METRICS] = {
    NAME ("fte"), NAME ("overhead_fte"), NAME ("personnel_spending"),
    NAME ("external_hire_spending"), NAME ("material_spending"), NAME ("office_m2"),
  };

  return lookup_name (key, metrics, 0, SLK_N_METRICS);
}

/* Converts a figure into the model. Returns FALSE, with a finding, for a
 * number the model cannot hold exactly; the finding's pointer names the
 * metric, which the caller has not pushed yet. */
static gboolean
read_number_into (Loader              *loader,
                  SlkFigureYear       *entry,
                  SlkMetric            metric,
                  const SlkJsonNumber *number,
                  SlkPosition          key_position,
                  const char          *subject)
{
  const char *name = slk_metric_to_string (metric);
  const char *problem = NULL;
  g_autofree char *pointer = NULL;

  if (slk_metric_is_amount (metric))
    {
      gint64 cents;

      switch (_slk_json_number_to_cents (number, &cents))
        {
        case SLK_CENTS_OK:
          entry->values[metric].cents = cents;
          return TRUE;
        case SLK_CENTS_TOO_PRECISE:
          problem = "has more than two decimals; amounts are whole cents";
          break;
        case SLK_CENTS_OUT_OF_RANGE:
        default:
          problem = "is out of range (at most 92 233 720 368 547 758 euro)";
          break;
        }
    }
  else
    {
      double value;

      if (_slk_json_number_to_double (number, &value))
        {
          entry->values[metric].value = value;
          return TRUE;
        }
      problem = "is too large to be a number (it overflows to infinity)";
    }

  pointer = g_strdup_printf ("%s/%s", loader->reader.path->str, name);
  add_finding_at_printf (loader, "invalid-number", pointer, key_position, subject,
                         "The figure \"%s\" %s.", name, problem);
  return FALSE;
}

/* Reads one metric of one year. Returns FALSE only on a parse error. */
static gboolean
read_metric (Loader        *loader,
             SlkFigureYear *entry,
             SlkMetric      metric,
             SlkPosition    key_position,
             JsonObject   **year_extras,
             const char    *subject)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  SlkJsonNumber number;
  const char *name = slk_metric_to_string (metric);
  const char *value_start;
  gsize mark;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL)
    return _slk_json_reader_read_null (reader); /* null is absent */
  value_start = reader->pos;
  if (type == SLK_JSON_NUMBER && !_slk_json_reader_read_number (reader, &number))
    return FALSE;
  if (type == SLK_JSON_NUMBER && read_number_into (loader, entry, metric, &number, key_position,
                                                   subject))
    {
      entry->present |= 1u << metric;
      entry->positions[metric] = key_position;
      return TRUE;
    }

  /* A value the model cannot hold: reported (by read_number_into, or here
   * for a non-number) and kept as it was. */
  mark = _slk_json_reader_push_key (reader, name, strlen (name));
  if (type != SLK_JSON_NUMBER)
    {
      add_finding (loader, "invalid-number", key_position, subject,
                   "The figure \"%s\" must be a number, not %s.", name, json_type_name (type));
      if (!keep_member (loader, year_extras, name, key_position, subject))
        return FALSE;
    }
  else
    {
      if (*year_extras == NULL)
        *year_extras = json_object_new ();
      json_object_set_member (*year_extras, name, node_from_range (value_start, reader->pos));
    }
  _slk_json_reader_pop (reader, mark);
  return TRUE;
}

static gboolean
parse_year (const SlkJsonString *key,
            guint               *year)
{
  if (key->length != 4)
    return FALSE;
  *year = 0;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (key->text[i]))
        return FALSE;
      *year = *year * 10 + (guint) (key->text[i] - '0');
    }
  return *year >= 1000;
}

static void
insert_year (GArray              *years,
             const SlkFigureYear *entry)
{
  guint index = years->len;

  while (index > 0 && g_array_index (years, SlkFigureYear, index - 1).year > entry->year)
    index--;
  g_array_insert_vals (years, index, entry, 1);
}

static gboolean
year_is_taken (GArray *years,
               guint   year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, SlkFigureYear, i).year == year)
      return TRUE;
  return FALSE;
}

static gboolean
read_year (Loader        *loader,
           OrgDraft      *draft,
           guint          year,
           SlkPosition    year_position,
           const char    *year_key)
{
  SlkJsonReader *reader = &loader->reader;
  SlkFigureYear entry = { .year = (guint16) year, .key_position = year_position };
  JsonObject *year_extras = NULL;
  gboolean first = TRUE, has_member;
  SlkJsonString key;
  SlkPosition key_position;

  for (;;)
    {
      int metric;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        goto failed;
      if (!has_member)
        break;
      metric = lookup_metric (&key);
      if (metric >= 0 && !((entry.present >> metric) & 1) &&
          !(year_extras && json_object_has_member (year_extras, slk_metric_to_string (metric))))
        {
          /* The common case; read_metric pushes the key itself if it reports. */
          if (!read_metric (loader, &entry, metric, key_position, &year_extras, draft->id))
            goto failed;
          continue;
        }
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      if (metric >= 0)
        {
          JsonNode *dropped;

          add_finding (loader, "duplicate-member", key_position, draft->id,
                       "The figure \"%s\" appears twice in one year; the first is kept.",
                       slk_metric_to_string (metric));
          if (!_slk_json_reader_read_node (reader, &dropped))
            goto failed;
          json_node_unref (dropped);
        }
      else
        {
          g_autofree char *name = _slk_json_string_dup (&key);

          if (!keep_member (loader, &year_extras, name, key_position, draft->id))
            goto failed;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (entry.present != 0)
    insert_year (draft->figure_years, &entry);
  if (year_extras != NULL)
    {
      if (draft->figure_extras == NULL)
        draft->figure_extras = json_object_new ();
      json_object_set_object_member (draft->figure_extras, year_key, year_extras);
    }
  return TRUE;

failed:
  g_clear_pointer (&year_extras, json_object_unref);
  return FALSE;
}

static gboolean
read_figures (Loader   *loader,
              OrgDraft *draft)
{
  SlkJsonReader *reader = &loader->reader;
  gboolean first = TRUE, has_member;
  SlkJsonString key;
  SlkPosition key_position;

  for (;;)
    {
      g_autofree char *year_key = NULL;
      SlkJsonType type;
      guint year;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        return FALSE;
      if (!has_member)
        return TRUE;
      year_key = _slk_json_string_dup (&key);
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      if (!_slk_json_reader_peek (reader, &type, NULL))
        return FALSE;

      if (!parse_year (&key, &year))
        {
          add_finding (loader, "invalid-year", key_position, draft->id,
                       "\"%s\" is not a year: figures are keyed by a four-digit year such as "
                       "\"2024\".", year_key);
          if (!keep_member (loader, &draft->figure_extras, year_key, key_position, draft->id))
            return FALSE;
        }
      else if (year_is_taken (draft->figure_years, year) ||
               (draft->figure_extras && json_object_has_member (draft->figure_extras, year_key)))
        {
          JsonNode *dropped;

          add_finding (loader, "duplicate-member", key_position, draft->id,
                       "The year \"%s\" appears twice in the figures; the first is kept.",
                       year_key);
          if (!_slk_json_reader_read_node (reader, &dropped))
            return FALSE;
          json_node_unref (dropped);
        }
      else if (type != SLK_JSON_OBJECT)
        {
          add_finding (loader, "wrong-type", key_position, draft->id,
                       "The figures of %s must be an object of metrics, not %s.",
                       year_key, json_type_name (type));
          if (!keep_member (loader, &draft->figure_extras, year_key, key_position, draft->id))
            return FALSE;
        }
      else if (!read_year (loader, draft, year, key_position, year_key))
        return FALSE;
      _slk_json_reader_pop (reader, mark);
    }
}

static int
lookup_org_member (const SlkJsonString *key)
{
  /* In the order of SlkOrgMember. */
  static const Name members[SLK_N_ORG_MEMBERS] = {
    NAME (""), NAME ("id"), NAME ("kind"), NAME ("name"), NAME ("abbreviation"),
    NAME ("parent"), NAME ("legal_form"), NAME ("legal_personality"), NAME ("kaderwet"),
    NAME ("authority"), NAME ("last_evaluation"), NAME ("inspectieraad"), NAME ("figures"),
  };

  return lookup_name (key, members, SLK_ORG_MEMBER_ID, SLK_N_ORG_MEMBERS);
}

static gboolean
read_string_member (Loader      *loader,
                    OrgDraft    *draft,
                    char       **field,
                    const char  *name,
                    SlkPosition  key_position)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  SlkJsonString string;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL && field != &draft->id && field != &draft->name)
    return _slk_json_reader_read_null (reader);
  if (type != SLK_JSON_STRING)
    {
      add_finding (loader, "wrong-type", key_position, draft->id,
                   "\"%s\" must be a string, not %s.", name, json_type_name (type));
      return keep_member (loader, &draft->extras, name, key_position, draft->id);
    }
  if (!_slk_json_reader_read_string (reader, &string))
    return FALSE;
  if (string.has_nul)
    add_finding (loader, "parse-error", key_position, draft->id,
                 "\"%s\" holds the escape \\u0000 (NUL), which cannot be kept; it is cut off "
                 "there.", name);
  *field = _slk_json_string_dup (&string);
  return TRUE;
}

static gboolean
read_kind (Loader      *loader,
           OrgDraft    *draft,
           SlkPosition  key_position)
{
  static const char * const kinds[] = {
    "ministry", "zbo", "inspection", "agency", "decentral"
  };
  g_autofree char *text = NULL;

  if (!read_string_member (loader, draft, &text, "kind", key_position))
    return FALSE;
  draft->kind_present = TRUE;
  if (text == NULL)
    return TRUE; /* wrong type, reported */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_str_equal (text, kinds[k]))
      {
        draft->kind = k;
        return TRUE;
      }
  add_finding (loader, "unknown-kind", key_position, draft->id,
               "\"%s\" is not a kind of organization: use ministry, zbo, inspection, agency "
               "or decentral.", text);
  return TRUE;
}

static gboolean
read_optional_boolean (Loader             *loader,
                       OrgDraft           *draft,
                       SlkOptionalBoolean *field,
                       const char         *name,
                       SlkPosition         key_position)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  gboolean value;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL)
    return _slk_json_reader_read_null (reader);
  if (type != SLK_JSON_BOOLEAN)
    {
      add_finding (loader, "wrong-type", key_position, draft->id,
                   "\"%s\" must be true or false, not %s.", name, json_type_name (type));
      return keep_member (loader, &draft->extras, name, key_position, draft->id);
    }
  if (!_slk_json_reader_read_boolean (reader, &value))
    return FALSE;
  *field = value ? SLK_OPTIONAL_BOOLEAN_TRUE : SLK_OPTIONAL_BOOLEAN_FALSE;
  return TRUE;
}

static gboolean
read_date_member (Loader      *loader,
                  SlkDay      *field,
                  JsonObject **extras,
                  const char  *name,
                  SlkPosition  key_position,
                  const char  *subject)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  SlkJsonString string;
  const char *value_start;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL)
    return _slk_json_reader_read_null (reader);
  if (type != SLK_JSON_STRING)
    {
      add_finding (loader, "wrong-type", key_position, subject,
                   "\"%s\" must be a date string YYYY-MM-DD, not %s.", name,
                   json_type_name (type));
      return keep_member (loader, extras, name, key_position, subject);
    }
  value_start = reader->pos;
  if (!_slk_json_reader_read_string (reader, &string))
    return FALSE;
  if (!_slk_day_parse (string.text, string.length, field))
    {
      g_autofree char *text = _slk_json_string_dup (&string);

      add_finding (loader, "invalid-date", key_position, subject,
                   "\"%s\" is \"%s\", which is not a date YYYY-MM-DD of the calendar.",
                   name, text);
      if (*extras == NULL)
        *extras = json_object_new ();
      json_object_set_member (*extras, name, node_from_range (value_start, reader->pos));
    }
  return TRUE;
}

static gboolean
read_legal_form (Loader      *loader,
                 OrgDraft    *draft,
                 SlkPosition  key_position)
{
  SlkJsonReader *reader = &loader->reader;
  const char *value_start;
  g_autofree char *text = NULL;

  if (!_slk_json_reader_peek (reader, &(SlkJsonType) { 0 }, NULL))
    return FALSE;
  value_start = reader->pos;
  if (!read_string_member (loader, draft, &text, "legal_form", key_position))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "public"))
    draft->legal_form = SLK_LEGAL_FORM_PUBLIC;
  else if (g_str_equal (text, "private"))
    draft->legal_form = SLK_LEGAL_FORM_PRIVATE;
  else
    {
      add_finding (loader, "wrong-type", key_position, draft->id,
                   "\"legal_form\" is \"%s\"; it must be \"public\" or \"private\".", text);
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      json_object_set_member (draft->extras, "legal_form",
                              node_from_range (value_start, reader->pos));
    }
  return TRUE;
}

static gboolean
read_org_member (Loader       *loader,
                 OrgDraft     *draft,
                 SlkOrgMember  member,
                 SlkPosition   key_position)
{
  SlkJsonReader *reader = &loader->reader;
  const char *name = _slk_org_member_name (member);
  SlkJsonType type;

  switch (member)
    {
    case SLK_ORG_MEMBER_ID:
      return read_string_member (loader, draft, &draft->id, name, key_position);
    case SLK_ORG_MEMBER_KIND:
      return read_kind (loader, draft, key_position);
    case SLK_ORG_MEMBER_NAME:
      return read_string_member (loader, draft, &draft->name, name, key_position);
    case SLK_ORG_MEMBER_ABBREVIATION:
      return read_string_member (loader, draft, &draft->abbreviation, name, key_position);
    case SLK_ORG_MEMBER_PARENT:
      return read_string_member (loader, draft, &draft->parent, name, key_position);
    case SLK_ORG_MEMBER_LEGAL_FORM:
      return read_legal_form (loader, draft, key_position);
    case SLK_ORG_MEMBER_LEGAL_PERSONALITY:
    case SLK_ORG_MEMBER_KADERWET:
    case SLK_ORG_MEMBER_AUTHORITY:
      return read_optional_boolean (loader, draft, &draft->flags[member - FIRST_FLAG_MEMBER],
                                    name, key_position);
    case SLK_ORG_MEMBER_INSPECTIERAAD:
      return read_optional_boolean (loader, draft, &draft->inspectieraad, name, key_position);
    case SLK_ORG_MEMBER_LAST_EVALUATION:
      return read_date_member (loader, &draft->last_evaluation, &draft->extras, name,
                               key_position, draft->id);
    case SLK_ORG_MEMBER_FIGURES:
      if (!_slk_json_reader_peek (reader, &type, NULL))
        return FALSE;
      if (type == SLK_JSON_OBJECT)
        return read_figures (loader, draft);
      if (type == SLK_JSON_NULL)
        return _slk_json_reader_read_null (reader);
      add_finding (loader, "wrong-type", key_position, draft->id,
                   "\"figures\" must be an object keyed by year, not %s.", json_type_name (type));
      return keep_member (loader, &draft->extras, name, key_position, draft->id);
    case SLK_ORG_MEMBER_OBJECT:
    case SLK_N_ORG_MEMBERS:
    default:
      g_assert_not_reached ();
    }
}

/* Which members a kind may carry beyond id, kind, name, abbreviation and
 * figures. `parent` is checked by the validator, since the model can hold it. */
static gboolean
member_allowed (SlkOrganizationKind kind,
                SlkOrgMember        member)
{
  switch (member)
    {
    case SLK_ORG_MEMBER_LEGAL_FORM:
    case SLK_ORG_MEMBER_LEGAL_PERSONALITY:
    case SLK_ORG_MEMBER_KADERWET:
    case SLK_ORG_MEMBER_AUTHORITY:
    case SLK_ORG_MEMBER_LAST_EVALUATION:
      return kind == SLK_ORGANIZATION_KIND_ZBO;
    case SLK_ORG_MEMBER_INSPECTIERAAD:
      return kind == SLK_ORGANIZATION_KIND_ZBO || kind == SLK_ORGANIZATION_KIND_INSPECTION;
    case SLK_ORG_MEMBER_OBJECT:
    case SLK_ORG_MEMBER_ID:
    case SLK_ORG_MEMBER_KIND:
    case SLK_ORG_MEMBER_NAME:
    case SLK_ORG_MEMBER_ABBREVIATION:
    case SLK_ORG_MEMBER_PARENT:
    case SLK_ORG_MEMBER_FIGURES:
    case SLK_N_ORG_MEMBERS:
    default:
      return TRUE;
    }
}

static SlkOrganization *
build_organization (Loader   *loader,
                    OrgDraft *draft)
{
  static const char * const kind_names[] = {
    "a ministry", "a ZBO", "an inspection", "an agency", "a decentral body"
  };
  SlkOrganization *org;
  GType type;

  switch (draft->kind)
    {
    case SLK_ORGANIZATION_KIND_MINISTRY: type = SLK_TYPE_MINISTRY; break;
    case SLK_ORGANIZATION_KIND_ZBO: type = SLK_TYPE_ZBO; break;
    case SLK_ORGANIZATION_KIND_INSPECTION: type = SLK_TYPE_INSPECTION; break;
    case SLK_ORGANIZATION_KIND_AGENCY: type = SLK_TYPE_AGENCY; break;
    case SLK_ORGANIZATION_KIND_DECENTRAL:
    default: type = SLK_TYPE_DECENTRAL_BODY; break;
    }
  org = g_object_new (type, NULL);
  _slk_organization_set_id (org, g_steal_pointer (&draft->id));
  slk_organization_set_name (org, draft->name);
  slk_organization_set_abbreviation (org, draft->abbreviation);
  slk_organization_set_parent_id (org, draft->parent);

  for (int m = SLK_ORG_MEMBER_LEGAL_FORM; m <= SLK_ORG_MEMBER_INSPECTIERAAD; m++)
    {
      gsize mark;

      if (!(draft->seen & (1u << m)) || member_allowed (draft->kind, m))
        continue;
      mark = _slk_json_reader_push_key (&loader->reader, _slk_org_member_name (m),
                                        strlen (_slk_org_member_name (m)));
      add_finding (loader, "forbidden-member", draft->positions[m],
                   slk_organization_get_id (org),
                   "\"%s\" does not apply to %s; it is kept but not used.",
                   _slk_org_member_name (m), kind_names[draft->kind]);
      _slk_json_reader_pop (&loader->reader, mark);
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      if (!json_object_has_member (draft->extras, _slk_org_member_name (m)))
        json_object_set_member (draft->extras, _slk_org_member_name (m),
                                node_from_range (draft->value_start[m], draft->value_end[m]));
    }

  if (SLK_IS_ZBO (org))
    {
      SlkZbo *zbo = SLK_ZBO (org);

      slk_zbo_set_legal_form (zbo, draft->legal_form);
      slk_zbo_set_legal_personality (zbo, draft->flags[0]);
      slk_zbo_set_kaderwet (zbo, draft->flags[1]);
      slk_zbo_set_authority (zbo, draft->flags[2]);
      slk_zbo_set_inspectieraad (zbo, draft->inspectieraad);
      _slk_zbo_set_last_evaluation_day (zbo, draft->last_evaluation);
    }
  else if (SLK_IS_INSPECTION (org))
    slk_inspection_set_inspectieraad (SLK_INSPECTION (org), draft->inspectieraad);

  _slk_organization_take_figure_years (org, g_steal_pointer (&draft->figure_years));
  _slk_organization_take_figure_extras (org, g_steal_pointer (&draft->figure_extras));
  _slk_organization_take_extras (org, g_steal_pointer (&draft->extras));
  _slk_organization_set_positions (org, draft->positions);
  return org;
}

static void
keep_raw_organization (Loader     *loader,
                       guint       index,
                       const char *start,
                       const char *end,
                       const char *id)
{
  SlkRawRecord raw = { index, node_from_range (start, end) };

  g_array_append_val (loader->content->raw_organizations, raw);
  if (id != NULL)
    g_hash_table_add (loader->content->raw_ids, g_strdup (id));
}

static gboolean
read_organization (Loader *loader,
                   guint   index)
{
  SlkJsonReader *reader = &loader->reader;
  OrgDraft draft = { .kind = -1 };
  gboolean first = TRUE, has_member, ok = FALSE;
  SlkJsonString key;
  SlkPosition key_position;
  const char *start;
  SlkJsonType type;

  if (!_slk_json_reader_peek (reader, &type, &draft.positions[SLK_ORG_MEMBER_OBJECT]))
    return FALSE;
  start = reader->pos;
  if (type != SLK_JSON_OBJECT)
    {
      JsonNode *node;

      add_finding (loader, "wrong-type", draft.positions[SLK_ORG_MEMBER_OBJECT], NULL,
                   "An organization must be an object, not %s.", json_type_name (type));
      if (!_slk_json_reader_read_node (reader, &node))
        return FALSE;
      g_array_append_val (loader->content->raw_organizations,
                          ((SlkRawRecord) { index, node }));
      return TRUE;
    }
  draft.figure_years = g_array_new (FALSE, TRUE, sizeof (SlkFigureYear));

  for (;;)
    {
      int member;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        goto out;
      if (!has_member)
        break;
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      member = lookup_org_member (&key);
      if (member < 0)
        {
          g_autofree char *name = _slk_json_string_dup (&key);

          if (!keep_member (loader, &draft.extras, name, key_position, draft.id))
            goto out;
        }
      else if (draft.seen & (1u << member))
        {
          JsonNode *dropped;

          add_finding (loader, "duplicate-member", key_position, draft.id,
                       "The member \"%s\" appears twice in one organization; the first is kept.",
                       _slk_org_member_name (member));
          if (!_slk_json_reader_read_node (reader, &dropped))
            goto out;
          json_node_unref (dropped);
        }
      else
        {
          draft.seen |= 1u << member;
          draft.positions[member] = key_position;
          if (!_slk_json_reader_peek (reader, &type, NULL))
            goto out;
          draft.value_start[member] = reader->pos;
          if (!read_org_member (loader, &draft, member, key_position))
            goto out;
          draft.value_end[member] = reader->pos;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (draft.kind < 0)
    {
      if (!draft.kind_present)
        add_finding (loader, "missing-member", draft.positions[SLK_ORG_MEMBER_OBJECT], draft.id,
                     "The organization has no \"kind\"; it is kept but not used.");
      keep_raw_organization (loader, index, start, reader->pos, draft.id);
    }
  else
    g_ptr_array_add (loader->content->organizations, build_organization (loader, &draft));
  ok = TRUE;

out:
  org_draft_clear (&draft);
  return ok;
}

static gboolean
read_organizations (Loader *loader)
{
  SlkJsonReader *reader = &loader->reader;
  gboolean first = TRUE, has_element;

  for (guint index = 0;; index++)
    {
      gsize mark;

      if (!_slk_json_reader_next_element (reader, &first, &has_element))
        return FALSE;
      if (!has_element)
        break;
      mark = _slk_json_reader_push_index (reader, index);
      if (!read_organization (loader, index))
        return FALSE;
      _slk_json_reader_pop (reader, mark);
    }
  return TRUE;
}

static gboolean
read_format (Loader      *loader,
             SlkPosition  key_position,
             SlkFinding **failure,
             GError     **error)
{
  SlkJsonReader *reader = &loader->reader;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;

  if (!_slk_json_reader_read_node (reader, &node))
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
      g_str_equal (json_node_get_string (node), SLK_DATASET_FORMAT))
    return TRUE;

  shown = json_to_string (node, FALSE);
  message = g_strdup_printf ("The format is %s; this library reads \"%s\".", shown,
                             SLK_DATASET_FORMAT);
  *failure = slk_finding_new (SLK_SEVERITY_ERROR, "unsupported-format", message, NULL,
                              "/format", key_position.line, key_position.column);
  g_set_error (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT,
               "line %u, column %u: %s", key_position.line, key_position.column, message);
  return FALSE;
}

static gboolean
read_top_member (Loader        *loader,
                 const char    *name,
                 SlkPosition    key_position,
                 SlkFinding   **failure,
                 GError       **error)
{
  SlkJsonReader *reader = &loader->reader;
  SlkDatasetContent *content = loader->content;
  SlkJsonType type;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;

  if (g_str_equal (name, "format"))
    return read_format (loader, key_position, failure, error);
  if (g_str_equal (name, "reference_date"))
    return read_date_member (loader, &content->reference_date, &content->extras, name,
                             key_position, NULL);
  if (g_str_equal (name, "title") && type == SLK_JSON_STRING)
    {
      SlkJsonString string;

      if (!_slk_json_reader_read_string (reader, &string))
        return FALSE;
      content->title = _slk_json_string_dup (&string);
      return TRUE;
    }
  if (g_str_equal (name, "organizations") && type == SLK_JSON_ARRAY)
    return read_organizations (loader);
  if (g_str_equal (name, "organizations") && type == SLK_JSON_NULL)
    return _slk_json_reader_read_null (reader); /* null is absent */
  if ((g_str_equal (name, "title") || g_str_equal (name, "organizations")) &&
      type != SLK_JSON_NULL)
    add_finding (loader, "wrong-type", key_position, NULL, "\"%s\" must be %s, not %s.", name,
                 g_str_equal (name, "title") ? "a string" : "an array",
                 json_type_name (type));
  return keep_member (loader, &content->extras, name, key_position, NULL);
}

static int
lookup_top_member (const char *name)
{
  static const char * const names[SLK_N_TOP_MEMBERS] = {
    "", "format", "title", "reference_date", "organizations"
  };

  for (int m = SLK_TOP_MEMBER_FORMAT; m < SLK_N_TOP_MEMBERS; m++)
    if (g_str_equal (name, names[m]))
      return m;
  return -1;
}

static gboolean
read_dataset (Loader      *loader,
              SlkFinding **failure,
              GError     **error)
{
  SlkJsonReader *reader = &loader->reader;
  SlkDatasetContent *content = loader->content;
  gboolean first = TRUE, has_member;
  guint32 seen = 0;
  SlkJsonString key;
  SlkPosition key_position;
  SlkJsonType type;

  if (!_slk_json_reader_peek (reader, &type, &content->positions[SLK_TOP_MEMBER_ROOT]))
    return FALSE;
  if (type != SLK_JSON_OBJECT)
    {
      g_autoptr(JsonNode) ignored = NULL;

      add_finding (loader, "wrong-type", content->positions[SLK_TOP_MEMBER_ROOT], NULL,
                   "A dataset must be a JSON object, not %s.", json_type_name (type));
      content->root_not_object = TRUE;
      return _slk_json_reader_read_node (reader, &ignored);
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      int member;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        return FALSE;
      if (!has_member)
        break;
      name = _slk_json_string_dup (&key);
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      member = lookup_top_member (name);
      if (member > 0 && (seen & (1u << member)))
        {
          JsonNode *dropped;

          add_finding (loader, "duplicate-member", key_position, NULL,
                       "The member \"%s\" appears twice in the dataset; the first is kept.", name);
          if (!_slk_json_reader_read_node (reader, &dropped))
            return FALSE;
          json_node_unref (dropped);
        }
      else
        {
          if (member > 0)
            {
              seen |= 1u << member;
              content->positions[member] = key_position;
            }
          if (!read_top_member (loader, name, key_position, failure, error))
            return FALSE;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (!(seen & (1u << SLK_TOP_MEMBER_FORMAT)))
    add_finding (loader, "missing-member", content->positions[SLK_TOP_MEMBER_ROOT], NULL,
                 "The dataset has no \"format\"; it should be \"%s\".", SLK_DATASET_FORMAT);
  return TRUE;
}

SlkDatasetContent *
_slk_dataset_loader_run (const char  *data,
                         gsize        length,
                         gboolean     release_pages,
                         SlkFinding **failure,
                         GError     **error)
{
  Loader loader = { .content = _slk_dataset_content_new () };
  gboolean ok;

  *failure = NULL;
  if (length > SLK_JSON_MAX_INPUT_BYTES)
    {
      g_autofree char *message =
        g_strdup_printf ("The input is %" G_GSIZE_FORMAT " bytes, more than the limit of "
                         "%" G_GSIZE_FORMAT " bytes.", length, SLK_JSON_MAX_INPUT_BYTES);

      *failure = slk_finding_new (SLK_SEVERITY_ERROR, "parse-error", message, NULL, "", 0, 0);
      g_set_error_literal (error, SLK_FORMAT_ERROR, SLK_FORMAT_ERROR_PARSE, message);
      _slk_dataset_content_free (loader.content);
      return NULL;
    }

  _slk_json_reader_init (&loader.reader, data, length, release_pages);
  loader.reader.issue_func = on_reader_issue;
  loader.reader.issue_data = &loader;

  ok = read_dataset (&loader, failure, error) && _slk_json_reader_finish (&loader.reader);
  if (!ok && *failure == NULL)
    {
      const char *message = loader.reader.error->message;
      const char *text = strstr (message, ": ");

      /* The finding carries the position in its own fields; its message
       * is the reader's sentence without the "line L, column C" prefix. */
      g_autofree char *sentence = NULL;

      text = text != NULL ? text + 2 : message;
      sentence = g_strdup_printf ("%c%s.", g_ascii_toupper (text[0]), text + 1);
      *failure = slk_finding_new (SLK_SEVERITY_ERROR, "parse-error", sentence, NULL,
                                  loader.reader.path->str,
                                  loader.reader.error_position.line,
                                  loader.reader.error_position.column);
      g_propagate_error (error, g_steal_pointer (&loader.reader.error));
    }
  _slk_json_reader_clear (&loader.reader);
  if (!ok)
    {
      _slk_dataset_content_free (loader.content);
      return NULL;
    }
  return loader.content;
}
