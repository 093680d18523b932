/* slk-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-error.h"

/**
 * slk_format_error_quark:
 *
 * Gets the quark of the [error@Slk.FormatError] domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (slk-format-error-quark, slk_format_error)

/**
 * slk_record_error_quark:
 *
 * Gets the quark of the [error@Slk.RecordError] domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (slk-record-error-quark, slk_record_error)

/**
 * slk_step_error_quark:
 *
 * Gets the quark of the [error@Slk.StepError] domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (slk-step-error-quark, slk_step_error)

/**
 * slk_allocation_error_quark:
 *
 * Gets the quark of the [error@Slk.AllocationError] domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (slk-allocation-error-quark, slk_allocation_error)

/**
 * slk_monitor_error_quark:
 *
 * Gets the quark of the [error@Slk.MonitorError] domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (slk-monitor-error-quark, slk_monitor_error)
