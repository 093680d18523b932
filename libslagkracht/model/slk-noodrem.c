/* slk-noodrem.c: the record and its members; the steps are in
 * slk-noodrem-steps.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-noodrem-private.h"
#include "slk-util-private.h"

/**
 * SlkNoodrem:
 *
 * A signal from an executing organization to a ministry that climbs the
 * escalation ladder: a `noodrem` (the emergency brake of the ROB advice)
 * or a `rode-kaart` (the red card of the Staatscommissie rechtsstaat).
 *
 * Its history is a list of [class@Slk.NoodremEvent]s, and its state
 * ([property@Slk.Noodrem:state]) is the step of the last one. The step
 * methods ([method@Slk.Noodrem.signal], [method@Slk.Noodrem.escalate_official],
 * [method@Slk.Noodrem.escalate_political], [method@Slk.Noodrem.pull],
 * [method@Slk.Noodrem.acknowledge], [method@Slk.Noodrem.comply],
 * [method@Slk.Noodrem.explain], [method@Slk.Noodrem.close] and
 * [method@Slk.Noodrem.withdraw]) follow the ladder:
 *
 * ```
 * (start) -> signal
 * signal -> escalation-official | escalation-political | withdrawn
 * escalation-official -> escalation-political | pulled | withdrawn
 * escalation-political -> pulled | withdrawn
 * pulled -> acknowledged | complied | explained | withdrawn
 * acknowledged -> complied | explained | withdrawn
 * complied | explained -> closed
 * ```
 *
 * A step the ladder does not allow is refused with a
 * [error@Slk.StepError] that names the current state and the steps allowed
 * from it, and changes nothing. Every step emits
 * [signal@Slk.Noodrem::state-changed] and `notify::state`.
 *
 * A history loaded from a file is kept as the file gives it, even where it
 * breaks the ladder; [method@Slk.Dataset.validate] reports that.
 *
 * ```python
 * brake = Slk.Noodrem.new("nr-1", Slk.NoodremKind.NOODREM)
 * brake.connect("state-changed", lambda n, old, new: print(old, "->", new))
 * brake.signal(GLib.DateTime.new_utc(2026, 3, 2, 0, 0, 0), "te krappe invoering")
 * ```
 */
struct _SlkNoodrem
{
  GObject         parent_instance;
  SlkRecordCore   core;
  char           *id;
  char           *raised_by_id;
  char           *addressed_to_id;
  char           *subject;
  char           *uitvoeringstoets_id;
  SlkNoodremKind  kind;
  SlkGrounds      grounds;
  SlkDay          response_deadline;
  GPtrArray      *events;    /* SlkNoodremEvent, in file order */
  SlkStep         state;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkNoodrem, slk_noodrem, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD,
                                                      _slk_noodrem_record_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_RAISED_BY_ID,
  PROP_ADDRESSED_TO_ID,
  PROP_SUBJECT,
  PROP_UITVOERINGSTOETS_ID,
  PROP_GROUNDS,
  PROP_RESPONSE_DEADLINE,
  PROP_STATE,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const member_of_prop[N_PROPS] = {
  [PROP_KIND] = "kind",
  [PROP_RAISED_BY_ID] = "raised_by",
  [PROP_ADDRESSED_TO_ID] = "addressed_to",
  [PROP_SUBJECT] = "subject",
  [PROP_UITVOERINGSTOETS_ID] = "uitvoeringstoets",
  [PROP_GROUNDS] = "grounds",
  [PROP_RESPONSE_DEADLINE] = "response_deadline",
};

static void
changed (SlkNoodrem *self,
         guint       prop_id)
{
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[prop_id],
                            member_of_prop[prop_id]);
}

static void
set_string_prop (SlkNoodrem  *self,
                 char       **field,
                 guint        prop_id,
                 const char  *value)
{
  if (_slk_set_string (field, value))
    changed (self, prop_id);
}

static void
slk_noodrem_finalize (GObject *object)
{
  SlkNoodrem *self = SLK_NOODREM (object);

  _slk_record_core_clear (&self->core);
  g_free (self->id);
  g_free (self->raised_by_id);
  g_free (self->addressed_to_id);
  g_free (self->subject);
  g_free (self->uitvoeringstoets_id);
  g_ptr_array_unref (self->events);
  G_OBJECT_CLASS (slk_noodrem_parent_class)->finalize (object);
}

static void
slk_noodrem_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SlkNoodrem *self = SLK_NOODREM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_RAISED_BY_ID: g_value_set_string (value, self->raised_by_id); break;
    case PROP_ADDRESSED_TO_ID: g_value_set_string (value, self->addressed_to_id); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    case PROP_UITVOERINGSTOETS_ID: g_value_set_string (value, self->uitvoeringstoets_id); break;
    case PROP_GROUNDS: g_value_set_flags (value, self->grounds); break;
    case PROP_RESPONSE_DEADLINE:
      g_value_take_boxed (value, _slk_day_to_date_time (self->response_deadline));
      break;
    case PROP_STATE: g_value_set_enum (value, self->state); break;
    case PROP_DATASET: g_value_set_object (value, self->core.dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_noodrem_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SlkNoodrem *self = SLK_NOODREM (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_KIND: slk_noodrem_set_kind (self, g_value_get_enum (value)); break;
    case PROP_RAISED_BY_ID:
      slk_noodrem_set_raised_by_id (self, g_value_get_string (value));
      break;
    case PROP_ADDRESSED_TO_ID:
      slk_noodrem_set_addressed_to_id (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT: slk_noodrem_set_subject (self, g_value_get_string (value)); break;
    case PROP_UITVOERINGSTOETS_ID:
      slk_noodrem_set_uitvoeringstoets_id (self, g_value_get_string (value));
      break;
    case PROP_GROUNDS: slk_noodrem_set_grounds (self, g_value_get_flags (value)); break;
    case PROP_RESPONSE_DEADLINE:
      slk_noodrem_set_response_deadline (self, g_value_get_boxed (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_noodrem_class_init (SlkNoodremClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_noodrem_finalize;
  object_class->get_property = slk_noodrem_get_property;
  object_class->set_property = slk_noodrem_set_property;

  /**
   * SlkNoodrem:id: (getter get_id)
   *
   * The id, unique across the dataset.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNoodrem:kind: (getter get_kind) (setter set_kind)
   *
   * A noodrem or a rode kaart.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SLK_TYPE_NOODREM_KIND, SLK_NOODREM_KIND_NOODREM, rw);
  /**
   * SlkNoodrem:raised-by-id: (getter get_raised_by_id) (setter set_raised_by_id)
   *
   * The id of the organization that raised the signal: a ZBO, an agency
   * or an inspection.
   */
  properties[PROP_RAISED_BY_ID] = g_param_spec_string ("raised-by-id", NULL, NULL, NULL, rw);
  /**
   * SlkNoodrem:addressed-to-id: (getter get_addressed_to_id) (setter set_addressed_to_id)
   *
   * The id of the ministry the signal is addressed to.
   */
  properties[PROP_ADDRESSED_TO_ID] =
    g_param_spec_string ("addressed-to-id", NULL, NULL, NULL, rw);
  /**
   * SlkNoodrem:subject: (getter get_subject) (setter set_subject)
   *
   * What the signal is about.
   */
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, rw);
  /**
   * SlkNoodrem:uitvoeringstoets-id: (getter get_uitvoeringstoets_id) (setter set_uitvoeringstoets_id)
   *
   * The id of the [class@Slk.Uitvoeringstoets] that warned, or %NULL.
   */
  properties[PROP_UITVOERINGSTOETS_ID] =
    g_param_spec_string ("uitvoeringstoets-id", NULL, NULL, NULL, rw);
  /**
   * SlkNoodrem:grounds: (getter get_grounds) (setter set_grounds)
   *
   * The grounds of the signal. A rode kaart needs `infeasible` or
   * `unlawful`, and `harms-vulnerable`.
   */
  properties[PROP_GROUNDS] =
    g_param_spec_flags ("grounds", NULL, NULL, SLK_TYPE_GROUNDS, SLK_GROUNDS_NONE, rw);
  /**
   * SlkNoodrem:response-deadline: (getter dup_response_deadline) (setter set_response_deadline)
   *
   * The date by which the ministry must respond (midnight UTC), or %NULL.
   */
  properties[PROP_RESPONSE_DEADLINE] =
    g_param_spec_boxed ("response-deadline", NULL, NULL, G_TYPE_DATE_TIME, rw);
  /**
   * SlkNoodrem:state: (getter get_state)
   *
   * The step of the last event; %SLK_STEP_NONE before the signal.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, SLK_TYPE_STEP, SLK_STEP_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkNoodrem:dataset: (getter get_dataset)
   *
   * The dataset the signal belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SlkNoodrem::state-changed:
   * @self: the noodrem
   * @old_state: the state before the step
   * @new_state: the state after it
   *
   * Emitted after every step taken through the API. (The name says
   * "state" so that it is not mistaken for the step called "signal".)
   */
  signals[SIGNAL_STATE_CHANGED] =
    g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, SLK_TYPE_STEP, SLK_TYPE_STEP);
}

static void
slk_noodrem_init (SlkNoodrem *self)
{
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * slk_noodrem_new:
 * @id: the id, unique in the dataset
 * @kind: a noodrem or a rode kaart
 *
 * Creates a new signal with no history; its first step is
 * [method@Slk.Noodrem.signal].
 *
 * Returns: (transfer full): the new [class@Slk.Noodrem]
 */
SlkNoodrem *
slk_noodrem_new (const char     *id,
                 SlkNoodremKind  kind)
{
  return g_object_new (SLK_TYPE_NOODREM, "id", id, "kind", kind, NULL);
}

/**
 * slk_noodrem_get_id: (get-property id)
 * @self: a noodrem
 *
 * Gets the id.
 *
 * Returns: (nullable): the id
 */
const char *
slk_noodrem_get_id (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->id;
}

/**
 * slk_noodrem_get_dataset: (get-property dataset)
 * @self: a noodrem
 *
 * Gets the dataset the signal belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_noodrem_get_dataset (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->core.dataset;
}

/**
 * slk_noodrem_get_kind: (get-property kind)
 * @self: a noodrem
 *
 * Gets whether this is a noodrem or a rode kaart.
 *
 * Returns: the kind
 */
SlkNoodremKind
slk_noodrem_get_kind (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), SLK_NOODREM_KIND_NOODREM);
  return self->kind;
}

/**
 * slk_noodrem_set_kind: (set-property kind)
 * @self: a noodrem
 * @kind: the kind
 *
 * Sets whether this is a noodrem or a rode kaart.
 */
void
slk_noodrem_set_kind (SlkNoodrem     *self,
                      SlkNoodremKind  kind)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  g_return_if_fail (kind <= SLK_NOODREM_KIND_RODE_KAART);
  if (self->kind == kind)
    return;
  self->kind = kind;
  changed (self, PROP_KIND);
}

/**
 * slk_noodrem_get_raised_by_id: (get-property raised-by-id)
 * @self: a noodrem
 *
 * Gets the id of the organization that raised the signal.
 *
 * Returns: (nullable): the id
 */
const char *
slk_noodrem_get_raised_by_id (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->raised_by_id;
}

/**
 * slk_noodrem_set_raised_by_id: (set-property raised-by-id)
 * @self: a noodrem
 * @organization_id: (nullable): the id of a ZBO, agency or inspection
 *
 * Sets the id of the organization that raised the signal.
 */
void
slk_noodrem_set_raised_by_id (SlkNoodrem *self,
                              const char *organization_id)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  set_string_prop (self, &self->raised_by_id, PROP_RAISED_BY_ID, organization_id);
}

/**
 * slk_noodrem_get_addressed_to_id: (get-property addressed-to-id)
 * @self: a noodrem
 *
 * Gets the id of the ministry the signal is addressed to.
 *
 * Returns: (nullable): the id
 */
const char *
slk_noodrem_get_addressed_to_id (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->addressed_to_id;
}

/**
 * slk_noodrem_set_addressed_to_id: (set-property addressed-to-id)
 * @self: a noodrem
 * @ministry_id: (nullable): the id of a ministry
 *
 * Sets the id of the ministry the signal is addressed to.
 */
void
slk_noodrem_set_addressed_to_id (SlkNoodrem *self,
                                 const char *ministry_id)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  set_string_prop (self, &self->addressed_to_id, PROP_ADDRESSED_TO_ID, ministry_id);
}

/**
 * slk_noodrem_get_subject: (get-property subject)
 * @self: a noodrem
 *
 * Gets what the signal is about.
 *
 * Returns: (nullable): the subject
 */
const char *
slk_noodrem_get_subject (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->subject;
}

/**
 * slk_noodrem_set_subject: (set-property subject)
 * @self: a noodrem
 * @subject: (nullable): the subject
 *
 * Sets what the signal is about.
 */
void
slk_noodrem_set_subject (SlkNoodrem *self,
                         const char *subject)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  set_string_prop (self, &self->subject, PROP_SUBJECT, subject);
}

/**
 * slk_noodrem_get_uitvoeringstoets_id: (get-property uitvoeringstoets-id)
 * @self: a noodrem
 *
 * Gets the id of the assessment that warned.
 *
 * Returns: (nullable): the id
 */
const char *
slk_noodrem_get_uitvoeringstoets_id (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return self->uitvoeringstoets_id;
}

/**
 * slk_noodrem_set_uitvoeringstoets_id: (set-property uitvoeringstoets-id)
 * @self: a noodrem
 * @toets_id: (nullable): the id of an [class@Slk.Uitvoeringstoets]
 *
 * Sets the id of the assessment that warned.
 */
void
slk_noodrem_set_uitvoeringstoets_id (SlkNoodrem *self,
                                     const char *toets_id)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  set_string_prop (self, &self->uitvoeringstoets_id, PROP_UITVOERINGSTOETS_ID, toets_id);
}

/**
 * slk_noodrem_get_grounds: (get-property grounds)
 * @self: a noodrem
 *
 * Gets the grounds of the signal.
 *
 * Returns: the grounds
 */
SlkGrounds
slk_noodrem_get_grounds (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), SLK_GROUNDS_NONE);
  return self->grounds;
}

/**
 * slk_noodrem_set_grounds: (set-property grounds)
 * @self: a noodrem
 * @grounds: the grounds
 *
 * Sets the grounds of the signal.
 */
void
slk_noodrem_set_grounds (SlkNoodrem *self,
                         SlkGrounds  grounds)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  g_return_if_fail ((grounds & ~(SLK_GROUNDS_INFEASIBLE | SLK_GROUNDS_UNLAWFUL |
                                 SLK_GROUNDS_HARMS_VULNERABLE)) == 0);
  if (self->grounds == grounds)
    return;
  self->grounds = grounds;
  changed (self, PROP_GROUNDS);
}

/**
 * slk_noodrem_dup_response_deadline: (get-property response-deadline)
 * @self: a noodrem
 *
 * Gets the date by which the ministry must respond.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_noodrem_dup_response_deadline (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), NULL);
  return _slk_day_to_date_time (self->response_deadline);
}

/**
 * slk_noodrem_set_response_deadline: (set-property response-deadline)
 * @self: a noodrem
 * @deadline: (nullable): the date; only its calendar date counts
 *
 * Sets the date by which the ministry must respond.
 */
void
slk_noodrem_set_response_deadline (SlkNoodrem *self,
                                   GDateTime  *deadline)
{
  g_return_if_fail (SLK_IS_NOODREM (self));
  _slk_noodrem_set_deadline_day (self, _slk_day_from_date_time (deadline));
}

/**
 * slk_noodrem_get_state: (get-property state)
 * @self: a noodrem
 *
 * Gets the state: the step of the last event that could be read.
 *
 * Returns: the state; %SLK_STEP_NONE before the signal
 */
SlkStep
slk_noodrem_get_state (SlkNoodrem *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM (self), SLK_STEP_NONE);
  return self->state;
}

SlkRecordCore *
_slk_noodrem_get_core (SlkNoodrem *self)
{
  return &self->core;
}

void
_slk_noodrem_set_dataset (SlkNoodrem *self,
                          SlkDataset *dataset,
                          guint       index)
{
  _slk_record_core_set_dataset (&self->core, G_OBJECT (self), properties[PROP_DATASET], dataset,
                                index);
}

GPtrArray *
_slk_noodrem_get_events (SlkNoodrem *self)
{
  return self->events;
}

static SlkStep
last_step (GPtrArray *events)
{
  for (guint i = events->len; i > 0; i--)
    {
      SlkStep step = slk_noodrem_event_get_step (g_ptr_array_index (events, i - 1));

      if (step != SLK_STEP_NONE)
        return step;
    }
  return SLK_STEP_NONE;
}

/* For the loader: the history as the file gives it, no signal emitted. */
void
_slk_noodrem_take_events (SlkNoodrem *self,
                          GPtrArray  *events)
{
  g_ptr_array_unref (self->events);
  self->events = events;
  self->state = last_step (events);
}

void
_slk_noodrem_append_event (SlkNoodrem      *self,
                           SlkNoodremEvent *event)
{
  SlkStep old_state = self->state;

  g_ptr_array_add (self->events, event);
  self->state = slk_noodrem_event_get_step (event);
  _slk_record_core_forget (&self->core, "events");
  if (old_state != self->state)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_signal_emit (self, signals[SIGNAL_STATE_CHANGED], 0, old_state, self->state);
}

SlkDay
_slk_noodrem_get_deadline_day (SlkNoodrem *self)
{
  return self->response_deadline;
}

void
_slk_noodrem_set_deadline_day (SlkNoodrem *self,
                               SlkDay      day)
{
  if (self->response_deadline == day)
    return;
  self->response_deadline = day;
  changed (self, PROP_RESPONSE_DEADLINE);
}
