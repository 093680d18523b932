/* slk-date.c: calendar dates held as Julian day numbers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-date-private.h"

static gboolean
read_digits (const char *text,
             guint       count,
             guint      *value)
{
  *value = 0;
  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/* Accepts exactly YYYY-MM-DD naming a real day (no 2023-02-29). */
gboolean
_slk_day_parse (const char *text,
                gsize       length,
                SlkDay     *day)
{
  guint year, month, mday;
  GDate date;

  if (length != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!read_digits (text, 4, &year) || !read_digits (text + 5, 2, &month) ||
      !read_digits (text + 8, 2, &mday))
    return FALSE;
  if (year < 1 || !g_date_valid_dmy (mday, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  *day = g_date_get_julian (&date);
  return TRUE;
}

/* A due date as the contract writes one: a date YYYY-MM-DD, or a quarter
 * YYYY-Qn, due on the quarter's last day. */
gboolean
_slk_day_parse_due (const char *text,
                    gsize       length,
                    SlkDay     *day)
{
  static const guint8 last_day[] = { 31, 30, 30, 31 };
  guint year, quarter;
  GDate date;

  if (_slk_day_parse (text, length, day))
    return TRUE;
  if (length != 7 || text[4] != '-' || text[5] != 'Q' || !read_digits (text, 4, &year) ||
      !read_digits (text + 6, 1, &quarter) || year < 1 || quarter < 1 || quarter > 4)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, last_day[quarter - 1], quarter * 3, year);
  *day = g_date_get_julian (&date);
  return TRUE;
}

void
_slk_day_format (SlkDay day,
                 char   buffer[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (buffer, 11, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

GDateTime *
_slk_day_to_date_time (SlkDay day)
{
  GDate date;

  if (day == 0)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
}

SlkDay
_slk_day_from_date_time (GDateTime *date_time)
{
  int year, month, mday;
  GDate date;

  if (date_time == NULL)
    return 0;
  g_date_time_get_ymd (date_time, &year, &month, &mday);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  return g_date_get_julian (&date);
}

SlkDay
_slk_day_add_years (SlkDay day,
                    guint  years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_add_years (&date, years);
  return g_date_get_julian (&date);
}

/* The calendar year of @day; 0 for no date. */
guint
_slk_day_get_year (SlkDay day)
{
  GDate date;

  if (day == 0)
    return 0;
  g_date_set_julian (&date, day);
  return g_date_get_year (&date);
}
