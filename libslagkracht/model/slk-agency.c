/* slk-agency.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-agency.h"

/**
 * SlkAgency:
 *
 * An agentschap: a unit of a ministry with its own business management
 * (Regeling Agentschappen 2024). Its [property@Slk.Organization:parent-id]
 * names the ministry.
 */
struct _SlkAgency
{
  SlkOrganization parent_instance;
};

G_DEFINE_FINAL_TYPE (SlkAgency, slk_agency, SLK_TYPE_ORGANIZATION)

static void
slk_agency_class_init (SlkAgencyClass *klass)
{
  SLK_ORGANIZATION_CLASS (klass)->kind = SLK_ORGANIZATION_KIND_AGENCY;
}

static void
slk_agency_init (SlkAgency *self)
{
}

/**
 * slk_agency_new:
 * @id: the id, unique in the dataset
 * @name: the name
 * @parent_id: (nullable): the id of the responsible ministry
 *
 * Creates a new [class@Slk.Agency].
 *
 * Returns: (transfer full): the new organization
 */
SlkAgency *
slk_agency_new (const char *id,
               const char *name,
               const char *parent_id)
{
  return g_object_new (SLK_TYPE_AGENCY,
                       "id", id, "name", name, "parent-id", parent_id, NULL);
}
