#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Follows the agenda of the 2025-2026 letters on the built-in dataset (or
FILE): which promises are overdue or still open, which ministries miss an
FTE target, and how each cut is filled in, as JSON.
Usage: follow-agenda.py [FILE]"""
import json
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402


def main(argv):
    dataset = Slk.Dataset.new_default() if len(argv) < 2 else Slk.Dataset()
    if len(argv) >= 2:
        dataset.load_from_file(argv[1])
    report = dataset.validate()
    promises = [{"id": c.get_id(), "owner": c.get_owner_id(), "due": c.get_due_text(),
                 "status": c.get_status().value_nick, "overdue": c.is_overdue()}
                for c in dataset.list_commitments()]
    missed = [{"ministry": f.props.subject, "message": f.props.message}
              for f in report if f.props.code == "fte-target-missed"]
    cuts = []
    for cut in dataset.list_taakstellingen():
        measures: dict[str, int] = {}
        for measure in cut.list_measures():
            kind = measure.get_kind().value_nick
            measures[kind] = measures.get(kind, 0) + measure.get_amount()
        cuts.append({"id": cut.get_id(), "kind": cut.get_kind().value_nick,
                     "years": list(cut.list_years()), "measures_cents": measures})
    print(json.dumps({"reference_date": dataset.props.reference_date.format("%F"),
                      "overdue": sum(p["overdue"] for p in promises),
                      "open": sum(p["status"] == "open" for p in promises),
                      "promises": promises, "fte_targets_missed": missed, "cuts": cuts},
                     indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
