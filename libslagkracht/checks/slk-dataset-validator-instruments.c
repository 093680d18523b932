/* slk-dataset-validator-instruments.c: the checks of SPEC §5 on
 * uitvoeringstoetsen and noodremmen
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include "slk-agency.h"
#include "slk-codes-private.h"
#include "slk-decentral-body.h"
#include "slk-inspection.h"
#include "slk-ministry.h"
#include "slk-noodrem-ladder-private.h"
#include "slk-noodrem-private.h"
#include "slk-uitvoeringstoets-private.h"
#include "slk-validator-private.h"
#include "slk-zbo.h"

#define flag           _slk_judged_flag
#define check_present  _slk_judged_present
#define check_identity _slk_judged_identity
#define resolve        _slk_judged_resolve
#define wrong_kind     _slk_judged_wrong_kind
#define is_blank       _slk_is_blank

static void
check_toets_references (SlkJudged              *record,
                        SlkUitvoeringstoets *toets)
{
  const char *requester_id = slk_uitvoeringstoets_get_requested_by_id (toets);
  const char *assessor_id = slk_uitvoeringstoets_get_assessor_id (toets);
  GObject *requester = resolve (record, "requested_by", requester_id);
  GObject *assessor = resolve (record, "assessor", assessor_id);
  SlkToetsKind kind = slk_uitvoeringstoets_get_kind (toets);

  if (requester != NULL && !SLK_IS_MINISTRY (requester))
    wrong_kind (record, "requested_by", requester_id, _("a ministry"));
  if (assessor == NULL)
    return;
  if (kind == SLK_TOETS_KIND_HUF && !SLK_IS_INSPECTION (assessor))
    wrong_kind (record, "assessor", assessor_id, _("an inspection, for a HUF-toets"));
  else if (kind == SLK_TOETS_KIND_UDO && !SLK_IS_DECENTRAL_BODY (assessor))
    wrong_kind (record, "assessor", assessor_id, _("a decentral body, for a UDO"));
  else if (!SLK_IS_ORGANIZATION (assessor))
    wrong_kind (record, "assessor", assessor_id, _("an organization"));
}

static void
check_toets_amounts (SlkJudged              *record,
                     SlkUitvoeringstoets *toets)
{
  static const char * const cost_members[] = { "costs/one_off", "costs/structural" };
  int months;

  for (int c = SLK_COST_ONE_OFF; c <= SLK_COST_STRUCTURAL; c++)
    {
      gint64 cents;

      if (slk_uitvoeringstoets_get_cost (toets, c, &cents) && cents < 0)
        flag (record, SLK_CODE_NEGATIVE_VALUE, cost_members[c],
              _("%s gives a negative cost \"%s\"."), record->what, cost_members[c] + 6);
    }
  if (slk_uitvoeringstoets_get_implementation_months (toets, &months) && months < 0)
    flag (record, SLK_CODE_NEGATIVE_VALUE, "implementation_months",
          _("%s asks for a negative lead time (%d months)."), record->what, months);
}

/* Whether @conditions names one that is not blank. */
static gboolean
names_a_condition (const char * const *conditions)
{
  for (guint i = 0; conditions != NULL && conditions[i] != NULL; i++)
    if (!is_blank (conditions[i]))
      return TRUE;
  return FALSE;
}

static void
check_toets (SlkValidator        *validator,
             SlkUitvoeringstoets *toets)
{
  SlkRecordCore *core = _slk_uitvoeringstoets_get_core (toets);
  JsonObject *decision = _slk_record_core_nested (core, "decision");
  const char * const *conditions = slk_uitvoeringstoets_get_conditions (toets);
  g_autofree char *what = NULL;
  SlkJudged record = { validator, core, "uitvoeringstoetsen", slk_uitvoeringstoets_get_id (toets) };

  what = g_strdup_printf (_("The uitvoeringstoets \"%s\""), record.id ? record.id : "");
  record.what = what;
  check_identity (&record, toets);
  check_present (&record, "proposal", slk_uitvoeringstoets_get_proposal (toets) != NULL);
  if (slk_uitvoeringstoets_get_proposal (toets) != NULL &&
      is_blank (slk_uitvoeringstoets_get_proposal (toets)))
    flag (&record, SLK_CODE_MISSING_MEMBER, "proposal",
          _("%s names an empty proposal; the proposal assessed is required."), record.what);
  check_present (&record, "requested_by",
                 slk_uitvoeringstoets_get_requested_by_id (toets) != NULL);
  check_present (&record, "assessor", slk_uitvoeringstoets_get_assessor_id (toets) != NULL);
  check_present (&record, "date", _slk_uitvoeringstoets_get_date_day (toets) != 0);
  check_present (&record, "verdict",
                 slk_uitvoeringstoets_get_verdict (toets) != SLK_VERDICT_UNKNOWN);
  check_toets_references (&record, toets);
  check_toets_amounts (&record, toets);

  if (slk_uitvoeringstoets_get_verdict (toets) == SLK_VERDICT_CONDITIONAL &&
      !names_a_condition (conditions) && !_slk_record_core_was_given (core, "conditions"))
    flag (&record, SLK_CODE_CONDITIONS_MISSING,
          conditions != NULL ? "conditions" : "verdict",
          _("%s judges the proposal feasible under conditions, but names no conditions%s."),
          record.what, conditions != NULL && conditions[0] != NULL ? _(" (only empty ones)") : "");

  /* A decision given as {} says nothing: it needs at least its date. */
  if (_slk_trace_path (validator->content->trace, core, "decision").line != 0 &&
      _slk_uitvoeringstoets_get_decision_day (toets) == 0 &&
      slk_uitvoeringstoets_get_decision_followed (toets) == SLK_OPTIONAL_BOOLEAN_UNKNOWN &&
      slk_uitvoeringstoets_get_decision_motivation (toets) == NULL &&
      (decision == NULL || json_object_get_size (decision) == 0))
    flag (&record, SLK_CODE_MISSING_MEMBER, "decision",
          _("The decision on %s is empty; give at least its \"date\" and whether it "
          "\"followed\" the verdict."), record.id ? record.id : _("the uitvoeringstoets"));

  if (slk_uitvoeringstoets_get_decision_followed (toets) == SLK_OPTIONAL_BOOLEAN_FALSE &&
      is_blank (slk_uitvoeringstoets_get_decision_motivation (toets)) &&
      !(decision != NULL && json_object_has_member (decision, "motivation")))
    flag (&record, SLK_CODE_DEVIATION_WITHOUT_MOTIVATION, "decision/followed",
          _("The decision on %s does not follow the verdict, but gives no motivation; a "
          "deviating choice must be motivated."),
          record.id ? record.id : _("the uitvoeringstoets"));
}

void
_slk_validator_check_toetsen (SlkValidator *validator)
{
  GPtrArray *toetsen = validator->content->uitvoeringstoetsen.typed;

  for (guint i = 0; i < toetsen->len; i++)
    check_toets (validator, g_ptr_array_index (toetsen, i));
}

static void
check_noodrem_references (SlkJudged     *record,
                          SlkNoodrem *noodrem)
{
  const char *raiser_id = slk_noodrem_get_raised_by_id (noodrem);
  const char *addressee_id = slk_noodrem_get_addressed_to_id (noodrem);
  const char *toets_id = slk_noodrem_get_uitvoeringstoets_id (noodrem);
  GObject *raiser = resolve (record, "raised_by", raiser_id);
  GObject *addressee = resolve (record, "addressed_to", addressee_id);
  GObject *toets = resolve (record, "uitvoeringstoets", toets_id);

  if (raiser != NULL && !SLK_IS_ZBO (raiser) && !SLK_IS_AGENCY (raiser) &&
      !SLK_IS_INSPECTION (raiser))
    wrong_kind (record, "raised_by", raiser_id, _("a ZBO, an agency or an inspection"));
  if (addressee != NULL && !SLK_IS_MINISTRY (addressee))
    wrong_kind (record, "addressed_to", addressee_id, _("a ministry"));
  if (toets != NULL && !SLK_IS_UITVOERINGSTOETS (toets))
    wrong_kind (record, "uitvoeringstoets", toets_id, _("an uitvoeringstoets"));
}

static void
check_grounds (SlkJudged     *record,
               SlkNoodrem *noodrem)
{
  SlkGrounds grounds = slk_noodrem_get_grounds (noodrem);
  gboolean given = _slk_record_core_was_given (record->core, "grounds");

  if (slk_noodrem_get_kind (noodrem) != SLK_NOODREM_KIND_RODE_KAART || given)
    return;
  if ((grounds & (SLK_GROUNDS_INFEASIBLE | SLK_GROUNDS_UNLAWFUL)) &&
      (grounds & SLK_GROUNDS_HARMS_VULNERABLE))
    return;
  flag (record, SLK_CODE_RODE_KAART_WITHOUT_GROUNDS,
        grounds != SLK_GROUNDS_NONE ? "grounds" : NULL,
        _("%s is a rode kaart, which needs the grounds \"infeasible\" or \"unlawful\", and "
        "\"harms-vulnerable\"."), record->what);
}

static void
check_event (SlkJudged          *record,
             SlkNoodremEvent *event,
             guint            i,
             SlkStep         *state,
             SlkDay          *previous)
{
  g_autofree char *at = g_strdup_printf ("events/%u", i);
  g_autofree char *type_at = g_strconcat (at, "/type", NULL);
  g_autofree char *date_at = g_strconcat (at, "/date", NULL);
  JsonObject *extras = _slk_noodrem_event_get_extras (event);
  SlkStep step = slk_noodrem_event_get_step (event);
  SlkDay day = _slk_noodrem_event_get_day (event);

  if (day != 0 && *previous != 0 && day < *previous)
    flag (record, SLK_CODE_EVENTS_OUT_OF_ORDER, date_at,
          _("Event %u of %s is dated before the event it follows; events are chronological."), i,
          record->id ? record->id : _("the noodrem"));
  if (day != 0)
    *previous = day;

  switch (_slk_ladder_judge (*state, step))
    {
    case SLK_LADDER_WITHOUT_ESCALATION:
      flag (record, SLK_CODE_NOODREM_WITHOUT_ESCALATION, type_at,
            _("%s is pulled straight after the signal; the noodrem is the last step, after an "
            "escalation."), record->what);
      break;
    case SLK_LADDER_INVALID:
      {
        g_autofree char *next = _slk_ladder_describe_next (*state);

        flag (record, SLK_CODE_INVALID_TRANSITION, type_at,
              _("In %s, \"%s\" cannot follow \"%s\"; allowed there: %s."),
              record->id ? record->id : _("the noodrem"), _slk_step_to_string (step),
              *state == SLK_STEP_NONE ? _("the start") : _slk_step_to_string (*state), next);
        break;
      }
    case SLK_LADDER_ALLOWED:
    default:
      break;
    }
  *state = step;

  if (step == SLK_STEP_EXPLAINED && is_blank (slk_noodrem_event_get_note (event)) &&
      !(extras != NULL && json_object_has_member (extras, "note")))
    flag (record, SLK_CODE_EXPLANATION_MISSING, at,
          _("Event %u of %s is \"explained\", but its note gives no explanation."), i,
          record->id ? record->id : _("the noodrem"));
}

static void
check_noodrem (SlkValidator *validator,
               SlkNoodrem   *noodrem)
{
  SlkRecordCore *core = _slk_noodrem_get_core (noodrem);
  GPtrArray *events = _slk_noodrem_get_events (noodrem);
  g_autofree char *what = NULL;
  SlkJudged record = { validator, core, "noodremmen", slk_noodrem_get_id (noodrem) };
  SlkStep state = SLK_STEP_NONE;
  SlkDay previous = 0;

  what = g_strdup_printf (_("The %s \"%s\""),
                          slk_noodrem_get_kind (noodrem) == SLK_NOODREM_KIND_RODE_KAART
                          ? _("rode kaart") : _("noodrem"), record.id ? record.id : "");
  record.what = what;
  check_identity (&record, noodrem);
  check_present (&record, "raised_by", slk_noodrem_get_raised_by_id (noodrem) != NULL);
  check_present (&record, "addressed_to", slk_noodrem_get_addressed_to_id (noodrem) != NULL);
  check_present (&record, "subject", slk_noodrem_get_subject (noodrem) != NULL);
  check_present (&record, "events", events->len > 0);
  check_noodrem_references (&record, noodrem);
  check_grounds (&record, noodrem);

  for (guint i = 0; i < events->len; i++)
    {
      SlkNoodremEvent *event = g_ptr_array_index (events, i);

      if (slk_noodrem_event_get_step (event) != SLK_STEP_NONE)
        check_event (&record, event, i, &state, &previous);
    }

  if (_slk_noodrem_is_overdue_at (noodrem, validator->content->reference_date))
    {
      char deadline[11];

      _slk_day_format_text (_slk_noodrem_get_deadline_day (noodrem), deadline);
      flag (&record, SLK_CODE_NOODREM_RESPONSE_OVERDUE, "response_deadline",
            _("%s had to be answered by %s; no response (complied, explained or withdrawn) is "
            "recorded on or before that date."), record.what, deadline);
    }
}

void
_slk_validator_check_noodremmen (SlkValidator *validator)
{
  GPtrArray *noodremmen = validator->content->noodremmen.typed;

  for (guint i = 0; i < noodremmen->len; i++)
    check_noodrem (validator, g_ptr_array_index (noodremmen, i));
}
