/* slk-dataset-writer-private.h: what the parts of the writer share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "slk-io-private.h"
#include "slk-enums.h"
#include "slk-noodrem.h"
#include "slk-rule-change.h"
#include "slk-rule-target.h"
#include "slk-commitment.h"
#include "slk-fte-target.h"
#include "slk-taakstelling.h"
#include "slk-uitvoeringstoets.h"
#include "slk-json-writer-private.h"

G_BEGIN_DECLS

/* The members of one object being written: @first until one is. An
 * @inline object is written on one line: { "a": 1, "b": 2 }. */
typedef struct
{
  GString     *out;
  guint        level;
  gboolean     first;
  gboolean     inline_;
  gsize        written_at[24];  /* where the names written so far stand in @out */
  gsize        written_len[24]; /* (a name may live in a buffer that is reused) */
  guint        n_written;
  GHashTable  *nulls;           /* the record's members given as null, or NULL */
  char         null_prefix[64]; /* this object's path below the record, "decision/" */
} SlkMembers;

typedef void (*SlkWriteRecordFunc) (GString  *out,
                                    gpointer  record,
                                    guint     level);

void _slk_members_write_nulls  (SlkMembers         *members);
void _slk_members_write_null   (SlkMembers         *members,
                                const char         *name);
void _slk_members_begin        (SlkMembers         *members,
                                const char         *name);
void _slk_members_write_string (SlkMembers         *members,
                                const char         *name,
                                const char         *value);
void _slk_members_write_strings (SlkMembers        *members,
                                 const char        *name,
                                 const char * const *strings);
void _slk_members_write_flag   (SlkMembers         *members,
                                const char         *name,
                                SlkOptionalBoolean  value);
void _slk_members_write_date   (SlkMembers         *members,
                                const char         *name,
                                SlkDay              day);
void _slk_members_write_extras (SlkMembers         *members,
                                JsonObject         *extras);
void _slk_members_write_list   (SlkMembers         *members,
                                const char         *name,
                                SlkRecordList      *list,
                                gboolean            always,
                                SlkWriteRecordFunc  write_record);
const char *_slk_writer_enum_nick (GType       type,
                                   int         value);
void _slk_members_open_object  (SlkMembers         *outer,
                                SlkMembers         *inner,
                                const char         *name,
                                JsonObject         *extras);
void _slk_members_close_object (SlkMembers         *inner,
                                JsonObject         *extras);
void _slk_write_taakstelling   (GString            *out,
                                SlkTaakstelling    *taakstelling,
                                guint               level);
void _slk_write_rule_change    (GString            *out,
                                SlkRuleChange      *change,
                                guint               level);
void _slk_write_commitment     (GString            *out,
                                SlkCommitment      *commitment,
                                guint               level);
void _slk_write_fte_target     (GString            *out,
                                SlkFteTarget       *target,
                                guint               level);
void _slk_write_rule_target    (GString            *out,
                                SlkRuleTarget      *target,
                                guint               level);
void _slk_write_uitvoeringstoets (GString             *out,
                                  SlkUitvoeringstoets *toets,
                                  guint                level);
void _slk_write_noodrem          (GString             *out,
                                  SlkNoodrem          *noodrem,
                                  guint                level);

G_END_DECLS
