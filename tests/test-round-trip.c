/* test-round-trip.c: random datasets made through the API survive a save
 * and a load unchanged: same bytes, same figures, same ids (seeded, so a
 * failure can be replayed with --seed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libslagkracht.h>
#include <math.h>

static char *
random_name (void)
{
  static const char * const pieces[] = {
    "Dienst", " ", "Uitvoering", "é", "Ĳssel", "\"", "\\", "/", "\n", "\t", "€", "😀",
    "Toezicht", "~", "<&>", "\x01",
  };
  GString *name = g_string_new ("N");

  for (int i = g_test_rand_int_range (0, 8); i > 0; i--)
    g_string_append (name, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
  return g_string_free (name, FALSE);
}

static SlkDataset *
random_dataset (guint n_organizations)
{
  SlkDataset *dataset = slk_dataset_new ();
  g_autoptr(GDateTime) date = g_date_time_new_utc (g_test_rand_int_range (2000, 2030),
                                                   g_test_rand_int_range (1, 13),
                                                   g_test_rand_int_range (1, 29), 0, 0, 0);
  g_autofree char *title = random_name ();

  slk_dataset_set_title (dataset, title);
  slk_dataset_set_reference_date (dataset, date);
  for (guint i = 0; i < n_organizations; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      g_autofree char *name = random_name ();
      g_autoptr(SlkOrganization) org = NULL;
      g_autoptr(GError) error = NULL;

      switch (i == 0 ? 0 : g_test_rand_int_range (0, 5))
        {
        case 0: org = SLK_ORGANIZATION (slk_ministry_new (id, name)); break;
        case 1:
          {
            SlkZbo *zbo = slk_zbo_new (id, name, "org-0");
            g_autoptr(GDateTime) when = g_date_time_new_utc (g_test_rand_int_range (1990, 2026),
                                                             2, 28, 0, 0, 0);

            slk_zbo_set_legal_form (zbo, g_test_rand_int_range (0, 3));
            slk_zbo_set_kaderwet (zbo, g_test_rand_int_range (0, 3));
            slk_zbo_set_legal_personality (zbo, g_test_rand_int_range (0, 3));
            slk_zbo_set_authority (zbo, g_test_rand_int_range (0, 3));
            slk_zbo_set_inspectieraad (zbo, g_test_rand_int_range (0, 3));
            if (g_test_rand_bit ())
              slk_zbo_set_last_evaluation (zbo, when);
            org = SLK_ORGANIZATION (zbo);
            break;
          }
        case 2: org = SLK_ORGANIZATION (slk_inspection_new (id, name, "org-0")); break;
        case 3: org = SLK_ORGANIZATION (slk_agency_new (id, name, "org-0")); break;
        default: org = SLK_ORGANIZATION (slk_decentral_body_new (id, name)); break;
        }
      if (g_test_rand_bit ())
        slk_organization_set_abbreviation (org, "ABBR");
      for (int f = g_test_rand_int_range (0, 12); f > 0; f--)
        {
          guint year = g_test_rand_int_range (2000, 2031);
          SlkMetric metric = g_test_rand_int_range (0, SLK_N_METRICS);

          if (slk_metric_is_amount (metric))
            slk_organization_set_amount (org, year, metric,
                                         (gint64) g_test_rand_double_range (-1e12, 1e15));
          else
            slk_organization_set_figure (org, year, metric,
                                         g_test_rand_bit () ? g_test_rand_double_range (0, 1e6)
                                                            : (double) g_test_rand_int ());
        }
      g_assert_true (slk_dataset_add_organization (dataset, org, &error));
      g_assert_no_error (error);
    }
  return dataset;
}

static void
assert_same_figures (SlkOrganization *a,
                     SlkOrganization *b)
{
  gsize n_a, n_b;
  g_autofree guint *years_a = slk_organization_get_years (a, &n_a);
  g_autofree guint *years_b = slk_organization_get_years (b, &n_b);

  g_assert_cmpmem (years_a, n_a * sizeof (guint), years_b, n_b * sizeof (guint));
  for (gsize y = 0; y < n_a; y++)
    for (int m = 0; m < SLK_N_METRICS; m++)
      {
        double va = 0, vb = 0;
        gint64 ca = 0, cb = 0;
        gboolean ga = slk_organization_get_figure (a, years_a[y], m, &va);
        gboolean gb = slk_organization_get_figure (b, years_a[y], m, &vb);

        g_assert_cmpint (ga, ==, gb);
        if (slk_metric_is_amount (m))
          {
            slk_organization_get_amount (a, years_a[y], m, &ca);
            slk_organization_get_amount (b, years_a[y], m, &cb);
            g_assert_cmpint (ca, ==, cb);   /* amounts exact to the cent */
          }
        else
          g_assert_cmpfloat (va, ==, vb);   /* doubles exact to the bit */
      }
}

static void
test_random_round_trip (void)
{
  for (int round = 0; round < 20; round++)
    {
      g_autoptr(SlkDataset) dataset = random_dataset (g_test_rand_int_range (1, 40));
      g_autoptr(SlkDataset) reloaded = slk_dataset_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) before = slk_dataset_list_organizations (dataset);
      gsize length;
      g_autofree char *first = slk_dataset_to_data (dataset, &length);
      g_autofree char *second = NULL;

      g_assert_true (slk_dataset_load_from_data (reloaded, first, length, &error));
      g_assert_no_error (error);
      second = slk_dataset_to_data (reloaded, NULL);
      g_assert_cmpstr (first, ==, second);
      g_assert_cmpstr (slk_dataset_get_title (dataset), ==, slk_dataset_get_title (reloaded));
      g_assert_cmpuint (slk_dataset_get_n_organizations (reloaded), ==,
                        g_list_model_get_n_items (before));
      for (guint i = 0; i < g_list_model_get_n_items (before); i++)
        {
          g_autoptr(SlkOrganization) org = g_list_model_get_item (before, i);
          GObject *copy = slk_dataset_lookup (reloaded, slk_organization_get_id (org));

          g_assert_nonnull (copy);
          g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (org));
          g_assert_cmpstr (slk_organization_get_name (SLK_ORGANIZATION (copy)), ==,
                           slk_organization_get_name (org));
          assert_same_figures (org, SLK_ORGANIZATION (copy));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/Slk/RoundTrip/random", test_random_round_trip);
  return g_test_run ();
}
