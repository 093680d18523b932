/* slk-dataset-loader-instruments.c: reads the uitvoeringstoetsen and
 * noodremmen arrays into typed records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-enum-types.h"
#include "slk-noodrem-ladder-private.h"
#include "slk-noodrem-private.h"
#include "slk-uitvoeringstoets-private.h"

/* The id of a record, for the subject of its findings; not taken yet, so
 * that a record kept raw keeps it. */
static const char *
peek_id (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "id");

  if (_slk_json_node_is_text (node))
    return json_node_get_string (node);
  return NULL;
}

/* Checks that @node is an object with a known kind (any object when
 * @kind_type is G_TYPE_NONE); otherwise keeps it raw, in its place, and
 * returns NULL. */
JsonObject *
_slk_loader_typed_object (SlkFields     *fields,
                          SlkRecordList *list,
                          guint          index,
                          JsonNode      *node,
                          const char    *what,
                          GType          kind_type,
                          int           *kind)
{
  JsonObject *object;
  const char *text;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GEnumClass) klass = NULL;
      GEnumValue *value;

      object = json_node_get_object (node);
      fields->subject = peek_id (object);
      if (kind_type == G_TYPE_NONE)
        return object;
      klass = g_type_class_ref (kind_type);
      text = _slk_fields_kind_text (fields, object, what);
      value = text != NULL ? g_enum_get_value_by_nick (klass, text) : NULL;
      if (value != NULL)
        {
          *kind = value->value;
          json_object_remove_member (object, "kind");
          return object;
        }
      if (text != NULL)
        _slk_fields_report (fields, SLK_CODE_UNKNOWN_KIND, "kind", _("\"%s\" is not a kind of %s."),
                            text, what);
      if (fields->subject != NULL)
        g_hash_table_add (fields->loader->content->raw_ids, g_strdup (fields->subject));
    }
  else
    _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, "", _("Each %s must be an object, not %s."),
    what,
                        JSON_NODE_HOLDS_ARRAY (node) ? _("an array") : _("a single value"));
  _slk_record_list_add_raw (list, index, node);
  return NULL;
}

/* What is left of the record's object is kept as extras; where each value
 * stands goes into the trace, under the record's core. */
void
_slk_loader_finish_core (SlkFields     *fields,
                         SlkRecordCore *core,
                         JsonObject    *object)
{
  _slk_fields_note_unknown (fields, object, NULL);
  if (json_object_get_size (object) > 0)
    core->extras = json_object_ref (object);
  _slk_trace_take_paths (fields->loader->content->trace, core,
                         g_steal_pointer (&fields->positions));
  g_clear_pointer (&core->nulls, g_hash_table_unref);
  core->nulls = g_steal_pointer (&fields->nulls);
}

void
_slk_loader_read_toets (SlkFields *fields,
                        guint      index,
                        JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkUitvoeringstoets) toets = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) conditions = NULL;
  SlkRecordCore *core;
  JsonObject *object, *part;
  SlkOptionalBoolean followed;
  SlkDay day;
  gint64 cents;
  int kind, value;

  object = _slk_loader_typed_object (fields, &content->uitvoeringstoetsen, index, node,
                                     "uitvoeringstoets", SLK_TYPE_TOETS_KIND, &kind);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "id", &id);
  fields->subject = id;   /* the node's copy went with the member */
  toets = slk_uitvoeringstoets_new (id, kind);
  core = _slk_uitvoeringstoets_get_core (toets);

  if (_slk_fields_take_string (fields, object, "proposal", &text))
    slk_uitvoeringstoets_set_proposal (toets, text);
  if (_slk_fields_take_enum (fields, object, "proposal_type", SLK_TYPE_PROPOSAL_TYPE,
                             SLK_PROPOSAL_TYPE_WET, &value))
    slk_uitvoeringstoets_set_proposal_type (toets, value);
  if (_slk_fields_take_string (fields, object, "requested_by", &text))
    slk_uitvoeringstoets_set_requested_by_id (toets, text);
  if (_slk_fields_take_string (fields, object, "assessor", &text))
    slk_uitvoeringstoets_set_assessor_id (toets, text);
  if (_slk_fields_take_date (fields, object, "date", &day))
    _slk_uitvoeringstoets_set_date_day (toets, day);
  if (_slk_fields_take_enum (fields, object, "verdict", SLK_TYPE_VERDICT, SLK_VERDICT_FEASIBLE,
                             &value))
    slk_uitvoeringstoets_set_verdict (toets, value);
  if (_slk_fields_take_strings (fields, object, "conditions", &conditions))
    slk_uitvoeringstoets_set_conditions (toets, (const char * const *) conditions);
  if (_slk_fields_take_int (fields, object, "implementation_months", &value))
    slk_uitvoeringstoets_set_implementation_months (toets, value);

  if ((part = _slk_fields_open_object (fields, object, "costs")) != NULL)
    {
      if (_slk_fields_take_cents (fields, part, "costs/one_off", &cents))
        slk_uitvoeringstoets_set_cost (toets, SLK_COST_ONE_OFF, cents);
      if (_slk_fields_take_cents (fields, part, "costs/structural", &cents))
        slk_uitvoeringstoets_set_cost (toets, SLK_COST_STRUCTURAL, cents);
      _slk_fields_close_object (fields, object, "costs", &core->nested);
    }
  if ((part = _slk_fields_open_object (fields, object, "aspects")) != NULL)
    {
      g_autoptr(GEnumClass) aspects = g_type_class_ref (SLK_TYPE_ASPECT);

      for (int a = 0; a < SLK_N_ASPECTS; a++)
        {
          g_autofree char *at = g_strconcat ("aspects/", aspects->values[a].value_nick, NULL);

          if (_slk_fields_take_enum (fields, part, at, SLK_TYPE_RATING, SLK_RATING_OK, &value))
            slk_uitvoeringstoets_set_rating (toets, a, value);
        }
      _slk_fields_close_object (fields, object, "aspects", &core->nested);
    }
  if ((part = _slk_fields_open_object (fields, object, "decision")) != NULL)
    {
      if (_slk_fields_take_date (fields, part, "decision/date", &day))
        _slk_uitvoeringstoets_set_decision_day (toets, day);
      if (_slk_fields_take_boolean (fields, part, "decision/followed", &followed))
        slk_uitvoeringstoets_set_decision_followed (toets, followed);
      if (_slk_fields_take_string (fields, part, "decision/motivation", &text))
        slk_uitvoeringstoets_set_decision_motivation (toets, text);
      _slk_fields_close_object (fields, object, "decision", &core->nested);
    }

  _slk_loader_finish_core (fields, core, object);
  g_ptr_array_add (content->uitvoeringstoetsen.typed, g_steal_pointer (&toets));
  json_node_unref (node);
}

static SlkGrounds
take_grounds (SlkFields  *fields,
              JsonObject *object,
              gboolean   *given)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (SLK_TYPE_GROUNDS);
  g_auto(GStrv) names = NULL;
  SlkGrounds grounds = SLK_GROUNDS_NONE;

  *given = _slk_fields_take_strings (fields, object, "grounds", &names);
  if (!*given)
    return SLK_GROUNDS_NONE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      GFlagsValue *value = g_flags_get_value_by_nick (klass, names[i]);

      if (value == NULL || value->value == 0)
        {
          g_autofree char *at = g_strdup_printf ("grounds/%u", i);
          JsonArray *kept = json_array_new ();

          g_autoptr(GPtrArray) allowed = g_ptr_array_new ();

          for (guint f = 0; f < klass->n_values; f++)
            if (klass->values[f].value != 0)
              g_ptr_array_add (allowed, (gpointer) klass->values[f].value_nick);
          _slk_fields_report_invalid_value (fields, at, names[i],
                                            (const char * const *) allowed->pdata, allowed->len);
          /* Kept as the file gave it: the list goes back. */
          for (guint j = 0; names[j] != NULL; j++)
            json_array_add_string_element (kept, names[j]);
          json_object_set_array_member (object, "grounds", kept);
          *given = FALSE;
          return SLK_GROUNDS_NONE;
        }
      grounds |= value->value;
    }
  return grounds;
}

static SlkNoodremEvent *
read_event (SlkFields *fields,
            JsonNode  *node,
            guint      i)
{
  g_autofree char *at = g_strdup_printf ("events/%u", i);
  g_autofree char *type_at = g_strconcat (at, "/type", NULL);
  g_autofree char *date_at = g_strconcat (at, "/date", NULL);
  g_autofree char *note_at = g_strconcat (at, "/note", NULL);
  g_autofree char *note = NULL;
  JsonObject *object;
  JsonNode *type;
  SlkStep step;
  SlkDay day = 0;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, at, _("An event must be an object; it is "
                                                             "kept "
                          "but not used."));
      return _slk_noodrem_event_new_raw (json_node_ref (node));
    }
  object = json_node_get_object (node);
  type = json_object_get_member (object, "type");
  _slk_fields_ask (fields, type_at);
  if (type == NULL || JSON_NODE_HOLDS_NULL (type))
    {
      _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, at,
                          _("The event has no \"type\"; it is kept "
                          "but not used."));
      return _slk_noodrem_event_new_raw (json_node_ref (node));
    }
  if (!_slk_json_node_is_text (type))
    {
      _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, type_at,
                          _("The event \"type\" must be a string; "
                          "the event is kept but not used."));
      return _slk_noodrem_event_new_raw (json_node_ref (node));
    }
  if (!_slk_step_from_string (json_node_get_string (type), &step))
    {
      _slk_fields_report (fields, SLK_CODE_UNKNOWN_KIND, type_at, _("\"%s\" is not a step of the "
                          "escalation ladder; the event is kept but not used."),
                          json_node_get_string (type));
      return _slk_noodrem_event_new_raw (json_node_ref (node));
    }
  json_object_remove_member (object, "type");
  if (!_slk_fields_take_date (fields, object, date_at, &day) &&
      !json_object_has_member (object, "date"))
    _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, at, _("The event has no \"date\"."));
  _slk_fields_take_string (fields, object, note_at, &note);
  _slk_fields_note_unknown (fields, object, at);
  return _slk_noodrem_event_new (step, day, note,
                                 json_object_get_size (object) > 0 ? json_object_ref (object)
                                                                   : NULL);
}

static void
take_events (SlkFields  *fields,
             JsonObject *object,
             SlkNoodrem *noodrem)
{
  JsonNode *node = json_object_get_member (object, "events");
  GPtrArray *events;
  JsonArray *array;

  _slk_fields_ask (fields, "events");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      json_object_remove_member (object, "events");
      return;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, "events", _("\"events\" must be an array, "
                                                                   "not "
                          "%s."), JSON_NODE_HOLDS_OBJECT (node) ? _("an object") : _("a single "
                                                                                     "value"));
      return;
    }
  array = json_node_get_array (node);
  events = g_ptr_array_new_full (MIN (json_array_get_length (array), SLK_MAX_EVENTS),
                                 g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (i == SLK_MAX_EVENTS)
        {
          g_autofree char *at = g_strdup_printf ("events/%u", i);

          _slk_fields_report (fields, SLK_CODE_PARSE_ERROR, at,
                              _("The noodrem has %u events, more than "
                              "the %d this library reads; the rest are kept as written but "
                              "not judged."), json_array_get_length (array), SLK_MAX_EVENTS);
        }
      g_ptr_array_add (events, i < SLK_MAX_EVENTS ? read_event (fields, element, i)
                                                  : _slk_noodrem_event_new_raw (
                                                      json_node_ref (element)));
    }
  _slk_noodrem_take_events (noodrem, events);
  json_object_remove_member (object, "events");
}

void
_slk_loader_read_noodrem (SlkFields *fields,
                          guint      index,
                          JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkNoodrem) noodrem = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;
  SlkGrounds grounds;
  gboolean given;
  SlkDay day;
  int kind;

  object = _slk_loader_typed_object (fields, &content->noodremmen, index, node, "noodrem",
                                     SLK_TYPE_NOODREM_KIND, &kind);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "id", &id);
  fields->subject = id;   /* the node's copy went with the member */
  noodrem = slk_noodrem_new (id, kind);

  if (_slk_fields_take_string (fields, object, "raised_by", &text))
    slk_noodrem_set_raised_by_id (noodrem, text);
  if (_slk_fields_take_string (fields, object, "addressed_to", &text))
    slk_noodrem_set_addressed_to_id (noodrem, text);
  if (_slk_fields_take_string (fields, object, "subject", &text))
    slk_noodrem_set_subject (noodrem, text);
  if (_slk_fields_take_string (fields, object, "uitvoeringstoets", &text))
    slk_noodrem_set_uitvoeringstoets_id (noodrem, text);
  grounds = take_grounds (fields, object, &given);
  if (given)
    slk_noodrem_set_grounds (noodrem, grounds);
  if (_slk_fields_take_date (fields, object, "response_deadline", &day))
    _slk_noodrem_set_deadline_day (noodrem, day);
  take_events (fields, object, noodrem);

  _slk_loader_finish_core (fields, _slk_noodrem_get_core (noodrem), object);
  g_ptr_array_add (content->noodremmen.typed, g_steal_pointer (&noodrem));
  json_node_unref (node);
}
