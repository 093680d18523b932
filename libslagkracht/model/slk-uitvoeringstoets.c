/* slk-uitvoeringstoets.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-record.h"
#include "slk-enum-types.h"
#include "slk-ministry.h"
#include "slk-noodrem.h"
#include "slk-uitvoeringstoets-private.h"
#include "slk-util-private.h"

/**
 * SlkUitvoeringstoets:
 *
 * An assessment of whether a proposal can be carried out: an
 * uitvoeringstoets by an executing organization, a UDO by a decentral
 * body, a HUF-toets by an inspection, or an uitvoeringsscan of an
 * amendment.
 *
 * A ministry asks for it ([property@Slk.Uitvoeringstoets:requested-by-id]);
 * an organization gives the verdict
 * ([property@Slk.Uitvoeringstoets:assessor-id]). A `conditional` verdict
 * needs its conditions, and a decision that does not follow the verdict
 * needs a motivation: [method@Slk.Dataset.validate] reports
 * `conditions-missing` and `deviation-without-motivation` otherwise. Costs
 * are exact to the cent; what no source gives stays unset.
 */

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkUitvoeringstoets, slk_uitvoeringstoets, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))


static GParamSpec *properties[N_PROPS];

/* The JSON member each property is written as, so that a setter can drop
 * an unusable value the file gave for it. */
static const char * const member_of_prop[N_PROPS] = {
  [PROP_KIND] = "kind",
  [PROP_PROPOSAL] = "proposal",
  [PROP_PROPOSAL_TYPE] = "proposal_type",
  [PROP_REQUESTED_BY_ID] = "requested_by",
  [PROP_ASSESSOR_ID] = "assessor",
  [PROP_DATE] = "date",
  [PROP_VERDICT] = "verdict",
  [PROP_CONDITIONS] = "conditions",
};

/* A member got a value through the API: an unusable one the file gave for
 * it goes, and the property is notified. */
void
_slk_uitvoeringstoets_changed (SlkUitvoeringstoets *self,
                               SlkToetsProp         prop_id)
{
  _slk_record_core_changed (&self->core, G_OBJECT (self), properties[prop_id],
                            member_of_prop[prop_id]);
}

static void
set_string_prop (SlkUitvoeringstoets *self,
                 char               **field,
                 guint                prop_id,
                 const char          *value)
{
  if (_slk_set_string (field, value))
    _slk_uitvoeringstoets_changed (self, prop_id);
}

static void
set_enum_prop (SlkUitvoeringstoets *self,
               int                 *field,
               guint                prop_id,
               int                  value)
{
  if (*field == value)
    return;
  *field = value;
  _slk_uitvoeringstoets_changed (self, prop_id);
}

static void
slk_uitvoeringstoets_finalize (GObject *object)
{
  SlkUitvoeringstoets *self = SLK_UITVOERINGSTOETS (object);

  _slk_record_core_clear (&self->core);
  g_free (self->id);
  g_free (self->proposal);
  g_free (self->requested_by_id);
  g_free (self->assessor_id);
  g_free (self->decision_motivation);
  g_strfreev (self->conditions);
  G_OBJECT_CLASS (slk_uitvoeringstoets_parent_class)->finalize (object);
}

static void
slk_uitvoeringstoets_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SlkUitvoeringstoets *self = SLK_UITVOERINGSTOETS (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_PROPOSAL: g_value_set_string (value, self->proposal); break;
    case PROP_PROPOSAL_TYPE: g_value_set_enum (value, self->proposal_type); break;
    case PROP_REQUESTED_BY_ID: g_value_set_string (value, self->requested_by_id); break;
    case PROP_ASSESSOR_ID: g_value_set_string (value, self->assessor_id); break;
    case PROP_DATE: g_value_take_boxed (value, _slk_day_to_date_time (self->date)); break;
    case PROP_VERDICT: g_value_set_enum (value, self->verdict); break;
    case PROP_CONDITIONS: g_value_set_boxed (value, self->conditions); break;
    case PROP_DECISION_DATE:
      g_value_take_boxed (value, _slk_day_to_date_time (self->decision_date));
      break;
    case PROP_DECISION_FOLLOWED: g_value_set_enum (value, self->decision_followed); break;
    case PROP_DECISION_MOTIVATION: g_value_set_string (value, self->decision_motivation); break;
    case PROP_DATASET: g_value_set_object (value, self->core.dataset); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_uitvoeringstoets_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SlkUitvoeringstoets *self = SLK_UITVOERINGSTOETS (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_KIND: slk_uitvoeringstoets_set_kind (self, g_value_get_enum (value)); break;
    case PROP_PROPOSAL:
      slk_uitvoeringstoets_set_proposal (self, g_value_get_string (value));
      break;
    case PROP_PROPOSAL_TYPE:
      slk_uitvoeringstoets_set_proposal_type (self, g_value_get_enum (value));
      break;
    case PROP_REQUESTED_BY_ID:
      slk_uitvoeringstoets_set_requested_by_id (self, g_value_get_string (value));
      break;
    case PROP_ASSESSOR_ID:
      slk_uitvoeringstoets_set_assessor_id (self, g_value_get_string (value));
      break;
    case PROP_DATE: slk_uitvoeringstoets_set_date (self, g_value_get_boxed (value)); break;
    case PROP_VERDICT: slk_uitvoeringstoets_set_verdict (self, g_value_get_enum (value)); break;
    case PROP_CONDITIONS:
      slk_uitvoeringstoets_set_conditions (self, g_value_get_boxed (value));
      break;
    case PROP_DECISION_DATE:
      slk_uitvoeringstoets_set_decision_date (self, g_value_get_boxed (value));
      break;
    case PROP_DECISION_FOLLOWED:
      slk_uitvoeringstoets_set_decision_followed (self, g_value_get_enum (value));
      break;
    case PROP_DECISION_MOTIVATION:
      slk_uitvoeringstoets_set_decision_motivation (self, g_value_get_string (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_uitvoeringstoets_class_init (SlkUitvoeringstoetsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_uitvoeringstoets_finalize;
  object_class->get_property = slk_uitvoeringstoets_get_property;
  object_class->set_property = slk_uitvoeringstoets_set_property;

  /**
   * SlkUitvoeringstoets:id: (getter get_id)
   *
   * The id, unique across the dataset.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * SlkUitvoeringstoets:kind: (getter get_kind) (setter set_kind)
   *
   * The kind of assessment.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SLK_TYPE_TOETS_KIND,
                       SLK_TOETS_KIND_UITVOERINGSTOETS, rw);
  /**
   * SlkUitvoeringstoets:proposal: (getter get_proposal) (setter set_proposal)
   *
   * The title of the proposal assessed.
   */
  properties[PROP_PROPOSAL] = g_param_spec_string ("proposal", NULL, NULL, NULL, rw);
  /**
   * SlkUitvoeringstoets:proposal-type: (getter get_proposal_type) (setter set_proposal_type)
   *
   * What kind of proposal it is.
   */
  properties[PROP_PROPOSAL_TYPE] =
    g_param_spec_enum ("proposal-type", NULL, NULL, SLK_TYPE_PROPOSAL_TYPE,
                       SLK_PROPOSAL_TYPE_UNKNOWN, rw);
  /**
   * SlkUitvoeringstoets:requested-by-id: (getter get_requested_by_id) (setter set_requested_by_id)
   *
   * The id of the ministry that asked for the assessment.
   */
  properties[PROP_REQUESTED_BY_ID] =
    g_param_spec_string ("requested-by-id", NULL, NULL, NULL, rw);
  /**
   * SlkUitvoeringstoets:assessor-id: (getter get_assessor_id) (setter set_assessor_id)
   *
   * The id of the organization that assessed the proposal.
   */
  properties[PROP_ASSESSOR_ID] = g_param_spec_string ("assessor-id", NULL, NULL, NULL, rw);
  /**
   * SlkUitvoeringstoets:date: (getter dup_date) (setter set_date)
   *
   * The date of the assessment (midnight UTC), or %NULL.
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME, rw);
  /**
   * SlkUitvoeringstoets:verdict: (getter get_verdict) (setter set_verdict)
   *
   * The verdict.
   */
  properties[PROP_VERDICT] =
    g_param_spec_enum ("verdict", NULL, NULL, SLK_TYPE_VERDICT, SLK_VERDICT_UNKNOWN, rw);
  /**
   * SlkUitvoeringstoets:conditions: (getter get_conditions) (setter set_conditions)
   *
   * The conditions of a `conditional` verdict, or %NULL.
   */
  properties[PROP_CONDITIONS] = g_param_spec_boxed ("conditions", NULL, NULL, G_TYPE_STRV, rw);
  /**
   * SlkUitvoeringstoets:decision-date: (getter dup_decision_date) (setter set_decision_date)
   *
   * The date of the decision on the proposal, or %NULL.
   */
  properties[PROP_DECISION_DATE] =
    g_param_spec_boxed ("decision-date", NULL, NULL, G_TYPE_DATE_TIME, rw);
  /**
   * SlkUitvoeringstoets:decision-followed: (getter get_decision_followed) (setter set_decision_followed)
   *
   * Whether the decision followed the verdict.
   */
  properties[PROP_DECISION_FOLLOWED] =
    g_param_spec_enum ("decision-followed", NULL, NULL, SLK_TYPE_OPTIONAL_BOOLEAN,
                       SLK_OPTIONAL_BOOLEAN_UNKNOWN, rw);
  /**
   * SlkUitvoeringstoets:decision-motivation: (getter get_decision_motivation) (setter set_decision_motivation)
   *
   * Why the decision deviates from the verdict, or %NULL.
   */
  properties[PROP_DECISION_MOTIVATION] =
    g_param_spec_string ("decision-motivation", NULL, NULL, NULL, rw);
  /**
   * SlkUitvoeringstoets:dataset: (getter get_dataset)
   *
   * The dataset the assessment belongs to, or %NULL.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_uitvoeringstoets_init (SlkUitvoeringstoets *self)
{
}

/**
 * slk_uitvoeringstoets_new:
 * @id: the id, unique in the dataset
 * @kind: the kind of assessment
 *
 * Creates a new assessment with nothing else set.
 *
 * Returns: (transfer full): the new [class@Slk.Uitvoeringstoets]
 */
SlkUitvoeringstoets *
slk_uitvoeringstoets_new (const char   *id,
                          SlkToetsKind  kind)
{
  return g_object_new (SLK_TYPE_UITVOERINGSTOETS, "id", id, "kind", kind, NULL);
}

/**
 * slk_uitvoeringstoets_get_id: (get-property id)
 * @self: an assessment
 *
 * Gets the id.
 *
 * Returns: (nullable): the id
 */
const char *
slk_uitvoeringstoets_get_id (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->id;
}

/**
 * slk_uitvoeringstoets_get_dataset: (get-property dataset)
 * @self: an assessment
 *
 * Gets the dataset the assessment belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset, or %NULL
 */
SlkDataset *
slk_uitvoeringstoets_get_dataset (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->core.dataset;
}

/**
 * slk_uitvoeringstoets_get_kind: (get-property kind)
 * @self: an assessment
 *
 * Gets the kind of assessment.
 *
 * Returns: the kind
 */
SlkToetsKind
slk_uitvoeringstoets_get_kind (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), SLK_TOETS_KIND_UITVOERINGSTOETS);
  return self->kind;
}

/**
 * slk_uitvoeringstoets_set_kind: (set-property kind)
 * @self: an assessment
 * @kind: the kind
 *
 * Sets the kind of assessment.
 */
void
slk_uitvoeringstoets_set_kind (SlkUitvoeringstoets *self,
                               SlkToetsKind         kind)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (kind <= SLK_TOETS_KIND_UITVOERINGSSCAN);
  set_enum_prop (self, (int *) &self->kind, PROP_KIND, kind);
}

/**
 * slk_uitvoeringstoets_get_proposal: (get-property proposal)
 * @self: an assessment
 *
 * Gets the title of the proposal assessed.
 *
 * Returns: (nullable): the title
 */
const char *
slk_uitvoeringstoets_get_proposal (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->proposal;
}

/**
 * slk_uitvoeringstoets_set_proposal: (set-property proposal)
 * @self: an assessment
 * @proposal: (nullable): the title of the proposal
 *
 * Sets the title of the proposal assessed.
 */
void
slk_uitvoeringstoets_set_proposal (SlkUitvoeringstoets *self,
                                   const char          *proposal)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  set_string_prop (self, &self->proposal, PROP_PROPOSAL, proposal);
}

/**
 * slk_uitvoeringstoets_get_proposal_type: (get-property proposal-type)
 * @self: an assessment
 *
 * Gets the type of the proposal.
 *
 * Returns: the type, %SLK_PROPOSAL_TYPE_UNKNOWN if not given
 */
SlkProposalType
slk_uitvoeringstoets_get_proposal_type (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), SLK_PROPOSAL_TYPE_UNKNOWN);
  return self->proposal_type;
}

/**
 * slk_uitvoeringstoets_set_proposal_type: (set-property proposal-type)
 * @self: an assessment
 * @proposal_type: the type of the proposal
 *
 * Sets the type of the proposal.
 */
void
slk_uitvoeringstoets_set_proposal_type (SlkUitvoeringstoets *self,
                                        SlkProposalType      proposal_type)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  g_return_if_fail (proposal_type <= SLK_PROPOSAL_TYPE_BELEID);
  set_enum_prop (self, (int *) &self->proposal_type, PROP_PROPOSAL_TYPE, proposal_type);
}

/**
 * slk_uitvoeringstoets_get_requested_by_id: (get-property requested-by-id)
 * @self: an assessment
 *
 * Gets the id of the ministry that asked for the assessment.
 *
 * Returns: (nullable): the id
 */
const char *
slk_uitvoeringstoets_get_requested_by_id (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->requested_by_id;
}

/**
 * slk_uitvoeringstoets_set_requested_by_id: (set-property requested-by-id)
 * @self: an assessment
 * @ministry_id: (nullable): the id of a ministry
 *
 * Sets the id of the ministry that asked for the assessment.
 */
void
slk_uitvoeringstoets_set_requested_by_id (SlkUitvoeringstoets *self,
                                          const char          *ministry_id)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  set_string_prop (self, &self->requested_by_id, PROP_REQUESTED_BY_ID, ministry_id);
}

/**
 * slk_uitvoeringstoets_get_requester:
 * @self: an assessment
 *
 * Resolves [property@Slk.Uitvoeringstoets:requested-by-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the ministry, or %NULL if the id is
 *   not set, names no ministry, or the assessment is in no dataset
 */
SlkMinistry *
slk_uitvoeringstoets_get_requester (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return _slk_record_core_resolve (&self->core, self->requested_by_id, SLK_TYPE_MINISTRY);
}

/**
 * slk_uitvoeringstoets_get_assessor_id: (get-property assessor-id)
 * @self: an assessment
 *
 * Gets the id of the organization that assessed the proposal.
 *
 * Returns: (nullable): the id
 */
const char *
slk_uitvoeringstoets_get_assessor_id (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return self->assessor_id;
}

/**
 * slk_uitvoeringstoets_set_assessor_id: (set-property assessor-id)
 * @self: an assessment
 * @organization_id: (nullable): the id of an organization
 *
 * Sets the id of the organization that assessed the proposal: an
 * inspection for a HUF-toets, a decentral body for a UDO.
 */
void
slk_uitvoeringstoets_set_assessor_id (SlkUitvoeringstoets *self,
                                      const char          *organization_id)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  set_string_prop (self, &self->assessor_id, PROP_ASSESSOR_ID, organization_id);
}

/**
 * slk_uitvoeringstoets_get_assessor:
 * @self: an assessment
 *
 * Resolves [property@Slk.Uitvoeringstoets:assessor-id] in the dataset.
 *
 * Returns: (transfer none) (nullable): the organization, or %NULL
 */
SlkOrganization *
slk_uitvoeringstoets_get_assessor (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return _slk_record_core_resolve (&self->core, self->assessor_id, SLK_TYPE_ORGANIZATION);
}

/**
 * slk_uitvoeringstoets_dup_date: (get-property date)
 * @self: an assessment
 *
 * Gets the date of the assessment.
 *
 * Returns: (transfer full) (nullable): the date at midnight UTC, or %NULL
 */
GDateTime *
slk_uitvoeringstoets_dup_date (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return _slk_day_to_date_time (self->date);
}

/**
 * slk_uitvoeringstoets_set_date: (set-property date)
 * @self: an assessment
 * @date: (nullable): the date; only its calendar date counts
 *
 * Sets the date of the assessment.
 */
void
slk_uitvoeringstoets_set_date (SlkUitvoeringstoets *self,
                               GDateTime           *date)
{
  g_return_if_fail (SLK_IS_UITVOERINGSTOETS (self));
  _slk_uitvoeringstoets_set_date_day (self, _slk_day_from_date_time (date));
}

/**
 * slk_uitvoeringstoets_list_noodremmen:
 * @self: an assessment
 *
 * Lists the noodrem signals in the dataset that name this assessment as
 * the one that warned, in dataset order. The list is a snapshot.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Slk.Noodrem]
 */
GListModel *
slk_uitvoeringstoets_list_noodremmen (SlkUitvoeringstoets *self)
{
  g_return_val_if_fail (SLK_IS_UITVOERINGSTOETS (self), NULL);
  return _slk_store_filter (_slk_store_of (self->core.dataset), SLK_TYPE_NOODREM, self->id,
                              (SlkIdGetter) slk_noodrem_get_uitvoeringstoets_id);
}

SlkRecordCore *
_slk_uitvoeringstoets_get_core (SlkUitvoeringstoets *self)
{
  return &self->core;
}

void
_slk_uitvoeringstoets_set_dataset (SlkUitvoeringstoets *self,
                                   SlkDataset          *dataset,
                                   guint                index)
{
  _slk_record_core_set_dataset (&self->core, G_OBJECT (self), properties[PROP_DATASET], dataset,
                                index);
}

SlkDay
_slk_uitvoeringstoets_get_date_day (SlkUitvoeringstoets *self)
{
  return self->date;
}

void
_slk_uitvoeringstoets_set_date_day (SlkUitvoeringstoets *self,
                                    SlkDay               day)
{
  if (self->date == day)
    return;
  self->date = day;
  _slk_uitvoeringstoets_changed (self, PROP_DATE);
}

SlkDay
_slk_uitvoeringstoets_get_decision_day (SlkUitvoeringstoets *self)
{
  return self->decision_date;
}

void
_slk_uitvoeringstoets_set_decision_day (SlkUitvoeringstoets *self,
                                        SlkDay               day)
{
  if (self->decision_date == day)
    return;
  self->decision_date = day;
  _slk_uitvoeringstoets_changed (self, PROP_DECISION_DATE);
}

static const char *
record_get_id (SlkRecord *record)
{
  return slk_uitvoeringstoets_get_id (SLK_UITVOERINGSTOETS (record));
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_uitvoeringstoets_get_dataset (SLK_UITVOERINGSTOETS (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_UITVOERINGSTOETS (record)->core, "uitvoeringstoetsen");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
