/* slk-types.h: forward declarations of every public type
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SLK_INSIDE) && !defined(SLK_COMPILATION)
# error "Only <libslagkracht.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SlkDataset        SlkDataset;
typedef struct _SlkFinding        SlkFinding;
typedef struct _SlkReport         SlkReport;
typedef struct _SlkOrganization   SlkOrganization;
typedef struct _SlkMinistry       SlkMinistry;
typedef struct _SlkZbo            SlkZbo;
typedef struct _SlkInspection     SlkInspection;
typedef struct _SlkAgency         SlkAgency;
typedef struct _SlkDecentralBody  SlkDecentralBody;
typedef struct _SlkUitvoeringstoets SlkUitvoeringstoets;
typedef struct _SlkNoodrem        SlkNoodrem;
typedef struct _SlkNoodremEvent   SlkNoodremEvent;
typedef struct _SlkNorms          SlkNorms;
typedef struct _SlkTaakstelling   SlkTaakstelling;
typedef struct _SlkRuleChange     SlkRuleChange;
typedef struct _SlkRuleTarget     SlkRuleTarget;
typedef struct _SlkRollup         SlkRollup;
typedef struct _SlkContribution   SlkContribution;
typedef struct _SlkAllocator      SlkAllocator;
typedef struct _SlkMonitor        SlkMonitor;
typedef struct _SlkSource         SlkSource;
typedef struct _SlkReported       SlkReported;
typedef struct _SlkMeasure        SlkMeasure;
typedef struct _SlkCommitment     SlkCommitment;
typedef struct _SlkFteTarget      SlkFteTarget;

G_END_DECLS
