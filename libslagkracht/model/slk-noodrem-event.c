/* slk-noodrem-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-noodrem-event-private.h"

/**
 * SlkNoodremEvent:
 *
 * One step on the escalation ladder of a [class@Slk.Noodrem]: its
 * [enum@Slk.Step], its date and a note (for `explained`, the
 * explanation). Events are made by the step methods of the noodrem, such
 * as [method@Slk.Noodrem.pull], and never change.
 *
 * An event the file gives in a form that cannot be read (not an object, or
 * with no usable `type`) has the step %SLK_STEP_NONE; it is kept as it was
 * and written back unchanged.
 */
struct _SlkNoodremEvent
{
  GObject     parent_instance;
  SlkStep     step;
  SlkDay      day;
  char       *note;
  JsonObject *extras;   /* members not modelled */
  JsonNode   *raw;      /* the event as the file gave it, when it cannot be typed */
};

G_DEFINE_FINAL_TYPE (SlkNoodremEvent, slk_noodrem_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP,
  PROP_DATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_noodrem_event_finalize (GObject *object)
{
  SlkNoodremEvent *self = SLK_NOODREM_EVENT (object);

  g_free (self->note);
  g_clear_pointer (&self->extras, json_object_unref);
  g_clear_pointer (&self->raw, json_node_unref);
  G_OBJECT_CLASS (slk_noodrem_event_parent_class)->finalize (object);
}

static void
slk_noodrem_event_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SlkNoodremEvent *self = SLK_NOODREM_EVENT (object);

  switch (prop_id)
    {
    case PROP_STEP: g_value_set_enum (value, self->step); break;
    case PROP_DATE: g_value_take_boxed (value, _slk_day_to_date_time (self->day)); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_noodrem_event_class_init (SlkNoodremEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_noodrem_event_finalize;
  object_class->get_property = slk_noodrem_event_get_property;

  /**
   * SlkNoodremEvent:step: (getter get_step)
   *
   * The step taken (`type` in the JSON format).
   */
  properties[PROP_STEP] =
    g_param_spec_enum ("step", NULL, NULL, SLK_TYPE_STEP, SLK_STEP_NONE, ro);
  /**
   * SlkNoodremEvent:date: (getter dup_date)
   *
   * The date of the step (midnight UTC), or %NULL if the file gives none.
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, ro);
  /**
   * SlkNoodremEvent:note: (getter get_note)
   *
   * The note; for an `explained` step, the explanation.
   */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_noodrem_event_init (SlkNoodremEvent *self)
{
}

SlkNoodremEvent *
_slk_noodrem_event_new (SlkStep     step,
                        SlkDay      day,
                        const char *note,
                        JsonObject *extras)
{
  SlkNoodremEvent *self = g_object_new (SLK_TYPE_NOODREM_EVENT, NULL);

  self->step = step;
  self->day = day;
  self->note = g_strdup (note);
  self->extras = extras;
  return self;
}

SlkNoodremEvent *
_slk_noodrem_event_new_raw (JsonNode *node)
{
  SlkNoodremEvent *self = g_object_new (SLK_TYPE_NOODREM_EVENT, NULL);

  self->raw = node;
  return self;
}

/**
 * slk_noodrem_event_get_step: (get-property step)
 * @self: an event
 *
 * Gets the step taken.
 *
 * Returns: the step; %SLK_STEP_NONE for an event kept as the file gave it
 */
SlkStep
slk_noodrem_event_get_step (SlkNoodremEvent *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM_EVENT (self), SLK_STEP_NONE);
  return self->step;
}

/**
 * slk_noodrem_event_dup_date: (get-property date)
 * @self: an event
 *
 * Gets the date of the step.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_noodrem_event_dup_date (SlkNoodremEvent *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM_EVENT (self), NULL);
  return _slk_day_to_date_time (self->day);
}

/**
 * slk_noodrem_event_get_note: (get-property note)
 * @self: an event
 *
 * Gets the note of the step.
 *
 * Returns: (nullable): the note
 */
const char *
slk_noodrem_event_get_note (SlkNoodremEvent *self)
{
  g_return_val_if_fail (SLK_IS_NOODREM_EVENT (self), NULL);
  return self->note;
}

SlkDay
_slk_noodrem_event_get_day (SlkNoodremEvent *self)
{
  return self->day;
}

JsonObject *
_slk_noodrem_event_get_extras (SlkNoodremEvent *self)
{
  return self->extras;
}

JsonNode *
_slk_noodrem_event_get_raw (SlkNoodremEvent *self)
{
  return self->raw;
}
