/* slagkracht-diff.c: `slagkracht diff A B [OPTION…]`: what changed from
 * one dataset to another, for scenario work
 *
 * Records are matched by id within their list. A record is added, removed
 * or changed; a change names the members that differ, and for figures the
 * year and metric, with the value before and after. Then the monitor of
 * both (the same year, period and scope: A's unless given) shows the
 * figures that moved, per ministry and for the Rijksdienst.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "slagkracht-commands.h"

static const char description[] =
  N_("Compares dataset B with dataset A (- reads standard input; 'built-in' is\n"
  "the built-in dataset): the records added, removed and changed (matched by\n"
  "id; a change names each member that differs, and each figure by year and\n"
  "metric, before and after), then the monitor figures that moved, per\n"
  "ministry and for the Rijksdienst. The monitor of both is computed for the\n"
  "same year, period and scope: A's, unless --year or --scope says otherwise.\n"
  "\n"
  "Exit status:\n"
  "  0  the datasets hold the same records and the monitor is the same\n"
  "  1  they differ\n"
  "  2  a file could not be read, or an option is wrong\n"
  "\n"
  "Examples:\n"
  "  slagkracht diff built-in scenario.json\n"
  "  slagkracht diff rijksdienst-2025.json rijksdienst-2026.json --scope all\n");

/* The record lists of the format, each matched by id. */
static const char * const lists[] = {
  "organizations", "uitvoeringstoetsen", "noodremmen", "taakstellingen", "rule_changes",
  "rule_targets", "commitments", "fte_targets",
};

static char *
shown (JsonNode *node)
{
  if (node == NULL)
    return g_strdup ("(absent)");
  return json_to_string (node, FALSE);
}

/* The member @name of @object, or NULL (also for no @object). */
static JsonNode *
member_of (JsonObject *object,
           const char *name)
{
  return object != NULL && json_object_has_member (object, name)
         ? json_object_get_member (object, name) : NULL;
}

/* The object @node holds, or NULL. */
static JsonObject *
object_of (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The member names of @a and @b (either may be NULL), each once, sorted;
 * the names belong to the objects. */
static GList *
names_of_both (JsonObject *a,
               JsonObject *b)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  for (int side = 0; side < 2; side++)
    {
      JsonObject *object = side == 0 ? a : b;
      g_autoptr(GList) members = object ? json_object_get_members (object) : NULL;

      for (GList *l = members; l != NULL; l = l->next)
        g_hash_table_add (names, l->data);
    }
  return g_list_sort (g_hash_table_get_keys (names), (GCompareFunc) g_strcmp0);
}

/* Records of @list in @root by their id (or their place, when they have
 * none), in file order. */
static GHashTable *
records_of (JsonNode   *root,
            const char *list,
            GPtrArray  *order)
{
  GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *records = member_of (object_of (root), list);
  JsonArray *array = records != NULL && JSON_NODE_HOLDS_ARRAY (records)
                     ? json_node_get_array (records) : NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *record = json_array_get_element (array, i);
      JsonObject *members = object_of (record);
      const char *id = members != NULL ? json_object_get_string_member_with_default (
                         members, "id", NULL) : NULL;
      char *key = id != NULL ? g_strdup (id) : g_strdup_printf ("#%u", i);

      if (g_hash_table_contains (by_id, key))
        {
          g_free (key);
          continue;   /* a repeated id: the first counts, as in the library */
        }
      g_hash_table_insert (by_id, key, record);
      if (order != NULL)
        g_ptr_array_add (order, key);
    }
  return by_id;
}

/* The figures that differ, "  figures/2024/fte: 1000 → 1100". */
static guint
print_figures (JsonObject *a,
               JsonObject *b)
{
  g_autoptr(GList) years = names_of_both (a, b);
  guint n = 0;

  for (GList *y = years; y != NULL; y = y->next)
    {
      JsonObject *oa = object_of (member_of (a, y->data));
      JsonObject *ob = object_of (member_of (b, y->data));
      g_autoptr(GList) names = names_of_both (oa, ob);

      for (GList *m = names; m != NULL; m = m->next)
        {
          JsonNode *va = member_of (oa, m->data);
          JsonNode *vb = member_of (ob, m->data);
          g_autofree char *before = NULL, *after = NULL;

          if (va != NULL && vb != NULL && json_node_equal (va, vb))
            continue;
          before = shown (va);
          after = shown (vb);
          slk_tool_print_line (stdout, "    figures/%s/%s: %s → %s", (char *) y->data,
                               (char *) m->data, before, after);
          n++;
        }
    }
  return n;
}

/* The members of a record that differ. */
static void
print_changes (JsonObject *a,
               JsonObject *b)
{
  g_autoptr(GList) names = names_of_both (a, b);

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *va = member_of (a, l->data);
      JsonNode *vb = member_of (b, l->data);
      g_autofree char *before = NULL, *after = NULL;

      if (va != NULL && vb != NULL && json_node_equal (va, vb))
        continue;
      if (g_str_equal (l->data, "figures") &&
          (va == NULL || object_of (va) != NULL) && (vb == NULL || object_of (vb) != NULL))
        {
          print_figures (object_of (va), object_of (vb));
          continue;
        }
      before = shown (va);
      after = shown (vb);
      if (strlen (before) + strlen (after) > 160)
        slk_tool_print_line (stdout, "    %s: changed", (char *) l->data);
      else
        slk_tool_print_line (stdout, "    %s: %s → %s", (char *) l->data, before, after);
    }
}

/* Records added, removed and changed; returns how many. */
static guint
diff_records (JsonNode *a,
              JsonNode *b)
{
  guint n = 0;

  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_autoptr(GPtrArray) order_a = g_ptr_array_new ();
      g_autoptr(GPtrArray) order_b = g_ptr_array_new ();
      g_autoptr(GHashTable) in_a = records_of (a, lists[l], order_a);
      g_autoptr(GHashTable) in_b = records_of (b, lists[l], order_b);

      for (guint i = 0; i < order_a->len; i++)
        {
          const char *id = order_a->pdata[i];
          JsonNode *ra = g_hash_table_lookup (in_a, id);
          JsonNode *rb = g_hash_table_lookup (in_b, id);

          if (rb == NULL)
            slk_tool_print_line (stdout, _("removed  %s/%s"), lists[l], id);
          else if (json_node_equal (ra, rb))
            continue;
          else
            {
              slk_tool_print_line (stdout, _("changed  %s/%s"), lists[l], id);
              if (object_of (ra) != NULL && object_of (rb) != NULL)
                print_changes (object_of (ra), object_of (rb));
            }
          n++;
        }
      for (guint i = 0; i < order_b->len; i++)
        if (!g_hash_table_contains (in_a, order_b->pdata[i]))
          {
            slk_tool_print_line (stdout, _("added    %s/%s"), lists[l], (char *) order_b->pdata[i]);
            n++;
          }
    }
  return n;
}

static gboolean
same_value (double a,
            double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static char *
value_text (double value)
{
  return isnan (value) ? g_strdup ("–") : g_strdup_printf ("%.15g", value);
}

static void
print_move (const char *row,
            const char *field,
            double      before,
            double      after,
            guint      *n)
{
  g_autofree char *a = value_text (before);
  g_autofree char *b = value_text (after);
  g_autofree char *delta = !isnan (before) && !isnan (after)
                           ? g_strdup_printf (" (%+.15g)", after - before) : g_strdup ("");

  if (same_value (before, after))
    return;
  if (*n == 0)
    slk_tool_print_line (stdout, "monitor");
  slk_tool_print_line (stdout, "  %s %s: %s → %s%s", row, field, a, b, delta);
  (*n)++;
}

/* The monitor figures that moved; returns how many. */
static guint
diff_monitor (SlkMonitor *a,
              SlkMonitor *b)
{
  g_auto(GStrv) fields = slk_monitor_list_fields (a);
  g_auto(GStrv) ministries_a = slk_monitor_list_ministries (a);
  g_auto(GStrv) ministries_b = slk_monitor_list_ministries (b);
  g_autoptr(GPtrArray) columns_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) columns_b = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  for (guint f = 0; fields[f] != NULL; f++)
    {
      gsize n_values;

      g_ptr_array_add (columns_a, slk_monitor_dup_column (a, fields[f], &n_values));
      g_ptr_array_add (columns_b, slk_monitor_dup_column (b, fields[f], &n_values));
    }
  for (guint m = 0; ministries_a[m] != NULL; m++)
    {
      int at = -1;

      for (guint k = 0; ministries_b[k] != NULL; k++)
        if (g_str_equal (ministries_a[m], ministries_b[k]))
          at = (int) k;
      for (guint f = 0; fields[f] != NULL; f++)
        print_move (ministries_a[m], fields[f], ((double *) columns_a->pdata[f])[m],
                    at >= 0 ? ((double *) columns_b->pdata[f])[at] : NAN, &n);
    }
  for (guint f = 0; fields[f] != NULL; f++)
    {
      double va = NAN, vb = NAN;

      if (!slk_monitor_get_rijksdienst_value (a, fields[f], &va))
        va = NAN;
      if (!slk_monitor_get_rijksdienst_value (b, fields[f], &vb))
        vb = NAN;
      print_move ("Rijksdienst", fields[f], va, vb, &n);
    }
  return n;
}

static SlkDataset *
open_named (const char *name)
{
  return slk_tool_open (g_str_equal (name, "built-in") ? NULL : name, "diff");
}

int
slk_command_diff (int    argc,
                  char **argv)
{
  static const char *scopes[] = { "core", "rijksdienst", "all", NULL };
  g_autofree char *scope = NULL;
  g_auto(GStrv) files = NULL;
  int year = NOT_GIVEN, choice;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The monitor's year (default: A's)"), "YEAR" },
    { "scope", 's', 0, G_OPTION_ARG_STRING, &scope, N_("core, rijksdienst or all"), "SCOPE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "A B" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) a = NULL, b = NULL;
  g_autoptr(SlkMonitor) monitor_a = NULL, monitor_b = NULL;
  g_autoptr(JsonNode) root_a = NULL, root_b = NULL;
  guint records, moved;

  g_set_prgname ("slagkracht diff");
  g_option_context_set_summary (context, _("What changed from dataset A to dataset B."));
  g_option_context_set_description (context, description);
  slk_tool_add_entries (context, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "slagkracht diff: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  if (files == NULL || g_strv_length (files) != 2)
    {
      fprintf (stderr, _("slagkracht diff: give two datasets, A and B ('built-in' for the "
               "built-in one).\nTry 'slagkracht diff --help'.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  if (year != NOT_GIVEN && (year < 1000 || year > 9999))
    {
      fprintf (stderr, _("slagkracht diff: years are four digits, such as 2026.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  a = open_named (files[0]);
  b = a != NULL ? open_named (files[1]) : NULL;
  if (a == NULL || b == NULL)
    return SLK_EXIT_UNREADABLE;

  root_a = slk_dataset_to_json_node (a);
  root_b = slk_dataset_to_json_node (b);
  records = diff_records (root_a, root_b);

  monitor_a = slk_monitor_new (a);
  monitor_b = slk_monitor_new (b);
  if (year != NOT_GIVEN)
    slk_monitor_set_year (monitor_a, year);
  if (scope != NULL)
    {
      if (!slk_tool_choice ("diff", "--scope", scope, scopes, &choice))
        return SLK_EXIT_UNREADABLE;
      slk_monitor_set_scope (monitor_a, choice);
    }
  /* B is seen as A is: the same year, period, scope and base year. */
  slk_monitor_set_year (monitor_b, slk_monitor_get_year (monitor_a));
  slk_monitor_set_period (monitor_b, slk_monitor_get_period (monitor_a));
  slk_monitor_set_scope (monitor_b, slk_monitor_get_scope (monitor_a));
  slk_monitor_set_base_year (monitor_b, slk_monitor_get_base_year (monitor_a));
  moved = diff_monitor (monitor_a, monitor_b);

  if (records == 0 && moved == 0)
    slk_tool_print_line (stdout, _("%s and %s hold the same records."), files[0], files[1]);
  else
    {
      g_autofree char *records_text = g_strdup_printf (ngettext ("%u record differs",
                                                                 "%u records differ", records),
                                                       records);
      g_autofree char *moved_text = g_strdup_printf (ngettext ("%u monitor figure moved",
                                                               "%u monitor figures moved", moved),
                                                     moved);

      /* Translators: "3 records differ; 2 monitor figures moved (2025, core)." */
      slk_tool_print_line (stdout, _("%s; %s (%u, %s)."), records_text, moved_text,
                           slk_monitor_get_year (monitor_a),
                           scopes[slk_monitor_get_scope (monitor_a)]);
    }
  return records == 0 && moved == 0 ? SLK_EXIT_OK : SLK_EXIT_FINDINGS;
}
