/* slk-trace-packing-private.h: positions in a few bits each
 *
 * A large file has millions of positions: an organization's nineteen
 * members and, per year, the year's key and up to eight figures. Whole,
 * each is 8 bytes. Packed, a member takes 4 bytes (its line's distance
 * from the record's first line, and its column) and a figure 2 bytes (on
 * the year's line: its distance from the key; else a line a little below
 * and a short column). A record laid out so that one position does not
 * fit keeps them whole: packing returns NULL.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-trace-private.h"

G_BEGIN_DECLS

typedef struct _SlkPackedSlots SlkPackedSlots;
typedef struct _SlkPackedYears SlkPackedYears;

SlkPackedSlots *_slk_packed_slots_new (const SlkPosition    *slots,
                                       guint                 n_slots);
SlkPosition     _slk_packed_slots_get (const SlkPackedSlots *packed,
                                       guint                 slot);

SlkPackedYears *_slk_packed_years_new (SlkYearTable         *years);
SlkPosition     _slk_packed_years_get (const SlkPackedYears *packed,
                                       guint                 year,
                                       guint                 slot);

G_END_DECLS
