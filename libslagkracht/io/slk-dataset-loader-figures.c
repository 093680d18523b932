/* slk-dataset-loader-figures.c: reads the figures of an organization,
 * year by year, into the model's C arrays
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-codes-private.h"
#include "slk-dataset-loader-private.h"
#include "slk-year-table-private.h"

/* A year trace holds the key and every metric. */
G_STATIC_ASSERT (1 + SLK_N_METRICS <= SLK_TRACE_YEAR_SLOTS);
#include <string.h>

static int
lookup_metric (const SlkJsonString *key)
{
  return _slk_loader_lookup_name (key, _slk_metric_names, 0, SLK_N_METRICS);
}

/* Converts a figure into the model. Returns FALSE, with a finding, for a
 * number the model cannot hold exactly; the finding's pointer names the
 * metric, which the caller has not pushed yet. */
static gboolean
read_number_into (SlkLoader           *loader,
                  SlkFigureYear       *entry,
                  SlkMetric            metric,
                  const SlkJsonNumber *number,
                  SlkPosition          key_position,
                  const char          *subject)
{
  const char *name = slk_metric_to_string (metric);
  const char *problem = NULL;
  g_autofree char *pointer = NULL;

  if (slk_metric_is_amount (metric))
    {
      gint64 cents;

      switch (_slk_json_number_to_cents (number, &cents))
        {
        case SLK_CENTS_OK:
          entry->values[metric].cents = cents;
          return TRUE;
        case SLK_CENTS_TOO_PRECISE:
          problem = _("has more than two decimals; amounts are whole cents");
          break;
        case SLK_CENTS_OUT_OF_RANGE:
        default:
          problem = _("is out of range (at most 92 233 720 368 547 758 euro)");
          break;
        }
    }
  else
    {
      double value;

      if (_slk_json_number_to_double (number, &value))
        {
          entry->values[metric].value = value;
          return TRUE;
        }
      problem = _("is too large to be a number (it overflows to infinity)");
    }

  pointer = g_strdup_printf ("%s/%s", loader->reader.path->str, name);
  _slk_loader_add_finding_at_printf (loader, SLK_CODE_INVALID_NUMBER, pointer, key_position,
                                     subject,
                                     _("The figure \"%s\" %s; it is kept as written but not used."),
                                     name, problem);
  return FALSE;
}

/* Reads one metric of one year. Returns FALSE only on a parse error. */
static gboolean
read_metric (SlkLoader     *loader,
             SlkFigureYear *entry,
             SlkYearTrace  *trace,
             SlkMetric      metric,
             SlkPosition    key_position,
             JsonObject   **year_extras,
             const char    *subject)
{
  SlkJsonReader *reader = &loader->reader;
  SlkJsonType type;
  SlkJsonNumber number;
  const char *name = slk_metric_to_string (metric);
  const char *value_start;
  gsize mark;

  if (!_slk_json_reader_peek (reader, &type, NULL))
    return FALSE;
  if (type == SLK_JSON_NULL)
    return _slk_json_reader_read_null (reader); /* null is absent */
  value_start = reader->pos;
  if (type == SLK_JSON_NUMBER && !_slk_json_reader_read_number (reader, &number))
    return FALSE;
  if (type == SLK_JSON_NUMBER && read_number_into (loader, entry, metric, &number, key_position,
                                                   subject))
    {
      entry->present |= 1u << metric;
      entry->from_file |= 1u << metric;
      trace->slots[1 + metric] = key_position;
      return TRUE;
    }

  /* A value the model cannot hold: reported (by read_number_into, or here
   * for a non-number) and kept as it was. */
  mark = _slk_json_reader_push_key (reader, name, strlen (name));
  if (type != SLK_JSON_NUMBER)
    {
      _slk_loader_add_finding (loader, SLK_CODE_INVALID_NUMBER, key_position, subject,
                               _("The figure \"%s\" must be a number, not %s."), name,
                               _slk_loader_json_type_name (type));
      if (!_slk_loader_keep_member (loader, year_extras, name, key_position, subject))
        return FALSE;
    }
  else
    {
      if (*year_extras == NULL)
        *year_extras = json_object_new ();
      json_object_set_member (*year_extras, name,
                              _slk_loader_node_from_range (value_start, reader->pos));
    }
  _slk_json_reader_pop (reader, mark);
  return TRUE;
}

static gboolean
parse_year (const SlkJsonString *key,
            guint               *year)
{
  if (key->length != 4)
    return FALSE;
  *year = 0;
  for (int i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (key->text[i]))
        return FALSE;
      *year = *year * 10 + (guint) (key->text[i] - '0');
    }
  return *year >= 1000;
}

/* The figures and where they stand go in at the same place. */
static void
insert_year (SlkOrgDraft         *draft,
             const SlkFigureYear *entry,
             const SlkYearTrace  *trace)
{
  _slk_year_table_insert (draft->figure_years, entry);
  _slk_year_table_insert (draft->year_traces, trace);
}

static gboolean
read_year (SlkLoader     *loader,
           SlkOrgDraft   *draft,
           guint          year,
           SlkPosition    year_position,
           const char    *year_key)
{
  SlkJsonReader *reader = &loader->reader;
  SlkFigureYear entry = { .year = (guint16) year };
  SlkYearTrace trace = { .year = year, .slots[0] = year_position };
  JsonObject *year_extras = NULL;
  gboolean first = TRUE, has_member;
  SlkJsonString key;
  SlkPosition key_position;

  for (;;)
    {
      int metric;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        goto failed;
      if (!has_member)
        break;
      metric = lookup_metric (&key);
      if (metric >= 0 && !((entry.present >> metric) & 1) &&
          !(year_extras && json_object_has_member (year_extras, slk_metric_to_string (metric))))
        {
          /* The common case; read_metric pushes the key itself if it reports. */
          if (!read_metric (loader, &entry, &trace, metric, key_position, &year_extras,
                            draft->id))
            goto failed;
          continue;
        }
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      if (metric >= 0)
        {
          JsonNode *dropped;

          _slk_loader_add_finding (loader, SLK_CODE_DUPLICATE_MEMBER, key_position, draft->id,
                                   _("The figure \"%s\" appears twice in one year; the first is "
                                   "kept."),
                                   slk_metric_to_string (metric));
          if (!_slk_json_reader_read_node (reader, &dropped))
            goto failed;
          json_node_unref (dropped);
        }
      else
        {
          g_autofree char *name = _slk_json_string_dup (&key);
          const char *known[SLK_N_METRICS];

          for (int m = 0; m < SLK_N_METRICS; m++)
            known[m] = _slk_metric_names[m].name;
          _slk_loader_note_unknown (loader, name, key_position, draft->id, known, SLK_N_METRICS);
          if (!_slk_loader_keep_member (loader, &year_extras, name, key_position, draft->id))
            goto failed;
        }
      _slk_json_reader_pop (reader, mark);
    }

  if (entry.present != 0)
    insert_year (draft, &entry, &trace);
  else if (year_extras == NULL)
    year_extras = json_object_new ();   /* a year given as {} is kept as {} */
  if (year_extras != NULL)
    {
      if (draft->figure_extras == NULL)
        draft->figure_extras = json_object_new ();
      json_object_set_object_member (draft->figure_extras, year_key, year_extras);
    }
  return TRUE;

failed:
  g_clear_pointer (&year_extras, json_object_unref);
  return FALSE;
}

gboolean
_slk_loader_read_figures (SlkLoader   *loader,
                          SlkOrgDraft *draft)
{
  SlkJsonReader *reader = &loader->reader;
  gboolean first = TRUE, has_member;
  SlkJsonString key;
  SlkPosition key_position;

  for (;;)
    {
      g_autofree char *other_key = NULL;
      char year_buffer[5];
      const char *year_key;
      gboolean is_year;
      SlkJsonType type;
      guint year;
      gsize mark;

      if (!_slk_json_reader_next_member (reader, &first, &has_member, &key, &key_position))
        return FALSE;
      if (!has_member)
        {
          /* "figures": {} is written back as given. */
          if (draft->figure_years->len == 0 && draft->figure_extras == NULL)
            draft->figure_extras = json_object_new ();
          return TRUE;
        }
      /* A year key is four digits: no heap copy for the common case. */
      is_year = parse_year (&key, &year);
      if (is_year)
        {
          memcpy (year_buffer, key.text, 4);
          year_buffer[4] = '\0';
          year_key = year_buffer;
        }
      else
        year_key = other_key = _slk_json_string_dup (&key);
      mark = _slk_json_reader_push_key (reader, key.text, key.length);
      if (!_slk_json_reader_peek (reader, &type, NULL))
        return FALSE;

      if (!is_year)
        {
          _slk_loader_add_finding (loader, SLK_CODE_INVALID_YEAR, key_position, draft->id,
                                   _("\"%s\" is not a year: figures are keyed by a four-digit year "
                                   "such as "
                                   "\"2024\"."), year_key);
          if (!_slk_loader_keep_member (loader, &draft->figure_extras, year_key, key_position,
                                        draft->id))
            return FALSE;
        }
      else if (_slk_year_table_find (draft->figure_years, year) != NULL ||
               (draft->figure_extras && json_object_has_member (draft->figure_extras, year_key)))
        {
          JsonNode *dropped;

          _slk_loader_add_finding (loader, SLK_CODE_DUPLICATE_MEMBER, key_position, draft->id,
                                   _("The year \"%s\" appears twice in the figures; the first is "
                                   "kept."),
                                   year_key);
          if (!_slk_json_reader_read_node (reader, &dropped))
            return FALSE;
          json_node_unref (dropped);
        }
      else if (type != SLK_JSON_OBJECT)
        {
          _slk_loader_add_finding (loader, SLK_CODE_WRONG_TYPE, key_position, draft->id,
                                   _("The figures of %s must be an object of metrics, not %s."),
                                   year_key, _slk_loader_json_type_name (type));
          if (!_slk_loader_keep_member (loader, &draft->figure_extras, year_key, key_position,
                                        draft->id))
            return FALSE;
        }
      else if (!read_year (loader, draft, year, key_position, year_key))
        return FALSE;
      _slk_json_reader_pop (reader, mark);
    }
}
