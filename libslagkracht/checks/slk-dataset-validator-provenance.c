/* slk-dataset-validator-provenance.c: the members that say where figures
 * come from (SPEC 1.1 `sources`, `figure_sources`, `reported`,
 * `rijksdienst_reported`) and the members of clusters
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-format-private.h"
#include "slk-i18n-private.h"

#include <string.h>

#include "slk-json-reader-private.h"
#include "slk-json-writer-private.h"
#include "slk-organization-private.h"
#include "slk-provenance-private.h"
#include "slk-validator-private.h"
#include "slk-zbo-private.h"

#define report _slk_validator_report

/* Where the members of one holder (a record, or the dataset) stand. */
typedef struct
{
  SlkValidator *validator;
  JsonObject   *extras;
  const char   *base;        /* "/organizations/3", or "" */
  const char   *subject;
  const char   *what;        /* "BZK", or "the Rijksdienst" */
  SlkPosition   positions[3];  /* sources, figure_sources, reported */
  const char   *names[3];      /* their member names in the file; NULL: none */
} SlkHolder;

enum { SOURCES, FIGURE_SOURCES, REPORTED };

static char *
pointer_of (SlkHolder  *holder,
            int         member,
            const char *year,
            const char *name)
{
  GString *pointer = g_string_new (holder->base);

  g_string_append_printf (pointer, "/%s", holder->names[member]);
  if (year != NULL)
    _slk_json_pointer_append_key (pointer, year, strlen (year));
  if (name != NULL)
    _slk_json_pointer_append_key (pointer, name, strlen (name));
  return g_string_free (pointer, FALSE);
}

static void
say (SlkHolder  *holder,
     SlkCode     code,
     int         member,
     const char *year,
     const char *name,
     const char *format,
     ...) G_GNUC_PRINTF (6, 7);

static void
say (SlkHolder  *holder,
     SlkCode     code,
     int         member,
     const char *year,
     const char *name,
     const char *format,
     ...)
{
  g_autofree char *pointer = pointer_of (holder, member, year, name);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  report (holder->validator, code, holder->subject, pointer, holder->positions[member], "%s",
          message);
}

static gboolean
year_key_valid (const char *key)
{
  guint64 year;

  return strlen (key) == 4 && g_ascii_string_to_unsigned (key, 10, 1000, 9999, &year, NULL);
}

static gboolean
is_metric (const char *name)
{
  for (int m = 0; m < SLK_N_METRICS; m++)
    if (g_str_equal (name, _slk_metric_names[m].name))
      return TRUE;
  return FALSE;
}

/* A text, or a text holding U+0000 that has had its finding already. */
static gboolean
is_text_or_said (JsonNode *node)
{
  return _slk_json_node_is_text (node) || _slk_json_node_is_kept_text (node);
}

static gboolean
is_text_list (JsonNode *node)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!is_text_or_said (json_array_get_element (array, i)))
      return FALSE;
  return TRUE;
}

/* An object member of @holder's extras, or NULL after a finding. */
static JsonObject *
object_or_say (SlkHolder  *holder,
               int         member)
{
  JsonNode *node = holder->extras && holder->names[member]
    ? json_object_get_member (holder->extras, holder->names[member]) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (member == SOURCES && is_text_list (node))
    return NULL;   /* the 1.0 form: documents without keys, kept as written */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      say (holder, SLK_CODE_WRONG_TYPE, member, NULL, NULL,
           _("\"%s\" of %s must be an object; it is kept as written but not used."),
           holder->names[member], holder->what);
      return NULL;
    }
  return json_node_get_object (node);
}

static void
check_sources (SlkHolder  *holder,
               JsonObject *sources)
{
  g_autoptr(GList) keys = json_object_get_members (sources);

  for (GList *l = keys; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (sources, l->data);
      g_autoptr(GList) parts = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          say (holder, SLK_CODE_WRONG_TYPE, SOURCES, l->data, NULL,
               _("The source \"%s\" of %s must be an object with \"title\", \"url\", \"date\" "
               "and \"quote\"."), (const char *) l->data, holder->what);
          continue;
        }
      parts = json_object_get_members (json_node_get_object (node));
      for (GList *p = parts; p != NULL; p = p->next)
        if (!is_text_or_said (json_object_get_member (json_node_get_object (node), p->data)))
          {
            g_autofree char *pointer = pointer_of (holder, SOURCES, l->data, p->data);

            report (holder->validator, SLK_CODE_WRONG_TYPE, holder->subject, pointer,
                    holder->positions[SOURCES], _("\"%s\" of the source \"%s\" of %s must be a "
                    "string."), (const char *) p->data, (const char *) l->data, holder->what);
          }
    }
}

/* A source key at @pointer: a string that names one of @sources. @name is
 * the metric, or NULL for the source of all of a year's figures. */
static void
check_key (SlkHolder  *holder,
           JsonObject *sources,
           JsonNode   *node,
           int         member,
           const char *year,
           const char *name,
           const char *pointer)
{
  g_autofree char *figure = name != NULL
    ? g_strdup_printf (_("the %s figure \"%s\" of %s"), year, name, holder->what)
    : g_strdup_printf (_("the %s figures %s published"), year, holder->what);
  const char *key;

  if (_slk_json_node_is_kept_text (node))
    return;   /* a text holding U+0000: the loader has said so */
  if (!_slk_json_node_is_text (node))
    {
      report (holder->validator, SLK_CODE_WRONG_TYPE, holder->subject, pointer,
              holder->positions[member], _("The source of %s must be the key of one of the "
              "\"sources\" (a string)."), figure);
      return;
    }
  key = json_node_get_string (node);
  if (sources == NULL || !json_object_has_member (sources, key))
    report (holder->validator, SLK_CODE_DANGLING_REFERENCE, holder->subject, pointer,
            holder->positions[member], _("The source \"%s\" of %s is not among the "
            "\"sources\"."), key, figure);
}

static void
check_figure_sources (SlkHolder  *holder,
                      JsonObject *by_year,
                      JsonObject *sources)
{
  g_autoptr(GList) years = json_object_get_members (by_year);

  for (GList *y = years; y != NULL; y = y->next)
    {
      JsonNode *node = json_object_get_member (by_year, y->data);
      g_autoptr(GList) metrics = NULL;

      if (!year_key_valid (y->data))
        {
          say (holder, SLK_CODE_INVALID_YEAR, FIGURE_SOURCES, y->data, NULL,
               _("\"%s\" in the figure sources of %s is not a four-digit year."),
               (const char *) y->data, holder->what);
          continue;
        }
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          say (holder, SLK_CODE_WRONG_TYPE, FIGURE_SOURCES, y->data, NULL,
               _("The figure sources of %s for %s must be an object of metric: source key."),
               holder->what, (const char *) y->data);
          continue;
        }
      metrics = json_object_get_members (json_node_get_object (node));
      for (GList *m = metrics; m != NULL; m = m->next)
        {
          g_autofree char *pointer = pointer_of (holder, FIGURE_SOURCES, y->data, m->data);

          check_key (holder, sources, json_object_get_member (json_node_get_object (node),
                                                               m->data),
                     FIGURE_SOURCES, y->data, m->data, pointer);
        }
    }
}

static void
check_reported_year (SlkHolder  *holder,
                     JsonObject *year_object,
                     const char *year,
                     JsonObject *sources,
                     gboolean    needs_scope)
{
  SlkNumberText shown;
  g_autoptr(GList) names = json_object_get_members (year_object);
  JsonNode *scope = json_object_get_member (year_object, "scope");

  if (needs_scope && scope == NULL)
    say (holder, SLK_CODE_MISSING_MEMBER, REPORTED, year, NULL,
         _("The figures %s published for %s have no \"scope\" (\"core\" or \"ministry\"): what "
         "they cover must be known before they are shown."), holder->what, year);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (year_object, name);
      g_autofree char *pointer = pointer_of (holder, REPORTED, year, name);

      if (g_str_equal (name, "scope"))
        {
          if (!_slk_json_node_is_text (node) || !needs_scope ||
              !(g_str_equal (json_node_get_string (node), "core") ||
                g_str_equal (json_node_get_string (node), "ministry")))
            report (holder->validator, SLK_CODE_WRONG_TYPE, holder->subject, pointer,
                    holder->positions[REPORTED], _("The scope of the figures %s published for "
                    "%s must be \"core\" or \"ministry\"%s."), holder->what, year,
                    needs_scope ? "" : _(", and is not given for the Rijksdienst"));
        }
      else if (g_str_equal (name, "source") && JSON_NODE_HOLDS_OBJECT (node))
        {
          g_autoptr(GList) metrics = json_object_get_members (json_node_get_object (node));

          for (GList *m = metrics; m != NULL; m = m->next)
            {
              g_autofree char *key_pointer = pointer_of (holder, REPORTED, year, "source");
              GString *full = g_string_new (key_pointer);

              _slk_json_pointer_append_key (full, m->data, strlen (m->data));
              check_key (holder, sources, json_object_get_member (json_node_get_object (node),
                                                                   m->data),
                         REPORTED, year, m->data, full->str);
              g_string_free (full, TRUE);
            }
        }
      else if (g_str_equal (name, "source"))
        check_key (holder, sources, node, REPORTED, year, NULL, pointer);
      else if (is_metric (name))
        {
          if (!JSON_NODE_HOLDS_VALUE (node) || _slk_json_node_is_text (node) ||
              json_node_get_value_type (node) == G_TYPE_BOOLEAN)
            report (holder->validator, SLK_CODE_WRONG_TYPE, holder->subject, pointer,
                    holder->positions[REPORTED], _("The published %s %s of %s must be a number."),
                    year, name, holder->what);
          else if (_slk_json_number_token (node) == NULL && json_node_get_double (node) < 0)
            report (holder->validator, SLK_CODE_NEGATIVE_VALUE, holder->subject, pointer,
                    holder->positions[REPORTED], _("The published %s %s of %s is negative."),
                    year, name, holder->what);
          else if (g_str_equal (name, "external_hire_share") &&
                   _slk_json_number_token (node) == NULL && json_node_get_double (node) > 1)
            report (holder->validator, SLK_CODE_INVALID_NUMBER, holder->subject, pointer,
                    holder->positions[REPORTED], _("The published %s external hire share of %s "
                    "is %s; a share is a fraction from 0 to 1."), year, holder->what,
                    _slk_number_text (&shown, json_node_get_double (node)));
        }
    }
}

static void
check_reported (SlkHolder  *holder,
                JsonObject *by_year,
                JsonObject *sources,
                gboolean    needs_scope)
{
  g_autoptr(GList) years = json_object_get_members (by_year);

  for (GList *y = years; y != NULL; y = y->next)
    {
      JsonNode *node = json_object_get_member (by_year, y->data);

      if (!year_key_valid (y->data))
        say (holder, SLK_CODE_INVALID_YEAR, REPORTED, y->data, NULL,
             _("\"%s\" in the published figures of %s is not a four-digit year."),
             (const char *) y->data, holder->what);
      else if (!JSON_NODE_HOLDS_OBJECT (node))
        say (holder, SLK_CODE_WRONG_TYPE, REPORTED, y->data, NULL,
             _("The published figures of %s for %s must be an object."), holder->what,
             (const char *) y->data);
      else
        check_reported_year (holder, json_node_get_object (node), y->data, sources,
                             needs_scope);
    }
}

static void
check_holder (SlkHolder *holder,
              gboolean   needs_scope)
{
  JsonObject *sources = object_or_say (holder, SOURCES);
  JsonObject *figure_sources = object_or_say (holder, FIGURE_SOURCES);
  JsonObject *reported = object_or_say (holder, REPORTED);

  if (sources != NULL)
    check_sources (holder, sources);
  if (figure_sources != NULL)
    check_figure_sources (holder, figure_sources, sources);
  if (reported != NULL)
    check_reported (holder, reported, sources, needs_scope);
}

void
_slk_validator_check_provenance (SlkValidator    *validator,
                                 SlkOrganization *org,
                                 const char      *what)
{
  g_autofree char *base = NULL;
  SlkHolder holder = {
    validator, _slk_organization_get_extras (org), NULL, slk_organization_get_id (org), what,
    {
      _slk_trace_slot (validator->content->trace, org, SLK_ORG_MEMBER_SOURCES),
      _slk_trace_slot (validator->content->trace, org, SLK_ORG_MEMBER_FIGURE_SOURCES),
      _slk_trace_slot (validator->content->trace, org, SLK_ORG_MEMBER_REPORTED),
    },
    { "sources", "figure_sources", "reported" },
  };

  if (holder.extras == NULL)
    return;   /* the common case: no pointer is built */
  holder.base = base = g_strdup_printf ("/organizations/%u", _slk_organization_get_index (org));
  check_holder (&holder, TRUE);
}

/* The dataset's `sources` and `rijksdienst_reported`: the same rules, with
 * no scope (it is the Rijksdienst). */
void
_slk_validator_check_dataset_provenance (SlkValidator *validator)
{
  SlkStore *content = validator->content;
  SlkHolder holder = {
    validator, content->extras, "", NULL, _("the Rijksdienst"),
    {
      _slk_trace_slot (content->trace, content, SLK_TOP_MEMBER_SOURCES),
      { 0, 0 },
      _slk_trace_slot (content->trace, content, SLK_TOP_MEMBER_RIJKSDIENST_REPORTED),
    },
    { "sources", NULL, "rijksdienst_reported" },   /* no figure_sources at the top */
  };

  if (content->extras != NULL)
    check_holder (&holder, FALSE);
}

void
_slk_validator_check_members (SlkValidator *validator,
                              SlkZbo       *zbo,
                              const char   *what)
{
  SlkOrganization *org = SLK_ORGANIZATION (zbo);
  const char * const *members = _slk_zbo_get_members (zbo);

  for (guint i = 0; members != NULL && members[i] != NULL; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/organizations/%u/members/%u",
                                                  _slk_organization_get_index (org), i);
      SlkPosition position = _slk_trace_slot (validator->content->trace, org,
                                              SLK_ORG_MEMBER_MEMBERS);
      gpointer member;

      if (g_hash_table_contains (validator->content->raw_ids, members[i]))
        continue;
      member = _slk_store_lookup (validator->content, members[i]);
      if (member == NULL)
        report (validator, SLK_CODE_DANGLING_REFERENCE, slk_organization_get_id (org), pointer,
                position, _("The member \"%s\" of %s is not in the dataset."), members[i], what);
      else if (!SLK_IS_ZBO (member) || member == (gpointer) zbo)
        report (validator, SLK_CODE_WRONG_REFERENCE_KIND, slk_organization_get_id (org),
                pointer, position, _("The member \"%s\" of %s must be another ZBO."), members[i],
                what);
    }
}
