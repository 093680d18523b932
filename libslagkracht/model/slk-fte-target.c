/* slk-fte-target.c: the FTE a ministry is to have in a year
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "slk-agenda-private.h"
#include "slk-enum-types.h"
#include "slk-record.h"

/**
 * SlkFteTarget:
 *
 * The number of FTE a ministry is to have in a year, in a scope (SPEC 1.1
 * `fte_targets`): the per-department reduction goals of the June 2026
 * letter. A target has no id; it is known by its ministry and year. For a
 * year before that of the reference date, a ministry whose FTE in that
 * scope is above its target is the warning `fte-target-missed`.
 */
struct _SlkFteTarget
{
  GObject       parent_instance;
  SlkRecordCore core;
  char         *ministry_id;
  guint         year;
  double        fte;
  SlkScope      scope;
  guint         present;
};

static void record_iface_init (SlkRecordInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SlkFteTarget, slk_fte_target, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (SLK_TYPE_RECORD, record_iface_init))

static void
slk_fte_target_finalize (GObject *object)
{
  SlkFteTarget *self = SLK_FTE_TARGET (object);

  _slk_record_core_clear (&self->core);
  g_free (self->ministry_id);
  G_OBJECT_CLASS (slk_fte_target_parent_class)->finalize (object);
}

static void
slk_fte_target_class_init (SlkFteTargetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slk_fte_target_finalize;
}

static void
slk_fte_target_init (SlkFteTarget *self)
{
  self->scope = SLK_SCOPE_CORE;
}

/**
 * slk_fte_target_new:
 * @ministry_id: the ministry
 * @year: the year
 * @fte: the FTE it is to have, not negative
 * @scope: what counts: %SLK_SCOPE_CORE or %SLK_SCOPE_RIJKSDIENST
 *
 * Creates an FTE target.
 *
 * Returns: (transfer full): the new target
 */
SlkFteTarget *
slk_fte_target_new (const char *ministry_id,
                    guint       year,
                    double      fte,
                    SlkScope    scope)
{
  SlkFteTarget *self;

  g_return_val_if_fail (ministry_id != NULL, NULL);
  g_return_val_if_fail (year >= 1000 && year <= 9999, NULL);
  g_return_val_if_fail (fte >= 0, NULL);
  g_return_val_if_fail (scope == SLK_SCOPE_CORE || scope == SLK_SCOPE_RIJKSDIENST, NULL);
  self = g_object_new (SLK_TYPE_FTE_TARGET, NULL);
  _slk_fte_target_set (self, ministry_id, year, fte, scope,
                       SLK_FTE_TARGET_HAS_YEAR | SLK_FTE_TARGET_HAS_FTE |
                       SLK_FTE_TARGET_HAS_SCOPE);
  return self;
}

/**
 * slk_fte_target_get_ministry_id:
 * @self: an FTE target
 *
 * Gets the ministry the target is for.
 *
 * Returns: (nullable): the ministry's id
 */
const char *
slk_fte_target_get_ministry_id (SlkFteTarget *self)
{
  g_return_val_if_fail (SLK_IS_FTE_TARGET (self), NULL);
  return self->ministry_id;
}

/**
 * slk_fte_target_get_year:
 * @self: an FTE target
 *
 * Gets the year.
 *
 * Returns: the year, or 0 when the file gave none
 */
guint
slk_fte_target_get_year (SlkFteTarget *self)
{
  g_return_val_if_fail (SLK_IS_FTE_TARGET (self), 0);
  return self->year;
}

/**
 * slk_fte_target_get_fte:
 * @self: an FTE target
 *
 * Gets the FTE the ministry is to have.
 *
 * Returns: the FTE, or NaN when the file gave none
 */
double
slk_fte_target_get_fte (SlkFteTarget *self)
{
  g_return_val_if_fail (SLK_IS_FTE_TARGET (self), 0);
  return (self->present & SLK_FTE_TARGET_HAS_FTE) ? self->fte : NAN;
}

/**
 * slk_fte_target_get_scope:
 * @self: an FTE target
 *
 * Gets what counts for the ministry's FTE.
 *
 * Returns: the scope (%SLK_SCOPE_CORE when the file gives none)
 */
SlkScope
slk_fte_target_get_scope (SlkFteTarget *self)
{
  g_return_val_if_fail (SLK_IS_FTE_TARGET (self), SLK_SCOPE_CORE);
  return self->scope;
}

/**
 * slk_fte_target_get_dataset:
 * @self: an FTE target
 *
 * Gets the dataset the target belongs to.
 *
 * Returns: (transfer none) (nullable): the dataset
 */
SlkDataset *
slk_fte_target_get_dataset (SlkFteTarget *self)
{
  g_return_val_if_fail (SLK_IS_FTE_TARGET (self), NULL);
  return self->core.dataset;
}

SlkRecordCore *
_slk_fte_target_get_core (SlkFteTarget *self)
{
  return &self->core;
}

void
_slk_fte_target_set_dataset (SlkFteTarget *self,
                             SlkDataset   *dataset,
                             guint         index)
{
  self->core.dataset = dataset;
  self->core.index = index;
}

const char *
_slk_fte_target_no_id (SlkFteTarget *self)
{
  return NULL;
}

guint
_slk_fte_target_get_present (SlkFteTarget *self)
{
  return self->present;
}

void
_slk_fte_target_set (SlkFteTarget *self,
                     const char   *ministry_id,
                     guint         year,
                     double        fte,
                     SlkScope      scope,
                     guint         present)
{
  g_free (self->ministry_id);
  self->ministry_id = g_strdup (ministry_id);
  self->year = year;
  self->fte = fte;
  self->scope = scope;
  self->present = present;
}

static const char *
record_get_id (SlkRecord *record)
{
  return NULL;
}

static SlkDataset *
record_get_dataset (SlkRecord *record)
{
  return slk_fte_target_get_dataset (SLK_FTE_TARGET (record));
}

static char *
record_dup_pointer (SlkRecord *record)
{
  return _slk_record_core_dup_pointer (&SLK_FTE_TARGET (record)->core, "fte_targets");
}

static void
record_iface_init (SlkRecordInterface *iface)
{
  iface->get_id = record_get_id;
  iface->get_dataset = record_get_dataset;
  iface->dup_pointer = record_dup_pointer;
}
