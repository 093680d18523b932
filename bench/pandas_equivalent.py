#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Python json + pandas equivalent of load+validate, for comparison:
read the file with json, flatten the figures into a DataFrame, and run the
same figure checks (negative values, overhead above FTE, Roemernorm,
overhead target) vectorised, plus the parent and id checks."""
import datetime
import json
import resource
import sys
import time

import pandas as pd


def run(path):
    start = time.monotonic()
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = []
    for i, org in enumerate(data["organizations"]):
        for year, figures in org.get("figures", {}).items():
            rows.append({"index": i, "id": org["id"], "kind": org["kind"],
                         "year": int(year), **figures})
    frame = pd.DataFrame(rows)
    loaded = time.monotonic()

    ids = {}
    findings = 0
    for org in data["organizations"]:
        if org["id"] in ids:
            findings += 1
        ids[org["id"]] = org
    for org in data["organizations"]:
        parent = org.get("parent")
        if parent is not None and (parent not in ids or ids[parent]["kind"] != "ministry"):
            findings += 1
    metrics = ["fte", "overhead_fte", "personnel_spending", "external_hire_spending",
               "material_spending", "office_m2"]
    findings += int((frame[metrics] < 0).sum().sum())
    findings += int((frame["overhead_fte"] > frame["fte"]).sum())
    share = frame["external_hire_spending"] / (frame["personnel_spending"]
                                               + frame["external_hire_spending"])
    warnings = int((share > 0.10).sum())
    ministries = frame[frame["kind"] == "ministry"]
    warnings += int(((ministries["overhead_fte"] / ministries["fte"]) > 0.35).sum())
    reference = datetime.date.fromisoformat(data["reference_date"])
    for org in data["organizations"]:
        if org["kind"] == "zbo" and org.get("kaderwet") is True:
            last = org.get("last_evaluation")
            if last is None:
                warnings += 1
                continue
            last = datetime.date.fromisoformat(last)
            try:
                due = last.replace(year=last.year + 5)
            except ValueError:  # 29 February
                due = last.replace(year=last.year + 5, day=28)
            warnings += due < reference
    validated = time.monotonic()
    return loaded - start, validated - loaded, validated - start, \
        len(data["organizations"]), findings, warnings


def main(path, runs):
    results = [run(path) for _ in range(runs)]
    load, validate, total = (min(r[i] for r in results) for i in range(3))
    _, _, _, organizations, errors, warnings = results[-1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"json+pandas    load {load:.3f} s  validate {validate:.3f} s  "
          f"total {total:.3f} s  peak {peak:.0f} MiB  "
          f"(best of {runs}; {organizations} organizations, {errors} errors, {warnings} warnings)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
