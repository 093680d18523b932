/* slk-dataset-writer.c: the dataset as JSON text; the same data always
 * gives the same bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-dataset-private.h"
#include "slk-inspection.h"
#include "slk-json-writer-private.h"
#include "slk-organization-private.h"
#include "slk-zbo-private.h"

typedef struct
{
  GString  *out;
  guint     level;
  gboolean  first;
} Members;

static void
begin_member (Members    *members,
              const char *name)
{
  if (!members->first)
    g_string_append_c (members->out, ',');
  members->first = FALSE;
  _slk_json_write_indent (members->out, members->level);
  _slk_json_write_string (members->out, name);
  g_string_append (members->out, ": ");
}

static void
write_string_member (Members    *members,
                     const char *name,
                     const char *value)
{
  if (value == NULL)
    return;
  begin_member (members, name);
  _slk_json_write_string (members->out, value);
}

static void
write_flag_member (Members            *members,
                   const char         *name,
                   SlkOptionalBoolean  value)
{
  if (value == SLK_OPTIONAL_BOOLEAN_UNKNOWN)
    return;
  begin_member (members, name);
  g_string_append (members->out, value == SLK_OPTIONAL_BOOLEAN_TRUE ? "true" : "false");
}

static void
write_date_member (Members    *members,
                   const char *name,
                   SlkDay      day)
{
  char buffer[11];

  if (day == 0)
    return;
  _slk_day_format (day, buffer);
  write_string_member (members, name, buffer);
}

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
write_figures (Members         *members,
               SlkOrganization *org)
{
  GArray *years = _slk_organization_get_figure_years (org);
  JsonObject *extras = _slk_organization_get_figure_extras (org);
  GString *out = members->out;
  gboolean first = TRUE;
  guint level = members->level + 1;

  if (years->len == 0 && extras == NULL)
    return;
  begin_member (members, "figures");
  g_string_append_c (out, '{');
  for (guint i = 0; i < years->len; i++)
    {
      const SlkFigureYear *entry = &g_array_index (years, SlkFigureYear, i);
      char key[8];
      JsonNode *year_extras;

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

          if (g_ascii_string_to_unsigned (l->data, 10, 1000, 9999, &year, NULL) &&
              _slk_organization_find_year (org, (guint) year) != NULL)
            continue;
          g_string_append (out, first ? "" : ",");
          first = FALSE;
          _slk_json_write_indent (out, level);
          _slk_json_write_string (out, l->data);
          g_string_append (out, ": ");
          _slk_json_write_node (out, json_object_get_member (extras, l->data), level);
        }
    }
  _slk_json_write_indent (out, members->level);
  g_string_append_c (out, '}');
}

static void
write_organization (GString         *out,
                    SlkOrganization *org,
                    guint            level)
{
  Members members = { out, level + 1, TRUE };
  JsonObject *extras = _slk_organization_get_extras (org);

  g_string_append_c (out, '{');
  write_string_member (&members, "id", slk_organization_get_id (org));
  write_string_member (&members, "kind",
                       _slk_organization_kind_names[slk_organization_get_kind (org)].name);
  write_string_member (&members, "name", slk_organization_get_name (org));
  write_string_member (&members, "abbreviation", slk_organization_get_abbreviation (org));
  write_string_member (&members, "parent", slk_organization_get_parent_id (org));
  if (SLK_IS_ZBO (org))
    {
      SlkZbo *zbo = SLK_ZBO (org);
      SlkLegalForm form = slk_zbo_get_legal_form (zbo);

      if (form != SLK_LEGAL_FORM_UNKNOWN)
        write_string_member (&members, "legal_form",
                             form == SLK_LEGAL_FORM_PUBLIC ? "public" : "private");
      write_flag_member (&members, "legal_personality", slk_zbo_get_legal_personality (zbo));
      write_flag_member (&members, "kaderwet", slk_zbo_get_kaderwet (zbo));
      write_flag_member (&members, "authority", slk_zbo_get_authority (zbo));
      write_date_member (&members, "last_evaluation", _slk_zbo_get_last_evaluation_day (zbo));
      write_flag_member (&members, "inspectieraad", slk_zbo_get_inspectieraad (zbo));
    }
  else if (SLK_IS_INSPECTION (org))
    write_flag_member (&members, "inspectieraad",
                       slk_inspection_get_inspectieraad (SLK_INSPECTION (org)));
  write_figures (&members, org);
  if (extras != NULL)
    _slk_json_write_object_members (out, extras, level + 1, &members.first);
  if (!members.first)
    _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}

static void
write_organizations (Members           *members,
                     SlkDatasetContent *content)
{
  GString *out = members->out;
  guint typed = 0, raw = 0;
  guint n = content->organizations->len + content->raw_organizations->len;

  begin_member (members, "organizations");
  g_string_append_c (out, '[');
  /* Raw records go back to the index they were read at. */
  for (guint i = 0; i < n; i++)
    {
      SlkRawRecord *record = raw < content->raw_organizations->len
        ? &g_array_index (content->raw_organizations, SlkRawRecord, raw) : NULL;

      if (i > 0)
        g_string_append_c (out, ',');
      _slk_json_write_indent (out, 2);
      if (record != NULL && (record->index <= i || typed >= content->organizations->len))
        {
          _slk_json_write_node (out, record->node, 2);
          raw++;
        }
      else
        write_organization (out, g_ptr_array_index (content->organizations, typed++), 2);
    }
  if (n > 0)
    _slk_json_write_indent (out, 1);
  g_string_append_c (out, ']');
}

GString *
_slk_dataset_writer_run (SlkDatasetContent *content)
{
  GString *out = g_string_sized_new (4096);
  Members members = { out, 1, TRUE };

  g_string_append_c (out, '{');
  write_string_member (&members, "format", SLK_DATASET_FORMAT);
  write_string_member (&members, "title", content->title);
  write_date_member (&members, "reference_date", content->reference_date);
  write_organizations (&members, content);
  if (content->extras != NULL)
    _slk_json_write_object_members (out, content->extras, 1, &members.first);
  g_string_append (out, "\n}\n");
  return out;
}
