#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Walk a noodrem up the escalation ladder: UWV signals SZW, the ladder
refuses a noodrem pulled too early, and the ministry explains. Prints the
history as JSON. Usage: walk-noodrem.py [FILE]"""
import json
import sys

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402


def day(month, dom):
    return GLib.DateTime.new_utc(2026, month, dom, 0, 0, 0)


def main(argv):
    dataset = Slk.Dataset.new_default() if len(argv) < 2 else Slk.Dataset()
    if len(argv) >= 2:
        dataset.load_from_file(argv[1])
    brake = Slk.Noodrem.new("nr-example", Slk.NoodremKind.NOODREM)
    brake.set_raised_by_id("zbo-uwv")
    brake.set_addressed_to_id("szw")
    brake.set_subject("Invoeringstermijn te krap")
    brake.set_response_deadline(day(4, 15))
    dataset.add_noodrem(brake)
    changes = []
    brake.connect("state-changed",
                  lambda n, old, new: changes.append(f"{old.value_nick} -> {new.value_nick}"))

    brake.signal(day(3, 2), "Signaal aan de DG")
    refused = None
    try:
        brake.pull(day(3, 5), None)
    except GLib.Error as error:
        refused = error.message
    brake.escalate_official(day(3, 9), None)
    brake.pull(day(3, 20), None)
    overdue_before = brake.is_overdue(day(4, 16))
    brake.explain(day(4, 10), "Invoering wordt uitgesteld tot 2029.")
    brake.close(day(4, 20), None)
    days = brake.get_days_to_response()
    findings = [f.props.code for f in dataset.validate() if f.props.subject == "nr-example"]
    print(json.dumps({"changes": changes, "refused": refused,
                      "overdue_without_the_explanation": overdue_before,
                      "days_to_response": days[1] if days[0] else None,
                      "state": brake.get_state().value_nick,
                      "findings": findings}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
