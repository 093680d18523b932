/* slk-date-private.h: calendar dates held as Julian day numbers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 0 is "no date"; GDate's Julian days start at 1 for 0001-01-01. */
typedef guint32 SlkDay;

gboolean   _slk_day_parse          (const char *text,
                                    gsize       length,
                                    SlkDay     *day);
gboolean   _slk_day_parse_due      (const char *text,
                                    gsize       length,
                                    SlkDay     *day);
void       _slk_day_format         (SlkDay      day,
                                    char        buffer[11]);
GDateTime *_slk_day_to_date_time   (SlkDay      day);
SlkDay     _slk_day_from_date_time (GDateTime  *date_time);
SlkDay     _slk_day_add_years      (SlkDay      day,
                                    guint       years);
guint      _slk_day_get_year       (SlkDay      day);

G_END_DECLS
