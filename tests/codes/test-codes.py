#!/usr/bin/python3
"""The table of finding codes (libslagkracht/base/slk-codes.c) is the one
place a code is declared: each code has a fixture in tests/data/invalid/
and a row in the JSON-format guide's table, and no other file of the
library spells a code as a string."""
import glob
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
table_file = os.path.join(root, "libslagkracht", "base", "slk-codes.c")
ENTRY = re.compile(r'\[SLK_CODE_(\w+)\] =\s*\{\s*"([a-z-]+)", SLK_SEVERITY_(ERROR|WARNING|INFO), '
                   r'"([^"]*)",\s*"([^"]*)" \}')

with open(table_file, encoding="utf-8") as f:
    table = f.read()
entries = ENTRY.findall(table)
with open(os.path.join(root, "docs", "json-format.md"), encoding="utf-8") as f:
    guide = f.read()

problems = []
if not entries:
    problems.append("no codes found in the table")
declared = re.findall(r"\[SLK_CODE_(\w+)\] =", table)
unread = sorted(set(declared) - {ident for ident, *_ in entries})
if unread:   # an entry this script cannot read would escape every check below
    problems.append(f"entries not in the one-line form: {', '.join(unread)}")
for ident, code, severity, section, meaning in entries:
    if ident != code.upper().replace("-", "_"):
        problems.append(f"SLK_CODE_{ident} is named \"{code}\"")
    if not section or not meaning:
        problems.append(f"{code}: no section or meaning")
    fixtures = glob.glob(os.path.join(root, "tests", "data", "invalid", code + ".json")) + \
        glob.glob(os.path.join(root, "tests", "data", "invalid", code + "--*.json"))
    if not fixtures:
        problems.append(f"{code}: no fixture tests/data/invalid/{code}.json")
    if f"| `{code}` | {severity.lower()} |" not in guide:
        problems.append(f"{code}: no row \"| `{code}` | {severity.lower()} |\" "
                        "in docs/json-format.md")

names = {code for _, code, _, _, _ in entries}
for path in glob.glob(os.path.join(root, "libslagkracht", "**", "*.[ch]"), recursive=True):
    if os.path.samefile(path, table_file):
        continue
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            for literal in re.findall(r'"([a-z]+(?:-[a-z0-9]+)+)"', line):
                if literal in names:
                    problems.append(f"{os.path.relpath(path, root)}:{number}: the code "
                                    f"\"{literal}\" spelled out; use SLK_CODE_*")

for problem in problems:
    print(problem)
print(f"{len(entries)} codes, {len(problems)} problems")
sys.exit(1 if problems else 0)
