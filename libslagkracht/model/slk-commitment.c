/* slk-commitment.c: a promise of the government, with its deadline
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-agenda-private.h"
#include "slk-enum-types.h"
#include "slk-judge-private.h"
#include "slk-record.h"
#include "slk-store-private.h"

/**
 * SlkCommitment:
 *
 * What the government promised, by when (SPEC 1.1 `commitments`): an
 * external review by the end of 2026, a pilot in `2026-Q4`. Its owner is a
 * ministry, or %SLK_COMMITMENT_RIJKSBREED; its source is the letter that
 * promised it. An open commitment whose due day lies before the dataset's
 * reference date is overdue ([method@Slk.Commitment.is_overdue], the
 * warning `commitment-overdue`).
 *
 * ```python
 * review = Slk.Commitment.new("extern-review", "External review", "bzk")
 * review.set_due("2026-12-31")
 * ds.add_commitment(review)
 * ```
 */
struct _SlkCommitment
{
  GObject             parent_instance;
  SlkRecordCore       core;
  char               *id;
  char               *title;
  char               *owner_id;
  char               *due_text;
  SlkDay              due;
  SlkCommitmentStatus status;
  gboolean            status_given;
  SlkDay              delivered;
  char               *source[4];   /* title, date, quote, url */
};

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkCommitment, slk_commitment, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OWNER_ID,
  PROP_DUE,
  PROP_STATUS,
  PROP_DELIVERED,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_commitment_finalize (GObject *object)
{
  SlkCommitment *self = SLK_COMMITMENT (object);

  _slk_record_core_clear (&self->core);
  g_free (self->id);
  g_free (self->title);
  g_free (self->owner_id);
  g_free (self->due_text);
  for (guint i = 0; i < G_N_ELEMENTS (self->source); i++)
    g_free (self->source[i]);
  G_OBJECT_CLASS (slk_commitment_parent_class)->finalize (object);
}

static void
slk_commitment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlkCommitment *self = SLK_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_OWNER_ID: g_value_set_string (value, self->owner_id); break;
    case PROP_DUE: g_value_set_string (value, self->due_text); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_DELIVERED: g_value_take_boxed (value, slk_commitment_dup_delivered (self)); break;
    case PROP_DATASET: g_value_set_object (value, self->core.dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_commitment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SlkCommitment *self = SLK_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_TITLE: self->title = g_value_dup_string (value); break;
    case PROP_OWNER_ID: self->owner_id = g_value_dup_string (value); break;
    case PROP_DUE:
      if (g_value_get_string (value) != NULL)
        slk_commitment_set_due (self, g_value_get_string (value));
      break;
    case PROP_STATUS: slk_commitment_set_status (self, g_value_get_enum (value)); break;
    case PROP_DELIVERED: slk_commitment_set_delivered (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_commitment_class_init (SlkCommitmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_commitment_finalize;
  object_class->get_property = slk_commitment_get_property;
  object_class->set_property = slk_commitment_set_property;

  /**
   * SlkCommitment:id: (getter get_id)
   *
   * The id, unique in the dataset.
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, once);
  /**
   * SlkCommitment:title: (getter get_title)
   *
   * What was promised.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, once);
  /**
   * SlkCommitment:owner-id: (getter get_owner_id)
   *
   * The ministry that owns the promise, or %SLK_COMMITMENT_RIJKSBREED.
   */
  properties[PROP_OWNER_ID] = g_param_spec_string ("owner-id", NULL, NULL, NULL, once);
  /**
   * SlkCommitment:due: (getter get_due_text) (setter set_due)
   *
   * When it is due, as written: a date `2026-12-31` or a quarter `2026-Q4`.
   */
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, rw);
  /**
   * SlkCommitment:status: (getter get_status) (setter set_status)
   *
   * Where the promise stands.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SLK_TYPE_COMMITMENT_STATUS,
                       SLK_COMMITMENT_STATUS_OPEN, rw);
  /**
   * SlkCommitment:delivered: (getter dup_delivered) (setter set_delivered)
   *
   * When it was delivered (midnight UTC), or %NULL.
   */
  properties[PROP_DELIVERED] = g_param_spec_boxed ("delivered", NULL, NULL, G_TYPE_DATE_TIME, rw);
  /**
   * SlkCommitment:dataset: (getter get_dataset)
   *
   * The dataset the commitment belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_commitment_init (SlkCommitment *self)
{
}

/**
 * slk_commitment_new:
 * @id: (nullable): the id, unique in the dataset
 * @title: (nullable): what was promised
 * @owner_id: (nullable): the ministry that owns it, or %SLK_COMMITMENT_RIJKSBREED
 *
 * Creates an open commitment with no due date yet.
 *
 * Returns: (transfer full): the new commitment
 */
SlkCommitment *
slk_commitment_new (const char *id,
                    const char *title,
                    const char *owner_id)
{
  return g_object_new (SLK_TYPE_COMMITMENT, "id", id, "title", title, "owner-id", owner_id, NULL);
}

/**
 * slk_commitment_get_id: (get-property id)
 * @self: a commitment
 *
 * Gets the id.
 *
 * Returns: (nullable): the id
 */
const char *
slk_commitment_get_id (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return self->id;
}

/**
 * slk_commitment_get_dataset: (get-property dataset)
 * @self: a commitment
 *
 * Gets the dataset the commitment belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset
 */
SlkDataset *
slk_commitment_get_dataset (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return self->core.dataset;
}

/**
 * slk_commitment_get_title: (get-property title)
 * @self: a commitment
 *
 * Gets what was promised.
 *
 * Returns: (nullable): the title
 */
const char *
slk_commitment_get_title (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return self->title;
}

/**
 * slk_commitment_get_owner_id: (get-property owner-id)
 * @self: a commitment
 *
 * Gets the owner: a ministry id, or %SLK_COMMITMENT_RIJKSBREED.
 *
 * Returns: (nullable): the owner
 */
const char *
slk_commitment_get_owner_id (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return self->owner_id;
}

/**
 * slk_commitment_get_due_text: (get-property due)
 * @self: a commitment
 *
 * Gets when the commitment is due, as written.
 *
 * Returns: (nullable): `2026-12-31` or `2026-Q4`, or %NULL
 */
const char *
slk_commitment_get_due_text (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return self->due_text;
}

/**
 * slk_commitment_dup_due:
 * @self: a commitment
 *
 * Gets the day the commitment is due: the date, or a quarter's last day.
 *
 * Returns: (transfer full) (nullable): the day at midnight UTC, or %NULL
 */
GDateTime *
slk_commitment_dup_due (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return _slk_day_to_date_time (self->due);
}

/**
 * slk_commitment_set_due: (set-property due)
 * @self: a commitment
 * @due: a date `YYYY-MM-DD` or a quarter `YYYY-Qn`
 *
 * Sets when the commitment is due, kept as written.
 *
 * Returns: %TRUE if @due is a date or a quarter; %FALSE, changing nothing,
 *   if it is not
 */
gboolean
slk_commitment_set_due (SlkCommitment *self,
                        const char    *due)
{
  SlkDay day;

  g_return_val_if_fail (SLK_IS_COMMITMENT (self), FALSE);
  g_return_val_if_fail (due != NULL, FALSE);
  if (!_slk_day_parse_due (due, strlen (due), &day))
    return FALSE;
  g_free (self->due_text);
  self->due_text = g_strdup (due);
  self->due = day;
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[PROP_DUE], "due");
  return TRUE;
}

/**
 * slk_commitment_get_status: (get-property status)
 * @self: a commitment
 *
 * Gets where the promise stands.
 *
 * Returns: the status
 */
SlkCommitmentStatus
slk_commitment_get_status (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), SLK_COMMITMENT_STATUS_OPEN);
  return self->status;
}

/**
 * slk_commitment_set_status: (set-property status)
 * @self: a commitment
 * @status: the status
 *
 * Sets where the promise stands. A delivered one needs its
 * [property@Slk.Commitment:delivered] date.
 */
void
slk_commitment_set_status (SlkCommitment       *self,
                           SlkCommitmentStatus  status)
{
  g_return_if_fail (SLK_IS_COMMITMENT (self));
  g_return_if_fail (status <= SLK_COMMITMENT_STATUS_DROPPED);
  self->status_given = TRUE;
  if (self->status == status)
    return;
  self->status = status;
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[PROP_STATUS], "status");
}

/**
 * slk_commitment_dup_delivered: (get-property delivered)
 * @self: a commitment
 *
 * Gets when the commitment was delivered.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_commitment_dup_delivered (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  return _slk_day_to_date_time (self->delivered);
}

/**
 * slk_commitment_set_delivered: (set-property delivered)
 * @self: a commitment
 * @delivered: (nullable): when it was delivered; only its date counts
 *
 * Sets when the commitment was delivered.
 */
void
slk_commitment_set_delivered (SlkCommitment *self,
                              GDateTime     *delivered)
{
  g_return_if_fail (SLK_IS_COMMITMENT (self));
  _slk_commitment_set_delivered_day (self, _slk_day_from_date_time (delivered));
}

/**
 * slk_commitment_dup_source:
 * @self: a commitment
 *
 * Gets the letter that promised it, as a source with the key `source`.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL
 */
SlkSource *
slk_commitment_dup_source (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), NULL);
  if (self->source[0] == NULL && self->source[1] == NULL && self->source[2] == NULL &&
      self->source[3] == NULL)
    return NULL;
  return slk_source_new ("source", self->source[0], self->source[3], self->source[1],
                         self->source[2]);
}

/**
 * slk_commitment_set_source:
 * @self: a commitment
 * @source: (nullable): the letter that promised it (its key is not kept)
 *
 * Sets the letter that promised the commitment.
 */
void
slk_commitment_set_source (SlkCommitment *self,
                           SlkSource     *source)
{
  g_return_if_fail (SLK_IS_COMMITMENT (self));
  g_return_if_fail (source == NULL || SLK_IS_SOURCE (source));
  _slk_commitment_take_source (self,
                               source ? g_strdup (slk_source_get_title (source)) : NULL,
                               source ? g_strdup (slk_source_get_date (source)) : NULL,
                               source ? g_strdup (slk_source_get_quote (source)) : NULL,
                               source ? g_strdup (slk_source_get_url (source)) : NULL);
}

/**
 * slk_commitment_is_overdue:
 * @self: a commitment
 *
 * Tells whether the commitment is open and due before the reference date
 * of its dataset (SPEC §5 `commitment-overdue`).
 *
 * Returns: %TRUE when it is overdue; %FALSE outside a dataset
 */
gboolean
slk_commitment_is_overdue (SlkCommitment *self)
{
  g_return_val_if_fail (SLK_IS_COMMITMENT (self), FALSE);
  if (self->core.dataset == NULL)
    return FALSE;
  return _slk_judge_commitment_overdue (self->status, self->due,
                                        _slk_store_of (self->core.dataset)->reference_date);
}

SlkRecordCore *
_slk_commitment_get_core (SlkCommitment *self)
{
  return &self->core;
}

void
_slk_commitment_set_dataset (SlkCommitment *self,
                             SlkDataset    *dataset,
                             guint          index)
{
  _slk_record_core_set_dataset (&self->core, G_OBJECT (self), properties[PROP_DATASET], dataset,
                                index);
}

SlkDay
_slk_commitment_get_due_day (SlkCommitment *self)
{
  return self->due;
}

SlkDay
_slk_commitment_get_delivered_day (SlkCommitment *self)
{
  return self->delivered;
}

void
_slk_commitment_set_delivered_day (SlkCommitment *self,
                                   SlkDay         day)
{
  if (self->delivered == day)
    return;
  self->delivered = day;
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[PROP_DELIVERED],
                            "delivered");
}

gboolean
_slk_commitment_status_given (SlkCommitment *self)
{
  return self->status_given;
}

void
_slk_commitment_take_source (SlkCommitment *self,
                             char          *title,
                             char          *date,
                             char          *quote,
                             char          *url)
{
  char *parts[] = { title, date, quote, url };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_free (self->source[i]);
      self->source[i] = parts[i];
    }
}

void
_slk_commitment_get_source (SlkCommitment *self,
                            const char   **title,
                            const char   **date,
                            const char   **quote,
                            const char   **url)
{
  *title = self->source[0];
  *date = self->source[1];
  *quote = self->source[2];
  *url = self->source[3];
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_commitment_get_id (SLK_COMMITMENT (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_commitment_get_dataset (SLK_COMMITMENT (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_COMMITMENT (record)->core, "commitments");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
