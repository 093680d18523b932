#!/usr/bin/python3
"""Every message the sources mark for translation has its Dutch
translation: the messages are extracted afresh from the files po/POTFILES.in
lists (so a new message fails here until nl.po has it), merged into
po/nl.po, and msgfmt must report 0 untranslated and 0 fuzzy messages and
no format mismatch. Every source file that marks a message is listed."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
problems = []

with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}
MARK = re.compile(r'\b(?:N?C?_|ngettext|_slk_ngettext)\s*\(\s*"')
for folder in ("libslagkracht", "tools"):
    for directory, _, names in os.walk(os.path.join(root, folder)):
        for name in names:
            if not name.endswith(".c"):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8") as f:
                if MARK.search(f.read()) and relative not in listed:
                    problems.append(f"{relative} marks messages but is not in po/POTFILES.in")
for relative in sorted(listed):
    if not os.path.exists(os.path.join(root, relative)):
        problems.append(f"po/POTFILES.in lists {relative}, which does not exist")

with tempfile.TemporaryDirectory() as work:
    pot = os.path.join(work, "fresh.pot")
    merged = os.path.join(work, "nl.po")
    # The keywords of po/meson.build (meson's glib preset and ours).
    subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments", "--keyword=_",
                    "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                    "--keyword=g_dngettext:2,3", "--keyword=_slk_ngettext:1,2",
                    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format",
                    "--flag=NC_:2:pass-c-format", "--flag=g_dngettext:2:pass-c-format",
                    "--flag=g_strdup_printf:1:c-format", "--flag=g_string_printf:2:c-format",
                    "--flag=g_string_append_printf:2:c-format", "--flag=g_set_error:4:c-format",
                    "-o", pot, "--directory", root] + sorted(listed), check=True)
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                    os.path.join(root, "po", "nl.po"), pot], check=True)
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, merged],
                            capture_output=True, text=True)
    statistics = result.stderr.strip()
    print(statistics)
    if result.returncode != 0:
        problems.append(f"msgfmt --check fails: {statistics}")
    if re.search(r"\d+ (untranslated|fuzzy)", statistics):
        problems.append(f"nl.po is not complete: {statistics}")
    if not re.match(r"\d+ translated messages?\.$", statistics.splitlines()[-1]):
        problems.append(f"unexpected statistics: {statistics}")

for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)
