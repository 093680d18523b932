#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Divide the 22 % apparaat taakstelling over the ministries in proportion
to their kerndepartement formatie in 2022, leaving out Defensie (no figure), and
print the shares as JSON. Usage: allocate-taakstelling.py [FILE]"""
import json
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402


def number(value):
    """As JSON.stringify writes it: whole numbers without a decimal point."""
    return int(value) if value == int(value) else value


def main(argv):
    dataset = Slk.Dataset.new_default() if len(argv) < 2 else Slk.Dataset()
    if len(argv) >= 2:
        dataset.load_from_file(argv[1])
    parent = dataset.lookup_taakstelling("schoof-apparaat-22")
    if parent is None:
        print("no taakstelling schoof-apparaat-22 in the dataset", file=sys.stderr)
        return 1
    allocator = Slk.Allocator(metric=Slk.Metric.FORMATIE, base_year=2022, scope=Slk.Scope.CORE)
    try:
        allocator.allocate(parent)
        refused = None
    except GLib.Error as error:   # Defensie gives no FTE: absent is not 0
        refused = error.message
    allocator.exempt("def")
    shares = []
    for share in allocator.allocate(parent):
        dataset.add_taakstelling(share)
        targets = {str(year): number(share.get_amount(Slk.TaakFigure.TARGETS, year)[1] / 100)
                   for year in share.list_years()}
        shares.append({"id": share.get_id(), "ministry": share.get_scope_id(),
                       "targets": targets})
    total = {year: number(round(sum(s["targets"][year] for s in shares), 2))
             for year in shares[0]["targets"]}
    errors = [f.props.code for f in dataset.validate()
              if f.props.severity == Slk.Severity.ERROR]
    print(json.dumps({"refused_first": refused, "shares": shares, "total": total,
                      "errors": errors}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
