/* slagkracht-allocate-base.c: when the base asked for cannot be used,
 * which base the data can give
 *
 * The built-in dataset has no personnel spending for every ministry in any
 * year, so `allocate` with its defaults refuses it. Rather than leave the
 * user to try metric after metric, this tries each base figure, year and
 * scope the data have (the scope asked for first), and names the one that
 * every ministry gives, or else the one that all but one or two give, with
 * the ministries to exempt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>

#include "slagkracht-commands.h"

/* The base figures a share can be in proportion to, the usual first. */
static const SlkMetric bases[] = {
  SLK_METRIC_PERSONNEL_SPENDING, SLK_METRIC_FTE, SLK_METRIC_FORMATIE,
  SLK_METRIC_MATERIAL_SPENDING, SLK_METRIC_EXTERNAL_HIRE_SPENDING, SLK_METRIC_OFFICE_M2,
};
static const char * const scope_names[] = { "core", "rijksdienst", "all" };

typedef struct
{
  SlkMetric  metric;
  guint      year;
  SlkScope   scope;
  guint      n_missing;   /* more than two to exempt is no suggestion */
  char      *missing;     /* "def, bz" */
  char      *exempt;      /* "def --exempt bz" */
} Base;

static gboolean
divides (SlkTaakstelling    *parent,
         const Base         *base,
         const char * const *exempt,
         gboolean            dubbele_slot)
{
  g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
  g_autoptr(GListModel) shares = NULL;

  slk_allocator_set_metric (allocator, base->metric);
  slk_allocator_set_base_year (allocator, base->year);
  slk_allocator_set_scope (allocator, base->scope);
  slk_allocator_set_dubbele_slot (allocator, dubbele_slot);
  for (guint i = 0; exempt != NULL && exempt[i] != NULL; i++)
    slk_allocator_exempt (allocator, exempt[i]);
  shares = slk_allocator_allocate (allocator, parent, NULL);
  return shares != NULL;
}

/* Tries every base and year in @scope; keeps in @best one that needs fewer
 * exemptions than it has. */
static void
try_scope (SlkDataset         *dataset,
           SlkTaakstelling    *parent,
           SlkScope            scope,
           const char * const *exempt,
           gboolean            dubbele_slot,
           Base               *best)
{
  g_autoptr(SlkRollup) rollup = slk_rollup_new (dataset, scope, SLK_GROUPING_MINISTRY);
  g_auto(GStrv) ministries = slk_rollup_list_groups (rollup);
  gsize n_years;
  g_autofree guint *years = slk_rollup_list_years (rollup, &n_years);

  for (gsize b = 0; b < G_N_ELEMENTS (bases); b++)
    for (gsize y = n_years; y > 0; y--)
      {
        Base base = { bases[b], years[y - 1], scope, 0, NULL, NULL };
        gsize n_values;
        g_autofree double *values = slk_rollup_dup_column (rollup, base.metric, base.year,
                                                           &n_values);
        g_autoptr(GPtrArray) missing = g_ptr_array_new ();
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) exempted = NULL;

        for (guint i = 0; exempt != NULL && exempt[i] != NULL; i++)
          g_strv_builder_add (builder, exempt[i]);
        for (gsize i = 0; i < n_values && ministries[i] != NULL; i++)
          if (isnan (values[i]) && (exempt == NULL || !g_strv_contains (exempt, ministries[i])))
            {
              g_ptr_array_add (missing, ministries[i]);
              g_strv_builder_add (builder, ministries[i]);
            }
        if (missing->len >= best->n_missing)
          continue;
        exempted = g_strv_builder_end (builder);
        if (!divides (parent, &base, (const char * const *) exempted, dubbele_slot))
          continue;
        g_ptr_array_add (missing, NULL);
        g_free (best->missing);
        g_free (best->exempt);
        *best = base;
        best->n_missing = missing->len - 1;
        best->missing = g_strjoinv (", ", (char **) missing->pdata);
        best->exempt = g_strjoinv (" --exempt ", (char **) missing->pdata);
      }
}

/* One sentence naming a base that divides @parent, or NULL when none
 * does, even with one or two ministries exempted. */
char *
slk_tool_suggest_base (SlkDataset         *dataset,
                       SlkTaakstelling    *parent,
                       SlkScope            scope,
                       const char * const *exempt,
                       gboolean            dubbele_slot)
{
  Base best = { 0, 0, scope, 3, NULL, NULL };
  g_autofree char *missing = NULL;
  g_autofree char *exempt_options = NULL;
  g_autofree char *scope_option = NULL;

  try_scope (dataset, parent, scope, exempt, dubbele_slot, &best);
  for (guint s = 0; s < G_N_ELEMENTS (scope_names) && best.n_missing > 0; s++)
    if ((SlkScope) s != scope)
      try_scope (dataset, parent, s, exempt, dubbele_slot, &best);
  missing = best.missing;
  exempt_options = best.exempt;
  if (best.year == 0)
    return NULL;
  scope_option = best.scope != scope ? g_strdup_printf (_(" --scope %s"), scope_names[best.scope])
                                     : g_strdup ("");
  if (best.n_missing == 0)
    return g_strdup_printf (_("The data give %s for %u for every ministry%s: try --by %s "
                            "--base-year %u%s."), slk_metric_to_string (best.metric), best.year,
                            *scope_option ? _(" in another scope") : "",
                            slk_metric_to_string (best.metric), best.year, scope_option);
  return g_strdup_printf (_("The nearest base the data give is %s for %u, which every ministry "
                          "but %s gives: try --by %s --base-year %u%s --exempt %s."),
                          slk_metric_to_string (best.metric), best.year, missing,
                          slk_metric_to_string (best.metric), best.year, scope_option,
                          exempt_options);
}
