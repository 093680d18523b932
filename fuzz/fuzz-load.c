/* fuzz-load.c: libFuzzer harness for load and validate. Whatever the
 * input, loading must not crash, leak or raise a critical; a file that
 * loads must validate, and what it writes must load again and write the
 * same bytes (nothing lost on a round trip).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical is a bug the fuzzer should stop at. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) again = slk_dataset_new ();
  g_autoptr(SlkReport) report = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize length;

  if (!slk_dataset_load_from_data (dataset, (const char *) data, size, NULL))
    {
      g_assert_nonnull (slk_dataset_get_load_failure (dataset));
      return 0;
    }
  report = slk_dataset_validate (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (report)); i++)
    {
      g_autoptr(SlkFinding) finding = g_list_model_get_item (G_LIST_MODEL (report), i);
      const char *pointer = slk_finding_get_pointer (finding);

      g_assert_true (pointer[0] == '\0' || pointer[0] == '/');
      g_assert_cmpuint (strlen (slk_finding_get_message (finding)), >, 0);
    }
  first = slk_dataset_to_data (dataset, &length);
  g_assert_true (slk_dataset_load_from_data (again, first, length, NULL));
  second = slk_dataset_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  return 0;
}
