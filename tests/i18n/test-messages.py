#!/usr/bin/python3
"""Every finding of every fixture (tests/data/invalid/, one or more per
code, and the valid datasets) has a message in English and in Dutch; the
Dutch one is not the English one; and nothing but the message changes with
the language: code, severity, subject, pointer, line and column stay."""
import glob
import json
import os
import subprocess
import sys

tool = os.environ["SLAGKRACHT"]
data = os.environ["SLK_TEST_DATA"]
problems = []
codes_seen = set()


def findings(path, language):
    env = dict(os.environ, LANGUAGE="", LC_ALL="C.UTF-8")
    result = subprocess.run([tool, "validate", "--lang", language, "--format", "json", path],
                            capture_output=True, text=True, env=env)
    if result.returncode not in (0, 1, 2) or not result.stdout.startswith("{"):
        problems.append(f"{path} ({language}): exit {result.returncode}: {result.stderr}")
        return []
    return json.loads(result.stdout)["findings"]


paths = sorted(glob.glob(os.path.join(data, "invalid", "*.json")) +
               glob.glob(os.path.join(data, "valid", "*.json")))
for path in paths:
    english, dutch = findings(path, "en"), findings(path, "nl")
    name = os.path.relpath(path, data)
    if len(english) != len(dutch):
        problems.append(f"{name}: {len(english)} findings in English, {len(dutch)} in Dutch")
        continue
    for en, nl in zip(english, dutch):
        codes_seen.add(en["code"])
        if {k: v for k, v in en.items() if k != "message"} != \
           {k: v for k, v in nl.items() if k != "message"}:
            problems.append(f"{name}: more than the message changes: {en} / {nl}")
        for language, finding in (("en", en), ("nl", nl)):
            if not finding["message"].strip():
                problems.append(f"{name}: {finding['code']} has no {language} message")
        if en["message"] == nl["message"]:
            problems.append(f"{name}: {en['code']} is not translated: {en['message']}")

print(f"{len(paths)} files, {len(codes_seen)} codes checked in both languages")
if len(codes_seen) < 30:
    problems.append(f"only {len(codes_seen)} codes were seen; the fixtures did not run")
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)
