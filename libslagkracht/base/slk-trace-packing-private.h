/* slk-trace-packing-private.h: a record's positions in one small block
 *
 * A large file has millions of positions: an organization's nineteen
 * members and, per year, the year's key and up to eight figures. Whole,
 * each is 8 bytes and most members are not there. Packed, a record keeps
 * one block: a bit per member slot and 4 bytes per known member (its
 * line's distance from the record's first line, and its column); per year
 * its key in 8 bytes, a bit per figure and 2 bytes per known figure (on
 * the key's line: its distance from the key; else a line a little below
 * and a short column). A record laid out so that one position does not
 * fit keeps them whole: packing returns NULL.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-trace-private.h"

G_BEGIN_DECLS

typedef struct _SlkPackedRecord SlkPackedRecord;

SlkPackedRecord *_slk_packed_record_new  (const SlkPosition     *slots,
                                          guint                  n_slots,
                                          const SlkYearTable    *years);
SlkPosition      _slk_packed_record_slot (const SlkPackedRecord *packed,
                                          guint                  slot);
SlkPosition      _slk_packed_record_year (const SlkPackedRecord *packed,
                                          guint                  year,
                                          guint                  slot);

G_END_DECLS
