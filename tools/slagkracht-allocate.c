/* slagkracht-allocate.c: `slagkracht allocate [FILE] TAAKSTELLING [OPTION…]`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "slagkracht-commands.h"

static const char description[] =
  N_("Divides the rijksbrede TAAKSTELLING of FILE (none: the built-in dataset)\n"
  "over the ministries, and\n"
  "prints the shares or writes them into the dataset.\n"
  "\n"
  "By default the shares are in proportion to each ministry's personnel\n"
  "spending in 2024 over the rijksdienst scope (the \"kaasschaaf\"); --by and\n"
  "--base-year choose another base, --weight gives explicit weights instead,\n"
  "and --exempt leaves a ministry out. Every year's target is divided to the\n"
  "cent by the largest remainder, so the shares add up to the whole exactly.\n"
  "A ministry with no base figure is not given 0: exempt it or weight it.\n"
  "\n"
  "Exit status:\n"
  "  0  the shares are printed or written\n"
  "  1  the taakstelling cannot be divided (the message says why)\n"
  "  2  the file could not be read or written, or an option is wrong\n"
  "\n"
  "Examples:\n"
  "  slagkracht allocate rijksdienst.json apparaat-2025\n"
  "  slagkracht allocate rijksdienst.json apparaat-2025 --exempt def --write\n"
  "  slagkracht allocate rijksdienst.json vernieuwing --weight szw=2 --weight bzk=1\n"
  "  slagkracht allocate rijksdienst.json apparaat-2025 --by fte --format json\n");

static gboolean
apply_weights (SlkAllocator  *allocator,
               char         **weights)
{
  for (guint i = 0; weights != NULL && weights[i] != NULL; i++)
    {
      const char *equals = strchr (weights[i], '=');
      g_autofree char *id = NULL;
      char *end;
      double weight;

      if (equals == NULL || equals == weights[i])
        {
          fprintf (stderr, _("slagkracht allocate: --weight takes ID=WEIGHT, not '%s'.\n"),
                   weights[i]);
          return FALSE;
        }
      weight = g_ascii_strtod (equals + 1, &end);
      if (*end != '\0' || end == equals + 1 || !(weight >= 0) || weight > 1e12)
        {
          fprintf (stderr, _("slagkracht allocate: the weight in '%s' is not a number of 0 or "
                   "more.\n"), weights[i]);
          return FALSE;
        }
      id = g_strndup (weights[i], equals - weights[i]);
      slk_allocator_set_weight (allocator, id, weight);
    }
  return TRUE;
}

/* An id that names no taakstelling: the one meant, or those there are. */
static void
report_unknown_id (SlkDataset *dataset,
                   const char *file,
                   const char *id)
{
  g_autofree char *meant = slk_dataset_dup_closest_id (dataset, id, SLK_TYPE_TAAKSTELLING);
  g_autoptr(GListModel) all = slk_dataset_list_taakstellingen (dataset);
  guint n = g_list_model_get_n_items (all);

  fprintf (stderr, _("slagkracht allocate: %s: no taakstelling has the id \"%s\"."),
           file ? file : SLK_TOOL_BUILT_IN, id);
  if (meant != NULL)
    fprintf (stderr, _(" Did you mean \"%s\"?"), meant);
  else if (n == 0)
    fprintf (stderr, _(" It has no taakstellingen."));
  else
    {
      fputs (ngettext (" Its taakstelling is: ", " Its taakstellingen are: ", n), stderr);
      for (guint i = 0; i < n && i < 12; i++)
        {
          g_autoptr(SlkTaakstelling) taak = g_list_model_get_item (all, i);

          fprintf (stderr, "%s%s", i == 0 ? "" : ", ", slk_taakstelling_get_id (taak));
        }
      if (n > 12)
        fprintf (stderr, _(" and %u more"), n - 12);
      fputc ('.', stderr);
    }
  fputc ('\n', stderr);
}

static gint
compare_years (gconstpointer a,
               gconstpointer b)
{
  return (gint) GPOINTER_TO_UINT (a) - (gint) GPOINTER_TO_UINT (b);
}

/* Euro with a space between thousands, as the monitor's table writes them:
 * 1 234 567.89. */
static void
print_euro (gint64 cents)
{
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;
  char digits[32];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude / 100);

  if (cents < 0)
    putchar ('-');
  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        putchar (' ');
      putchar (digits[i]);
    }
  printf (".%02d", (int) (magnitude % 100));
}

/* The total of every year over the shares: the parent's targets, to the
 * cent, which is what the largest remainder promises. */
static void
print_totals (GHashTable *totals)
{
  g_autoptr(GList) years = g_list_sort (g_hash_table_get_keys (totals), compare_years);
  printf ("total\n");
  for (GList *l = years; l != NULL; l = l->next)
    {
      printf ("  %u  ", GPOINTER_TO_UINT (l->data));
      print_euro (*(gint64 *) g_hash_table_lookup (totals, l->data));
      putchar ('\n');
    }
}

static void
print_shares (GListModel *shares,
              gboolean    as_json)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) totals = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(SlkTaakstelling) share = g_list_model_get_item (shares, i);
      gsize n_years;
      g_autofree guint *years = slk_taakstelling_list_years (share, &n_years);

      if (!as_json)
        printf ("%s  (%s)\n", slk_taakstelling_get_id (share),
                slk_taakstelling_get_scope_id (share));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, slk_taakstelling_get_id (share));
      json_builder_set_member_name (builder, "scope");
      json_builder_add_string_value (builder, slk_taakstelling_get_scope_id (share));
      json_builder_set_member_name (builder, "targets");
      json_builder_begin_object (builder);
      for (gsize y = 0; y < n_years; y++)
        {
          gint64 cents;
          char key[8];

          if (!slk_taakstelling_get_amount (share, SLK_TAAK_FIGURE_TARGETS, years[y], &cents))
            continue;
          g_snprintf (key, sizeof key, "%u", years[y]);
          json_builder_set_member_name (builder, key);
          json_builder_add_double_value (builder, cents / 100.0);
          if (!as_json)
            {
              gint64 *total = g_hash_table_lookup (totals, GUINT_TO_POINTER (years[y]));

              if (total == NULL)
                g_hash_table_insert (totals, GUINT_TO_POINTER (years[y]),
                                     total = g_new0 (gint64, 1));
              *total += cents;
              printf ("  %s  ", key);
              print_euro (cents);
              putchar ('\n');
            }
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (!as_json && g_list_model_get_n_items (shares) > 0)
    print_totals (totals);
  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = json_to_string (root, TRUE);

      printf ("%s\n", text);
    }
}

int
slk_command_allocate (int    argc,
                      char **argv)
{
  g_autofree char *by = NULL, *scope = NULL, *format = NULL, *output = NULL;
  g_auto(GStrv) args = NULL, weights = NULL, exempt = NULL;
  gboolean write = FALSE, dubbele_slot = FALSE, allow_partial = FALSE, to_stdout;
  int base_year = NOT_GIVEN;
  GOptionEntry entries[] = {
    { "by", 0, 0, G_OPTION_ARG_STRING, &by,
      N_("The base metric: fte, personnel_spending (default), material_spending, ..."), "METRIC" },
    { "base-year", 'b', 0, G_OPTION_ARG_INT, &base_year, N_("The year of the base (default 2024)"),
      "YEAR" },
    { "scope", 's', 0, G_OPTION_ARG_STRING, &scope, N_("core, rijksdienst (default) or all"),
      "SCOPE" },
    { "weight", 'w', 0, G_OPTION_ARG_STRING_ARRAY, &weights,
      N_("An explicit weight for a ministry; repeat for each"), "ID=WEIGHT" },
    { "exempt", 'x', 0, G_OPTION_ARG_STRING_ARRAY, &exempt, N_("Leave a ministry out; repeatable"),
      "ID" },
    { "dubbele-slot", 0, 0, G_OPTION_ARG_NONE, &dubbele_slot,
      N_("A share is met only when its euro and its FTE target are met"), NULL },
    { "allow-partial", 0, 0, G_OPTION_ARG_NONE, &allow_partial,
      N_("Use a base figure even where only some of a ministry's organisations give it"), NULL },
    { "write", 0, 0, G_OPTION_ARG_NONE, &write, N_("Add the shares to FILE and save it"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Save the dataset with the shares to OUT instead (- for standard output)"), "OUT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("How to print the shares: text or json"),
      "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL,
      "[FILE] TAAKSTELLING" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SlkDataset) dataset = NULL;
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GListModel) shares = NULL;
  GObject *parent;
  const char *file, *taakstelling_id;
  static const char *scopes[] = { "core", "rijksdienst", "all", NULL };

  g_set_prgname ("slagkracht allocate");
  g_option_context_set_summary (context,
  _("Divide a rijksbrede taakstelling over the ministries."));
  g_option_context_set_description (context, description);
  slk_tool_add_entries (context, entries);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "slagkracht allocate: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  if (args == NULL || args[0] == NULL || (args[1] != NULL && args[2] != NULL))
    {
      fprintf (stderr, _("slagkracht allocate: give the id of a TAAKSTELLING, after a FILE or "
               "alone for the built-in dataset.\nTry 'slagkracht allocate --help'.\n"));
      return SLK_EXIT_UNREADABLE;
    }
  if (args[1] == NULL &&
      (g_file_test (args[0], G_FILE_TEST_EXISTS) || g_str_equal (args[0], "-")))
    {
      fprintf (stderr, _("slagkracht allocate: '%s' is a file; give the id of a TAAKSTELLING "
               "after it.\n"), args[0]);
      return SLK_EXIT_UNREADABLE;
    }
  file = args[1] != NULL ? args[0] : NULL;
  taakstelling_id = args[1] != NULL ? args[1] : args[0];
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      fprintf (stderr, _("slagkracht allocate: --format must be text or json, not '%s'.\n"),
      format);
      return SLK_EXIT_UNREADABLE;
    }
  if (by != NULL)
    {
      g_autoptr(GEnumClass) metrics = g_type_class_ref (SLK_TYPE_METRIC);
      GEnumValue *metric = g_enum_get_value_by_nick (metrics, by);

      if (metric == NULL)
        {
          fprintf (stderr, _("slagkracht allocate: '%s' is not a metric.\n"), by);
          return SLK_EXIT_UNREADABLE;
        }
      slk_allocator_set_metric (allocator, metric->value);
    }
  if (base_year != NOT_GIVEN)
    {
      if (base_year < 1000 || base_year > 9999)
        {
          fprintf (stderr, _("slagkracht allocate: years are four digits, such as 2024.\n"));
          return SLK_EXIT_UNREADABLE;
        }
      slk_allocator_set_base_year (allocator, base_year);
    }
  if (scope != NULL)
    {
      int choice;

      if (!slk_tool_choice ("allocate", "--scope", scope, scopes, &choice))
        return SLK_EXIT_UNREADABLE;
      slk_allocator_set_scope (allocator, choice);
    }
  if (!apply_weights (allocator, weights))
    return SLK_EXIT_UNREADABLE;
  for (guint i = 0; exempt != NULL && exempt[i] != NULL; i++)
    slk_allocator_exempt (allocator, exempt[i]);
  slk_allocator_set_dubbele_slot (allocator, dubbele_slot);
  slk_allocator_set_allow_partial (allocator, allow_partial);

  dataset = slk_tool_open (file, "allocate");
  if (dataset == NULL)
    return SLK_EXIT_UNREADABLE;
  parent = slk_dataset_lookup (dataset, taakstelling_id);
  if (!SLK_IS_TAAKSTELLING (parent))
    {
      report_unknown_id (dataset, file, taakstelling_id);
      return SLK_EXIT_FINDINGS;
    }
  shares = slk_allocator_allocate (allocator, SLK_TAAKSTELLING (parent), &error);
  if (shares == NULL)
    {
      g_autofree char *suggestion = NULL;

      /* With no weights, a base the data cannot give: name one they can. */
      if ((weights == NULL || weights[0] == NULL) &&
          (g_error_matches (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_WEIGHTS) ||
           g_error_matches (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_NO_BASE) ||
           g_error_matches (error, SLK_ALLOCATION_ERROR, SLK_ALLOCATION_ERROR_PARTIAL_BASE)))
        suggestion = slk_tool_suggest_base (dataset, SLK_TAAKSTELLING (parent),
                                            slk_allocator_get_scope (allocator),
                                            (const char * const *) exempt,
                                            slk_allocator_get_dubbele_slot (allocator));
      fprintf (stderr, "slagkracht allocate: %s%s%s\n", error->message,
               suggestion != NULL ? " " : "", suggestion != NULL ? suggestion : "");
      return SLK_EXIT_FINDINGS;
    }
  to_stdout = output != NULL && g_str_equal (output, "-");
  if (!to_stdout)
    print_shares (shares, format != NULL && g_str_equal (format, "json"));
  if (!write && output == NULL)
    return SLK_EXIT_OK;
  if ((file == NULL || g_str_equal (file, "-")) && output == NULL)
    {
      fprintf (stderr, _("slagkracht allocate: %s cannot be written back; use --output.\n"),
               file == NULL ? _("the built-in dataset") : _("standard input"));
      return SLK_EXIT_UNREADABLE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (shares); i++)
    {
      g_autoptr(SlkTaakstelling) share = g_list_model_get_item (shares, i);

      if (!slk_dataset_add_taakstelling (dataset, share, &error))
        {
          fprintf (stderr, "slagkracht allocate: %s\n", error->message);
          return SLK_EXIT_FINDINGS;
        }
    }
  if (to_stdout)
    {
      g_autofree char *text = slk_dataset_to_data (dataset, NULL);

      fputs (text, stdout);
      return SLK_EXIT_OK;
    }
  if (!slk_dataset_save_to_file (dataset, output ? output : file, &error))
    {
      fprintf (stderr, "slagkracht allocate: %s\n", error->message);
      return SLK_EXIT_UNREADABLE;
    }
  fprintf (stderr, _("slagkracht allocate: %u shares written to %s.\n"),
           g_list_model_get_n_items (shares), output ? output : file);
  return SLK_EXIT_OK;
}
