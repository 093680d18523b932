/* slk-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-error.h"

G_DEFINE_QUARK (slk-format-error-quark, slk_format_error)
G_DEFINE_QUARK (slk-record-error-quark, slk_record_error)
