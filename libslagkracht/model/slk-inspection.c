/* slk-inspection.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-enum-types.h"
#include "slk-inspection.h"

/**
 * SlkInspection:
 *
 * A rijksinspectie: under ministerial responsibility, it checks compliance
 * and the execution of policy, and runs the HUF-toets on new rules. Most are
 * united in the Inspectieraad ([property@Slk.Inspection:inspectieraad]).
 */
struct _SlkInspection
{
  SlkOrganization    parent_instance;
  SlkOptionalBoolean inspectieraad;
};

G_DEFINE_FINAL_TYPE (SlkInspection, slk_inspection, SLK_TYPE_ORGANIZATION)

enum {
  PROP_0,
  PROP_INSPECTIERAAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slk_inspection_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SlkInspection *self = SLK_INSPECTION (object);

  switch (prop_id)
    {
    case PROP_INSPECTIERAAD: g_value_set_enum (value, self->inspectieraad); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_inspection_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SlkInspection *self = SLK_INSPECTION (object);

  switch (prop_id)
    {
    case PROP_INSPECTIERAAD:
      slk_inspection_set_inspectieraad (self, g_value_get_enum (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
slk_inspection_class_init (SlkInspectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = slk_inspection_get_property;
  object_class->set_property = slk_inspection_set_property;
  SLK_ORGANIZATION_CLASS (klass)->kind = SLK_ORGANIZATION_KIND_INSPECTION;

  /**
   * SlkInspection:inspectieraad: (getter get_inspectieraad) (setter set_inspectieraad)
   *
   * Whether the inspection is a member (or associate member) of the
   * Inspectieraad; unknown where no source says.
   */
  properties[PROP_INSPECTIERAAD] =
    g_param_spec_enum ("inspectieraad", NULL, NULL, SLK_TYPE_OPTIONAL_BOOLEAN,
                       SLK_OPTIONAL_BOOLEAN_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_inspection_init (SlkInspection *self)
{
}

/**
 * slk_inspection_new:
 * @id: the id, unique in the dataset
 * @name: the name
 * @parent_id: (nullable): the id of the responsible ministry
 *
 * Creates a new [class@Slk.Inspection].
 *
 * Returns: (transfer full): the new inspection
 */
SlkInspection *
slk_inspection_new (const char *id,
                    const char *name,
                    const char *parent_id)
{
  return g_object_new (SLK_TYPE_INSPECTION,
                       "id", id, "name", name, "parent-id", parent_id, NULL);
}

/**
 * slk_inspection_get_inspectieraad: (get-property inspectieraad)
 * @self: an inspection
 *
 * Gets whether the inspection is in the Inspectieraad.
 *
 * Returns: yes, no or unknown
 */
SlkOptionalBoolean
slk_inspection_get_inspectieraad (SlkInspection *self)
{
  g_return_val_if_fail (SLK_IS_INSPECTION (self), SLK_OPTIONAL_BOOLEAN_UNKNOWN);
  return self->inspectieraad;
}

/**
 * slk_inspection_set_inspectieraad: (set-property inspectieraad)
 * @self: an inspection
 * @inspectieraad: yes, no or unknown
 *
 * Sets whether the inspection is in the Inspectieraad.
 */
void
slk_inspection_set_inspectieraad (SlkInspection      *self,
                                  SlkOptionalBoolean  inspectieraad)
{
  g_return_if_fail (SLK_IS_INSPECTION (self));
  if (self->inspectieraad == inspectieraad)
    return;
  self->inspectieraad = inspectieraad;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSPECTIERAAD]);
}
