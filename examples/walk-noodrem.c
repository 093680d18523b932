/* walk-noodrem.c: walk a noodrem up the escalation ladder, printing every
 * change and the step the ladder refuses. Usage: walk-noodrem [FILE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <stdio.h>

static void
on_state_changed (SlkNoodrem *noodrem,
                  SlkStep     old_state,
                  SlkStep     new_state,
                  gpointer    user_data)
{
  g_autoptr(GEnumClass) steps = g_type_class_ref (SLK_TYPE_STEP);

  printf ("%s -> %s\n", g_enum_get_value (steps, old_state)->value_nick,
          g_enum_get_value (steps, new_state)->value_nick);
}

static GDateTime *
day (int month,
     int dom)
{
  return g_date_time_new_utc (2026, month, dom, 0, 0, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SlkDataset) dataset = argc > 1 ? slk_dataset_new () : slk_dataset_new_default ();
  g_autoptr(SlkNoodrem) brake = slk_noodrem_new ("nr-example", SLK_NOODREM_KIND_NOODREM);
  g_autoptr(GDateTime) d1 = day (3, 2), d2 = day (3, 5), d3 = day (3, 9), d4 = day (3, 20);
  g_autoptr(GDateTime) d5 = day (4, 10), d6 = day (4, 20);
  g_autoptr(GError) error = NULL;
  int days = 0;

  if (argc > 1 && !slk_dataset_load_from_file (dataset, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  slk_noodrem_set_raised_by_id (brake, "zbo-uwv");
  slk_noodrem_set_addressed_to_id (brake, "szw");
  slk_noodrem_set_subject (brake, "Invoeringstermijn te krap");
  if (!slk_dataset_add_noodrem (dataset, brake, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_signal_connect (brake, "state-changed", G_CALLBACK (on_state_changed), NULL);
  slk_noodrem_signal (brake, d1, "Signaal aan de DG", NULL);
  if (!slk_noodrem_pull (brake, d2, NULL, &error))
    printf ("refused: %s\n", error->message);
  slk_noodrem_escalate_official (brake, d3, NULL, NULL);
  slk_noodrem_pull (brake, d4, NULL, NULL);
  slk_noodrem_explain (brake, d5, "Invoering wordt uitgesteld tot 2029.", NULL);
  slk_noodrem_close (brake, d6, NULL, NULL);
  if (slk_noodrem_get_days_to_response (brake, &days))
    printf ("answered after %d days\n", days);
  return 0;
}
