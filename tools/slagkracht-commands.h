/* slagkracht-commands.h: the subcommands of the slagkracht tool
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

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

int slk_command_validate (int    argc,
                          char **argv);

G_END_DECLS
