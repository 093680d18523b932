/* test-noodrem.c: the escalation ladder through the API: every allowed
 * and every refused step, the signal, the questions, and the history
 * through save and load
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib/gstdio.h>
#include <libslagkracht.h>

/* The ladder of SPEC §3, written out here by hand rather than taken from
 * the library: ALLOWED[from] lists the steps that may follow. */
#define B(step) (1u << (step))
static const guint ALLOWED[SLK_N_STEPS] = {
  [SLK_STEP_NONE] = B (SLK_STEP_SIGNAL),
  [SLK_STEP_SIGNAL] = B (SLK_STEP_ESCALATION_OFFICIAL) | B (SLK_STEP_ESCALATION_POLITICAL) |
                      B (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ESCALATION_OFFICIAL] = B (SLK_STEP_ESCALATION_POLITICAL) | B (SLK_STEP_PULLED) |
                                   B (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ESCALATION_POLITICAL] = B (SLK_STEP_PULLED) | B (SLK_STEP_WITHDRAWN),
  [SLK_STEP_PULLED] = B (SLK_STEP_ACKNOWLEDGED) | B (SLK_STEP_COMPLIED) | B (SLK_STEP_EXPLAINED) |
                      B (SLK_STEP_WITHDRAWN),
  [SLK_STEP_ACKNOWLEDGED] = B (SLK_STEP_COMPLIED) | B (SLK_STEP_EXPLAINED) | B (SLK_STEP_WITHDRAWN),
  [SLK_STEP_COMPLIED] = B (SLK_STEP_CLOSED),
  [SLK_STEP_EXPLAINED] = B (SLK_STEP_CLOSED),
};

/* A way up the ladder to each state. */
static const SlkStep PATHS[SLK_N_STEPS][6] = {
  [SLK_STEP_NONE] = { 0 },
  [SLK_STEP_SIGNAL] = { SLK_STEP_SIGNAL },
  [SLK_STEP_ESCALATION_OFFICIAL] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL },
  [SLK_STEP_ESCALATION_POLITICAL] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_POLITICAL },
  [SLK_STEP_PULLED] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL, SLK_STEP_PULLED },
  [SLK_STEP_ACKNOWLEDGED] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL, SLK_STEP_PULLED,
                              SLK_STEP_ACKNOWLEDGED },
  [SLK_STEP_COMPLIED] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL, SLK_STEP_PULLED,
                          SLK_STEP_COMPLIED },
  [SLK_STEP_EXPLAINED] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL, SLK_STEP_PULLED,
                           SLK_STEP_EXPLAINED },
  [SLK_STEP_CLOSED] = { SLK_STEP_SIGNAL, SLK_STEP_ESCALATION_OFFICIAL, SLK_STEP_PULLED,
                        SLK_STEP_COMPLIED, SLK_STEP_CLOSED },
  [SLK_STEP_WITHDRAWN] = { SLK_STEP_SIGNAL, SLK_STEP_WITHDRAWN },
};

static const char * const NAMES[SLK_N_STEPS] = {
  "none", "signal", "escalation-official", "escalation-political", "pulled",
  "acknowledged", "complied", "explained", "closed", "withdrawn",
};

static GDateTime *
day (int month,
     int day_of_month)
{
  return g_date_time_new_utc (2026, month, day_of_month, 0, 0, 0);
}

static SlkNoodrem *
noodrem_in_state (SlkStep state)
{
  SlkNoodrem *noodrem = slk_noodrem_new ("nr", SLK_NOODREM_KIND_NOODREM);
  g_autoptr(GError) error = NULL;

  for (int i = 0; PATHS[state][i] != SLK_STEP_NONE; i++)
    {
      g_autoptr(GDateTime) date = day (1, 1 + i);

      g_assert_true (slk_noodrem_take_step (noodrem, PATHS[state][i], date, "uitleg", &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (slk_noodrem_get_state (noodrem), ==, state);
  return noodrem;
}

/* The same history, in a file, judged by the validator. */
static char *
history_json (SlkStep from,
              SlkStep to)
{
  GString *out = g_string_new ("{\"format\": \"slagkracht-dataset/1\", \"reference_date\": "
                               "\"2026-05-16\", \"organizations\": [{\"id\": \"szw\", \"kind\": "
                               "\"ministry\", \"name\": \"SZW\"}, {\"id\": \"uwv\", \"kind\": "
                               "\"zbo\", \"name\": \"UWV\", \"parent\": \"szw\"}], "
                               "\"noodremmen\": [{\"id\": \"nr\", \"kind\": \"noodrem\", "
                               "\"raised_by\": \"uwv\", \"addressed_to\": \"szw\", "
                               "\"subject\": \"x\", \"events\": [");
  int n = 0;

  for (; PATHS[from][n] != SLK_STEP_NONE; n++)
    g_string_append_printf (out, "%s{\"type\": \"%s\", \"date\": \"2026-01-%02d\", "
                            "\"note\": \"uitleg\"}", n ? ", " : "", NAMES[PATHS[from][n]], n + 1);
  g_string_append_printf (out, "%s{\"type\": \"%s\", \"date\": \"2026-01-%02d\", "
                          "\"note\": \"uitleg\"}]}]}", n ? ", " : "", NAMES[to], n + 1);
  return g_string_free (out, FALSE);
}

static void
test_every_transition (void)
{
  for (SlkStep from = SLK_STEP_NONE; from < SLK_N_STEPS; from++)
    for (SlkStep to = SLK_STEP_SIGNAL; to < SLK_N_STEPS; to++)
      {
        g_autoptr(SlkNoodrem) noodrem = noodrem_in_state (from);
        g_autoptr(GDateTime) date = day (2, 1);
        g_autoptr(GError) error = NULL;
        g_autoptr(SlkDataset) dataset = slk_dataset_new ();
        g_autoptr(SlkReport) report = NULL;
        g_autofree char *json = history_json (from, to);
        gboolean allowed = (ALLOWED[from] & B (to)) != 0;
        guint before = slk_noodrem_get_n_events (noodrem);
        gboolean taken;

        g_assert_cmpint (slk_noodrem_can_take_step (noodrem, to), ==, allowed);
        taken = slk_noodrem_take_step (noodrem, to, date, "uitleg", &error);
        g_assert_cmpint (taken, ==, allowed);

        g_assert_true (slk_dataset_load_from_data (dataset, json, -1, NULL));
        report = slk_dataset_validate (dataset);
        if (allowed)
          {
            g_assert_no_error (error);
            g_assert_cmpint (slk_noodrem_get_state (noodrem), ==, to);
            g_assert_cmpuint (slk_noodrem_get_n_events (noodrem), ==, before + 1);
            g_assert_cmpuint (slk_report_get_n_errors (report), ==, 0);
            continue;
          }
        /* Refused: nothing changed, and the error says where it stands. */
        g_assert_cmpint (slk_noodrem_get_state (noodrem), ==, from);
        g_assert_cmpuint (slk_noodrem_get_n_events (noodrem), ==, before);
        g_assert_cmpuint (slk_report_get_n_errors (report), ==, 1);
        if (from == SLK_STEP_SIGNAL && to == SLK_STEP_PULLED)
          {
            g_assert_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_WITHOUT_ESCALATION);
            g_assert_cmpuint (slk_report_count_code (report, "noodrem-without-escalation"), ==, 1);
          }
        else
          {
            g_autofree char *state = g_strdup_printf ("state \"%s\"", NAMES[from]);

            g_assert_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_INVALID_TRANSITION);
            g_assert_nonnull (strstr (error->message, state));
            g_assert_nonnull (strstr (error->message, "Allowed from there"));
            g_assert_cmpuint (slk_report_count_code (report, "invalid-transition"), ==, 1);
          }
      }
}

static void
on_state_changed (SlkNoodrem *noodrem,
                  SlkStep     old_state,
                  SlkStep     new_state,
                  GString    *log)
{
  g_string_append_printf (log, "%s>%s ", NAMES[old_state], NAMES[new_state]);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_signal_and_refusals (void)
{
  g_autoptr(SlkNoodrem) noodrem = slk_noodrem_new ("nr", SLK_NOODREM_KIND_NOODREM);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GDateTime) d1 = day (3, 1);
  g_autoptr(GDateTime) d2 = day (3, 5);
  g_autoptr(GDateTime) earlier = day (2, 1);
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect (noodrem, "state-changed", G_CALLBACK (on_state_changed), log);
  g_signal_connect (noodrem, "notify::state", G_CALLBACK (on_notify), &notified);
  g_assert_true (slk_noodrem_signal (noodrem, d1, NULL, &error));
  g_assert_true (slk_noodrem_escalate_official (noodrem, d1, NULL, &error));
  g_assert_true (slk_noodrem_escalate_political (noodrem, d1, NULL, &error));
  g_assert_true (slk_noodrem_pull (noodrem, d2, "getrokken", &error));
  g_assert_true (slk_noodrem_acknowledge (noodrem, d2, NULL, &error));
  g_assert_no_error (error);

  /* An explanation is required, and a step cannot go back in time. */
  g_assert_false (slk_noodrem_explain (noodrem, d2, "  ", &error));
  g_assert_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_EXPLANATION_MISSING);
  g_clear_error (&error);
  g_assert_false (slk_noodrem_comply (noodrem, earlier, NULL, &error));
  g_assert_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_OUT_OF_ORDER);
  g_clear_error (&error);
  g_assert_cmpint (slk_noodrem_get_state (noodrem), ==, SLK_STEP_ACKNOWLEDGED);

  g_assert_true (slk_noodrem_explain (noodrem, d2, "Wordt uitgesteld.", &error));
  g_assert_true (slk_noodrem_close (noodrem, d2, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==,
                   "none>signal signal>escalation-official "
                   "escalation-official>escalation-political escalation-political>pulled "
                   "pulled>acknowledged acknowledged>explained explained>closed ");
  g_assert_cmpuint (notified, ==, 7);

  /* After the end, nothing more; not even a withdrawal. */
  g_assert_false (slk_noodrem_withdraw (noodrem, d2, NULL, &error));
  g_assert_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_INVALID_TRANSITION);
  g_assert_nonnull (strstr (error->message, "no step"));
}

static void
test_questions (void)
{
  g_autoptr(SlkNoodrem) noodrem = slk_noodrem_new ("nr", SLK_NOODREM_KIND_NOODREM);
  g_autoptr(GDateTime) signalled = day (3, 1);
  g_autoptr(GDateTime) pulled = day (3, 10);
  g_autoptr(GDateTime) deadline = day (4, 1);
  g_autoptr(GDateTime) on_deadline = day (4, 1);
  g_autoptr(GDateTime) later = day (5, 1);
  g_autoptr(GDateTime) responded = day (4, 20);
  int days = -1;

  g_assert_false (slk_noodrem_is_open (noodrem));
  g_assert_true (slk_noodrem_signal (noodrem, signalled, NULL, NULL));
  g_assert_true (slk_noodrem_escalate_official (noodrem, signalled, NULL, NULL));
  g_assert_true (slk_noodrem_pull (noodrem, pulled, NULL, NULL));
  g_assert_true (slk_noodrem_is_open (noodrem));

  /* Without a deadline nothing is overdue; on the deadline not yet. */
  g_assert_false (slk_noodrem_is_overdue (noodrem, later));
  slk_noodrem_set_response_deadline (noodrem, deadline);
  g_assert_false (slk_noodrem_is_overdue (noodrem, on_deadline));
  g_assert_true (slk_noodrem_is_overdue (noodrem, later));
  g_assert_false (slk_noodrem_get_days_to_response (noodrem, &days));

  /* A response after the deadline still leaves it overdue. */
  g_assert_true (slk_noodrem_comply (noodrem, responded, NULL, NULL));
  g_assert_true (slk_noodrem_is_overdue (noodrem, later));
  g_assert_true (slk_noodrem_get_days_to_response (noodrem, &days));
  g_assert_cmpint (days, ==, 31 + 19);
  g_assert_true (slk_noodrem_is_open (noodrem));
  g_assert_true (slk_noodrem_close (noodrem, responded, NULL, NULL));
  g_assert_false (slk_noodrem_is_open (noodrem));
}

static void
test_history_saved (void)
{
  g_autoptr(SlkDataset) dataset = slk_dataset_new ();
  g_autoptr(SlkDataset) reloaded = slk_dataset_new ();
  g_autoptr(SlkMinistry) szw = slk_ministry_new ("szw", "SZW");
  g_autoptr(SlkZbo) uwv = slk_zbo_new ("uwv", "UWV", "szw");
  g_autoptr(SlkNoodrem) noodrem = noodrem_in_state (SLK_STEP_CLOSED);
  g_autoptr(SlkNoodrem) clash = slk_noodrem_new ("uwv", SLK_NOODREM_KIND_NOODREM);
  g_autoptr(GDateTime) reference = day (5, 16);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(SlkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("slk-noodrem-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "history.json", NULL);
  SlkNoodrem *again;

  slk_dataset_set_reference_date (dataset, reference);
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (szw), NULL));
  g_assert_true (slk_dataset_add_organization (dataset, SLK_ORGANIZATION (uwv), NULL));
  slk_noodrem_set_raised_by_id (noodrem, "uwv");
  slk_noodrem_set_addressed_to_id (noodrem, "szw");
  slk_noodrem_set_subject (noodrem, "Invoering");
  g_assert_true (slk_dataset_add_noodrem (dataset, noodrem, &error));
  g_assert_no_error (error);
  /* Ids are unique across kinds. */
  g_assert_false (slk_dataset_add_noodrem (dataset, clash, &error));
  g_assert_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_DUPLICATE_ID);

  report = slk_dataset_validate (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (report)), ==, 0);
  g_assert_true (slk_dataset_save_to_file (dataset, path, NULL));
  g_assert_true (slk_dataset_load_from_file (reloaded, path, NULL));
  again = SLK_NOODREM (slk_dataset_lookup (reloaded, "nr"));
  g_assert_cmpint (slk_noodrem_get_state (again), ==, SLK_STEP_CLOSED);
  events = slk_noodrem_list_events (again);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(SlkNoodremEvent) event = g_list_model_get_item (events, i);
      g_autoptr(GDateTime) date = slk_noodrem_event_dup_date (event);

      g_assert_cmpint (slk_noodrem_event_get_step (event), ==, PATHS[SLK_STEP_CLOSED][i]);
      g_assert_cmpint (g_date_time_get_day_of_month (date), ==, 1 + i);
      g_assert_cmpstr (slk_noodrem_event_get_note (event), ==, "uitleg");
    }
  g_assert_true (SLK_IS_ZBO (slk_noodrem_get_raiser (again)));
  g_assert_true (SLK_IS_MINISTRY (slk_noodrem_get_addressee (again)));
  g_unlink (path);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/Noodrem/every-transition", test_every_transition);
  g_test_add_func ("/Slk/Noodrem/signal-and-refusals", test_signal_and_refusals);
  g_test_add_func ("/Slk/Noodrem/questions", test_questions);
  g_test_add_func ("/Slk/Noodrem/history-saved", test_history_saved);
  return g_test_run ();
}
