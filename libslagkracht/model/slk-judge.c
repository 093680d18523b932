/* slk-judge.c: every norm judged in one place, with one wording
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "slk-judge-private.h"

/* A finite double as the shortest decimal that reads back as it:
 * @digits / 10^@scale. FALSE when it needs more than 18 digits, or a
 * scale past 18 or below 0 (a number no dataset writes). */
static gboolean
decimal_of (double    value,
            __int128 *digits,
            int      *scale)
{
  char text[40];

  if (!isfinite (value))
    return FALSE;
  for (int precision = 1; precision <= 17; precision++)
    {
      char *exponent_text;
      __int128 mantissa = 0;
      int fraction = 0, exponent;
      gboolean negative = FALSE, after_point = FALSE;

      snprintf (text, sizeof text, "%.*e", precision - 1, value);
      if (strtod (text, NULL) != value)
        continue;
      exponent_text = strchr (text, 'e');
      exponent = atoi (exponent_text + 1);
      for (const char *p = text; p < exponent_text; p++)
        {
          if (*p == '-')
            negative = TRUE;
          else if (*p == '.')
            after_point = TRUE;
          else
            {
              mantissa = mantissa * 10 + (*p - '0');
              fraction += after_point;
            }
        }
      /* value = mantissa × 10^(exponent − fraction) */
      *scale = fraction - exponent;
      for (; *scale < 0; (*scale)++)
        mantissa *= 10;
      if (*scale > 18 || mantissa > (__int128) 1000000000000000000)
        return FALSE;
      *digits = negative ? -mantissa : mantissa;
      return TRUE;
    }
  return FALSE;
}

static __int128
power_of_ten (int exponent)
{
  __int128 result = 1;

  while (exponent-- > 0)
    result *= 10;
  return result;
}

/* Compares a·10^-i with b·10^-j exactly when the products fit; -2 when
 * they do not. */
static int
compare_scaled (__int128 a,
                int      i,
                __int128 b,
                int      j)
{
  __int128 left, right;

  if (__builtin_mul_overflow (a, power_of_ten (MAX (i, j) - i), &left) ||
      __builtin_mul_overflow (b, power_of_ten (MAX (i, j) - j), &right))
    return -2;
  return (left > right) - (left < right);
}

SlkRatio
_slk_ratio_of_cents (__int128 part,
                     __int128 whole)
{
  return (SlkRatio) { TRUE, part, whole, (double) part, (double) whole };
}

SlkRatio
_slk_ratio_of_values (double part,
                      double whole)
{
  return (SlkRatio) { FALSE, 0, 0, part, whole };
}

gboolean
_slk_ratio_defined (const SlkRatio *ratio)
{
  return ratio->in_cents ? ratio->whole_cents > 0 : ratio->whole > 0 && isfinite (ratio->part);
}

double
_slk_ratio_value (const SlkRatio *ratio)
{
  if (!_slk_ratio_defined (ratio))
    return NAN;
  if (ratio->in_cents)
    return (double) ((long double) ratio->part_cents / (long double) ratio->whole_cents);
  return ratio->part / ratio->whole;
}

/* The sign of part/whole − limit, computed exactly on the decimals the
 * three were written as; only numbers past 18 digits fall back to long
 * double. The ratio must be defined. */
int
_slk_ratio_compare (const SlkRatio *ratio,
                    double          limit)
{
  __int128 n, a, b, product;
  int k, i = 0, j = 0, sign;

  long double share;

  g_return_val_if_fail (_slk_ratio_defined (ratio), 0);

  /* Far from the limit the quotient decides; only near it do the decimals. */
  share = ratio->in_cents ? (long double) ratio->part_cents / (long double) ratio->whole_cents
                          : (long double) ratio->part / (long double) ratio->whole;
  if (fabsl (share - limit) > 1e-9L * fabsl ((long double) limit))
    return (share > limit) - (share < limit);

  if (decimal_of (limit, &n, &k))
    {
      if (ratio->in_cents)
        {
          a = ratio->part_cents;
          b = ratio->whole_cents;
        }
      else if (!decimal_of (ratio->part, &a, &i) || !decimal_of (ratio->whole, &b, &j))
        goto inexact;
      /* part/whole ⋛ n/10^k  ⇔  a·10^-i ⋛ n·b·10^-(j+k) */
      if (!__builtin_mul_overflow (n, b, &product))
        {
          sign = compare_scaled (a, i, product, j + k);
          if (sign != -2)
            return sign;
        }
    }
inexact:
  return (share > limit) - (share < limit);
}

gboolean
_slk_judge_roemernorm (SlkNorms       *norms,
                       const SlkRatio *external_hire_share)
{
  return _slk_ratio_defined (external_hire_share) &&
         _slk_ratio_compare (external_hire_share, slk_norms_get_roemernorm (norms)) > 0;
}

/* Above the glide path's target for @year. */
gboolean
_slk_judge_overhead (SlkNorms       *norms,
                     guint           year,
                     const SlkRatio *overhead_share)
{
  return _slk_ratio_defined (overhead_share) &&
         _slk_ratio_compare (overhead_share, slk_norms_get_overhead_target_for (norms, year)) > 0;
}

/* An open promise whose due day lies before the reference date. */
gboolean
_slk_judge_commitment_overdue (SlkCommitmentStatus status,
                               SlkDay              due,
                               SlkDay              reference)
{
  return status == SLK_COMMITMENT_STATUS_OPEN && due != 0 && reference != 0 && due < reference;
}

/* Missed when the ministry has more FTE than its target (a sum of some of
 * its organisations is no total: the caller judges complete sums only). */
gboolean
_slk_judge_fte_target (double fte,
                       double target)
{
  return fte > target;
}

/* Behind when less is filled in than the target (a missing realized is
 * passed as 0). */
gboolean
_slk_judge_taakstelling (gint64 target_cents,
                         gint64 realized_cents)
{
  return realized_cents < target_cents;
}

gboolean
_slk_judge_rules (guint changed,
                  guint target)
{
  return changed < target;
}

gboolean
_slk_judge_rules_for_businesses (SlkNorms *norms,
                                 guint     for_businesses,
                                 guint     all)
{
  SlkRatio share = _slk_ratio_of_values (for_businesses, all);

  return all > 0 &&
         _slk_ratio_compare (&share, slk_norms_get_rules_businesses_share (norms)) < 0;
}

/* A number as the message shows it, kept on the stack. */
typedef struct
{
  char text[64];
} Piece;

static const char *
keep (Piece   *piece,
      GString *scratch)
{
  g_strlcpy (piece->text, scratch->str, sizeof piece->text);
  return piece->text;
}

static const char *
percent_piece (Piece   *piece,
               GString *scratch,
               double   share)
{
  g_string_truncate (scratch, 0);
  _slk_append_percent (scratch, share);
  return keep (piece, scratch);
}

static const char *
euro_piece (Piece   *piece,
            GString *scratch,
            gint64   cents)
{
  g_string_truncate (scratch, 0);
  _slk_append_euro (scratch, cents);
  return keep (piece, scratch);
}

static const char *
uint_piece (Piece   *piece,
            GString *scratch,
            guint64  value)
{
  g_string_truncate (scratch, 0);
  _slk_append_uint (scratch, value);
  return keep (piece, scratch);
}

/* @out becomes @template (a translated sentence) filled with @pieces. The
 * numbers are written into @out first and moved to the pieces, so that no
 * message needs an allocation of its own. */
static void
say (GString            *out,
     const char         *template,
     const char * const *pieces,
     guint               n_pieces)
{
  g_string_truncate (out, 0);
  _slk_append_template (out, template, pieces, n_pieces);
}

void
_slk_say_worded (GString    *out,
                 SlkWording  wording,
                 guint       year,
                 const char *who,
                 double      share,
                 double      norm)
{
  Piece year_text, share_text, norm_text;
  const char *pieces[4];

  pieces[0] = uint_piece (&year_text, out, year);
  pieces[1] = percent_piece (&share_text, out, share);
  pieces[2] = who;
  pieces[3] = percent_piece (&norm_text, out, norm);
  switch (wording)
    {
    case SLK_WORDING_ROEMERNORM:
      say (out, _("In %s, external hire is %s %% of what %s spends on its own staff and "
                  "external hire, above the Roemernorm of %s %%."), pieces, 4);
      break;
    case SLK_WORDING_OVERHEAD:
      say (out, _("In %s, %s %% of the FTE of %s are in overhead functions, above the target "
                  "of %s %%."), pieces, 4);
      break;
    case SLK_WORDING_TEXT:
    default:
      g_return_if_reached ();
    }
}

void
_slk_say_roemernorm (GString        *out,
                     guint           year,
                     const char     *who,
                     const SlkRatio *external_hire_share,
                     SlkNorms       *norms)
{
  _slk_say_worded (out, SLK_WORDING_ROEMERNORM, year, who,
                   _slk_ratio_value (external_hire_share), slk_norms_get_roemernorm (norms));
}

void
_slk_say_overhead (GString        *out,
                   guint           year,
                   const char     *who,
                   const SlkRatio *overhead_share,
                   SlkNorms       *norms)
{
  _slk_say_worded (out, SLK_WORDING_OVERHEAD, year, who, _slk_ratio_value (overhead_share),
                   slk_norms_get_overhead_target_for (norms, year));
}

void
_slk_say_taakstelling (GString    *out,
                       guint       year,
                       const char *who,
                       gint64      target_cents,
                       gint64      realized_cents)
{
  Piece year_text, target_text, realized_text;
  const char *pieces[4];

  pieces[0] = who;
  pieces[1] = euro_piece (&target_text, out, target_cents);
  pieces[2] = uint_piece (&year_text, out, year);
  pieces[3] = euro_piece (&realized_text, out, realized_cents);
  say (out, _("%s has € %s to cut by %s; € %s is filled in."), pieces, 4);
}

void
_slk_say_fte_target (GString    *out,
                     guint       year,
                     const char *who,
                     double      fte,
                     const char *scope,
                     double      target,
                     gboolean    partial)
{
  Piece year_text;
  SlkNumberText fte_text, target_text;
  const char *pieces[5];

  pieces[0] = uint_piece (&year_text, out, year);
  pieces[1] = who;
  pieces[2] = _slk_number_text (&fte_text, fte);
  pieces[3] = scope;
  pieces[4] = _slk_number_text (&target_text, target);
  say (out, partial ? _("In %s, %s has %s FTE in scope %s, above its target of %s (counting "
                        "only the organisations that give their FTE).")
                    : _("In %s, %s has %s FTE in scope %s, above its target of %s."), pieces, 5);
}

void
_slk_say_rules (GString    *out,
                guint       year,
                const char *who,
                guint       changed,
                guint       target)
{
  Piece year_text, changed_text, target_text;
  const char *pieces[4];

  pieces[0] = uint_piece (&year_text, out, year);
  pieces[1] = who;
  pieces[2] = uint_piece (&changed_text, out, changed);
  pieces[3] = uint_piece (&target_text, out, target);
  say (out, _slk_ngettext ("In %s, %s scrapped or simplified %s rule, fewer than its target "
                           "of %s.",
                           "In %s, %s scrapped or simplified %s rules, fewer than its target "
                           "of %s.", changed), pieces, 4);
}

void
_slk_say_rules_for_businesses (GString  *out,
                               guint     year,
                               guint     for_businesses,
                               guint     all,
                               SlkNorms *norms)
{
  Piece year_text, part_text, all_text, norm_text;
  const char *pieces[4];

  pieces[0] = uint_piece (&year_text, out, year);
  pieces[1] = uint_piece (&part_text, out, for_businesses);
  pieces[2] = uint_piece (&all_text, out, all);
  pieces[3] = percent_piece (&norm_text, out,
                        slk_norms_get_rules_businesses_share (norms));
  say (out, _slk_ngettext ("In %s, %s of the %s rule change was for businesses, fewer than "
                           "%s %% of them.",
                           "In %s, %s of the %s rule changes were for businesses, fewer than "
                           "%s %% of them.", all), pieces, 4);
}
