/* slk-dataset-writer-instruments.c: writes uitvoeringstoetsen and
 * noodremmen, with the members the library does not model kept in place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset-writer-private.h"
#include "slk-enum-types.h"
#include "slk-noodrem-ladder-private.h"
#include "slk-noodrem-private.h"
#include "slk-uitvoeringstoets-private.h"

const char *
_slk_writer_enum_nick (GType type,
                       int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  const char *nick = g_enum_get_value (klass, value)->value_nick;

  g_type_class_unref (klass);   /* a static type: its class and nicks stay */
  return nick;
}

/* An object member: on one line unless it carries extras. */
void
_slk_members_open_object (SlkMembers *outer,
                          SlkMembers *inner,
                          const char *name,
                          JsonObject *extras)
{
  if (name != NULL)
    _slk_members_begin (outer, name);
  g_string_append_c (outer->out, '{');
  /* Members the library does not model go a line each; an object given
   * empty keeps the one-line form. */
  *inner = (SlkMembers) { outer->out, outer->level + 1, TRUE,
                          extras == NULL || json_object_get_size (extras) == 0 };
  inner->nulls = outer->nulls;
  g_snprintf (inner->null_prefix, sizeof inner->null_prefix, "%s%s%s", outer->null_prefix,
              name != NULL ? name : "", name != NULL ? "/" : "");
}

void
_slk_members_close_object (SlkMembers *inner,
                           JsonObject *extras)
{
  if (extras != NULL)
    _slk_members_write_extras (inner, extras);
  _slk_members_write_nulls (inner);
  if (inner->inline_)
    g_string_append (inner->out, inner->first ? "" : " ");
  else if (!inner->first)
    _slk_json_write_indent (inner->out, inner->level - 1);
  g_string_append_c (inner->out, '}');
}

static void
write_cents_member (SlkMembers *members,
                    const char *name,
                    gint64      cents)
{
  _slk_members_begin (members, name);
  _slk_json_write_cents (members->out, cents);
}

static void
write_costs (SlkMembers          *members,
             SlkUitvoeringstoets *toets)
{
  JsonObject *extras = _slk_record_core_nested (_slk_uitvoeringstoets_get_core (toets), "costs");
  gint64 one_off, structural;
  gboolean has_one_off = slk_uitvoeringstoets_get_cost (toets, SLK_COST_ONE_OFF, &one_off);
  gboolean has_structural = slk_uitvoeringstoets_get_cost (toets, SLK_COST_STRUCTURAL,
                                                           &structural);
  SlkMembers inner;

  if (!has_one_off && !has_structural && extras == NULL)
    return;
  _slk_members_open_object (members, &inner, "costs", extras);
  if (has_one_off)
    write_cents_member (&inner, "one_off", one_off);
  if (has_structural)
    write_cents_member (&inner, "structural", structural);
  _slk_members_close_object (&inner, extras);
}

static void
write_aspects (SlkMembers          *members,
               SlkUitvoeringstoets *toets)
{
  JsonObject *extras = _slk_record_core_nested (_slk_uitvoeringstoets_get_core (toets),
                                                "aspects");
  gboolean any = extras != NULL;
  SlkMembers inner;

  for (int a = 0; a < SLK_N_ASPECTS; a++)
    any |= slk_uitvoeringstoets_get_rating (toets, a) != SLK_RATING_UNKNOWN;
  if (!any)
    return;
  _slk_members_open_object (members, &inner, "aspects", extras);
  for (int a = 0; a < SLK_N_ASPECTS; a++)
    {
      SlkRating rating = slk_uitvoeringstoets_get_rating (toets, a);

      if (rating != SLK_RATING_UNKNOWN)
        _slk_members_write_string (&inner, _slk_writer_enum_nick (SLK_TYPE_ASPECT, a),
                                   _slk_writer_enum_nick (SLK_TYPE_RATING, rating));
    }
  _slk_members_close_object (&inner, extras);
}

static void
write_decision (SlkMembers          *members,
                SlkUitvoeringstoets *toets)
{
  JsonObject *extras = _slk_record_core_nested (_slk_uitvoeringstoets_get_core (toets),
                                                "decision");
  SlkDay day = _slk_uitvoeringstoets_get_decision_day (toets);
  SlkOptionalBoolean followed = slk_uitvoeringstoets_get_decision_followed (toets);
  const char *motivation = slk_uitvoeringstoets_get_decision_motivation (toets);
  SlkMembers inner;

  if (day == 0 && followed == SLK_OPTIONAL_BOOLEAN_UNKNOWN && motivation == NULL &&
      extras == NULL)
    return;
  /* A motivation is prose: the decision goes a member a line. */
  _slk_members_open_object (members, &inner, "decision", extras);
  inner.inline_ = FALSE;
  _slk_members_write_date (&inner, "date", day);
  _slk_members_write_flag (&inner, "followed", followed);
  _slk_members_write_string (&inner, "motivation", motivation);
  _slk_members_close_object (&inner, extras);
}

void
_slk_write_uitvoeringstoets (GString             *out,
                             SlkUitvoeringstoets *toets,
                             guint                level)
{
  SlkRecordCore *core = _slk_uitvoeringstoets_get_core (toets);
  SlkMembers members = { out, level + 1, TRUE, FALSE, .nulls = core->nulls };
  SlkProposalType proposal_type = slk_uitvoeringstoets_get_proposal_type (toets);
  SlkVerdict verdict = slk_uitvoeringstoets_get_verdict (toets);
  const char * const *conditions = slk_uitvoeringstoets_get_conditions (toets);
  int months;

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "id", slk_uitvoeringstoets_get_id (toets));
  _slk_members_write_string (&members, "kind", _slk_writer_enum_nick (SLK_TYPE_TOETS_KIND,
                                                          slk_uitvoeringstoets_get_kind (toets)));
  _slk_members_write_string (&members, "proposal", slk_uitvoeringstoets_get_proposal (toets));
  if (proposal_type != SLK_PROPOSAL_TYPE_UNKNOWN)
    _slk_members_write_string (&members, "proposal_type",
                               _slk_writer_enum_nick (SLK_TYPE_PROPOSAL_TYPE, proposal_type));
  _slk_members_write_string (&members, "requested_by",
                             slk_uitvoeringstoets_get_requested_by_id (toets));
  _slk_members_write_string (&members, "assessor", slk_uitvoeringstoets_get_assessor_id (toets));
  _slk_members_write_date (&members, "date", _slk_uitvoeringstoets_get_date_day (toets));
  if (verdict != SLK_VERDICT_UNKNOWN)
    _slk_members_write_string (&members, "verdict",
                               _slk_writer_enum_nick (SLK_TYPE_VERDICT, verdict));
  if (conditions != NULL)
    _slk_members_write_strings (&members, "conditions", conditions);
  if (slk_uitvoeringstoets_get_implementation_months (toets, &months))
    {
      _slk_members_begin (&members, "implementation_months");
      g_string_append_printf (out, "%d", months);
    }
  write_costs (&members, toets);
  write_aspects (&members, toets);
  write_decision (&members, toets);
  if (core->extras != NULL)
    _slk_members_write_extras (&members, core->extras);
  _slk_members_write_nulls (&members);
  _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}

static void
write_grounds (SlkMembers *members,
               SlkGrounds  grounds)
{
  static const SlkGrounds all[] = {
    SLK_GROUNDS_INFEASIBLE, SLK_GROUNDS_UNLAWFUL, SLK_GROUNDS_HARMS_VULNERABLE
  };
  static const char * const names[] = { "infeasible", "unlawful", "harms-vulnerable" };
  gboolean first = TRUE;

  _slk_members_begin (members, "grounds");
  g_string_append_c (members->out, '[');
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      if (!(grounds & all[i]))
        continue;
      g_string_append (members->out, first ? "" : ", ");
      first = FALSE;
      _slk_json_write_string (members->out, names[i]);
    }
  g_string_append_c (members->out, ']');
}

static void
write_event (GString         *out,
             SlkNoodremEvent *event,
             guint            level)
{
  JsonNode *raw = _slk_noodrem_event_get_raw (event);
  JsonObject *extras = _slk_noodrem_event_get_extras (event);
  SlkMembers outer = { out, level, TRUE, FALSE };
  SlkMembers members;

  if (raw != NULL)
    {
      _slk_json_write_node (out, raw, level);
      return;
    }
  _slk_members_open_object (&outer, &members, NULL, extras);
  _slk_members_write_string (&members, "type",
                             _slk_step_to_string (slk_noodrem_event_get_step (event)));
  _slk_members_write_date (&members, "date", _slk_noodrem_event_get_day (event));
  _slk_members_write_string (&members, "note", slk_noodrem_event_get_note (event));
  _slk_members_close_object (&members, extras);
}

static void
write_events (SlkMembers *members,
              GPtrArray  *events)
{
  GString *out = members->out;

  _slk_members_begin (members, "events");
  g_string_append_c (out, '[');
  for (guint i = 0; i < events->len; i++)
    {
      g_string_append (out, i > 0 ? "," : "");
      _slk_json_write_indent (out, members->level + 1);
      write_event (out, g_ptr_array_index (events, i), members->level + 1);
    }
  if (events->len > 0)
    _slk_json_write_indent (out, members->level);
  g_string_append_c (out, ']');
}

void
_slk_write_noodrem (GString    *out,
                    SlkNoodrem *noodrem,
                    guint       level)
{
  SlkRecordCore *core = _slk_noodrem_get_core (noodrem);
  SlkMembers members = { out, level + 1, TRUE, FALSE, .nulls = core->nulls };
  GPtrArray *events = _slk_noodrem_get_events (noodrem);

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "id", slk_noodrem_get_id (noodrem));
  _slk_members_write_string (&members, "kind", _slk_writer_enum_nick (SLK_TYPE_NOODREM_KIND,
                                                          slk_noodrem_get_kind (noodrem)));
  _slk_members_write_string (&members, "raised_by", slk_noodrem_get_raised_by_id (noodrem));
  _slk_members_write_string (&members, "addressed_to",
                             slk_noodrem_get_addressed_to_id (noodrem));
  _slk_members_write_string (&members, "subject", slk_noodrem_get_subject (noodrem));
  _slk_members_write_string (&members, "uitvoeringstoets",
                             slk_noodrem_get_uitvoeringstoets_id (noodrem));
  if (slk_noodrem_get_grounds (noodrem) != SLK_GROUNDS_NONE)
    write_grounds (&members, slk_noodrem_get_grounds (noodrem));
  _slk_members_write_date (&members, "response_deadline", _slk_noodrem_get_deadline_day (noodrem));
  if (events->len > 0 || !_slk_record_core_was_given (core, "events"))
    write_events (&members, events);
  if (core->extras != NULL)
    _slk_members_write_extras (&members, core->extras);
  _slk_members_write_nulls (&members);
  _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}
