/* fuzz-monitor.c: libFuzzer harness for everything computed from a
 * loaded dataset: roll-ups, the monitor in every format and its
 * explanations, and an allocation of each taakstelling.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
exercise_monitor (SlkDataset *dataset)
{
  g_autoptr(SlkMonitor) monitor = slk_monitor_new (dataset);
  g_auto(GStrv) fields = slk_monitor_list_fields (monitor);
  g_autoptr(SlkReport) findings = slk_monitor_list_findings (monitor);

  g_assert_nonnull (findings);
  for (int format = SLK_MONITOR_FORMAT_TEXT; format <= SLK_MONITOR_FORMAT_HTML; format++)
    {
      g_autofree char *text = slk_monitor_render (monitor, format);

      g_assert_nonnull (text);
    }
  for (guint f = 0; fields[f] != NULL; f++)
    {
      g_autoptr(GListModel) explained = slk_monitor_list_contributions (monitor, NULL, fields[f]);
      gsize n;
      g_autofree double *column = slk_monitor_dup_column (monitor, fields[f], &n);

      g_assert_nonnull (explained);
      g_assert_true (n == 0 || column != NULL);
    }
  slk_monitor_set_scope (monitor, SLK_SCOPE_ALL);
  slk_monitor_set_year (monitor, 2024);
  g_free (slk_monitor_render (monitor, SLK_MONITOR_FORMAT_JSON));
}

static void
exercise_allocations (SlkDataset *dataset)
{
  g_autoptr(GListModel) all = slk_dataset_list_taakstellingen (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (all) && i < 4; i++)
    {
      g_autoptr(SlkTaakstelling) taak = g_list_model_get_item (all, i);
      g_autoptr(SlkAllocator) allocator = slk_allocator_new ();
      g_autoptr(GListModel) shares = NULL;

      slk_allocator_set_metric (allocator, SLK_METRIC_FTE);
      shares = slk_allocator_allocate (allocator, taak, NULL);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkRollup) rollup = NULL;
  gsize n;

  if (!slk_dataset_load_from_data (dataset, (const char *) data, size, NULL))
    return 0;
  rollup = slk_rollup_new (dataset, SLK_SCOPE_RIJKSDIENST, SLK_GROUPING_KIND);
  g_free (slk_rollup_dup_column (rollup, SLK_METRIC_PERSONNEL_SPENDING, 2024, &n));
  g_free (slk_rollup_dup_share_column (rollup, SLK_SHARE_EXTERNAL_HIRE, 2024, &n));
  exercise_monitor (dataset);
  exercise_allocations (dataset);
  return 0;
}
