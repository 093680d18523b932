/* slk-dataset-writer-agenda.c: commitments and FTE targets as JSON text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-agenda-private.h"
#include "slk-dataset-writer-private.h"
#include "slk-enum-types.h"
#include "slk-json-writer-private.h"

static void
write_source (SlkMembers    *members,
              SlkCommitment *commitment)
{
  JsonObject *extras = _slk_record_core_nested (_slk_commitment_get_core (commitment), "source");
  const char *title, *date, *quote, *url;
  SlkMembers inner;

  _slk_commitment_get_source (commitment, &title, &date, &quote, &url);
  if (title == NULL && date == NULL && quote == NULL && url == NULL && extras == NULL)
    return;
  /* A quote is prose: a member a line. */
  _slk_members_open_object (members, &inner, "source", extras);
  inner.inline_ = FALSE;
  _slk_members_write_string (&inner, "title", title);
  _slk_members_write_string (&inner, "date", date);
  _slk_members_write_string (&inner, "quote", quote);
  _slk_members_write_string (&inner, "url", url);
  _slk_members_close_object (&inner, extras);
}

void
_slk_write_commitment (GString       *out,
                       SlkCommitment *commitment,
                       guint          level)
{
  SlkRecordCore *core = _slk_commitment_get_core (commitment);
  SlkMembers members = { out, level + 1, TRUE, FALSE, .nulls = core->nulls };

  g_string_append_c (out, '{');
  _slk_members_write_string (&members, "id", slk_commitment_get_id (commitment));
  _slk_members_write_string (&members, "title", slk_commitment_get_title (commitment));
  _slk_members_write_string (&members, "owner", slk_commitment_get_owner_id (commitment));
  write_source (&members, commitment);
  _slk_members_write_string (&members, "due", slk_commitment_get_due_text (commitment));
  if (_slk_commitment_status_given (commitment))
    _slk_members_write_string (&members, "status",
                               _slk_writer_enum_nick (SLK_TYPE_COMMITMENT_STATUS,
                                                      slk_commitment_get_status (commitment)));
  _slk_members_write_date (&members, "delivered", _slk_commitment_get_delivered_day (commitment));
  if (core->extras != NULL)
    _slk_members_write_extras (&members, core->extras);
  _slk_members_write_nulls (&members);
  _slk_json_write_indent (out, level);
  g_string_append_c (out, '}');
}

void
_slk_write_fte_target (GString      *out,
                       SlkFteTarget *target,
                       guint         level)
{
  SlkRecordCore *core = _slk_fte_target_get_core (target);
  guint present = _slk_fte_target_get_present (target);
  SlkMembers outer = { out, level, TRUE, FALSE, .nulls = core->nulls };
  SlkMembers members;

  _slk_members_open_object (&outer, &members, NULL, core->extras);
  _slk_members_write_string (&members, "ministry", slk_fte_target_get_ministry_id (target));
  if (present & SLK_FTE_TARGET_HAS_YEAR)
    {
      _slk_members_begin (&members, "year");
      g_string_append_printf (out, "%u", slk_fte_target_get_year (target));
    }
  if (present & SLK_FTE_TARGET_HAS_FTE)
    {
      _slk_members_begin (&members, "fte");
      _slk_json_write_double (out, slk_fte_target_get_fte (target));
    }
  if (present & SLK_FTE_TARGET_HAS_SCOPE)
    _slk_members_write_string (&members, "scope",
                               slk_fte_target_get_scope (target) == SLK_SCOPE_CORE
                               ? "core" : "rijksdienst");
  _slk_members_close_object (&members, core->extras);
}
