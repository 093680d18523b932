/* slk-dataset-validator.c: the checks of SPEC §5 that rest on the model,
 * run after the loader's structural ones; one mistake gives one finding
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-commitment.h"
#include "slk-finding-private.h"
#include "slk-judge-private.h"
#include "slk-ministry.h"
#include "slk-noodrem.h"
#include "slk-norms.h"
#include "slk-organization-private.h"
#include "slk-report-private.h"
#include "slk-rule-change.h"
#include "slk-taakstelling.h"
#include "slk-uitvoeringstoets.h"
#include "slk-validator-private.h"
#include "slk-zbo-private.h"
#include <math.h>

#define report _slk_validator_report

/* The pointer of @org, or of its @member. Built only for a finding, in
 * the validator: valid until the next pointer is built. */
static const char *
org_pointer (SlkValidator    *validator,
             SlkOrganization *org,
             const char      *member)
{
  GString *pointer = validator->pointer;

  g_string_assign (pointer, "/organizations/");
  _slk_append_uint (pointer, _slk_organization_get_index (org));
  if (member != NULL)
    {
      g_string_append_c (pointer, '/');
      g_string_append (pointer, member);
    }
  return pointer->str;
}

static const char *
label (SlkOrganization *org)
{
  const char *name = slk_organization_get_name (org);
  const char *id = slk_organization_get_id (org);

  return name ? name : id ? id : _("the organization");
}

/* Where a member of an organization stands in the file. */
static SlkPosition
member_position (SlkValidator    *validator,
                 SlkOrganization *org,
                 SlkOrgMember     member)
{
  return _slk_trace_slot (validator->content->trace, org, member);
}

/* Where a figure stands, if the file gave it and it was not changed since. */
static SlkPosition
figure_position (SlkValidator        *validator,
                 SlkOrganization     *org,
                 const SlkFigureYear *entry,
                 SlkMetric            metric)
{
  if (!(entry->from_file & (1u << metric)))
    return (SlkPosition) { 0, 0 };
  return _slk_trace_year (validator->content->trace, org, entry->year, 1 + metric);
}

/* Where a year's key stands. */
static SlkPosition
year_position (SlkValidator        *validator,
               SlkOrganization     *org,
               const SlkFigureYear *entry)
{
  return _slk_trace_year (validator->content->trace, org, entry->year, 0);
}

/* A member the loader kept as an extra was present but unusable, and has
 * had its finding: it is not missing as well. */
static gboolean
member_was_given (SlkOrganization *org,
                  const char      *name)
{
  JsonObject *extras = _slk_organization_get_extras (org);

  return extras != NULL && json_object_has_member (extras, name);
}

static void
check_missing (SlkValidator    *validator,
               SlkOrganization *org,
               const char      *member,
               const char      *value)
{
  if (value != NULL || member_was_given (org, member))
    return;
  report (validator, SLK_CODE_MISSING_MEMBER, slk_organization_get_id (org),
          org_pointer (validator, org, NULL),
          member_position (validator, org, SLK_ORG_MEMBER_OBJECT),
          _("%s has no \"%s\", which its kind requires."), label (org), member);
}

static void
check_identity (SlkValidator    *validator,
                SlkOrganization *org)
{
  const char *id = slk_organization_get_id (org);

  check_missing (validator, org, "id", id);
  check_missing (validator, org, "name", slk_organization_get_name (org));
  if (id != NULL)
    _slk_validator_check_id (validator, org, id, org_pointer (validator, org, "id"),
                             member_position (validator, org, SLK_ORG_MEMBER_ID));
}

/* The organizations whose parents lead back to them, found on first need:
 * only a parent that is no ministry can start a cycle, and most files have
 * none, so validation of a large file does not pay for the walk. */
static GHashTable *
org_cycles (SlkValidator *validator)
{
  SlkStore *content = validator->content;

  if (validator->org_cycles == NULL)
    validator->org_cycles = _slk_store_parent_cycles (
      content, content->organizations.typed, (SlkIdGetter) slk_organization_get_parent_id,
      SLK_TYPE_ORGANIZATION);
  return validator->org_cycles;
}

/* An organization whose parents lead back to it: the whole chain is told. */
static void
report_cycle (SlkValidator    *validator,
              SlkOrganization *org,
              const char      *pointer,
              SlkPosition      position)
{
  g_autofree char *chain = _slk_store_describe_cycle (
    validator->content, org, (SlkIdGetter) slk_organization_get_id,
    (SlkIdGetter) slk_organization_get_parent_id);

  report (validator, SLK_CODE_REFERENCE_CYCLE, slk_organization_get_id (org), pointer,
          position, _("%s is, through its parents, its own parent (%s); a parent must be a "
          "ministry."), label (org), chain);
}

static void
check_parent (SlkValidator    *validator,
              SlkOrganization *org)
{
  SlkOrganizationKind kind = slk_organization_get_kind (org);
  const char *parent_id = slk_organization_get_parent_id (org);
  SlkPosition position = member_position (validator, org, SLK_ORG_MEMBER_PARENT);
  SlkOrganization *parent;
  const char *pointer;

  if (kind == SLK_ORGANIZATION_KIND_MINISTRY || kind == SLK_ORGANIZATION_KIND_DECENTRAL)
    {
      if (parent_id != NULL)
        report (validator, SLK_CODE_FORBIDDEN_MEMBER, slk_organization_get_id (org),
                org_pointer (validator, org, "parent"), position,
                _("%s is a %s and has no parent, but names \"%s\"."), label (org),
                kind == SLK_ORGANIZATION_KIND_MINISTRY ? _("ministry") : _("decentral body"),
                parent_id);
      return;
    }

  check_missing (validator, org, "parent", parent_id);
  if (parent_id == NULL || g_hash_table_contains (validator->content->raw_ids, parent_id))
    return;
  parent = _slk_store_lookup (validator->content, parent_id);
  pointer = org_pointer (validator, org, "parent");
  if (parent == NULL)
    report (validator, SLK_CODE_DANGLING_REFERENCE, slk_organization_get_id (org),
            pointer, position, _("The parent \"%s\" of %s is not in the dataset."), parent_id,
            label (org));
  else if (!SLK_IS_MINISTRY (parent) && g_hash_table_contains (org_cycles (validator), org))
    report_cycle (validator, org, pointer, position);
  else if (!SLK_IS_MINISTRY (parent))
    report (validator, SLK_CODE_WRONG_REFERENCE_KIND,
            slk_organization_get_id (org), pointer, position,
            _("The parent of %s must be a ministry, but \"%s\" is not one."), label (org),
            parent_id);
}

/* Pointers are built only for a finding: most years have none. The text
 * lives in the validator until the next call. */
static const char *
year_pointer (SlkValidator        *validator,
              SlkOrganization     *org,
              const SlkFigureYear *entry,
              const char          *metric)
{
  GString *pointer = validator->pointer;

  g_string_assign (pointer, "/organizations/");
  _slk_append_uint (pointer, _slk_organization_get_index (org));
  g_string_append (pointer, "/figures/");
  _slk_append_uint (pointer, entry->year);
  if (metric != NULL)
    {
      g_string_append_c (pointer, '/');
      g_string_append (pointer, metric);
    }
  return pointer->str;
}

static void
check_year (SlkValidator        *validator,
            SlkOrganization     *org,
            const SlkFigureYear *entry)
{
  const char *id = slk_organization_get_id (org);
  gboolean negative = FALSE;
  double fte, overhead;
  SlkNumberText shown, shown_fte;

  for (int m = 0; m < SLK_N_METRICS; m++)
    {
      const char *pointer;

      if (!(entry->present & (1u << m)) || _slk_figure_year_get (entry, m) >= 0)
        continue;
      negative = TRUE;
      pointer = year_pointer (validator, org, entry, slk_metric_to_string (m));
      report (validator, SLK_CODE_NEGATIVE_VALUE, id, pointer,
              figure_position (validator, org, entry, m),
              _("The %u figure \"%s\" of %s is negative (%s)."),
              entry->year, slk_metric_to_string (m), label (org),
              _slk_number_text (&shown, _slk_figure_year_get (entry, m)));
    }
  if (negative)
    return; /* the ratios below mean nothing with a negative part */

#define HAS(metric) (entry->present & (1u << (metric)))
  fte = _slk_figure_year_get (entry, SLK_METRIC_FTE);
  overhead = _slk_figure_year_get (entry, SLK_METRIC_OVERHEAD_FTE);
  if (HAS (SLK_METRIC_FTE) && HAS (SLK_METRIC_OVERHEAD_FTE))
    {
      if (overhead > fte)
        {
          const char *pointer = year_pointer (validator, org, entry, "overhead_fte");

          report (validator, SLK_CODE_OVERHEAD_EXCEEDS_FTE, id, pointer,
                  figure_position (validator, org, entry, SLK_METRIC_OVERHEAD_FTE),
                  _("In %u, %s has more overhead FTE (%s) than FTE in all (%s)."),
                  entry->year, label (org), _slk_number_text (&shown, overhead),
                  _slk_number_text (&shown_fte, fte));
        }
      else if (SLK_IS_MINISTRY (org))
        {
          SlkRatio share = _slk_ratio_of_values (overhead, fte);

          if (_slk_judge_overhead (validator->norms, entry->year, &share))
            {
              _slk_validator_take_worded (validator, SLK_CODE_OVERHEAD_ABOVE_TARGET, id,
                                          _slk_organization_get_index (org), entry->year,
                                          year_position (validator, org, entry),
                                          SLK_WORDING_OVERHEAD, label (org),
                                          _slk_ratio_value (&share),
                                          slk_norms_get_overhead_target_for (validator->norms,
                                                                             entry->year));
            }
        }
    }
  if (HAS (SLK_METRIC_EXTERNAL_HIRE_SHARE) &&
      _slk_figure_year_get (entry, SLK_METRIC_EXTERNAL_HIRE_SHARE) > 1)
    report (validator, SLK_CODE_INVALID_NUMBER, id,
            year_pointer (validator, org, entry, "external_hire_share"),
            figure_position (validator, org, entry, SLK_METRIC_EXTERNAL_HIRE_SHARE),
            _("The %u figure \"external_hire_share\" of %s is %s; a share is a fraction "
            "from 0 to 1 (0.134 for 13.4 %%)."), entry->year, label (org),
            _slk_number_text (&shown, _slk_figure_year_get (entry,
            SLK_METRIC_EXTERNAL_HIRE_SHARE)));
  if (HAS (SLK_METRIC_PERSONNEL_SPENDING) && HAS (SLK_METRIC_EXTERNAL_HIRE_SPENDING))
    {
      __int128 external = entry->values[SLK_METRIC_EXTERNAL_HIRE_SPENDING].cents;
      SlkRatio share = _slk_ratio_of_cents (
        external, external + entry->values[SLK_METRIC_PERSONNEL_SPENDING].cents);

      if (_slk_judge_roemernorm (validator->norms, &share))
        {
          _slk_validator_take_worded (validator, SLK_CODE_ROEMERNORM_EXCEEDED, id,
                                      _slk_organization_get_index (org), entry->year,
                                      year_position (validator, org, entry),
                                      SLK_WORDING_ROEMERNORM, label (org),
                                      _slk_ratio_value (&share),
                                      slk_norms_get_roemernorm (validator->norms));
        }
    }
#undef HAS
}

/* When a Kaderwet ZBO's evaluation falls due: the period after its last
 * one, or, with none, after it was established (SPEC 1.1); 0 when neither
 * is known. */
static SlkDay
evaluation_due (SlkValidator *validator,
                SlkZbo       *zbo)
{
  SlkDay last = _slk_zbo_get_last_evaluation_day (zbo);
  SlkDay since = last != 0 ? last : _slk_organization_get_established_day (SLK_ORGANIZATION (zbo));

  return since != 0 ? _slk_day_add_years (since, validator->evaluation_years) : 0;
}

static void
check_evaluation (SlkValidator *validator,
                  SlkZbo       *zbo)
{
  SlkOrganization *org = SLK_ORGANIZATION (zbo);
  SlkDay reference = validator->content->reference_date;
  SlkDay last = _slk_zbo_get_last_evaluation_day (zbo);
  SlkDay due;
  const char *pointer;
  char date[11], shown_reference[11], shown_due[11];

  if (slk_zbo_get_kaderwet (zbo) != SLK_OPTIONAL_BOOLEAN_TRUE || reference == 0 ||
      member_was_given (org, "last_evaluation"))
    return;
  _slk_day_format_text (reference, shown_reference);
  if (last > reference)
    {
      _slk_day_format_text (last, date);
      pointer = org_pointer (validator, org, "last_evaluation");
      report (validator, SLK_CODE_INVALID_DATE, slk_organization_get_id (org), pointer,
              member_position (validator, org, SLK_ORG_MEMBER_LAST_EVALUATION),
              _("The last evaluation of %s is dated %s, after the reference date %s: an "
              "evaluation to come is not one held."), label (org), date, shown_reference);
      return;
    }
  due = evaluation_due (validator, zbo);
  if (due == 0)
    {
      pointer = org_pointer (validator, org, "kaderwet");
      report (validator, SLK_CODE_ZBO_EVALUATION_OVERDUE,
              slk_organization_get_id (org), pointer,
              member_position (validator, org, SLK_ORG_MEMBER_KADERWET),
              _("%s falls under the Kaderwet zbo's, but no evaluation is recorded; one is due "
              "every %u years."), label (org), validator->evaluation_years);
      return;
    }
  _slk_day_format_text (due, shown_due);
  if (due < reference && last != 0)
    {
      _slk_day_format_text (last, date);
      pointer = org_pointer (validator, org, "last_evaluation");
      report (validator, SLK_CODE_ZBO_EVALUATION_OVERDUE,
              slk_organization_get_id (org), pointer,
              member_position (validator, org, SLK_ORG_MEMBER_LAST_EVALUATION),
              _("The last evaluation of %s was on %s, more than %u years before the reference "
              "date."), label (org), date, validator->evaluation_years);
    }
  else if (due < reference)
    {
      _slk_day_format_text (_slk_organization_get_established_day (org), date);
      pointer = org_pointer (validator, org, "established");
      report (validator, SLK_CODE_ZBO_EVALUATION_OVERDUE,
              slk_organization_get_id (org), pointer,
              member_position (validator, org, SLK_ORG_MEMBER_ESTABLISHED),
              _("%s was established on %s and has had no evaluation; its first was due on %s."),
              label (org), date, shown_due);
    }
  else if (due <= _slk_day_add_years (reference, 1))
    {
      pointer = org_pointer (validator, org, last != 0 ? "last_evaluation" : "established");
      report (validator, SLK_CODE_EVALUATION_DUE_SOON,
              slk_organization_get_id (org), pointer,
              member_position (validator, org, last != 0 ? SLK_ORG_MEMBER_LAST_EVALUATION
                                                         : SLK_ORG_MEMBER_ESTABLISHED),
              _("The evaluation of %s falls due on %s, within a year of the reference date %s."),
              label (org), shown_due, shown_reference);
    }
}

void
_slk_checks_run (SlkStore  *content,
                 SlkNorms  *norms,
                 SlkReport *report_)
{
  SlkValidator validator = {
    .content = content,
    .findings = g_array_new (FALSE, FALSE, sizeof (SlkFindingData)),
    .strings = g_string_chunk_new (64 * 1024),
    .scratch = g_string_sized_new (256),
    .pointer = g_string_sized_new (64),
    .norms = norms,
    .evaluation_years = slk_norms_get_zbo_evaluation_years (norms),
  };

  for (guint i = 0; i < content->load_findings->len; i++)
    {
      SlkFindingData copy;

      _slk_finding_data_copy_to (&copy,
                                 _slk_finding_get_data (g_ptr_array_index (content->load_findings,
                                                                           i)),
                                 validator.strings);
      g_array_append_val (validator.findings, copy);
    }

  if (content->reference_date == 0 && !content->root_not_object &&
      !(content->extras && json_object_has_member (content->extras, "reference_date")))
    report (&validator, SLK_CODE_MISSING_MEMBER, NULL, "",
            _slk_trace_slot (content->trace, content, SLK_TOP_MEMBER_ROOT),
            _("The dataset has no \"reference_date\", the date that overdue and behind "
            "checks are judged at."));

  /* Ids are looked up in the store's index: the first record with each
   * id, of whatever kind, as it is attached. */
  for (guint i = 0; i < content->organizations.typed->len; i++)
    {
      SlkOrganization *org = g_ptr_array_index (content->organizations.typed, i);
      const SlkFigureBlock *figures = _slk_organization_get_figures (org);

      check_identity (&validator, org);
      check_parent (&validator, org);
      for (guint y = 0; y < _slk_figure_block_n_years (figures); y++)
        {
          SlkFigureYear year;

          _slk_figure_block_read (figures, y, &year);
          check_year (&validator, org, &year);
        }
      if (SLK_IS_ZBO (org))
        check_evaluation (&validator, SLK_ZBO (org));
      if (SLK_IS_ZBO (org))
        _slk_validator_check_members (&validator, SLK_ZBO (org), label (org));
      _slk_validator_check_provenance (&validator, org, label (org));
    }
  _slk_validator_check_dataset_provenance (&validator);
  _slk_validator_check_toetsen (&validator);
  _slk_validator_check_noodremmen (&validator);
  _slk_validator_check_taakstellingen (&validator);
  _slk_validator_check_agenda (&validator);
  _slk_validator_check_rules (&validator);

  g_clear_pointer (&validator.org_cycles, g_hash_table_unref);
  g_string_free (validator.scratch, TRUE);
  g_string_free (validator.pointer, TRUE);
  _slk_report_take_records (report_, validator.findings, validator.strings);
}
