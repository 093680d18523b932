#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""External hire against the Roemernorm over the years, as JSON: the
rijksbrede shares the sources report, and the per-ministry amounts.
Usage: external-hire.py [FILE]"""
import json
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402


def number(value):
    return int(value) if value == int(value) else round(value, 4)


def main(argv):
    dataset = Slk.Dataset.new_default() if len(argv) < 2 else Slk.Dataset()
    if len(argv) >= 2:
        dataset.load_from_file(argv[1])
    norm = Slk.Norms.new().get_roemernorm()
    root = dataset.to_json_node().get_object()
    assert root is not None   # a dataset is an object
    reported = root.get_object_member("rijksdienst_reported") \
        if root.has_member("rijksdienst_reported") else None
    years = []
    for key in (reported.get_members() or [] if reported is not None else []):
        entry = reported.get_object_member(key) if reported is not None else None
        if entry is None:
            continue
        share = entry.get_double_member("external_hire_share_reported") \
            if entry.has_member("external_hire_share_reported") else None
        years.append({"year": int(key),
                      "share": number(share) if share is not None else None,
                      "above_roemernorm": share > norm if share is not None else None})
    rollup = Slk.Rollup.new(dataset, Slk.Scope.CORE, Slk.Grouping.MINISTRY)
    ministries = []
    for year in rollup.list_years():
        amounts = rollup.dup_column(Slk.Metric.EXTERNAL_HIRE_SPENDING, year)
        for ministry, amount in zip(rollup.list_groups(), amounts):
            if amount == amount:   # NaN: no source gives it
                ministries.append({"ministry": ministry, "year": year, "euro": number(amount)})
    print(json.dumps({"roemernorm": norm, "rijksbreed": years, "ministries": ministries},
                     indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
