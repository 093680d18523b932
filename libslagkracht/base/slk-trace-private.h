/* slk-trace-private.h: where the members of a loaded file stand
 *
 * The loader (io/) records here, for each record it reads, the line and
 * column of its members; validation (checks/) reads them back to give a
 * finding its place. The model keeps a trace beside its records but never
 * looks inside: positions are the file's business, not the records'.
 *
 * Three shapes, by what suits the record:
 * - slots: a fixed list of members by number (an organization's members,
 *   the dataset's top members);
 * - years: per year, the year's key and its figures by number;
 * - paths: positions by the pointer below the record ("events/2/date").
 * A record is known by its address (for instrument records, by their
 * SlkRecordCore). What the trace lacks is at line 0: unknown.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "slk-position-private.h"
#include "slk-year-table-private.h"

G_BEGIN_DECLS

/* Slot 0 of a year is its key; slot 1 + f is figure f. */
#define SLK_TRACE_YEAR_SLOTS 9

/* An entry of a year table (slk-year-table-private.h). */
typedef struct
{
  guint16      year;
  guint8       present;   /* unused: every slot may be unknown */
  SlkPosition  slots[SLK_TRACE_YEAR_SLOTS];
} SlkYearTrace;

typedef struct _SlkTrace SlkTrace;

SlkTrace    *_slk_trace_new        (void);
void         _slk_trace_free       (SlkTrace          *trace);
void         _slk_trace_set_slots  (SlkTrace          *trace,
                                    gconstpointer      record,
                                    const SlkPosition *slots,
                                    guint              n_slots);
SlkPosition  _slk_trace_slot       (SlkTrace          *trace,
                                    gconstpointer      record,
                                    guint              slot);
void         _slk_trace_set_record (SlkTrace           *trace,
                                    gconstpointer       record,
                                    const SlkPosition  *slots,
                                    guint               n_slots,
                                    const SlkYearTable *years);
SlkPosition  _slk_trace_year       (SlkTrace          *trace,
                                    gconstpointer      record,
                                    guint              year,
                                    guint              slot);
void         _slk_trace_take_paths (SlkTrace          *trace,
                                    gconstpointer      record,
                                    GHashTable        *paths);
SlkPosition  _slk_trace_path       (SlkTrace          *trace,
                                    gconstpointer      record,
                                    const char        *relative);

G_END_DECLS
