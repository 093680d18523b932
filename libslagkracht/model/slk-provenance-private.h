/* slk-provenance-private.h: sources and published figures, read from and
 * written into the JSON members that hold them (SPEC 1.1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "slk-reported.h"
#include "slk-source.h"

G_BEGIN_DECLS

/* A `sources` object: key → { title, url, date, quote }. */
SlkSource   *_slk_source_lookup      (JsonObject  *sources,
                                      const char  *key);
GListModel  *_slk_sources_list       (JsonObject  *sources);
void         _slk_sources_put        (JsonObject  *sources,
                                      SlkSource   *source);

/* A year's published figures: { "scope", metric: value, "source" }. */
SlkReported *_slk_reported_from_year (JsonObject       *year_object,
                                      guint             year,
                                      SlkReportedScope  fallback,
                                      JsonObject       *sources);
JsonNode    *_slk_reported_to_node   (SlkReported      *reported,
                                      JsonObject       *previous,
                                      gboolean          with_scope);

/* The published figures of @year in the member @member of @holder (a
 * record's or the dataset's kept members), their source keys resolved
 * against @holder's `sources`; NULL when there are none. */
SlkReported *_slk_reported_lookup    (JsonObject       *holder,
                                      const char       *member,
                                      guint             year,
                                      SlkReportedScope  fallback);
/* Stores @reported under @member of @holder, over that year's object. */
void         _slk_reported_store     (JsonObject       *holder,
                                      const char       *member,
                                      SlkReported      *reported,
                                      gboolean          with_scope);

/* The year keys of an object keyed by year, ascending; invalid keys are
 * left out. */
guint       *_slk_year_keys          (JsonObject       *by_year,
                                      guint            *n_years);
/* A member of @holder that is an object, or NULL. */
JsonObject  *_slk_object_member      (JsonObject       *holder,
                                      const char       *name);
/* The object member @name of @holder, made when absent or unusable. */
JsonObject  *_slk_object_member_make (JsonObject       *holder,
                                      const char       *name);

G_END_DECLS
