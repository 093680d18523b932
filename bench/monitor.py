#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Times the monitor on a dataset, as an analyst uses it from Python: every
column once, then each output format. Best of RUNS.

    monitor.py DATASET RUNS
"""
import sys
import time

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402


def best(runs, work):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(path, runs):
    dataset = Slk.Dataset()
    dataset.load_from_file(path)
    monitor = Slk.Monitor.new(dataset)
    years = Slk.Rollup.new(dataset, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY).list_years()
    monitor.set_year(years[-1])

    def columns():
        monitor.refresh()
        return [monitor.dup_column(field) for field in monitor.list_fields()]

    compute = best(runs, columns)
    formats = {name: best(runs, lambda f=f: monitor.render(f))
               for name, f in (("text", Slk.MonitorFormat.TEXT), ("json", Slk.MonitorFormat.JSON),
                               ("html", Slk.MonitorFormat.HTML))}
    print(f"monitor: every column {compute:.3f} s; render " +
          ", ".join(f"{name} {seconds:.3f} s" for name, seconds in formats.items()))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
