/* slagkracht-show.c: `slagkracht show [FILE] ID [--format text|json]`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "slagkracht-commands.h"

static const char description[] =
  N_("Shows the record with the id ID in FILE (none: the built-in dataset of\n"
  "the real Rijksdienst): every member as the file gives it\n"
  "(members this version does not model included), the records it relates\n"
  "to, and the findings that concern it. A ministry lists the organizations\n"
  "under it, the uitvoeringstoetsen it asked for and the noodremmen addressed\n"
  "to it; an organization its parent and what it assessed and raised; an\n"
  "uitvoeringstoets who asked and who assessed; a noodrem who raised it, to\n"
  "whom, its state and whether its response is overdue at the reference date;\n"
  "a taakstelling its scope, parent and shares and which years are met.\n"
  "\n"
  "Exit status:\n"
  "  0  the record is shown (it may have findings)\n"
  "  1  no record has that id\n"
  "  2  the file could not be read, or the command is used wrongly\n"
  "\n"
  "Examples:\n"
  "  slagkracht show zbo-uwv\n"
  "  slagkracht show rijksdienst.json uwv\n"
  "  slagkracht show rijksdienst.json nr-2026-03 --format json | jq .relations\n");

static const char * const arrays[] = {
  "organizations", "uitvoeringstoetsen", "noodremmen", "taakstellingen", "rule_changes",
  "commitments"
};

/* The record's object as the file gives it, and its pointer. */
static JsonObject *
find_record (JsonNode   *root,
             const char *id,
             char      **pointer)
{
  JsonObject *top = json_node_get_object (root);

  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      JsonArray *array;

      if (!json_object_has_member (top, arrays[a]))
        continue;
      array = json_object_get_array_member (top, arrays[a]);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          object = json_node_get_object (element);
          if (g_strcmp0 (json_object_get_string_member_with_default (object, "id", NULL),
                         id) == 0)
            {
              *pointer = g_strdup_printf ("/%s/%u", arrays[a], i);
              return object;
            }
        }
    }
  return NULL;
}

/* Adds the ids of the records in @model (taken) under @name. */
static void
add_ids (JsonObject *relations,
         const char *name,
         GListModel *model)
{
  JsonArray *ids = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      json_array_add_string_element (ids, id ? id : "");
    }
  json_object_set_array_member (relations, name, ids);
  g_object_unref (model);
}

static void
add_id (JsonObject *relations,
        const char *name,
        const char *id)
{
  if (id != NULL)
    json_object_set_string_member (relations, name, id);
}

static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

static JsonObject *
relations_of (GObject    *record,
              JsonObject *status)
{
  JsonObject *relations = json_object_new ();

  if (SLK_IS_MINISTRY (record))
    {
      SlkMinistry *ministry = SLK_MINISTRY (record);

      add_ids (relations, "organizations", slk_ministry_list_organizations (ministry));
      add_ids (relations, "requested_toetsen", slk_ministry_list_requested_toetsen (ministry));
      add_ids (relations, "addressed_noodremmen",
               slk_ministry_list_addressed_noodremmen (ministry));
      add_ids (relations, "commitments", slk_ministry_list_commitments (ministry));
    }
  else if (SLK_IS_ORGANIZATION (record))
    {
      SlkOrganization *org = SLK_ORGANIZATION (record);

      add_id (relations, "parent", slk_organization_get_parent_id (org));
      add_ids (relations, "assessed_toetsen", slk_organization_list_assessed_toetsen (org));
      add_ids (relations, "raised_noodremmen", slk_organization_list_raised_noodremmen (org));
    }
  else if (SLK_IS_UITVOERINGSTOETS (record))
    {
      SlkUitvoeringstoets *toets = SLK_UITVOERINGSTOETS (record);

      add_id (relations, "requested_by", slk_uitvoeringstoets_get_requested_by_id (toets));
      add_id (relations, "assessor", slk_uitvoeringstoets_get_assessor_id (toets));
      add_ids (relations, "noodremmen", slk_uitvoeringstoets_list_noodremmen (toets));
    }
  else if (SLK_IS_TAAKSTELLING (record))
    {
      SlkTaakstelling *taak = SLK_TAAKSTELLING (record);
      gsize n_years;
      g_autofree guint *years = slk_taakstelling_list_years (taak, &n_years);

      add_id (relations, "scope", slk_taakstelling_get_scope_id (taak));
      add_id (relations, "parent", slk_taakstelling_get_parent_id (taak));
      add_ids (relations, "shares", slk_taakstelling_list_shares (taak));
      for (gsize y = 0; y < n_years; y++)
        {
          char key[24];

          g_snprintf (key, sizeof key, "met_%u", years[y]);
          json_object_set_boolean_member (status, key, slk_taakstelling_is_met (taak, years[y]));
        }
    }
  else if (SLK_IS_COMMITMENT (record))
    {
      SlkCommitment *commitment = SLK_COMMITMENT (record);
      g_autoptr(GDateTime) due = slk_commitment_dup_due (commitment);

      add_id (relations, "owner", slk_commitment_get_owner_id (commitment));
      json_object_set_string_member (status, "status",
                                     nick (SLK_TYPE_COMMITMENT_STATUS,
                                           slk_commitment_get_status (commitment)));
      if (due != NULL)
        {
          g_autofree char *day = g_date_time_format (due, "%F");

          json_object_set_string_member (status, "due_on", day);
        }
      json_object_set_boolean_member (status, "overdue", slk_commitment_is_overdue (commitment));
    }
  else if (SLK_IS_RULE_CHANGE (record))
    add_id (relations, "ministry", slk_rule_change_get_ministry_id (SLK_RULE_CHANGE (record)));
  else if (SLK_IS_NOODREM (record))
    {
      SlkNoodrem *noodrem = SLK_NOODREM (record);
      int days;

      add_id (relations, "raised_by", slk_noodrem_get_raised_by_id (noodrem));
      add_id (relations, "addressed_to", slk_noodrem_get_addressed_to_id (noodrem));
      add_id (relations, "uitvoeringstoets", slk_noodrem_get_uitvoeringstoets_id (noodrem));
      json_object_set_string_member (status, "state",
                                     nick (SLK_TYPE_STEP, slk_noodrem_get_state (noodrem)));
      json_object_set_boolean_member (status, "open", slk_noodrem_is_open (noodrem));
      json_object_set_boolean_member (status, "overdue", slk_noodrem_is_overdue (noodrem, NULL));
      if (slk_noodrem_get_days_to_response (noodrem, &days))
        json_object_set_int_member (status, "days_to_response", days);
      else
        json_object_set_null_member (status, "days_to_response");
    }
  return relations;
}

/* The findings whose subject is the record or whose pointer lies in it. */
static SlkReport *
findings_of (SlkDataset *dataset,
             const char *id,
             const char *pointer)
{
  g_autoptr(SlkReport) all = slk_dataset_validate (dataset);
  SlkReport *mine = slk_report_new ();
  gsize length = strlen (pointer);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (all), i);
      const char *at = slk_finding_get_pointer (finding);

      if (g_strcmp0 (slk_finding_get_subject (finding), id) == 0 ||
          (strncmp (at, pointer, length) == 0 && (at[length] == '\0' || at[length] == '/')))
        slk_report_add (mine, finding);
    }
  return mine;
}

static void
print_object_lines (const char         *title,
                    JsonObject         *object,
                    const char * const *skip)
{
  g_autoptr(GList) names = json_object_get_members (object);

  if (names == NULL)
    return;
  slk_tool_print_line (stdout, "%s:", title);
  for (GList *l = names; l != NULL; l = l->next)
    {
      if (skip != NULL && g_strv_contains (skip, l->data))
        continue;
      JsonNode *value = json_object_get_member (object, l->data);
      g_autofree char *text = NULL;

      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
        text = g_strdup (json_node_get_string (value));
      else if (JSON_NODE_HOLDS_ARRAY (value) && title[0] == 'r')
        {
          JsonArray *ids = json_node_get_array (value);
          GString *joined = g_string_new (NULL);

          for (guint i = 0; i < json_array_get_length (ids); i++)
            g_string_append_printf (joined, "%s%s", i ? ", " : "",
                                    json_array_get_string_element (ids, i));
          text = g_string_free (joined, FALSE);
        }
      else if (JSON_NODE_HOLDS_ARRAY (value) && json_array_get_length (json_node_get_array (value))
               && JSON_NODE_HOLDS_OBJECT (json_array_get_element (json_node_get_array (value), 0)))
        {
          JsonArray *items = json_node_get_array (value);

          /* A history reads best a step a line. */
          slk_tool_print_line (stdout, "  %s:", (char *) l->data);
          for (guint i = 0; i < json_array_get_length (items); i++)
            {
              g_autofree char *item = json_to_string (json_array_get_element (items, i), FALSE);

              slk_tool_print_line (stdout, "    %u. %s", i, item);
            }
          continue;
        }
      if (text == NULL)
        text = json_to_string (value, FALSE);
      slk_tool_print_line (stdout, "  %s: %s", (char *) l->data, *text ? text : _("(none)"));
    }
}

int
slk_command_show (int    argc,
                  char **argv)
{
  g_autofree char *format = NULL;
  g_auto(GStrv) args = NULL;
  gboolean list_ids = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("How to print the record: text (default) or json"), "text|json" },
    { "ids", 0, 0, G_OPTION_ARG_NONE, &list_ids,
      N_("List every record's id and kind instead, a line each (no ID then)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, "[FILE] ID" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) dataset = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SlkReport) findings = NULL;
  g_autoptr(JsonObject) relations = NULL;
  g_autoptr(JsonObject) status = json_object_new ();
  g_autofree char *pointer = NULL;
  JsonObject *record;
  GObject *typed;
  const char *file, *id;

  g_set_prgname ("slagkracht show");
  g_option_context_set_summary (context, _("Show one record: its members, its relations and its "
                                "findings."));
  g_option_context_set_description (context, description);
  slk_tool_add_entries (context, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "slagkracht show: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      fprintf (stderr, _("slagkracht show: --format must be text or json, not '%s'.\n"), format);
      return SLK_EXIT_UNREADABLE;
    }
  if (list_ids)
    {
      if (args != NULL && args[0] != NULL && args[1] != NULL)
        {
          fprintf (stderr, _("slagkracht show: --ids takes one FILE, or none for the built-in "
                   "dataset.\n"));
          return SLK_EXIT_UNREADABLE;
        }
      dataset = slk_tool_open (args != NULL ? args[0] : NULL, "show");
      if (dataset == NULL)
        return SLK_EXIT_UNREADABLE;
      slk_tool_print_ids (dataset);
      return SLK_EXIT_OK;
    }
  if (args == NULL || args[0] == NULL || (args[1] != NULL && args[2] != NULL))
    {
      fprintf (stderr, _("slagkracht show: give an ID, after a FILE or alone for the built-in "
               "dataset.\nTry 'slagkracht show --help'.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  if (args[1] == NULL &&
      (g_file_test (args[0], G_FILE_TEST_EXISTS) || g_str_equal (args[0], "-")))
    {
      fprintf (stderr, _("slagkracht show: '%s' is a file; give an ID after it.\n"), args[0]);
      return SLK_EXIT_UNREADABLE;
    }
  file = args[1] != NULL ? args[0] : NULL;
  id = args[1] != NULL ? args[1] : args[0];

  dataset = slk_tool_open (file, "show");
  if (dataset == NULL)
    return SLK_EXIT_UNREADABLE;
  if (file == NULL)
    file = SLK_TOOL_BUILT_IN;
  root = slk_dataset_to_json_node (dataset);
  typed = slk_dataset_lookup (dataset, id);
  record = find_record (root, id, &pointer);
  if (record == NULL)
    {
      g_autofree char *meant = slk_dataset_dup_closest_id (dataset, id, G_TYPE_OBJECT);

      fprintf (stderr, _("slagkracht show: %s: no record has the id \"%s\"."), file, id);
      if (meant != NULL)
        fprintf (stderr, _(" Did you mean \"%s\"?"), meant);
      fputc ('\n', stderr);
      return SLK_EXIT_FINDINGS;
    }
  relations = typed != NULL ? relations_of (typed, status) : json_object_new ();
  findings = findings_of (dataset, id, pointer);

  if (format != NULL && g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) report = slk_report_to_json_node (findings);
      g_autoptr(JsonObject) out = json_object_new ();
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *text = NULL;

      json_object_set_string_member (out, "id", id);
      json_object_set_string_member (out, "pointer", pointer);
      json_object_set_object_member (out, "record", json_object_ref (record));
      json_object_set_object_member (out, "relations", json_object_ref (relations));
      json_object_set_object_member (out, "status", json_object_ref (status));
      json_object_set_member (out, "findings",
                              json_node_copy (json_object_get_member (
                                json_node_get_object (report), "findings")));
      json_node_set_object (node, out);
      text = json_to_string (node, TRUE);
      printf ("%s\n", text);
      return SLK_EXIT_OK;
    }

  slk_tool_print_line (stdout, "%s (%s%s)", id, pointer,
                       typed == NULL ? _("; kept as written, not typed") : "");
  /* An organization's figures read a line each, with their sources. */
  print_object_lines ("members", record,
                      SLK_IS_ORGANIZATION (typed) ? slk_show_figure_members : NULL);
  if (SLK_IS_ORGANIZATION (typed))
    slk_show_print_figures (SLK_ORGANIZATION (typed));
  print_object_lines ("relations", relations, NULL);
  print_object_lines ("status", status, NULL);
  puts (g_list_model_get_n_items (G_LIST_MODEL (findings)) ? _("findings:") : _("findings: none"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      g_autofree char *line = slk_finding_to_string (finding);

      slk_tool_print_line (stdout, "  %s:%s", file, line);
    }
  return SLK_EXIT_OK;
}
