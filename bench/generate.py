#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes a synthetic dataset for benchmarks: N organizations x Y years.

The figures are random but seeded, so the same arguments give the same
file. They are made up on purpose and are never used as data.

    generate.py OUT.json [--organizations 100000] [--years 8] [--compact]

--compact writes each organization on one line (a smaller file for the
same data); the default is the layout the library itself writes.
"""
import argparse
import random

METRICS = ("fte", "overhead_fte", "personnel_spending", "external_hire_spending",
           "material_spending", "office_m2")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--organizations", type=int, default=100000)
    parser.add_argument("--years", type=int, default=8)
    parser.add_argument("--compact", action="store_true")
    args = parser.parse_args()
    rng = random.Random(20261123)
    n_ministries = 12
    with open(args.out, "w", encoding="utf-8") as out:
        out.write('{\n  "format": "slagkracht-dataset/1",\n'
                  '  "title": "Synthetic benchmark dataset (made-up figures)",\n'
                  '  "reference_date": "2026-05-16",\n  "organizations": [')
        for i in range(args.organizations):
            ministry = i < n_ministries
            kind = "ministry" if ministry else rng.choice(("zbo", "agency", "inspection"))
            lines = ['    {', f'      "id": "org-{i}",', f'      "kind": "{kind}",',
                     f'      "name": "Organisatie {i}",']
            if not ministry:
                lines.append(f'      "parent": "org-{rng.randrange(n_ministries)}",')
            if kind == "zbo":
                lines.append('      "kaderwet": true,')
                lines.append(f'      "last_evaluation": "20{rng.randrange(15, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}",')
            years = []
            for y in range(2026 - args.years, 2026):
                fte = round(rng.uniform(10, 5000), 1)
                personnel = round(fte * rng.uniform(60000, 90000), 2)
                values = (fte, round(fte * rng.uniform(0.2, 0.45), 1), personnel,
                          round(personnel * rng.uniform(0.02, 0.2), 2),
                          round(personnel * rng.uniform(0.1, 0.4), 2), round(fte * 12.5))
                body = ", ".join(f'"{m}": {v}' for m, v in zip(METRICS, values))
                years.append(f'        "{y}": {{ {body} }}')
            lines.append('      "figures": {\n' + ",\n".join(years) + '\n      }')
            lines.append('    }')
            record = "\n".join(lines)
            if args.compact:
                record = " ".join(line.strip() for line in record.split("\n"))
            out.write(("," if i else "") + "\n" + record)
        out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
