/* slk-codes-private.h: every finding code the library raises, declared
 * once: its name, severity, section of the contract and meaning
 *
 * Every layer that reports a finding names it by its SlkCode; the name and
 * severity come from this table, and tests/codes/ checks that each code has
 * a fixture and a line in the JSON-format guide.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

#include "slk-finding-enums.h"

G_BEGIN_DECLS

typedef enum
{
  SLK_CODE_PARSE_ERROR,
  SLK_CODE_UNSUPPORTED_FORMAT,
  SLK_CODE_MISSING_MEMBER,
  SLK_CODE_DUPLICATE_MEMBER,
  SLK_CODE_WRONG_TYPE,
  SLK_CODE_INVALID_VALUE,
  SLK_CODE_UNKNOWN_KIND,
  SLK_CODE_INVALID_ID,
  SLK_CODE_DUPLICATE_ID,
  SLK_CODE_DANGLING_REFERENCE,
  SLK_CODE_WRONG_REFERENCE_KIND,
  SLK_CODE_FORBIDDEN_MEMBER,
  SLK_CODE_NEGATIVE_VALUE,
  SLK_CODE_INVALID_NUMBER,
  SLK_CODE_INVALID_DATE,
  SLK_CODE_INVALID_YEAR,
  SLK_CODE_EVENTS_OUT_OF_ORDER,
  SLK_CODE_INVALID_TRANSITION,
  SLK_CODE_NOODREM_WITHOUT_ESCALATION,
  SLK_CODE_EXPLANATION_MISSING,
  SLK_CODE_RODE_KAART_WITHOUT_GROUNDS,
  SLK_CODE_CONDITIONS_MISSING,
  SLK_CODE_DEVIATION_WITHOUT_MOTIVATION,
  SLK_CODE_ALLOCATION_MISMATCH,
  SLK_CODE_REALIZED_WITHOUT_TARGET,
  SLK_CODE_OVERHEAD_EXCEEDS_FTE,
  SLK_CODE_REFERENCE_CYCLE,
  SLK_CODE_ROEMERNORM_EXCEEDED,
  SLK_CODE_OVERHEAD_ABOVE_TARGET,
  SLK_CODE_ZBO_EVALUATION_OVERDUE,
  SLK_CODE_NOODREM_RESPONSE_OVERDUE,
  SLK_CODE_TAAKSTELLING_BEHIND,
  SLK_CODE_RULE_TARGET_MISSED,
  SLK_CODE_RULES_BUSINESSES_SHARE_LOW,
  SLK_CODE_EVALUATION_DUE_SOON,
  SLK_CODE_PARTIAL_COVERAGE,
  SLK_CODE_INVALID_TEXT,
  SLK_CODE_UNKNOWN_MEMBER,
  SLK_CODE_COMMITMENT_OVERDUE,
  SLK_CODE_FTE_TARGET_MISSED,
  SLK_N_CODES
} SlkCode;

typedef struct
{
  const char  *name;      /* the `code` of SPEC §5: never translated */
  SlkSeverity  severity;
  const char  *section;   /* where the contract defines it */
  const char  *meaning;   /* one sentence, for documentation and tools */
} SlkCodeInfo;

extern const SlkCodeInfo _slk_codes[SLK_N_CODES];

static inline const char *
_slk_code_name (SlkCode code)
{
  return _slk_codes[code].name;
}

static inline SlkSeverity
_slk_code_severity (SlkCode code)
{
  return _slk_codes[code].severity;
}

G_END_DECLS
