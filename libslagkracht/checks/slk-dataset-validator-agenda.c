/* slk-dataset-validator-agenda.c: commitments and FTE targets (SPEC 1.1):
 * their members, their owners, and the two warnings that follow the agenda
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include <math.h>

#include "slk-aggregate-private.h"
#include "slk-codes-private.h"
#include "slk-agenda-private.h"
#include "slk-ministry.h"
#include "slk-validator-private.h"

#define flag           _slk_judged_flag
#define check_present  _slk_judged_present
#define check_identity _slk_judged_identity
#define resolve        _slk_judged_resolve
#define wrong_kind     _slk_judged_wrong_kind

static void
check_commitment (SlkValidator  *validator,
                  SlkCommitment *commitment)
{
  const char *id = slk_commitment_get_id (commitment);
  const char *owner = slk_commitment_get_owner_id (commitment);
  g_autofree char *what = g_strdup_printf (_("The commitment \"%s\""), id ? id : "");
  g_autoptr(SlkSource) source = slk_commitment_dup_source (commitment);
  SlkJudged record = { validator, _slk_commitment_get_core (commitment), "commitments", id,
                       what };
  SlkDay due = _slk_commitment_get_due_day (commitment);

  check_identity (&record, commitment);
  check_present (&record, "title", slk_commitment_get_title (commitment) != NULL);
  check_present (&record, "owner", owner != NULL);
  check_present (&record, "source", source != NULL);
  check_present (&record, "due", due != 0);
  if (owner != NULL && !g_str_equal (owner, SLK_COMMITMENT_RIJKSBREED))
    {
      GObject *found = resolve (&record, "owner", owner);

      if (found != NULL && !SLK_IS_MINISTRY (found))
        wrong_kind (&record, "owner", owner, _("a ministry, or \"rijksbreed\""));
    }
  if (slk_commitment_get_status (commitment) == SLK_COMMITMENT_STATUS_DELIVERED &&
      _slk_commitment_get_delivered_day (commitment) == 0 &&
      !_slk_record_core_was_given (record.core, "delivered"))
    flag (&record, SLK_CODE_MISSING_MEMBER, "status", _("%s is delivered, but has no "
          "\"delivered\" date."), what);
  if (_slk_judge_commitment_overdue (slk_commitment_get_status (commitment), due,
                                     validator->content->reference_date))
    {
      char due_text[11], reference[11];

      _slk_day_format_text (due, due_text);
      _slk_day_format_text (validator->content->reference_date, reference);
      flag (&record, SLK_CODE_COMMITMENT_OVERDUE, "due", _("%s (%s) was due on %s and is still "
            "open on the reference date %s."), what,
            slk_commitment_get_title (commitment) ? slk_commitment_get_title (commitment) : "",
            due_text, reference);
    }
}

static void
check_fte_target (SlkValidator *validator,
                  SlkFteTarget *target)
{
  const char *ministry = slk_fte_target_get_ministry_id (target);
  g_autofree char *what = g_strdup_printf (_("The FTE target of \"%s\""), ministry ? ministry : "");
  SlkJudged record = { validator, _slk_fte_target_get_core (target), "fte_targets", ministry,
                       what };
  guint present = _slk_fte_target_get_present (target);
  guint year = slk_fte_target_get_year (target);
  GObject *found;
  SlkSum sum;

  check_present (&record, "ministry", ministry != NULL);
  check_present (&record, "year", (present & SLK_FTE_TARGET_HAS_YEAR) != 0);
  check_present (&record, "fte", (present & SLK_FTE_TARGET_HAS_FTE) != 0);
  found = resolve (&record, "ministry", ministry);
  if (found != NULL && !SLK_IS_MINISTRY (found))
    {
      wrong_kind (&record, "ministry", ministry, _("a ministry"));
      return;
    }
  if (found == NULL || (present & (SLK_FTE_TARGET_HAS_YEAR | SLK_FTE_TARGET_HAS_FTE)) !=
      (SLK_FTE_TARGET_HAS_YEAR | SLK_FTE_TARGET_HAS_FTE) ||
      year >= _slk_day_get_year (validator->content->reference_date))
    return;
  /* A sum of some organisations above the target is above it; one below it
   * says nothing. */
  _slk_sum_metric (validator->content->organizations.typed, ministry, SLK_ANY_KIND,
                   slk_fte_target_get_scope (target), SLK_METRIC_FTE, year, &sum, NULL);
  if (sum.present && _slk_judge_fte_target (sum.value, slk_fte_target_get_fte (target)))
    {
      _slk_say_fte_target (validator->scratch, year, ministry, sum.value,
                           slk_fte_target_get_scope (target) == SLK_SCOPE_CORE ? "core"
                                                                                : "rijksdienst",
                           slk_fte_target_get_fte (target),
                           sum.coverage.reporting < sum.coverage.in_scope);
      flag (&record, SLK_CODE_FTE_TARGET_MISSED, "fte", "%s", validator->scratch->str);
    }
}

void
_slk_validator_check_agenda (SlkValidator *validator)
{
  SlkStore *content = validator->content;

  for (guint i = 0; i < content->commitments.typed->len; i++)
    check_commitment (validator, g_ptr_array_index (content->commitments.typed, i));
  for (guint i = 0; i < content->fte_targets.typed->len; i++)
    check_fte_target (validator, g_ptr_array_index (content->fte_targets.typed, i));
}
