/* slk-dataset-writer-budget.c: writes taakstellingen, rule changes and
 * rule targets
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset-writer-private.h"
#include "slk-enum-types.h"
#include "slk-rule-private.h"
#include "slk-taakstelling-private.h"

/* `"targets": { "2025": 1000, "2026": 2000 }`, on one line unless the
 * file gave members that are kept. */
static void
write_years (SlkMembers      *members,
             SlkTaakstelling *taak,
             SlkTaakFigure    figure)
{
  const char *member = _slk_writer_enum_nick (SLK_TYPE_TAAK_FIGURE, figure);
  JsonObject *extras = _slk_record_core_nested (_slk_taakstelling_get_core (taak), member);
  gboolean any = extras != NULL;
  SlkMembers inner;

  for (guint i = 0; i < taak->years->len; i++)
    any |= (SLK_YEAR_TABLE_AT (taak->years, SlkTaakYear, i)->present & (1u << figure)) != 0;
  if (!any)
    return;
  _slk_members_open_object (members, &inner, member, extras);
  for (guint i = 0; i < taak->years->len; i++)
    {
      const SlkTaakYear *entry = SLK_YEAR_TABLE_AT (taak->years, SlkTaakYear, i);
      char key[8];

      if (!(entry->present & (1u << figure)))
        continue;
      g_snprintf (key, sizeof key, "%u", entry->year);
      _slk_members_begin (&inner, key);
      if (figure <= SLK_TAAK_FIGURE_REALIZED)
        _slk_json_write_cents (members->out, entry->cents[figure]);
      else
        _slk_json_write_double (members->out, entry->fte[figure - SLK_TAAK_FIGURE_FTE_TARGETS]);
    }
  _slk_members_close_object (&inner, extras);
}

static void
write_base (SlkMembers      *members,
            SlkTaakstelling *taak)
{
  JsonObject *extras = _slk_record_core_nested (_slk_taakstelling_get_core (taak), "base");
  SlkMembers inner;
  gint64 cents;
  guint year;

  if (!slk_taakstelling_get_base (taak, &year, &cents) && extras == NULL)
    return;
  _slk_members_open_object (members, &inner, "base", extras);
  if (slk_taakstelling_get_base (taak, &year, &cents))
    {
      _slk_members_begin (&inner, "year");
      g_string_append_printf (members->out, "%u", year);
      _slk_members_begin (&inner, "amount");
      _slk_json_write_cents (members->out, cents);
    }
  _slk_members_close_object (&inner, extras);
}

/* `measures`, a measure a line. */
static void
write_measures (SlkMembers      *members,
                SlkTaakstelling *taak)
{
  g_autoptr(GListModel) measures = slk_taakstelling_list_measures (taak);
  guint n = g_list_model_get_n_items (measures);
  GString *out = members->out;

  if (n == 0)
    return;
  _slk_members_begin (members, "measures");
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SlkMeasure) measure = g_list_model_get_item (measures, i);

      g_string_append (out, i > 0 ? "," : "");
      _slk_json_write_indent (out, members->level + 1);
      g_string_append_printf (out, "{ \"year\": %u, \"amount\": ", slk_measure_get_year (measure));
      _slk_json_write_cents (out, slk_measure_get_amount (measure));
      g_string_append (out, ", \"kind\": ");
      _slk_json_write_string (out, _slk_writer_enum_nick (SLK_TYPE_MEASURE_KIND,
                                                          slk_measure_get_kind (measure)));
      if (slk_measure_get_note (measure) != NULL)
        {
          g_string_append (out, ", \"note\": ");
          _slk_json_write_string (out, slk_measure_get_note (measure));
        }
      g_string_append (out, " }");
    }
  _slk_json_write_indent (out, members->level);
  g_string_append_c (out, ']');
}

void
_slk_write_taakstelling (GString         *out,
                         SlkTaakstelling *taak,
                         guint            level)
{
  SlkRecordCore *core = _slk_taakstelling_get_core (taak);
  SlkMembers members = { out, level + 1, TRUE, FALSE, .nulls = core->nulls };
  double rate;

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "id", slk_taakstelling_get_id (taak));
  _slk_members_write_string (&members, "kind",
                             _slk_writer_enum_nick (SLK_TYPE_TAAKSTELLING_KIND,
                                                    slk_taakstelling_get_kind (taak)));
  _slk_members_write_string (&members, "name", slk_taakstelling_get_name (taak));
  _slk_members_write_string (&members, "scope", slk_taakstelling_get_scope_id (taak));
  _slk_members_write_string (&members, "parent", slk_taakstelling_get_parent_id (taak));
  if (slk_taakstelling_get_rate (taak, &rate))
    {
      _slk_members_begin (&members, "rate");
      _slk_json_write_double (out, rate);
    }
  write_base (&members, taak);
  if (slk_taakstelling_get_dubbele_slot (taak))
    _slk_members_write_flag (&members, "dubbele_slot", SLK_OPTIONAL_BOOLEAN_TRUE);
  for (int figure = 0; figure < SLK_N_TAAK_FIGURES; figure++)
    write_years (&members, taak, figure);
  write_measures (&members, taak);
  if (core->extras != NULL)
    _slk_members_write_extras (&members, core->extras);
  _slk_members_write_nulls (&members);
  _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}

void
_slk_write_rule_change (GString       *out,
                        SlkRuleChange *change,
                        guint          level)
{
  SlkRecordCore *core = _slk_rule_change_get_core (change);
  SlkMembers outer = { out, level, TRUE, FALSE, .nulls = core->nulls };
  SlkMembers members;

  /* A rule change a line: there are hundreds a year. */
  _slk_members_open_object (&outer, &members, NULL, core->extras);
  _slk_members_write_string (&members, "id", slk_rule_change_get_id (change));
  _slk_members_write_string (&members, "ministry", slk_rule_change_get_ministry_id (change));
  _slk_members_write_date (&members, "date", _slk_rule_change_get_day (change));
  if (_slk_rule_change_get_given (change) & SLK_RULE_CHANGE_HAS_CHANGE)
    _slk_members_write_string (&members, "change",
                               _slk_writer_enum_nick (SLK_TYPE_RULE_CHANGE_KIND,
                                                      slk_rule_change_get_change (change)));
  if (_slk_rule_change_get_given (change) & SLK_RULE_CHANGE_HAS_AUDIENCE)
    _slk_members_write_string (&members, "audience",
                               _slk_writer_enum_nick (SLK_TYPE_AUDIENCE,
                                                      slk_rule_change_get_audience (change)));
  _slk_members_write_string (&members, "title", slk_rule_change_get_title (change));
  _slk_members_close_object (&members, core->extras);
}

void
_slk_write_rule_target (GString       *out,
                        SlkRuleTarget *target,
                        guint          level)
{
  SlkRecordCore *core = _slk_rule_target_get_core (target);
  guint present = _slk_rule_target_get_present (target);
  SlkMembers outer = { out, level, TRUE, FALSE, .nulls = core->nulls };
  SlkMembers members;

  _slk_members_open_object (&outer, &members, NULL, core->extras);
  _slk_members_write_string (&members, "ministry", slk_rule_target_get_ministry_id (target));
  if (present & SLK_RULE_TARGET_HAS_YEAR)
    {
      _slk_members_begin (&members, "year");
      g_string_append_printf (out, "%u", slk_rule_target_get_year (target));
    }
  if (present & SLK_RULE_TARGET_HAS_COUNT)
    {
      _slk_members_begin (&members, "count");
      g_string_append_printf (out, "%u", slk_rule_target_get_count (target));
    }
  _slk_members_close_object (&members, core->extras);
}
