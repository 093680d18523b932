/* slk-dataset-loader-budget.c: reads the taakstellingen, rule_changes and
 * rule_targets arrays into typed records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-enum-types.h"
#include "slk-rule-private.h"
#include "slk-taakstelling-private.h"

/* "member/key", the key escaped as the reader names the positions it
 * notes. */
static char *
pointer_below (const char *member,
               const char *key)
{
  GString *out = g_string_new (member);

  _slk_json_pointer_append_key (out, key, strlen (key));
  return g_string_free (out, FALSE);
}

/* A `{ "2025": value, ... }` member: each year's value goes into @taak;
 * what cannot be used stays, inside the object, as written. */
static void
take_years (SlkFields       *fields,
            JsonObject      *object,
            SlkTaakstelling *taak,
            SlkTaakFigure    figure)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SLK_TYPE_TAAK_FIGURE);
  const char *member = g_enum_get_value (klass, figure)->value_nick;
  JsonObject *years = _slk_fields_open_object (fields, object, member);
  g_autoptr(GList) keys = NULL;

  if (years == NULL)
    return;
  keys = json_object_get_members (years);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      g_autofree char *at = pointer_below (member, l->data);
      guint year;
      gint64 cents;
      double fte;

      if (!_slk_fields_year_key (fields, at, l->data, &year))
        continue;
      if (figure <= SLK_TAAK_FIGURE_REALIZED)
        {
          if (_slk_fields_take_cents (fields, years, at, &cents))
            slk_taakstelling_set_amount (taak, figure, year, cents);
        }
      else if (_slk_fields_take_double (fields, years, at, &fte))
        slk_taakstelling_set_fte (taak, figure, year, fte);
    }
  _slk_fields_close_object (fields, object, member, &_slk_taakstelling_get_core (taak)->nested);
}

static void
take_base (SlkFields       *fields,
           JsonObject      *object,
           SlkTaakstelling *taak)
{
  JsonObject *base = _slk_fields_open_object (fields, object, "base");
  gint64 cents;
  int year;

  if (base == NULL)
    return;
  if (!json_object_has_member (base, "year") || !json_object_has_member (base, "amount"))
    {
      _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, "base",
                          _("A \"base\" needs both a \"year\" "
                          "and an \"amount\"; it is kept but not used."));
      return;
    }
  if (_slk_fields_take_int (fields, base, "base/year", &year))
    {
      if (year < 1000 || year > 9999)
        {
          _slk_fields_report (fields, SLK_CODE_INVALID_YEAR, "base/year",
                              _("The base year %d is not a "
                              "four-digit year; the base is kept but not used."), year);
          json_object_set_int_member (base, "year", year);
          return;
        }
      if (_slk_fields_take_cents (fields, base, "base/amount", &cents))
        slk_taakstelling_set_base (taak, (guint) year, cents);
      else
        json_object_set_int_member (base, "year", year);
    }
  _slk_fields_close_object (fields, object, "base", &_slk_taakstelling_get_core (taak)->nested);
}

/* A copy of an object whose members can be taken without touching the
 * original (json_node_copy() shares the object). */
static JsonNode *
copy_members (JsonNode *node)
{
  g_autoptr(JsonObject) copy = NULL;
  g_autoptr(GList) names = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return json_node_copy (node);
  copy = json_object_new ();
  names = json_object_get_members (json_node_get_object (node));
  for (GList *l = names; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            json_node_copy (json_object_get_member (json_node_get_object (node),
                                                                    l->data)));
  return json_node_init_object (json_node_alloc (), copy);
}

static gboolean
has_null (JsonObject *object)
{
  g_autoptr(GList) values = json_object_get_values (object);

  for (GList *l = values; l != NULL; l = l->next)
    if (JSON_NODE_HOLDS_NULL ((JsonNode *) l->data))
      return TRUE;
  return FALSE;
}

/* One measure, from a copy of its object: NULL (with findings) when a
 * member cannot be used or one is not known, so that the list is then kept
 * as written. */
static SlkMeasure *
take_measure (SlkFields  *fields,
              JsonNode   *node,
              guint       i)
{
  g_autoptr(JsonNode) copy = copy_members (node);
  g_autofree char *at = g_strdup_printf ("measures/%u", i);
  g_autofree char *year_at = g_strconcat (at, "/year", NULL);
  g_autofree char *amount_at = g_strconcat (at, "/amount", NULL);
  g_autofree char *kind_at = g_strconcat (at, "/kind", NULL);
  g_autofree char *note_at = g_strconcat (at, "/note", NULL);
  g_autofree char *note = NULL;
  JsonObject *object;
  gint64 cents;
  int year, kind;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (copy))
    {
      _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, at, _("A measure must be an object "
                          "{ \"year\", \"amount\", \"kind\", \"note\" }."));
      return NULL;
    }
  object = json_node_get_object (copy);
  ok = _slk_fields_take_int (fields, object, year_at, &year);
  if (ok && (year < 1000 || year > 9999))
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_YEAR, year_at, _("The measure's year %d is not "
                          "a four-digit year."), year);
      ok = FALSE;
    }
  else if (!ok && !json_object_has_member (object, "year"))
    _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, at, _("The measure has no \"year\"."));
  if (!_slk_fields_take_cents (fields, object, amount_at, &cents))
    {
      if (!json_object_has_member (object, "amount"))
        _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, at, _("The measure has no "
                            "\"amount\"."));
      ok = FALSE;
    }
  if (!_slk_fields_take_enum (fields, object, kind_at, SLK_TYPE_MEASURE_KIND,
                              SLK_MEASURE_KIND_FTE, &kind))
    kind = SLK_MEASURE_KIND_OTHER;
  ok &= !json_object_has_member (object, "kind");
  _slk_fields_take_string (fields, object, note_at, &note);
  ok &= !json_object_has_member (object, "note");
  _slk_fields_note_unknown (fields, object, at);
  /* A member given as null would not come back from the typed measure:
   * such a list is kept as written. */
  if (!ok || json_object_get_size (object) > 0 || has_null (json_node_get_object (node)))
    return NULL;
  return slk_measure_new ((guint) year, cents, kind, note);
}

/* `measures`: typed when every measure can be; otherwise kept as written,
 * each problem reported. */
static void
take_measures (SlkFields       *fields,
               JsonObject      *object,
               SlkTaakstelling *taak)
{
  JsonNode *node = json_object_get_member (object, "measures");
  g_autoptr(GPtrArray) measures = NULL;
  JsonArray *array;

  _slk_fields_ask (fields, "measures");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;   /* null stays in the object: written back as given */
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _slk_fields_report (fields, SLK_CODE_WRONG_TYPE, "measures", _("\"measures\" must be an "
                          "array of measures."));
      return;
    }
  array = json_node_get_array (node);
  measures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      SlkMeasure *measure = take_measure (fields, json_array_get_element (array, i), i);

      if (measure != NULL)
        g_ptr_array_add (measures, measure);
    }
  if (measures->len < json_array_get_length (array))
    return;
  for (guint i = 0; i < measures->len; i++)
    slk_taakstelling_add_measure (taak, g_ptr_array_index (measures, i));
  json_object_remove_member (object, "measures");
}

void
_slk_loader_read_taakstelling (SlkFields *fields,
                               guint      index,
                               JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkTaakstelling) taak = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  SlkOptionalBoolean flag;
  JsonObject *object;
  double rate;
  int kind;

  object = _slk_loader_typed_object (fields, &content->taakstellingen, index, node,
                                     "taakstelling", SLK_TYPE_TAAKSTELLING_KIND, &kind);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "id", &id);
  fields->subject = id;
  taak = slk_taakstelling_new (id, kind, NULL);

  if (_slk_fields_take_string (fields, object, "name", &text))
    slk_taakstelling_set_name (taak, text);
  if (_slk_fields_take_string (fields, object, "scope", &text))
    slk_taakstelling_set_scope_id (taak, text);
  if (_slk_fields_take_string (fields, object, "parent", &text))
    slk_taakstelling_set_parent_id (taak, text);
  if (_slk_fields_take_double (fields, object, "rate", &rate))
    slk_taakstelling_set_rate (taak, rate);
  take_base (fields, object, taak);
  if (_slk_fields_take_boolean (fields, object, "dubbele_slot", &flag))
    slk_taakstelling_set_dubbele_slot (taak, flag == SLK_OPTIONAL_BOOLEAN_TRUE);
  for (int figure = 0; figure < SLK_N_TAAK_FIGURES; figure++)
    take_years (fields, object, taak, figure);
  take_measures (fields, object, taak);

  _slk_loader_finish_core (fields, _slk_taakstelling_get_core (taak), object);
  g_ptr_array_add (content->taakstellingen.typed, g_steal_pointer (&taak));
  json_node_unref (node);
}

/* A required enum member the model cannot hold as absent: missing is
 * reported here. */
static gboolean
take_required_enum (SlkFields  *fields,
                    JsonObject *object,
                    const char *name,
                    GType       type,
                    int        *value)
{
  if (!json_object_has_member (object, name))
    {
      _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, "", _("The record has no \"%s\"."),
      name);
      return FALSE;
    }
  return _slk_fields_take_enum (fields, object, name, type, 0, value);
}

void
_slk_loader_read_rule_change (SlkFields *fields,
                              guint      index,
                              JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkRuleChange) change = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  JsonObject *object;
  SlkDay day;
  int value;

  object = _slk_loader_typed_object (fields, &content->rule_changes, index, node,
                                     _("rule change"), G_TYPE_NONE, NULL);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "id", &id);
  fields->subject = id;
  change = slk_rule_change_new (id, NULL, SLK_RULE_CHANGE_KIND_SCRAPPED, SLK_AUDIENCE_CITIZENS);
  _slk_rule_change_clear_given (change);

  if (_slk_fields_take_string (fields, object, "ministry", &text))
    slk_rule_change_set_ministry_id (change, text);
  if (_slk_fields_take_date (fields, object, "date", &day))
    _slk_rule_change_set_day (change, day);
  if (take_required_enum (fields, object, "change", SLK_TYPE_RULE_CHANGE_KIND, &value))
    slk_rule_change_set_change (change, value);
  if (take_required_enum (fields, object, "audience", SLK_TYPE_AUDIENCE, &value))
    slk_rule_change_set_audience (change, value);
  if (_slk_fields_take_string (fields, object, "title", &text))
    slk_rule_change_set_title (change, text);

  _slk_loader_finish_core (fields, _slk_rule_change_get_core (change), object);
  g_ptr_array_add (content->rule_changes.typed, g_steal_pointer (&change));
  json_node_unref (node);
}

void
_slk_loader_read_rule_target (SlkFields *fields,
                              guint      index,
                              JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkRuleTarget) target = NULL;
  g_autofree char *ministry = NULL;
  JsonObject *object;
  guint present = 0;
  int year = 0, count = 0;

  object = _slk_loader_typed_object (fields, &content->rule_targets, index, node,
                                     _("rule target"), G_TYPE_NONE, NULL);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "ministry", &ministry);
  fields->subject = ministry;
  if (!json_object_has_member (object, "year"))
    _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, "", _("The rule target has no \"year\"."));
  else if (_slk_fields_take_int (fields, object, "year", &year))
    {
      if (year >= 1000 && year <= 9999)
        present |= SLK_RULE_TARGET_HAS_YEAR;
      else
        {
          _slk_fields_report (fields, SLK_CODE_INVALID_YEAR, "year", _("%d is not a four-digit "
                                                                       "year; "
                              "it is kept but not used."), year);
          json_object_set_int_member (object, "year", year);
        }
    }
  if (!json_object_has_member (object, "count"))
    _slk_fields_report (fields, SLK_CODE_MISSING_MEMBER, "",
    _("The rule target has no \"count\"."));
  else if (_slk_fields_take_int (fields, object, "count", &count))
    {
      if (count >= 0)
        present |= SLK_RULE_TARGET_HAS_COUNT;
      else
        {
          _slk_fields_report (fields, SLK_CODE_NEGATIVE_VALUE, "count", _("The rule target is "
                              "negative (%d); it is kept but not used."), count);
          json_object_set_int_member (object, "count", count);
        }
    }
  target = g_object_new (SLK_TYPE_RULE_TARGET, NULL);
  _slk_rule_target_set (target, ministry, present & SLK_RULE_TARGET_HAS_YEAR ? year : 0,
                        present & SLK_RULE_TARGET_HAS_COUNT ? count : 0, present);

  _slk_loader_finish_core (fields, _slk_rule_target_get_core (target), object);
  g_ptr_array_add (content->rule_targets.typed, g_steal_pointer (&target));
  json_node_unref (node);
}
