/* slk-dataset-loader-organization.c: reads the organizations array, one
 * record into a draft and the draft into a typed organization
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-agency.h"
#include "slk-codes-private.h"
#include "slk-names-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-decentral-body.h"
#include "slk-inspection.h"
#include "slk-ministry.h"
#include "slk-zbo-private.h"
#include <string.h>

static void
org_draft_clear (SlkOrgDraft *draft)
{
  g_free (draft->id);
  g_free (draft->name);
  g_free (draft->abbreviation);
  g_free (draft->parent);
  g_strfreev (draft->members);
  g_clear_pointer (&draft->figure_extras, json_object_unref);
  g_clear_pointer (&draft->extras, json_object_unref);
}

static int
lookup_org_member (const SlkJsonString *key)
{
  return _slk_loader_lookup_name (key, _slk_org_member_names, SLK_ORG_MEMBER_ID,
                                  SLK_N_ORG_MEMBERS);
}

static gboolean
read_string_member (SlkLoader   *loader,
                    SlkOrgDraft *draft,
                    char       **field,
                    const char  *name,
                    SlkPosition  key_position)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  SlkJsonString string;
  const char *value_start;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL && field != &draft->id && field != &draft->name)
    return _slk_json_reader_read_null (reader);
  value_start = reader->pos;
  if (type != SLK_JSON_STRING)
    {
      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, draft->id,
                               _("\"%s\" must be a string, not %s."), name,
                               _slk_loader_json_type_name (type));
      return _slk_loader_keep_member (loader, &draft->extras, name, key_position, draft->id);
    }
  if (!_slk_json_reader_read_string (reader, &string))
    return FALSE;
  if (string.has_nul)
    {
      /* \u0000 parses, but no text can hold it: kept as written, unused. */
      _slk_loader_add_finding (loader, SLK_CODE_INVALID_TEXT, key_position, draft->id,
                               _("\"%s\" holds U+0000 (the escape \\u0000), which no text may "
                               "hold; it is kept as written but not used."), name);
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      json_object_set_member (draft->extras, name,
                              _slk_loader_node_from_range (value_start, reader->pos));
      return TRUE;
    }
  *field = _slk_json_string_dup (&string);
  return TRUE;
}

static gboolean
read_kind (SlkLoader   *loader,
           SlkOrgDraft *draft,
           SlkPosition  key_position)
{
  g_autofree char *text = NULL;

  if (!read_string_member (loader, draft, &text, "kind", key_position))
    return FALSE;
  draft->kind_present = TRUE;
  if (text == NULL)
    return TRUE; /* wrong type, reported */
  for (guint k = 0; k < SLK_N_ORGANIZATION_KINDS; k++)
    if (g_str_equal (text, _slk_organization_kind_names[k].name))
      {
        draft->kind = k;
        return TRUE;
      }
  _slk_loader_add_finding (loader, SLK_CODE_UNKNOWN_KIND, key_position, draft->id,
                           _("\"%s\" is not a kind of organization: use ministry, zbo, inspection, "
                           "agency or decentral."), text);
  return TRUE;
}

static gboolean
read_optional_boolean (SlkLoader          *loader,
                       SlkOrgDraft        *draft,
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
      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, draft->id,
                               _("\"%s\" must be true or false, not %s."), name,
                               _slk_loader_json_type_name (type));
      return _slk_loader_keep_member (loader, &draft->extras, name, key_position, draft->id);
    }
  if (!_slk_json_reader_read_boolean (reader, &value))
    return FALSE;
  *field = value ? SLK_OPTIONAL_BOOLEAN_TRUE : SLK_OPTIONAL_BOOLEAN_FALSE;
  return TRUE;
}

gboolean
_slk_loader_read_date_member (SlkLoader   *loader,
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
      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, subject,
                               _("\"%s\" must be a date string YYYY-MM-DD, not %s."), name,
                               _slk_loader_json_type_name (type));
      return _slk_loader_keep_member (loader, extras, name, key_position, subject);
    }
  value_start = reader->pos;
  if (!_slk_json_reader_read_string (reader, &string))
    return FALSE;
  if (!_slk_day_parse (string.text, string.length, field))
    {
      g_autofree char *text = _slk_json_string_dup (&string);

      _slk_loader_add_finding (loader, SLK_CODE_INVALID_DATE, key_position, subject,
                               _("\"%s\" is \"%s\", which is not a date YYYY-MM-DD of "
                                 "the calendar."),
                               name, text);
      if (*extras == NULL)
        *extras = json_object_new ();
      json_object_set_member (*extras, name, _slk_loader_node_from_range (value_start,
                                                                          reader->pos));
    }
  return TRUE;
}

static gboolean
read_legal_form (SlkLoader   *loader,
                 SlkOrgDraft *draft,
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
      static const char * const forms[] = { "public", "private" };
      g_autofree char *message = _slk_say_invalid_value ("legal_form", text, forms,
                                                         G_N_ELEMENTS (forms));

      _slk_loader_add_finding (loader, SLK_CODE_INVALID_VALUE, key_position, draft->id, "%s",
                               message);
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      json_object_set_member (draft->extras, "legal_form",
                              _slk_loader_node_from_range (value_start, reader->pos));
    }
  return TRUE;
}

/* A list of ids: an array of strings, or, in any other form, a wrong type
 * kept as written. */
static gboolean
read_members (SlkLoader   *loader,
              SlkOrgDraft *draft,
              SlkPosition  key_position)
{
  SlkJsonReader *reader = &loader->reader;
  const char *value_start = reader->pos;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  gboolean reported = FALSE;   /* a text with U+0000 has had its finding */
  JsonArray *array;

  if (!_slk_json_reader_read_node (reader, &node))
    return FALSE;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      reported |= _slk_json_node_is_kept_text (element);
      if (!_slk_json_node_is_text (element))
        array = NULL;
      else
        g_ptr_array_add (ids, (gpointer) json_node_get_string (element));
    }
  if (array == NULL)
    {
      if (!reported)
        _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, draft->id,
                                 _("\"members\" must be an array of ids (strings); it is kept "
                                 "as written but not used."));
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      json_object_set_member (draft->extras, "members",
                              _slk_loader_node_from_range (value_start, reader->pos));
      return TRUE;
    }
  g_ptr_array_add (ids, NULL);
  draft->members = g_strdupv ((char **) ids->pdata);
  return TRUE;
}

static gboolean
read_org_member (SlkLoader    *loader,
                 SlkOrgDraft  *draft,
                 SlkOrgMember  member,
                 SlkPosition   key_position)
{
  SlkJsonReader *reader = &loader->reader;
  const char *name = _slk_org_member_names[member].name;
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
      return _slk_loader_read_date_member (loader, &draft->last_evaluation, &draft->extras, name,
                                           key_position, draft->id);
    case SLK_ORG_MEMBER_ESTABLISHED:
      return _slk_loader_read_date_member (loader, &draft->established, &draft->extras, name,
                                           key_position, draft->id);
    case SLK_ORG_MEMBER_ENDED:
      return _slk_loader_read_date_member (loader, &draft->ended, &draft->extras, name,
                                           key_position, draft->id);
    case SLK_ORG_MEMBER_MEMBERS:
      return read_members (loader, draft, key_position);
    case SLK_ORG_MEMBER_SOURCES:
    case SLK_ORG_MEMBER_FIGURE_SOURCES:
    case SLK_ORG_MEMBER_REPORTED:
      /* Held as written; the validator judges their contents. */
      if (!_slk_json_reader_peek (reader, &type, NULL))
        return FALSE;
      if (type == SLK_JSON_NULL)
        return _slk_json_reader_read_null (reader);
      return _slk_loader_keep_member (loader, &draft->extras, name, key_position, draft->id);
    case SLK_ORG_MEMBER_FIGURES:
      if (!_slk_json_reader_peek (reader, &type, NULL))
        return FALSE;
      if (type == SLK_JSON_OBJECT)
        return _slk_loader_read_figures (loader, draft);
      if (type == SLK_JSON_NULL)
        return _slk_json_reader_read_null (reader);
      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, draft->id,
                               _("\"figures\" must be an object keyed by year, not %s."),
                               _slk_loader_json_type_name (type));
      return _slk_loader_keep_member (loader, &draft->extras, name, key_position, draft->id);
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
    case SLK_ORG_MEMBER_MEMBERS:
      return kind == SLK_ORGANIZATION_KIND_ZBO;
    case SLK_ORG_MEMBER_INSPECTIERAAD:
      return kind == SLK_ORGANIZATION_KIND_ZBO || kind == SLK_ORGANIZATION_KIND_INSPECTION;
    case SLK_ORG_MEMBER_REPORTED:
      return kind == SLK_ORGANIZATION_KIND_MINISTRY;
    case SLK_ORG_MEMBER_OBJECT:
    case SLK_ORG_MEMBER_ID:
    case SLK_ORG_MEMBER_KIND:
    case SLK_ORG_MEMBER_NAME:
    case SLK_ORG_MEMBER_ABBREVIATION:
    case SLK_ORG_MEMBER_PARENT:
    case SLK_ORG_MEMBER_ESTABLISHED:
    case SLK_ORG_MEMBER_ENDED:
    case SLK_ORG_MEMBER_FIGURES:
    case SLK_ORG_MEMBER_SOURCES:
    case SLK_ORG_MEMBER_FIGURE_SOURCES:
    case SLK_N_ORG_MEMBERS:
    default:
      return TRUE;
    }
}

static SlkOrganization *
build_organization (SlkLoader   *loader,
                    SlkOrgDraft *draft)
{
  static const char * const kind_names[] = {
    N_("a ministry"), N_("a ZBO"), N_("an inspection"), N_("an agency"), N_("a decentral body")
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
  _slk_organization_take_identity (org, g_steal_pointer (&draft->id),
                                   g_steal_pointer (&draft->name),
                                   g_steal_pointer (&draft->abbreviation),
                                   g_steal_pointer (&draft->parent));

  for (int m = SLK_ORG_MEMBER_LEGAL_FORM; m < SLK_N_ORG_MEMBERS; m++)
    {
      gsize mark;

      if (!(draft->seen & (1u << m)) || member_allowed (draft->kind, m))
        continue;
      mark = _slk_json_reader_push_key (&loader->reader, _slk_org_member_names[m].name,
                                        _slk_org_member_names[m].length);
      _slk_loader_add_finding (loader, SLK_CODE_FORBIDDEN_MEMBER, draft->positions[m],
                               slk_organization_get_id (org),
                               _("\"%s\" does not apply to %s; it is kept but not used."),
                               _slk_org_member_names[m].name, _(kind_names[draft->kind]));
      _slk_json_reader_pop (&loader->reader, mark);
      if (draft->extras == NULL)
        draft->extras = json_object_new ();
      if (!json_object_has_member (draft->extras, _slk_org_member_names[m].name))
        json_object_set_member (draft->extras, _slk_org_member_names[m].name,
                                _slk_loader_node_from_range (draft->value_start[m],
                                                             draft->value_end[m]));
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
      slk_zbo_set_members (zbo, (const char * const *) draft->members);
    }
  else if (SLK_IS_INSPECTION (org))
    slk_inspection_set_inspectieraad (SLK_INSPECTION (org), draft->inspectieraad);

  _slk_organization_set_figure_years (org, draft->figure_years);
  _slk_organization_take_figure_extras (org, g_steal_pointer (&draft->figure_extras));
  _slk_organization_take_extras (org, g_steal_pointer (&draft->extras));
  _slk_organization_set_nulls (org, draft->nulls);
  _slk_organization_set_established_day (org, draft->established);
  _slk_organization_set_ended_day (org, draft->ended);
  _slk_trace_set_record (loader->content->trace, org, draft->positions, SLK_N_ORG_MEMBERS,
                         draft->year_traces);
  return org;
}

static void
keep_raw_organization (SlkLoader  *loader,
                       guint       index,
                       const char *start,
                       const char *end,
                       const char *id)
{
  SlkRawRecord raw = { index, _slk_loader_node_from_range (start, end) };

  g_array_append_val (loader->content->organizations.raw, raw);
  if (id != NULL)
    g_hash_table_add (loader->content->raw_ids, g_strdup (id));
}

static gboolean
read_organization (SlkLoader *loader,
                   guint   index)
{
  SlkJsonReader *reader = &loader->reader;
  SlkOrgDraft draft = { .kind = -1 };
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

      _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, draft.positions[SLK_ORG_MEMBER_OBJECT],
                               NULL,
                               _("An organization must be an object, not %s."),
                               _slk_loader_json_type_name (type));
      if (!_slk_json_reader_read_node (reader, &node))
        return FALSE;
      g_array_append_val (loader->content->organizations.raw,
                          ((SlkRawRecord) { index, node }));
      return TRUE;
    }
  if (loader->figure_years == NULL)
    {
      loader->figure_years = _slk_year_table_new (sizeof (SlkFigureYear));
      loader->year_traces = _slk_year_table_new (sizeof (SlkYearTrace));
    }
  loader->figure_years->len = loader->year_traces->len = 0;
  draft.figure_years = loader->figure_years;
  draft.year_traces = loader->year_traces;

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
          const char *known[SLK_N_ORG_MEMBERS];

          for (int m = 0; m < SLK_N_ORG_MEMBERS; m++)
            known[m] = _slk_org_member_names[m].name;
          _slk_loader_note_unknown (loader, name, key_position, draft.id, known,
                                    SLK_N_ORG_MEMBERS);
          if (!_slk_loader_keep_member (loader, &draft.extras, name, key_position, draft.id))
            goto out;
        }
      else if (draft.seen & (1u << member))
        {
          JsonNode *dropped;

          _slk_loader_add_finding (loader, SLK_CODE_DUPLICATE_MEMBER, key_position, draft.id,
                                   _("The member \"%s\" appears twice in one organization; the "
                                   "first is kept."),
                                   _slk_org_member_names[member].name);
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
          /* null is absent, and written back; an id, name or kind given as
           * null is an unusable value, kept as written instead. */
          if (type == SLK_JSON_NULL && member != SLK_ORG_MEMBER_ID &&
              member != SLK_ORG_MEMBER_NAME && member != SLK_ORG_MEMBER_KIND)
            draft.nulls |= 1u << member;
          draft.value_end[member] = reader->pos;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (draft.kind < 0)
    {
      if (!draft.kind_present)
        _slk_loader_add_finding (loader, SLK_CODE_MISSING_MEMBER,
                                 draft.positions[SLK_ORG_MEMBER_OBJECT],
                                 draft.id,
                                 _("The organization has no \"kind\"; it is kept but not used."));
      keep_raw_organization (loader, index, start, reader->pos, draft.id);
    }
  else
    g_ptr_array_add (loader->content->organizations.typed, build_organization (loader, &draft));
  ok = TRUE;

out:
  org_draft_clear (&draft);
  return ok;
}

gboolean
_slk_loader_read_organizations (SlkLoader *loader)
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
      if (index >= SLK_MAX_RECORDS)
        return _slk_json_reader_fail (reader, reader->pos, _("the array holds more than %d "
                                      "records, the limit"), SLK_MAX_RECORDS);
      mark = _slk_json_reader_push_index (reader, index);
      if (!read_organization (loader, index))
        return FALSE;
      _slk_json_reader_pop (reader, mark);
    }
  return TRUE;
}
