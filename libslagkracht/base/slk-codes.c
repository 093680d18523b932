/* slk-codes.c: the table of finding codes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-codes-private.h"

const SlkCodeInfo _slk_codes[SLK_N_CODES] = {
  [SLK_CODE_PARSE_ERROR] =
    { "parse-error", SLK_SEVERITY_ERROR, "SPEC §5",
      "The text is not JSON, or goes past the documented limits." },
  [SLK_CODE_UNSUPPORTED_FORMAT] =
    { "unsupported-format", SLK_SEVERITY_ERROR, "SPEC §5",
      "The file is not a dataset of a format this library reads." },
  [SLK_CODE_MISSING_MEMBER] =
    { "missing-member", SLK_SEVERITY_ERROR, "SPEC §5",
      "A required member is absent." },
  [SLK_CODE_DUPLICATE_MEMBER] =
    { "duplicate-member", SLK_SEVERITY_ERROR, "SPEC §5",
      "The same member name stands twice in one object." },
  [SLK_CODE_WRONG_TYPE] =
    { "wrong-type", SLK_SEVERITY_ERROR, "SPEC §5",
      "A member holds a value of the wrong JSON type." },
  [SLK_CODE_INVALID_VALUE] =
    { "invalid-value", SLK_SEVERITY_ERROR, "SPEC §5",
      "A member that takes one of a fixed set of names holds another." },
  [SLK_CODE_UNKNOWN_KIND] =
    { "unknown-kind", SLK_SEVERITY_ERROR, "SPEC §5",
      "A record has a kind that this contract does not know." },
  [SLK_CODE_INVALID_ID] =
    { "invalid-id", SLK_SEVERITY_ERROR, "SPEC §5",
      "An id is not lowercase letters, digits and dashes." },
  [SLK_CODE_DUPLICATE_ID] =
    { "duplicate-id", SLK_SEVERITY_ERROR, "SPEC §5",
      "Two records share an id." },
  [SLK_CODE_DANGLING_REFERENCE] =
    { "dangling-reference", SLK_SEVERITY_ERROR, "SPEC §5",
      "A reference names a record that the dataset does not hold." },
  [SLK_CODE_WRONG_REFERENCE_KIND] =
    { "wrong-reference-kind", SLK_SEVERITY_ERROR, "SPEC §5",
      "A reference names a record of the wrong kind." },
  [SLK_CODE_FORBIDDEN_MEMBER] =
    { "forbidden-member", SLK_SEVERITY_ERROR, "SPEC §5",
      "A record has a member that its kind may not have." },
  [SLK_CODE_NEGATIVE_VALUE] =
    { "negative-value", SLK_SEVERITY_ERROR, "SPEC §5",
      "A figure or amount that cannot be negative is." },
  [SLK_CODE_INVALID_NUMBER] =
    { "invalid-number", SLK_SEVERITY_ERROR, "SPEC §5",
      "A number is not finite, out of range, or too precise." },
  [SLK_CODE_INVALID_DATE] =
    { "invalid-date", SLK_SEVERITY_ERROR, "SPEC §5",
      "A date is not a valid YYYY-MM-DD date." },
  [SLK_CODE_INVALID_YEAR] =
    { "invalid-year", SLK_SEVERITY_ERROR, "SPEC §5",
      "A year key is not a four-digit year." },
  [SLK_CODE_EVENTS_OUT_OF_ORDER] =
    { "events-out-of-order", SLK_SEVERITY_ERROR, "SPEC §5",
      "A noodrem's events are not in chronological order." },
  [SLK_CODE_INVALID_TRANSITION] =
    { "invalid-transition", SLK_SEVERITY_ERROR, "SPEC §5",
      "A noodrem step does not follow from the state before it." },
  [SLK_CODE_NOODREM_WITHOUT_ESCALATION] =
    { "noodrem-without-escalation", SLK_SEVERITY_ERROR, "SPEC §5",
      "A noodrem was pulled without escalating first." },
  [SLK_CODE_EXPLANATION_MISSING] =
    { "explanation-missing", SLK_SEVERITY_ERROR, "SPEC §5",
      "An explained step has no explanation." },
  [SLK_CODE_RODE_KAART_WITHOUT_GROUNDS] =
    { "rode-kaart-without-grounds", SLK_SEVERITY_ERROR, "SPEC §5",
      "A rode kaart lacks the grounds that it requires." },
  [SLK_CODE_CONDITIONS_MISSING] =
    { "conditions-missing", SLK_SEVERITY_ERROR, "SPEC §5",
      "A conditional verdict lists no conditions." },
  [SLK_CODE_DEVIATION_WITHOUT_MOTIVATION] =
    { "deviation-without-motivation", SLK_SEVERITY_ERROR, "SPEC §5",
      "A decision that does not follow the toets is not motivated." },
  [SLK_CODE_ALLOCATION_MISMATCH] =
    { "allocation-mismatch", SLK_SEVERITY_ERROR, "SPEC §5",
      "The shares of a taakstelling do not add up to it." },
  [SLK_CODE_REALIZED_WITHOUT_TARGET] =
    { "realized-without-target", SLK_SEVERITY_ERROR, "SPEC §5",
      "A taakstelling has a realized amount for a year without a target." },
  [SLK_CODE_OVERHEAD_EXCEEDS_FTE] =
    { "overhead-exceeds-fte", SLK_SEVERITY_ERROR, "SPEC §5",
      "Overhead FTE exceeds the total FTE." },
  [SLK_CODE_REFERENCE_CYCLE] =
    { "reference-cycle", SLK_SEVERITY_ERROR, "SPEC §5",
      "A chain of parent references returns to where it started." },
  [SLK_CODE_ROEMERNORM_EXCEEDED] =
    { "roemernorm-exceeded", SLK_SEVERITY_WARNING, "SPEC §5",
      "External hire exceeds the Roemernorm." },
  [SLK_CODE_OVERHEAD_ABOVE_TARGET] =
    { "overhead-above-target", SLK_SEVERITY_WARNING, "SPEC §5",
      "The share of FTE in overhead functions is above the target." },
  [SLK_CODE_ZBO_EVALUATION_OVERDUE] =
    { "zbo-evaluation-overdue", SLK_SEVERITY_WARNING, "SPEC §5",
      "A Kaderwet ZBO has not been evaluated within the period." },
  [SLK_CODE_NOODREM_RESPONSE_OVERDUE] =
    { "noodrem-response-overdue", SLK_SEVERITY_WARNING, "SPEC §5",
      "A noodrem has had no response by its deadline." },
  [SLK_CODE_TAAKSTELLING_BEHIND] =
    { "taakstelling-behind", SLK_SEVERITY_WARNING, "SPEC §5",
      "Less of a taakstelling is filled in than its target." },
  [SLK_CODE_RULE_TARGET_MISSED] =
    { "rule-target-missed", SLK_SEVERITY_WARNING, "SPEC §5",
      "Fewer rules were scrapped or simplified than the target." },
  [SLK_CODE_RULES_BUSINESSES_SHARE_LOW] =
    { "rules-businesses-share-low", SLK_SEVERITY_WARNING, "SPEC §5",
      "Too few rule changes were for businesses." },
  [SLK_CODE_EVALUATION_DUE_SOON] =
    { "evaluation-due-soon", SLK_SEVERITY_WARNING, "SPEC §5",
      "A Kaderwet ZBO's evaluation falls due within a year." },
  [SLK_CODE_PARTIAL_COVERAGE] =
    { "partial-coverage", SLK_SEVERITY_INFO, "SPEC §5",
      "A summed figure rests on fewer organisations than its group holds." },
  [SLK_CODE_INVALID_TEXT] =
    { "invalid-text", SLK_SEVERITY_ERROR, "SPEC §5",
      "A text holds U+0000; it is kept as written but not used." },
  [SLK_CODE_UNKNOWN_MEMBER] =
    { "unknown-member", SLK_SEVERITY_INFO, "SPEC §5",
      "A member this contract does not know; it is kept as written." },
  [SLK_CODE_COMMITMENT_OVERDUE] =
    { "commitment-overdue", SLK_SEVERITY_WARNING, "SPEC §5",
      "An open commitment was due before the reference date." },
  [SLK_CODE_FTE_TARGET_MISSED] =
    { "fte-target-missed", SLK_SEVERITY_WARNING, "SPEC §5",
      "A ministry had more FTE than its target for a past year." },
};
