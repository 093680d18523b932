/* slk-amount-private.h: the range of an amount
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest amount the contract allows, in cents: ±92 233 720 368 547 758
 * euro (docs/json-format.md). Every setter and the loader hold to it; sums
 * of amounts are taken in 128 bits, so none wraps. */
#define SLK_MAX_AMOUNT_CENTS G_GINT64_CONSTANT (9223372036854775800)

static inline gboolean
_slk_amount_in_range (gint64 cents)
{
  return cents >= -SLK_MAX_AMOUNT_CENTS && cents <= SLK_MAX_AMOUNT_CENTS;
}

G_END_DECLS
