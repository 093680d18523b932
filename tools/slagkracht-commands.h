/* slagkracht-commands.h: the subcommands of the slagkracht tool
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <stdio.h>

#include <glib/gi18n.h>
#include <libslagkracht.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int argc, char **argv);
} SlkCommand;

/* Exit codes shared by every command (SPEC §7). */
enum {
  SLK_EXIT_OK = 0,
  SLK_EXIT_FINDINGS = 1,
  SLK_EXIT_UNREADABLE = 2,
};

/* An integer option left out; 0 is a value like any other, and refused. */
#define NOT_GIVEN G_MININT

/* How findings on the built-in dataset name their file. */
#define SLK_TOOL_BUILT_IN _("(built-in)")

gboolean    slk_tool_set_up_language (int              argc,
                                      char           **argv);
void        slk_tool_add_entries     (GOptionContext  *context,
                                      const GOptionEntry *entries);
SlkDataset *slk_tool_open     (const char  *file,
                               const char  *command);
gboolean    slk_tool_choice   (const char  *command,
                               const char  *option,
                               const char  *text,
                               const char **choices,
                               int         *value);
void     slk_tool_keep_until_exit (gpointer object);
gboolean slk_tool_load        (SlkDataset  *dataset,
                               const char  *file,
                               GError     **error);
void     slk_tool_print_line  (FILE        *out,
                               const char  *format,
                               ...) G_GNUC_PRINTF (2, 3);
extern const char * const slk_show_figure_members[];
void     slk_show_print_figures (SlkOrganization *org);
int      slk_command_validate (int          argc,
                               char       **argv);
int      slk_command_show     (int          argc,
                               char       **argv);
int      slk_command_monitor  (int          argc,
                               char       **argv);
int      slk_command_allocate (int          argc,
                               char       **argv);
int      slk_command_diff     (int          argc,
                               char       **argv);

char *slk_tool_suggest_base (SlkDataset         *dataset,
                             SlkTaakstelling    *parent,
                             SlkScope            scope,
                             const char * const *exempt,
                             gboolean            dubbele_slot);

void  slk_tool_print_ids     (SlkDataset         *dataset);

G_END_DECLS
