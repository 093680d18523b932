/* slk-noodrem-steps.c: the steps up the escalation ladder, and the
 * questions asked of a history
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include "slk-error.h"
#include "slk-noodrem-ladder-private.h"
#include "slk-noodrem-private.h"
#include "slk-store-private.h"
#include "slk-util-private.h"

static SlkDay
last_day (GPtrArray *events)
{
  for (guint i = events->len; i > 0; i--)
    {
      SlkDay day = _slk_noodrem_event_get_day (g_ptr_array_index (events, i - 1));

      if (day != 0)
        return day;
    }
  return 0;
}

/**
 * slk_noodrem_can_take_step:
 * @self: a noodrem
 * @step: a step
 *
 * Says whether the ladder allows @step from the current state.
 *
 * Returns: %TRUE if [method@Slk.Noodrem.take_step] would accept @step
 *   (given a date not before the last event, and for `explained` an
 *   explanation)
 */
gboolean
slk_noodrem_can_take_step (SlkNoodrem *self,
                           SlkStep     step)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), FALSE);
  g_return_val_if_fail (step < SLK_N_STEPS, FALSE);
  return _slk_ladder_judge (slk_noodrem_get_state (self), step) == SLK_LADDER_ALLOWED;
}

/**
 * slk_noodrem_take_step:
 * @self: a noodrem
 * @step: the step, not %SLK_STEP_NONE
 * @date: the date of the step; only its calendar date counts
 * @note: (nullable): a note; for %SLK_STEP_EXPLAINED the explanation,
 *   which is required
 * @error: return location for a #GError
 *
 * Takes one step up the escalation ladder and adds it to the history. The
 * named methods, such as [method@Slk.Noodrem.pull], call this.
 *
 * Returns: %TRUE if the step was taken; %FALSE with a
 *   [error@Slk.StepError] (naming the current state and the steps allowed
 *   from it) if the ladder does not allow it, the explanation is missing,
 *   or @date lies before the last event. A refused step changes nothing.
 */
gboolean
slk_noodrem_take_step (SlkNoodrem  *self,
                       SlkStep      step,
                       GDateTime   *date,
                       const char  *note,
                       GError     **error)
{
  GPtrArray *events;
  SlkStep state;
  SlkDay day, previous;
  const char *id;

  g_return_val_if_fail (SLK_IS_NOODREM (self), FALSE);
  g_return_val_if_fail (step > SLK_STEP_NONE && step < SLK_N_STEPS, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  events = _slk_noodrem_get_events (self);
  state = slk_noodrem_get_state (self);
  id = slk_noodrem_get_id (self) ? slk_noodrem_get_id (self) : "";
  switch (_slk_ladder_judge (state, step))
    {
    case SLK_LADDER_WITHOUT_ESCALATION:
      g_set_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_WITHOUT_ESCALATION,
                   _("The noodrem \"%s\" is in state \"signal\": it can be pulled only after an "
                   "escalation (escalation-official or escalation-political)."), id);
      return FALSE;
    case SLK_LADDER_INVALID:
      {
        g_autofree char *next = _slk_ladder_describe_next (state);

        g_set_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_INVALID_TRANSITION,
                     _("The noodrem \"%s\" is in state \"%s\"; \"%s\" cannot follow it. Allowed "
                     "from there: %s."), id, _slk_step_to_string (state),
                     _slk_step_to_string (step), next);
        return FALSE;
      }
    case SLK_LADDER_ALLOWED:
    default:
      break;
    }
  if (step == SLK_STEP_EXPLAINED && _slk_is_blank (note))
    {
      g_set_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_EXPLANATION_MISSING,
                   _("The noodrem \"%s\" cannot be explained without the explanation."), id);
      return FALSE;
    }
  day = _slk_day_from_date_time (date);
  previous = last_day (events);
  if (previous != 0 && day < previous)
    {
      char shown[11], last_shown[11];

      _slk_day_format_text (day, shown);
      _slk_day_format_text (previous, last_shown);
      g_set_error (error, SLK_STEP_ERROR, SLK_STEP_ERROR_OUT_OF_ORDER,
                   _("The step \"%s\" of the noodrem \"%s\" is dated %s, before its last event "
                   "(%s)."), _slk_step_to_string (step), id, shown, last_shown);
      return FALSE;
    }
  _slk_noodrem_append_event (self, _slk_noodrem_event_new (step, day, note, NULL));
  return TRUE;
}

/**
 * slk_noodrem_signal:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * The first step: the organization signals the problem.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_signal (SlkNoodrem  *self,
                    GDateTime   *date,
                    const char  *note,
                    GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_SIGNAL, date, note, error);
}

/**
 * slk_noodrem_escalate_official:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * Escalates the signal to the official top of the ministry.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_escalate_official (SlkNoodrem  *self,
                               GDateTime   *date,
                               const char  *note,
                               GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_ESCALATION_OFFICIAL, date, note, error);
}

/**
 * slk_noodrem_escalate_political:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * Escalates the signal to the political top.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_escalate_political (SlkNoodrem  *self,
                                GDateTime   *date,
                                const char  *note,
                                GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_ESCALATION_POLITICAL, date, note, error);
}

/**
 * slk_noodrem_pull:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * Pulls the noodrem itself: the last step, allowed only after an
 * escalation.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_pull (SlkNoodrem  *self,
                  GDateTime   *date,
                  const char  *note,
                  GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_PULLED, date, note, error);
}

/**
 * slk_noodrem_acknowledge:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * The ministry acknowledges the noodrem.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_acknowledge (SlkNoodrem  *self,
                         GDateTime   *date,
                         const char  *note,
                         GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_ACKNOWLEDGED, date, note, error);
}

/**
 * slk_noodrem_comply:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * The ministry complies: a response.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_comply (SlkNoodrem  *self,
                    GDateTime   *date,
                    const char  *note,
                    GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_COMPLIED, date, note, error);
}

/**
 * slk_noodrem_explain:
 * @self: a noodrem
 * @date: the date
 * @explanation: why the ministry does not comply; required
 * @error: return location for a #GError
 *
 * The ministry explains why it does not comply: a response ("pas toe of
 * leg uit").
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_explain (SlkNoodrem  *self,
                     GDateTime   *date,
                     const char  *explanation,
                     GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_EXPLAINED, date, explanation, error);
}

/**
 * slk_noodrem_close:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * Closes the signal after the response.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_close (SlkNoodrem  *self,
                   GDateTime   *date,
                   const char  *note,
                   GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_CLOSED, date, note, error);
}

/**
 * slk_noodrem_withdraw:
 * @self: a noodrem
 * @date: the date
 * @note: (nullable): a note
 * @error: return location for a #GError
 *
 * Withdraws the signal before a response.
 *
 * Returns: %TRUE if the step was taken; see [method@Slk.Noodrem.take_step]
 */
gboolean
slk_noodrem_withdraw (SlkNoodrem  *self,
                      GDateTime   *date,
                      const char  *note,
                      GError     **error)
{
  return slk_noodrem_take_step (self, SLK_STEP_WITHDRAWN, date, note, error);
}

/**
 * slk_noodrem_is_open:
 * @self: a noodrem
 *
 * Says whether the signal is open: signalled, and neither closed nor
 * withdrawn. A signal that has had its response but is not closed is
 * still open.
 *
 * Returns: %TRUE if the signal is open
 */
gboolean
slk_noodrem_is_open (SlkNoodrem *self)
{
  SlkStep state;

  g_return_val_if_fail (SLK_IS_NOODREM (self), FALSE);
  state = slk_noodrem_get_state (self);
  return state != SLK_STEP_NONE && state != SLK_STEP_CLOSED && state != SLK_STEP_WITHDRAWN;
}

gboolean
_slk_noodrem_is_overdue_at (SlkNoodrem *self,
                            SlkDay      reference)
{
  SlkDay deadline = _slk_noodrem_get_deadline_day (self);
  GPtrArray *events = _slk_noodrem_get_events (self);

  if (deadline == 0 || reference == 0 || deadline >= reference)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      SlkNoodremEvent *event = g_ptr_array_index (events, i);
      SlkDay day = _slk_noodrem_event_get_day (event);

      if (_slk_step_is_response (slk_noodrem_event_get_step (event)) && day != 0 &&
          day <= deadline)
        return FALSE;
    }
  return TRUE;
}

/**
 * slk_noodrem_is_overdue:
 * @self: a noodrem
 * @at: (nullable): the date to judge at; %NULL for the reference date of
 *   the dataset
 *
 * Says whether the response is overdue at @at, exactly as the warning
 * `noodrem-response-overdue` does: the signal has a response deadline, the
 * deadline lies before @at, and no `complied`, `explained` or `withdrawn`
 * event is dated on or before the deadline.
 *
 * Returns: %TRUE if the response is overdue; %FALSE also when there is no
 *   date to judge at
 */
gboolean
slk_noodrem_is_overdue (SlkNoodrem *self,
                        GDateTime  *at)
{
  SlkDataset *dataset;
  SlkDay reference = 0;

  g_return_val_if_fail (SLK_IS_NOODREM (self), FALSE);
  dataset = slk_noodrem_get_dataset (self);
  if (at != NULL)
    reference = _slk_day_from_date_time (at);
  else if (dataset != NULL)
    reference = _slk_store_of (dataset)->reference_date;
  return _slk_noodrem_is_overdue_at (self, reference);
}

/**
 * slk_noodrem_get_days_to_response:
 * @self: a noodrem
 * @days: (out) (optional): the number of days
 *
 * Counts the calendar days from the signal to the ministry's response (the
 * first `complied` or `explained` event).
 *
 * Returns: %TRUE if both are in the history with their dates
 */
gboolean
slk_noodrem_get_days_to_response (SlkNoodrem *self,
                                  int        *days)
{
  GPtrArray *events;
  SlkDay signalled = 0;

  g_return_val_if_fail (SLK_IS_NOODREM (self), FALSE);
  events = _slk_noodrem_get_events (self);
  if (days != NULL)
    *days = 0;
  for (guint i = 0; i < events->len; i++)
    {
      SlkNoodremEvent *event = g_ptr_array_index (events, i);
      SlkStep step = slk_noodrem_event_get_step (event);
      SlkDay day = _slk_noodrem_event_get_day (event);

      if (step == SLK_STEP_SIGNAL && signalled == 0)
        signalled = day;
      else if ((step == SLK_STEP_COMPLIED || step == SLK_STEP_EXPLAINED) && day != 0)
        {
          if (signalled == 0)
            return FALSE;
          if (days != NULL)
            *days = (int) day - (int) signalled;
          return TRUE;
        }
    }
  return FALSE;
}
