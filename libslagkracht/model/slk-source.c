/* slk-source.c: a document that figures rest on
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "slk-json-writer-private.h"
#include "slk-provenance-private.h"

/**
 * SlkSource:
 *
 * A document a record or a figure rests on (SPEC 1.1 `sources`): its key
 * within the record, and its title, address, date and the sentence or
 * table row that holds the figure. Immutable; any part but the key may be
 * %NULL when the file does not give it.
 *
 * A figure says where it comes from through
 * [method@Slk.Organization.dup_figure_source]:
 *
 * ```python
 * source = bzk.dup_figure_source(2022, Slk.Metric.EXTERNAL_HIRE_SPENDING)
 * print(source.get_title(), source.get_url())
 * ```
 */

struct _SlkSource
{
  GObject  parent_instance;
  char    *key;
  char    *title;
  char    *url;
  char    *date;
  char    *quote;
};

G_DEFINE_FINAL_TYPE (SlkSource, slk_source, G_TYPE_OBJECT)

enum { PROP_0, PROP_KEY, PROP_TITLE, PROP_URL, PROP_DATE, PROP_QUOTE, N_PROPS };

static GParamSpec *properties[N_PROPS];

static void
slk_source_finalize (GObject *object)
{
  SlkSource *self = SLK_SOURCE (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->url);
  g_free (self->date);
  g_free (self->quote);
  G_OBJECT_CLASS (slk_source_parent_class)->finalize (object);
}

/* The string fields in property order, so that one switch serves both. */
static char **
field (SlkSource *self,
       guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_KEY: return &self->key;
    case PROP_TITLE: return &self->title;
    case PROP_URL: return &self->url;
    case PROP_DATE: return &self->date;
    case PROP_QUOTE: return &self->quote;
    default: return NULL;
    }
}

static void
slk_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  char **slot = field (SLK_SOURCE (object), prop_id);

  if (slot == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *slot);
}

static void
slk_source_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  char **slot = field (SLK_SOURCE (object), prop_id);

  if (slot == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    *slot = g_value_dup_string (value);
}

static void
slk_source_class_init (SlkSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = slk_source_finalize;
  object_class->get_property = slk_source_get_property;
  object_class->set_property = slk_source_set_property;

  /**
   * SlkSource:key: (getter get_key)
   *
   * The key the record's `sources` give the document, e.g. `jv-2023-bzk`.
   */
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);

  /**
   * SlkSource:title: (getter get_title)
   *
   * The document's title, or %NULL.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * SlkSource:url: (getter get_url)
   *
   * Where the document can be read, or %NULL.
   */
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);

  /**
   * SlkSource:date: (getter get_date)
   *
   * The document's date as the file writes it (usually YYYY-MM-DD), or %NULL.
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);

  /**
   * SlkSource:quote: (getter get_quote)
   *
   * The sentence or table row that holds the figure, or %NULL.
   */
  properties[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
slk_source_init (SlkSource *self)
{
}

/**
 * slk_source_new:
 * @key: the key the record's sources give it
 * @title: (nullable): the title
 * @url: (nullable): where it can be read
 * @date: (nullable): its date
 * @quote: (nullable): the sentence that holds the figure
 *
 * Creates a source, to add with [method@Slk.Organization.add_source] or
 * [method@Slk.Dataset.add_source].
 *
 * Returns: (transfer full): the new source
 */
SlkSource *
slk_source_new (const char *key,
                const char *title,
                const char *url,
                const char *date,
                const char *quote)
{
  g_return_val_if_fail (key != NULL && *key != '\0', NULL);
  return g_object_new (SLK_TYPE_SOURCE, "key", key, "title", title, "url", url, "date", date,
                       "quote", quote, NULL);
}

/**
 * slk_source_get_key: (get-property key)
 * @self: a source
 *
 * Gets the key the record's sources give the document.
 *
 * Returns: the key
 */
const char *
slk_source_get_key (SlkSource *self)
{
  g_return_val_if_fail (SLK_IS_SOURCE (self), NULL);
  return self->key;
}

/**
 * slk_source_get_title: (get-property title)
 * @self: a source
 *
 * Gets the title of the document.
 *
 * Returns: (nullable): the title
 */
const char *
slk_source_get_title (SlkSource *self)
{
  g_return_val_if_fail (SLK_IS_SOURCE (self), NULL);
  return self->title;
}

/**
 * slk_source_get_url: (get-property url)
 * @self: a source
 *
 * Gets where the document can be read.
 *
 * Returns: (nullable): the address
 */
const char *
slk_source_get_url (SlkSource *self)
{
  g_return_val_if_fail (SLK_IS_SOURCE (self), NULL);
  return self->url;
}

/**
 * slk_source_get_date: (get-property date)
 * @self: a source
 *
 * Gets the date of the document.
 *
 * Returns: (nullable): the date as written
 */
const char *
slk_source_get_date (SlkSource *self)
{
  g_return_val_if_fail (SLK_IS_SOURCE (self), NULL);
  return self->date;
}

/**
 * slk_source_get_quote: (get-property quote)
 * @self: a source
 *
 * Gets the sentence or table row that holds the figure.
 *
 * Returns: (nullable): the quote
 */
const char *
slk_source_get_quote (SlkSource *self)
{
  g_return_val_if_fail (SLK_IS_SOURCE (self), NULL);
  return self->quote;
}

/* A text member of a source, or NULL when absent or not text. */
static const char *
text_of (JsonObject *object,
         const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return _slk_json_node_is_text (node) ? json_node_get_string (node) : NULL;
}

SlkSource *
_slk_source_lookup (JsonObject *sources,
                    const char *key)
{
  JsonObject *entry;

  if (sources == NULL || key == NULL)
    return NULL;
  entry = _slk_object_member (sources, key);
  if (entry == NULL)
    return NULL;
  return slk_source_new (key, text_of (entry, "title"), text_of (entry, "url"),
                         text_of (entry, "date"), text_of (entry, "quote"));
}

GListModel *
_slk_sources_list (JsonObject *sources)
{
  GListStore *store = g_list_store_new (SLK_TYPE_SOURCE);
  g_autoptr(GList) keys = sources ? json_object_get_members (sources) : NULL;

  for (GList *l = keys; l != NULL; l = l->next)
    {
      g_autoptr(SlkSource) source = _slk_source_lookup (sources, l->data);

      if (source != NULL && *(const char *) l->data != '\0')
        g_list_store_append (store, source);
    }
  return G_LIST_MODEL (store);
}

void
_slk_sources_put (JsonObject *sources,
                  SlkSource  *source)
{
  JsonObject *entry = json_object_new ();
  const struct { const char *name; const char *value; } parts[] = {
    { "title", source->title }, { "url", source->url }, { "date", source->date },
    { "quote", source->quote },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].value != NULL)
      json_object_set_string_member (entry, parts[i].name, parts[i].value);
  json_object_set_object_member (sources, source->key, entry);
}

JsonObject *
_slk_object_member (JsonObject *holder,
                    const char *name)
{
  JsonNode *node = holder ? json_object_get_member (holder, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonObject *
_slk_object_member_make (JsonObject *holder,
                         const char *name)
{
  JsonObject *object = _slk_object_member (holder, name);

  if (object == NULL)
    {
      object = json_object_new ();
      json_object_set_object_member (holder, name, object);
    }
  return object;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

guint *
_slk_year_keys (JsonObject *by_year,
                guint      *n_years)
{
  g_autoptr(GList) keys = by_year ? json_object_get_members (by_year) : NULL;
  GArray *years = g_array_new (TRUE, FALSE, sizeof (guint));

  for (GList *l = keys; l != NULL; l = l->next)
    {
      guint64 year;
      const char *key = l->data;

      if (strlen (key) == 4 && g_ascii_string_to_unsigned (key, 10, 1000, 9999, &year, NULL))
        g_array_append_val (years, (guint) { year });
    }
  g_array_sort (years, compare_years);
  *n_years = years->len;
  return (guint *) g_array_free (years, FALSE);
}
