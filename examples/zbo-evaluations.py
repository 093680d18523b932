#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The ZBOs overdue for their periodic evaluation (Kaderwet zbo's, art. 39),
per ministry, as JSON. Usage: zbo-evaluations.py [FILE]"""
import json
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402


def main(argv):
    dataset = Slk.Dataset.new_default() if len(argv) < 2 else Slk.Dataset()
    if len(argv) >= 2:
        dataset.load_from_file(argv[1])
    overdue: dict[str, list[dict[str, object]]] = {}
    for finding in dataset.validate():
        if finding.props.code != "zbo-evaluation-overdue":
            continue
        zbo = dataset.lookup_organization(finding.props.subject)
        if not isinstance(zbo, Slk.Zbo):
            continue
        last = zbo.dup_last_evaluation()
        overdue.setdefault(zbo.get_parent_id() or "", []).append(
            {"id": zbo.get_id(), "name": zbo.get_name(),
             "last_evaluation": last.format("%F") if last else None})
    ministries = [{"id": ministry, "overdue": len(zbos), "zbos": zbos}
                  for ministry, zbos in sorted(overdue.items())]
    print(json.dumps({"reference_date": dataset.props.reference_date.format("%F"),
                      "overdue": sum(m["overdue"] for m in ministries),
                      "ministries": ministries}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
