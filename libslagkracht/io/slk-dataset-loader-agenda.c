/* slk-dataset-loader-agenda.c: reads commitments and FTE targets (SPEC 1.1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include <string.h>

#include "slk-agenda-private.h"
#include "slk-codes-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-enum-types.h"

/* The letter that promised it: { title, date, quote, url }. */
static void
take_source (SlkFields     *fields,
             JsonObject    *object,
             SlkCommitment *commitment)
{
  JsonObject *source = _slk_fields_open_object (fields, object, "source");
  char *parts[4] = { NULL, NULL, NULL, NULL };
  static const char * const names[] = {
    "source/title", "source/date", "source/quote", "source/url"
  };

  if (source == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    _slk_fields_take_string (fields, source, names[i], &parts[i]);
  _slk_commitment_take_source (commitment, parts[0], parts[1], parts[2], parts[3]);
  _slk_fields_close_object (fields, object, "source",
                            &_slk_commitment_get_core (commitment)->nested);
}

void
_slk_loader_read_commitment (SlkFields *fields,
                             guint      index,
                             JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkCommitment) commitment = NULL;
  g_autofree char *id = NULL, *title = NULL, *owner = NULL, *due = NULL;
  JsonObject *object;
  SlkDay day;
  int status;

  object = _slk_loader_typed_object (fields, &content->commitments, index, node, "commitment",
                                     G_TYPE_NONE, NULL);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "id", &id);
  fields->subject = id;
  _slk_fields_take_string (fields, object, "title", &title);
  _slk_fields_take_string (fields, object, "owner", &owner);
  commitment = slk_commitment_new (id, title, owner);
  take_source (fields, object, commitment);
  if (_slk_fields_take_string (fields, object, "due", &due) &&
      !slk_commitment_set_due (commitment, due))
    {
      _slk_fields_report (fields, SLK_CODE_INVALID_DATE, "due", _("\"due\" is \"%s\", which is "
                          "neither a date YYYY-MM-DD nor a quarter YYYY-Qn; it is kept but not "
                          "used."), due);
      json_object_set_string_member (object, "due", due);
    }
  if (_slk_fields_take_enum (fields, object, "status", SLK_TYPE_COMMITMENT_STATUS,
                             SLK_COMMITMENT_STATUS_OPEN, &status))
    slk_commitment_set_status (commitment, status);
  if (_slk_fields_take_date (fields, object, "delivered", &day))
    _slk_commitment_set_delivered_day (commitment, day);

  _slk_loader_finish_core (fields, _slk_commitment_get_core (commitment), object);
  g_ptr_array_add (content->commitments.typed, g_steal_pointer (&commitment));
  json_node_unref (node);
}

static gboolean
scope_of (const char *text,
          SlkScope   *scope)
{
  if (g_str_equal (text, "core"))
    *scope = SLK_SCOPE_CORE;
  else if (g_str_equal (text, "rijksdienst"))
    *scope = SLK_SCOPE_RIJKSDIENST;
  else
    return FALSE;
  return TRUE;
}

void
_slk_loader_read_fte_target (SlkFields *fields,
                             guint      index,
                             JsonNode  *node)
{
  SlkStore *content = fields->loader->content;
  g_autoptr(SlkFteTarget) target = NULL;
  g_autofree char *ministry = NULL, *scope_text = NULL;
  SlkScope scope = SLK_SCOPE_CORE;
  JsonObject *object;
  guint present = 0;
  double fte = 0;
  int year = 0;

  object = _slk_loader_typed_object (fields, &content->fte_targets, index, node, _("FTE target"),
                                     G_TYPE_NONE, NULL);
  if (object == NULL)
    return;
  _slk_fields_take_string (fields, object, "ministry", &ministry);
  fields->subject = ministry;
  if (_slk_fields_take_int (fields, object, "year", &year))
    {
      if (year >= 1000 && year <= 9999)
        present |= SLK_FTE_TARGET_HAS_YEAR;
      else
        {
          _slk_fields_report (fields, SLK_CODE_INVALID_YEAR, "year", _("%d is not a four-digit "
                              "year; it is kept but not used."), year);
          json_object_set_int_member (object, "year", year);
        }
    }
  if (_slk_fields_take_double (fields, object, "fte", &fte))
    {
      if (fte >= 0)
        present |= SLK_FTE_TARGET_HAS_FTE;
      else
        {
          SlkNumberText shown;

          _slk_fields_report (fields, SLK_CODE_NEGATIVE_VALUE, "fte", _("The FTE target is "
                              "negative (%s); it is kept but not used."),
                              _slk_number_text (&shown, fte));
          json_object_set_double_member (object, "fte", fte);
        }
    }
  if (_slk_fields_take_string (fields, object, "scope", &scope_text))
    {
      if (scope_of (scope_text, &scope))
        present |= SLK_FTE_TARGET_HAS_SCOPE;
      else
        {
          static const char * const scopes[] = { "core", "rijksdienst" };

          _slk_fields_report_invalid_value (fields, "scope", scope_text, scopes,
                                            G_N_ELEMENTS (scopes));
          json_object_set_string_member (object, "scope", scope_text);
        }
    }
  /* The document the target comes from: kept as written. */
  _slk_fields_ask (fields, "source");
  target = g_object_new (SLK_TYPE_FTE_TARGET, NULL);
  _slk_fte_target_set (target, ministry, present & SLK_FTE_TARGET_HAS_YEAR ? (guint) year : 0,
                       fte, scope, present);

  _slk_loader_finish_core (fields, _slk_fte_target_get_core (target), object);
  g_ptr_array_add (content->fte_targets.typed, g_steal_pointer (&target));
  json_node_unref (node);
}
