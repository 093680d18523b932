/* slk-store.c: the records of a dataset and the bookkeeping every kind
 * of record shares: joining, leaving, lookup by id, relations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-i18n-private.h"

#include "slk-agenda-private.h"
#include "slk-error.h"
#include "slk-noodrem-private.h"
#include "slk-organization-private.h"
#include "slk-rule-private.h"
#include "slk-store-private.h"
#include "slk-taakstelling-private.h"
#include "slk-uitvoeringstoets-private.h"

/* The arrays of records, each with how to reach its records' id and
 * dataset. */
typedef struct
{
  gsize         offset;   /* of its SlkRecordList in SlkStore */
  SlkIdGetter   get_id;
  SlkSetDataset set_dataset;
  const char   *member;   /* its name in the file */
} ListInfo;

static const ListInfo list_infos[] = {
  { G_STRUCT_OFFSET (SlkStore, organizations),
    (SlkIdGetter) slk_organization_get_id, (SlkSetDataset) _slk_organization_set_dataset,
    "organizations" },
  { G_STRUCT_OFFSET (SlkStore, uitvoeringstoetsen),
    (SlkIdGetter) slk_uitvoeringstoets_get_id,
    (SlkSetDataset) _slk_uitvoeringstoets_set_dataset, "uitvoeringstoetsen" },
  { G_STRUCT_OFFSET (SlkStore, noodremmen),
    (SlkIdGetter) slk_noodrem_get_id, (SlkSetDataset) _slk_noodrem_set_dataset, "noodremmen" },
  { G_STRUCT_OFFSET (SlkStore, taakstellingen),
    (SlkIdGetter) slk_taakstelling_get_id, (SlkSetDataset) _slk_taakstelling_set_dataset,
    "taakstellingen" },
  { G_STRUCT_OFFSET (SlkStore, rule_changes),
    (SlkIdGetter) slk_rule_change_get_id, (SlkSetDataset) _slk_rule_change_set_dataset,
    "rule_changes" },
  { G_STRUCT_OFFSET (SlkStore, rule_targets),
    (SlkIdGetter) _slk_rule_target_no_id, (SlkSetDataset) _slk_rule_target_set_dataset,
    "rule_targets" },
  { G_STRUCT_OFFSET (SlkStore, commitments),
    (SlkIdGetter) slk_commitment_get_id, (SlkSetDataset) _slk_commitment_set_dataset,
    "commitments" },
  { G_STRUCT_OFFSET (SlkStore, fte_targets),
    (SlkIdGetter) _slk_fte_target_no_id, (SlkSetDataset) _slk_fte_target_set_dataset,
    "fte_targets" },
};

#define LIST_OF(store, info) \
  ((SlkRecordList *) G_STRUCT_MEMBER_P ((store), (info)->offset))

/* The dataset façade binds its store here; records reach it through their
 * dataset, so the model never calls the façade. */
static GQuark
store_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("slk-store");
  return quark;
}

/* A snapshot of @records as a list model of @type. */
GListModel *
_slk_list_all (GType      type,
               GPtrArray *records)
{
  GListStore *list = g_list_store_new (type);

  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return G_LIST_MODEL (list);
}

static void
record_list_init (SlkRecordList *list)
{
  list->typed = g_ptr_array_new_with_free_func (g_object_unref);
  list->raw = g_array_new (FALSE, FALSE, sizeof (SlkRawRecord));
}

static void
record_list_clear (SlkRecordList *list)
{
  for (guint i = 0; i < list->raw->len; i++)
    json_node_unref (g_array_index (list->raw, SlkRawRecord, i).node);
  g_clear_pointer (&list->raw, g_array_unref);
  g_clear_pointer (&list->typed, g_ptr_array_unref);
}

void
_slk_record_list_add_raw (SlkRecordList *list,
                          guint          index,
                          JsonNode      *node)
{
  SlkRawRecord raw = { index, node };

  g_array_append_val (list->raw, raw);
}

SlkStore *
_slk_store_new (void)
{
  SlkStore *store = g_new0 (SlkStore, 1);

  for (guint l = 0; l < G_N_ELEMENTS (list_infos); l++)
    record_list_init (LIST_OF (store, &list_infos[l]));
  store->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  store->raw_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  store->load_findings = g_ptr_array_new_with_free_func (g_object_unref);
  store->trace = _slk_trace_new ();
  return store;
}

void
_slk_store_free (SlkStore *store)
{
  for (guint l = 0; l < G_N_ELEMENTS (list_infos); l++)
    record_list_clear (LIST_OF (store, &list_infos[l]));
  g_hash_table_unref (store->by_id);
  g_hash_table_unref (store->raw_ids);
  g_ptr_array_unref (store->load_findings);
  _slk_trace_free (store->trace);
  g_clear_pointer (&store->extras, json_object_unref);
  g_free (store->title);
  g_free (store);
}

/* The store of @dataset, or NULL when @dataset is NULL (a record in no
 * dataset). */
SlkStore *
_slk_store_of (SlkDataset *dataset)
{
  return dataset != NULL ? g_object_get_qdata (G_OBJECT (dataset), store_quark ()) : NULL;
}

/* Whether @object is a dataset: one that a store is bound to. For the
 * argument checks of the layers that may not see the façade's type. */
gboolean
_slk_store_is_dataset (gpointer object)
{
  return G_IS_OBJECT (object) && g_object_get_qdata (object, store_quark ()) != NULL;
}

/* Typed records fill the slots that raw ones leave free. */
static void
attach_list (SlkStore       *store,
             SlkDataset     *dataset,
             const ListInfo *info)
{
  SlkRecordList *list = LIST_OF (store, info);

  for (guint slot = 0, typed = 0, raw = 0; typed < list->typed->len; slot++)
    {
      gpointer record;
      const char *id;

      if (raw < list->raw->len && g_array_index (list->raw, SlkRawRecord, raw).index == slot)
        {
          raw++;
          continue;
        }
      record = g_ptr_array_index (list->typed, typed++);
      id = info->get_id (record);
      info->set_dataset (record, dataset, slot);
      if (id != NULL && !g_hash_table_contains (store->by_id, id))
        g_hash_table_insert (store->by_id, (gpointer) id, record);
    }
}

/* Makes @store the content of @dataset: every record joins it, and the
 * first record of each id can be looked up. */
void
_slk_store_attach (SlkStore   *store,
                   SlkDataset *dataset)
{
  g_object_set_qdata (G_OBJECT (dataset), store_quark (), store);
  g_hash_table_remove_all (store->by_id);
  for (guint l = 0; l < G_N_ELEMENTS (list_infos); l++)
    attach_list (store, dataset, &list_infos[l]);
}

/* Every record leaves the dataset, as the store is about to go. */
void
_slk_store_detach (SlkStore *store)
{
  for (guint l = 0; l < G_N_ELEMENTS (list_infos); l++)
    {
      GPtrArray *records = LIST_OF (store, &list_infos[l])->typed;

      for (guint i = 0; i < records->len; i++)
        list_infos[l].set_dataset (g_ptr_array_index (records, i), NULL, 0);
    }
  g_hash_table_remove_all (store->by_id);
}

/* The first record with @id, of any kind, or NULL. */
gpointer
_slk_store_lookup (SlkStore   *store,
                   const char *id)
{
  if (store == NULL || id == NULL)
    return NULL;
  return g_hash_table_lookup (store->by_id, id);
}

/* Adds a record of any kind at the end of its array, after the checks
 * every kind shares. */
gboolean
_slk_store_add_record (SlkStore       *store,
                       SlkDataset     *dataset,
                       SlkRecordList  *list,
                       gpointer        record,
                       const char     *id,
                       SlkDataset     *current,
                       SlkSetDataset   set_dataset,
                       GError        **error)
{
  if (!_slk_id_is_valid (id))
    {
      g_set_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_INVALID_ID,
                   _("The id \"%s\" is not valid: use lowercase letters, digits and '-', "
                   "starting with a letter or digit."), id ? id : "");
      return FALSE;
    }
  if (current != NULL)
    {
      g_set_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_IN_OTHER_DATASET,
                   _("The record \"%s\" already belongs to a dataset."), id);
      return FALSE;
    }
  if (g_hash_table_contains (store->by_id, id))
    {
      g_set_error (error, SLK_RECORD_ERROR, SLK_RECORD_ERROR_DUPLICATE_ID,
                   _("The id \"%s\" is already used in this dataset."), id);
      return FALSE;
    }

  _slk_store_forget_extra_for (store, list);
  g_ptr_array_add (list->typed, g_object_ref (record));
  set_dataset (record, dataset, list->typed->len + list->raw->len - 1);
  g_hash_table_insert (store->by_id, (gpointer) id, record);
  return TRUE;
}

/* The array gets a record through the API: a value the file gave for it
 * in a form that could not be used (kept as an extra) must not be written
 * beside it. */
void
_slk_store_forget_extra_for (SlkStore      *store,
                             SlkRecordList *list)
{
  JsonObject *extras = store->extras;

  for (guint l = 0; l < G_N_ELEMENTS (list_infos) && extras != NULL; l++)
    if (LIST_OF (store, &list_infos[l]) == list &&
        json_object_has_member (extras, list_infos[l].member))
      json_object_remove_member (extras, list_infos[l].member);
}

/* The records of @type whose @get_id gives @id, in dataset order; an empty
 * list when @store is %NULL (the record is in no dataset). */
GListModel *
_slk_store_filter (SlkStore    *store,
                   GType        type,
                   const char  *id,
                   SlkIdGetter  get_id)
{
  GListStore *list = g_list_store_new (type);
  GPtrArray *records;

  if (store == NULL || id == NULL)
    return G_LIST_MODEL (list);
  if (type == SLK_TYPE_UITVOERINGSTOETS)
    records = store->uitvoeringstoetsen.typed;
  else if (type == SLK_TYPE_NOODREM)
    records = store->noodremmen.typed;
  else
    records = store->organizations.typed;
  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (g_strcmp0 (get_id (record), id) == 0)
        g_list_store_append (list, record);
    }
  return G_LIST_MODEL (list);
}

/* The set of @records (of @type) whose chain of parents returns to them:
 * one walk up each chain, each record walked once, so a file of long
 * chains costs no more than its length. */
GHashTable *
_slk_store_parent_cycles (SlkStore    *store,
                          GPtrArray   *records,
                          SlkIdGetter  get_parent_id,
                          GType        type)
{
  GHashTable *on_cycle = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) state = g_hash_table_new (NULL, NULL);   /* 1 walking, 2 done */
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; i < records->len; i++)
    {
      gpointer at = g_ptr_array_index (records, i);

      g_ptr_array_set_size (path, 0);
      while (at != NULL && !g_hash_table_contains (state, at))
        {
          g_hash_table_insert (state, at, GUINT_TO_POINTER (1));
          g_ptr_array_add (path, at);
          at = _slk_store_lookup (store, get_parent_id (at));
          if (at != NULL && !G_TYPE_CHECK_INSTANCE_TYPE (at, type))
            at = NULL;
        }
      if (at != NULL && GPOINTER_TO_UINT (g_hash_table_lookup (state, at)) == 1)
        {
          guint from = 0;

          while (g_ptr_array_index (path, from) != at)
            from++;
          for (; from < path->len; from++)
            g_hash_table_add (on_cycle, g_ptr_array_index (path, from));
        }
      for (guint p = 0; p < path->len; p++)
        g_hash_table_insert (state, g_ptr_array_index (path, p), GUINT_TO_POINTER (2));
    }
  return on_cycle;
}

/* "a → b → a": the chain of parents of @record, one that returns to it
 * (see _slk_store_parent_cycles()), for a finding's message; cut short
 * with "…" past a few hundred characters. */
char *
_slk_store_describe_cycle (SlkStore    *store,
                           gpointer     record,
                           SlkIdGetter  get_id,
                           SlkIdGetter  get_parent_id)
{
  GString *chain = g_string_new (get_id (record));
  gpointer at = record;

  do
    {
      at = _slk_store_lookup (store, get_parent_id (at));
      if (at == NULL)
        break;
      g_string_append_printf (chain, " → %s", get_id (at));
    }
  while (at != record && chain->len < 400);
  if (at != record)
    g_string_append (chain, " → …");
  return g_string_free (chain, FALSE);
}
