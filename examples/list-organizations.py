#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Load a dataset, validate it, and list each ministry with the bodies under it."""
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402


def main(path):
    dataset = Slk.Dataset()
    try:
        dataset.load_from_file(path)
    except GLib.Error as error:
        print(f"{path}: {error.message}", file=sys.stderr)
        return 2
    report = dataset.validate()
    print(f"{report.props.n_errors} errors, {report.props.n_warnings} warnings")
    for org in dataset.list_organizations():
        if org.props.kind != Slk.OrganizationKind.MINISTRY:
            continue
        given, fte = org.get_value(Slk.Metric.FTE, 2024)
        print(org.props.name + (f" ({fte:g} FTE in 2024)" if given else ""))
        for child in org.list_organizations():
            print(f"  {child.props.kind.value_nick:<10} {child.props.name}")
    return 0 if report.is_valid() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
