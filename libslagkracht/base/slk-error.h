/* slk-error.h: the library's error domains
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include "slk-version-macros.h"

G_BEGIN_DECLS

/**
 * SLK_FORMAT_ERROR:
 *
 * The error domain for files and strings that cannot be read as a dataset.
 */
#define SLK_FORMAT_ERROR (slk_format_error_quark ())

/**
 * SlkFormatError:
 * @SLK_FORMAT_ERROR_PARSE: the input is not JSON (or not UTF-8, or has a NUL
 *   byte, or passes a documented limit); the message names the line and column
 * @SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT: the `format` member names a format
 *   this library does not read
 *
 * Errors in the `SLK_FORMAT_ERROR` domain.
 */
typedef enum {
  SLK_FORMAT_ERROR_PARSE, /*< nick=parse >*/
  SLK_FORMAT_ERROR_UNSUPPORTED_FORMAT, /*< nick=unsupported-format >*/
} SlkFormatError;

/**
 * SLK_RECORD_ERROR:
 *
 * The error domain for records that cannot be added to a [class@Slk.Dataset].
 */
#define SLK_RECORD_ERROR (slk_record_error_quark ())

/**
 * SlkRecordError:
 * @SLK_RECORD_ERROR_DUPLICATE_ID: a record with that id is already in the dataset
 * @SLK_RECORD_ERROR_INVALID_ID: the id does not match `[a-z0-9][a-z0-9-]*`
 * @SLK_RECORD_ERROR_IN_OTHER_DATASET: the record already belongs to another dataset
 *
 * Errors in the `SLK_RECORD_ERROR` domain.
 */
typedef enum {
  SLK_RECORD_ERROR_DUPLICATE_ID, /*< nick=duplicate-id >*/
  SLK_RECORD_ERROR_INVALID_ID, /*< nick=invalid-id >*/
  SLK_RECORD_ERROR_IN_OTHER_DATASET, /*< nick=in-other-dataset >*/
} SlkRecordError;

/**
 * SLK_STEP_ERROR:
 *
 * The error domain for steps a [class@Slk.Noodrem] cannot take.
 */
#define SLK_STEP_ERROR (slk_step_error_quark ())

/**
 * SlkStepError:
 * @SLK_STEP_ERROR_INVALID_TRANSITION: the escalation ladder does not allow
 *   the step from the current state; the message names the state and the
 *   steps allowed from it
 * @SLK_STEP_ERROR_WITHOUT_ESCALATION: the noodrem is pulled straight after
 *   the signal; it needs an escalation first
 * @SLK_STEP_ERROR_EXPLANATION_MISSING: an `explained` step without the
 *   explanation
 * @SLK_STEP_ERROR_OUT_OF_ORDER: the step is dated before the last event
 *
 * Errors in the `SLK_STEP_ERROR` domain. A refused step changes nothing.
 */
typedef enum {
  SLK_STEP_ERROR_INVALID_TRANSITION, /*< nick=invalid-transition >*/
  SLK_STEP_ERROR_WITHOUT_ESCALATION, /*< nick=without-escalation >*/
  SLK_STEP_ERROR_EXPLANATION_MISSING, /*< nick=explanation-missing >*/
  SLK_STEP_ERROR_OUT_OF_ORDER, /*< nick=out-of-order >*/
} SlkStepError;

/**
 * SLK_ALLOCATION_ERROR:
 *
 * The error domain for taakstellingen that cannot be allocated or generated.
 */
#define SLK_ALLOCATION_ERROR (slk_allocation_error_quark ())

/**
 * SlkAllocationError:
 * @SLK_ALLOCATION_ERROR_NO_BASE: the taakstelling has no base to compute from
 * @SLK_ALLOCATION_ERROR_INVALID_YEARS: the years given are not in order
 * @SLK_ALLOCATION_ERROR_NO_TARGETS: the taakstelling has no targets to allocate
 * @SLK_ALLOCATION_ERROR_HAS_SHARES: the taakstelling is allocated already, or is
 *   itself a share
 * @SLK_ALLOCATION_ERROR_NO_WEIGHTS: no ministry has a weight above 0
 * @SLK_ALLOCATION_ERROR_UNKNOWN_ID: a weight or an exemption names no ministry
 *   of the dataset, or a share's id is taken
 * @SLK_ALLOCATION_ERROR_NOT_RIJKSBREED: the taakstelling is scoped to one
 *   organization, so there is nothing to divide over ministries
 * @SLK_ALLOCATION_ERROR_NO_DATASET: the taakstelling belongs to no dataset
 * @SLK_ALLOCATION_ERROR_TOO_LARGE: the weights add up to more than can be
 *   divided exactly
 * @SLK_ALLOCATION_ERROR_PARTIAL_BASE: the base figure of a ministry that takes part
 *   is a partial sum (not all its organisations give it) and
 *   [property@Slk.Allocator:allow-partial] is not set
 *
 * Errors in the `SLK_ALLOCATION_ERROR` domain.
 */
typedef enum {
  SLK_ALLOCATION_ERROR_NO_BASE, /*< nick=no-base >*/
  SLK_ALLOCATION_ERROR_INVALID_YEARS, /*< nick=invalid-years >*/
  SLK_ALLOCATION_ERROR_NO_TARGETS, /*< nick=no-targets >*/
  SLK_ALLOCATION_ERROR_HAS_SHARES, /*< nick=has-shares >*/
  SLK_ALLOCATION_ERROR_NO_WEIGHTS, /*< nick=no-weights >*/
  SLK_ALLOCATION_ERROR_UNKNOWN_ID, /*< nick=unknown-id >*/
  SLK_ALLOCATION_ERROR_NOT_RIJKSBREED, /*< nick=not-rijksbreed >*/
  SLK_ALLOCATION_ERROR_NO_DATASET, /*< nick=no-dataset >*/
  SLK_ALLOCATION_ERROR_TOO_LARGE, /*< nick=too-large >*/
  SLK_ALLOCATION_ERROR_PARTIAL_BASE, /*< nick=partial-base >*/
} SlkAllocationError;

/**
 * SLK_MONITOR_ERROR:
 *
 * The error domain for questions a monitor cannot answer as asked.
 */
#define SLK_MONITOR_ERROR (slk_monitor_error_quark ())

/**
 * SlkMonitorError:
 * @SLK_MONITOR_ERROR_UNKNOWN_FIELD: the name is none of the monitor's
 *   fields ([method@Slk.Monitor.get_fields])
 *
 * Errors in the `SLK_MONITOR_ERROR` domain.
 */
typedef enum {
  SLK_MONITOR_ERROR_UNKNOWN_FIELD, /*< nick=unknown-field >*/
} SlkMonitorError;

SLK_AVAILABLE_IN_ALL
GQuark slk_format_error_quark  (void);
SLK_AVAILABLE_IN_ALL
GQuark slk_record_error_quark (void);
SLK_AVAILABLE_IN_ALL
GQuark slk_step_error_quark   (void);
SLK_AVAILABLE_IN_ALL
GQuark slk_allocation_error_quark (void);
SLK_AVAILABLE_IN_ALL
GQuark slk_monitor_error_quark (void);

G_END_DECLS
