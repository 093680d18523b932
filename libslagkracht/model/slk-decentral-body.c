/* slk-decentral-body.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-decentral-body.h"

/**
 * SlkDecentralBody:
 *
 * A decentral government (gemeente, provincie, waterschap) or its umbrella body, such as the VNG.
 *
 * Decentral bodies take part in assessments (the UDO) and have no parent.
 */
struct _SlkDecentralBody
{
  SlkOrganization parent_instance;
};

G_DEFINE_FINAL_TYPE (SlkDecentralBody, slk_decentral_body, SLK_TYPE_ORGANIZATION)

static void
slk_decentral_body_class_init (SlkDecentralBodyClass *klass)
{
  SLK_ORGANIZATION_CLASS (klass)->kind = SLK_ORGANIZATION_KIND_DECENTRAL;
}

static void
slk_decentral_body_init (SlkDecentralBody *self)
{
}

/**
 * slk_decentral_body_new:
 * @id: the id, unique in the dataset
 * @name: the name
 *
 * Creates a new [class@Slk.DecentralBody].
 *
 * Returns: (transfer full): the new organization
 */
SlkDecentralBody *
slk_decentral_body_new (const char *id,
                        const char *name)
{
  return g_object_new (SLK_TYPE_DECENTRAL_BODY, "id", id, "name", name, NULL);
}
