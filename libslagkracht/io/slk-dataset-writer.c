/* slk-dataset-writer.c: the dataset as JSON text; the same data always
 * gives the same bytes. The instruments are written by
 * slk-dataset-writer-instruments.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset-writer-private.h"
#include "slk-inspection.h"
#include "slk-json-writer-private.h"
#include "slk-organization-private.h"
#include "slk-zbo-private.h"

static void
write_year (GString             *out,
            const SlkFigureYear *entry,
            JsonObject          *year_extras,
            guint                level)
{
  gboolean first = TRUE;

  /* A year of known metrics fits on one line; a year with kept extras is
   * written a member a line. */
  g_string_append_c (out, '{');
  for (int m = 0; m < SLK_N_METRICS; m++)
    {
      if (!(entry->present & (1u << m)))
        continue;
      if (year_extras != NULL)
        {
          g_string_append (out, first ? "" : ",");
          _slk_json_write_indent (out, level + 1);
        }
      else
        g_string_append (out, first ? " " : ", ");
      first = FALSE;
      _slk_json_write_string (out, slk_metric_to_string (m));
      g_string_append (out, ": ");
      if (slk_metric_is_amount (m))
        _slk_json_write_cents (out, entry->values[m].cents);
      else
        _slk_json_write_double (out, entry->values[m].value);
    }
  if (year_extras != NULL)
    {
      _slk_json_write_object_members (out, year_extras, level + 1, &first);
      _slk_json_write_indent (out, level);
    }
  else
    g_string_append (out, first ? "" : " ");
  g_string_append_c (out, '}');
}

static void
write_figures (SlkMembers         *members,
               SlkOrganization *org)
{
  const SlkFigureBlock *figures = _slk_organization_get_figures (org);
  guint n_years = _slk_figure_block_n_years (figures);
  JsonObject *extras = _slk_organization_get_figure_extras (org);
  GString *out = members->out;
  gboolean first = TRUE;
  guint level = members->level + 1;

  if (n_years == 0 && extras == NULL)
    return;
  _slk_members_begin (members, "figures");
  g_string_append_c (out, '{');
  for (guint i = 0; i < n_years; i++)
    {
      SlkFigureYear year;
      const SlkFigureYear *entry = &year;
      char key[8];
      JsonNode *year_extras;

      _slk_figure_block_read (figures, i, &year);
      g_snprintf (key, sizeof key, "%u", entry->year);
      year_extras = extras ? json_object_get_member (extras, key) : NULL;
      g_string_append (out, first ? "" : ",");
      first = FALSE;
      _slk_json_write_indent (out, level);
      _slk_json_write_string (out, key);
      g_string_append (out, ": ");
      write_year (out, entry, year_extras ? json_node_get_object (year_extras) : NULL, level);
    }
  if (extras != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (extras);

      /* Year keys with no typed figures: invalid keys, wrong types, or
       * years whose every figure was kept as an extra. */
      for (GList *l = names; l != NULL; l = l->next)
        {
          guint64 year;
          SlkFigureYear typed;

          if (g_ascii_string_to_unsigned (l->data, 10, 1000, 9999, &year, NULL) &&
              _slk_organization_find_year (org, (guint) year, &typed))
            continue;
          g_string_append (out, first ? "" : ",");
          first = FALSE;
          _slk_json_write_indent (out, level);
          _slk_json_write_string (out, l->data);
          g_string_append (out, ": ");
          _slk_json_write_node (out, json_object_get_member (extras, l->data), level);
        }
    }
  if (!first)
    _slk_json_write_indent (out, members->level);
  g_string_append_c (out, '}');
}

static void
write_organization (GString         *out,
                    SlkOrganization *org,
                    guint            level)
{
  SlkMembers members = { out, level + 1, TRUE };
  JsonObject *extras = _slk_organization_get_extras (org);

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "id", slk_organization_get_id (org));
  _slk_members_write_string (&members, "kind",
                       _slk_organization_kind_names[slk_organization_get_kind (org)].name);
  _slk_members_write_string (&members, "name", slk_organization_get_name (org));
  _slk_members_write_string (&members, "abbreviation",
                             slk_organization_get_abbreviation (org));
  _slk_members_write_string (&members, "parent", slk_organization_get_parent_id (org));
  _slk_members_write_date (&members, "established", _slk_organization_get_established_day (org));
  _slk_members_write_date (&members, "ended", _slk_organization_get_ended_day (org));
  if (SLK_IS_ZBO (org))
    {
      SlkZbo *zbo = SLK_ZBO (org);
      SlkLegalForm form = slk_zbo_get_legal_form (zbo);

      if (form != SLK_LEGAL_FORM_UNKNOWN)
        _slk_members_write_string (&members, "legal_form",
                             form == SLK_LEGAL_FORM_PUBLIC ? "public" : "private");
      _slk_members_write_flag (&members, "legal_personality",
                               slk_zbo_get_legal_personality (zbo));
      _slk_members_write_flag (&members, "kaderwet", slk_zbo_get_kaderwet (zbo));
      _slk_members_write_flag (&members, "authority", slk_zbo_get_authority (zbo));
      _slk_members_write_date (&members, "last_evaluation",
                               _slk_zbo_get_last_evaluation_day (zbo));
      _slk_members_write_flag (&members, "inspectieraad", slk_zbo_get_inspectieraad (zbo));
      if (_slk_zbo_get_members (zbo) != NULL)
        _slk_members_write_strings (&members, "members", _slk_zbo_get_members (zbo));
    }
  else if (SLK_IS_INSPECTION (org))
    _slk_members_write_flag (&members, "inspectieraad",
                       slk_inspection_get_inspectieraad (SLK_INSPECTION (org)));
  write_figures (&members, org);
  for (int m = 0; m < SLK_N_ORG_MEMBERS; m++)
    if (_slk_organization_get_nulls (org) & (1u << m))
      _slk_members_write_null (&members, _slk_org_member_names[m].name);
  if (extras != NULL)
    _slk_members_write_extras (&members, extras);
  if (!members.first)
    _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}

static const char *
top_member_name (int member)
{
  static const char * const names[SLK_N_TOP_MEMBERS] = {
    [SLK_TOP_MEMBER_ORGANIZATIONS] = "organizations",
    [SLK_TOP_MEMBER_UITVOERINGSTOETSEN] = "uitvoeringstoetsen",
    [SLK_TOP_MEMBER_NOODREMMEN] = "noodremmen",
    [SLK_TOP_MEMBER_TAAKSTELLINGEN] = "taakstellingen",
    [SLK_TOP_MEMBER_RULE_CHANGES] = "rule_changes",
    [SLK_TOP_MEMBER_RULE_TARGETS] = "rule_targets",
    [SLK_TOP_MEMBER_COMMITMENTS] = "commitments",
    [SLK_TOP_MEMBER_FTE_TARGETS] = "fte_targets",
  };
  return names[member];
}

/* Whether the loaded file gave the top member (not as null): an empty
 * array it gave is written back. */
static gboolean
given (SlkStore     *content,
       SlkTopMember  member)
{
  return _slk_trace_slot (content->trace, content, member).line != 0 &&
         !(content->top_nulls & (1u << member));
}

GString *
_slk_io_write (SlkStore *content)
{
  GString *out = g_string_sized_new (4096);
  SlkMembers members = { out, 1, TRUE };

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "format", SLK_DATASET_FORMAT);
  _slk_members_write_string (&members, "title", content->title);
  _slk_members_write_date (&members, "reference_date", content->reference_date);
  /* "organizations" is always written, unless the file gave it in a form
   * kept as an extra (written below, and not twice). */
  _slk_members_write_list (&members, "organizations", &content->organizations,
                           !(content->extras != NULL &&
                             json_object_has_member (content->extras, "organizations")),
                           (SlkWriteRecordFunc) write_organization);
  _slk_members_write_list (&members, "uitvoeringstoetsen", &content->uitvoeringstoetsen,
                           given (content, SLK_TOP_MEMBER_UITVOERINGSTOETSEN),
                           (SlkWriteRecordFunc) _slk_write_uitvoeringstoets);
  _slk_members_write_list (&members, "noodremmen", &content->noodremmen,
                           given (content, SLK_TOP_MEMBER_NOODREMMEN),
                           (SlkWriteRecordFunc) _slk_write_noodrem);
  _slk_members_write_list (&members, "taakstellingen", &content->taakstellingen,
                           given (content, SLK_TOP_MEMBER_TAAKSTELLINGEN),
                           (SlkWriteRecordFunc) _slk_write_taakstelling);
  _slk_members_write_list (&members, "rule_changes", &content->rule_changes,
                           given (content, SLK_TOP_MEMBER_RULE_CHANGES),
                           (SlkWriteRecordFunc) _slk_write_rule_change);
  _slk_members_write_list (&members, "rule_targets", &content->rule_targets,
                           given (content, SLK_TOP_MEMBER_RULE_TARGETS),
                           (SlkWriteRecordFunc) _slk_write_rule_target);
  _slk_members_write_list (&members, "commitments", &content->commitments,
                           given (content, SLK_TOP_MEMBER_COMMITMENTS),
                           (SlkWriteRecordFunc) _slk_write_commitment);
  _slk_members_write_list (&members, "fte_targets", &content->fte_targets,
                           given (content, SLK_TOP_MEMBER_FTE_TARGETS),
                           (SlkWriteRecordFunc) _slk_write_fte_target);
  /* Arrays given as null are written back as null while they stay empty. */
  for (int m = SLK_TOP_MEMBER_ORGANIZATIONS; m <= SLK_TOP_MEMBER_FTE_TARGETS; m++)
    if (content->top_nulls & (1u << m))
      _slk_members_write_null (&members, top_member_name (m));
  if (content->extras != NULL)
    _slk_members_write_extras (&members, content->extras);
  g_string_append (out, "\n}\n");
  return out;
}
