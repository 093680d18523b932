/* slk-measure.c: one way a share of a cut is filled in
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-measure.h"

/**
 * SlkMeasure:
 *
 * One measure by which a ministry fills in its share of a cut (SPEC 1.1
 * `measures`): the year, the amount in cents, the kind and a note. A
 * taakstelling without a `realized` for a year has as its realized the sum
 * of its measures of that year ([method@Slk.Taakstelling.add_measure]).
 * Immutable.
 */
struct _SlkMeasure
{
  GObject         parent_instance;
  guint           year;
  gint64          cents;
  SlkMeasureKind  kind;
  char           *note;
};

G_DEFINE_FINAL_TYPE (SlkMeasure, slk_measure, G_TYPE_OBJECT)

static void
slk_measure_finalize (GObject *object)
{
  g_free (SLK_MEASURE (object)->note);
  G_OBJECT_CLASS (slk_measure_parent_class)->finalize (object);
}

static void
slk_measure_class_init (SlkMeasureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = slk_measure_finalize;
}

static void
slk_measure_init (SlkMeasure *self)
{
}

/**
 * slk_measure_new:
 * @year: the year the measure fills in
 * @cents: what it fills in, in cents
 * @kind: what kind of measure it is
 * @note: (nullable): a note
 *
 * Creates a measure.
 *
 * Returns: (transfer full): the new measure
 */
SlkMeasure *
slk_measure_new (guint           year,
                 gint64          cents,
                 SlkMeasureKind  kind,
                 const char     *note)
{
  SlkMeasure *self;

  g_return_val_if_fail (year >= 1000 && year <= 9999, NULL);
  g_return_val_if_fail (kind <= SLK_MEASURE_KIND_OTHER, NULL);
  self = g_object_new (SLK_TYPE_MEASURE, NULL);
  self->year = year;
  self->cents = cents;
  self->kind = kind;
  self->note = g_strdup (note);
  return self;
}

/**
 * slk_measure_get_year:
 * @self: a measure
 *
 * Gets the year the measure fills in.
 *
 * Returns: the year
 */
guint
slk_measure_get_year (SlkMeasure *self)
{
  g_return_val_if_fail (SLK_IS_MEASURE (self), 0);
  return self->year;
}

/**
 * slk_measure_get_amount:
 * @self: a measure
 *
 * Gets what the measure fills in.
 *
 * Returns: the amount in cents
 */
gint64
slk_measure_get_amount (SlkMeasure *self)
{
  g_return_val_if_fail (SLK_IS_MEASURE (self), 0);
  return self->cents;
}

/**
 * slk_measure_get_kind:
 * @self: a measure
 *
 * Gets the kind of measure.
 *
 * Returns: the kind
 */
SlkMeasureKind
slk_measure_get_kind (SlkMeasure *self)
{
  g_return_val_if_fail (SLK_IS_MEASURE (self), SLK_MEASURE_KIND_OTHER);
  return self->kind;
}

/**
 * slk_measure_get_note:
 * @self: a measure
 *
 * Gets the note.
 *
 * Returns: (nullable): the note
 */
const char *
slk_measure_get_note (SlkMeasure *self)
{
  g_return_val_if_fail (SLK_IS_MEASURE (self), NULL);
  return self->note;
}
