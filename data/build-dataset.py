#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Builds the default dataset (slagkracht-dataset/1) from the CSVs in
data/sources/. Nothing is estimated: a figure no CSV gives is left out, and
every record carries the sources it came from. How each data-quality note
is handled is written down in data/README.md.

    build-dataset.py SOURCES_DIR OUTPUT_JSON
"""
import csv
import json
import os
import re
import sys

REFERENCE_DATE = "2026-05-16"   # the ROO retrieval date of the register


def rows(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def ident(text):
    """An id of the contract, [a-z0-9][a-z0-9-]*, from an ROO id or a name."""
    text = text.removeprefix("org:").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text


def number(text):
    """A number as the CSV writes it, or None for an empty cell."""
    text = text.strip()
    if text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def euro(text, scale):
    """Euro from a CSV cell in thousands or millions, exact to the cent."""
    value = number(text)
    if value is None:
        return None
    cents = round(value * scale * 100)
    return cents // 100 if cents % 100 == 0 else cents / 100


def add_source(record, source):
    if source and source not in record.setdefault("sources", []):
        record["sources"].append(source)


def add_figure(record, year, metric, value):
    if value is None:
        return
    record.setdefault("figures", {}).setdefault(str(year), {})[metric] = value


def yes_no(text):
    text = text.strip().lower()
    if text.startswith("ja"):
        return True
    if text.startswith("nee"):
        return False
    return None


def ministries(folder):
    result = {}
    for row in rows(folder, "ministries.csv"):
        if row["status_2026"] != "current":
            continue
        record = {"id": ident(row["abbreviation"]), "kind": "ministry", "name": row["name"],
                  "abbreviation": row["abbreviation"], "roo_id": row["roo_id"],
                  "tooi": row["tooi"]}
        add_source(record, row["source"])
        result[row["abbreviation"].lower()] = record
    return result


def successors(folder):
    """Old abbreviation → current one, for the ministries ministries.csv
    says were renamed ("renamed LVVN on 2024-07-02")."""
    renamed = {}
    for row in rows(folder, "ministries.csv"):
        match = re.search(r"renamed (?:to )?([A-Za-z]+)", row["change_note"])
        if match and row["status_2026"] != "current":
            renamed[row["abbreviation"].lower()] = match.group(1).lower()
    return renamed


def parent_of(ministries_by_abbr, abbreviation):
    record = ministries_by_abbr.get(abbreviation.strip().lower())
    return record["id"] if record else None


def zbos(folder, ministries_by_abbr, inspectieraad):
    result = []
    for row in rows(folder, "zbo_register.csv"):
        if row["active_at_snapshot"] != "ja":
            continue
        record = {"id": ident(row["id"]), "name": row["name"]}
        if row["abbreviation"]:
            record["abbreviation"] = row["abbreviation"]
        parent = parent_of(ministries_by_abbr, row["ministry_abbr_after_2026_02_23"])
        if parent is None:
            # The koepels of the register name no ministry: they are umbrella
            # bodies of decentral government (SPEC §1), kept with their ROO facts.
            record["kind"] = "decentral"
            record["roo_zbo_record"] = {"legal_form_roo": row["legal_form_roo"],
                                        "zbo_kind": row["zbo_kind"]}
        else:
            record["kind"] = "zbo"
            record["parent"] = parent
            law = row["public_or_private_law"]
            if law in ("publiekrechtelijk", "privaatrechtelijk"):
                record["legal_form"] = "public" if law == "publiekrechtelijk" else "private"
            for member, column in (("legal_personality", "legal_personality"),
                                   ("kaderwet", "kaderwet_zbo_applies")):
                value = yes_no(row[column])
                if value is not None:
                    record[member] = value
            if row["last_evaluation_date"]:
                record["last_evaluation"] = row["last_evaluation_date"]
            status = inspectieraad.get(row["name"])
            if status is not None:
                record["inspectieraad"] = status
            fte = number(row["fte"])
            if fte is not None and row["fte_peildatum"]:
                add_figure(record, row["fte_peildatum"][:4], "fte", fte)
                record["fte_peildatum"] = row["fte_peildatum"]
        record["roo_id"] = row["roo_id"]
        add_source(record, row["source"])
        result.append(record)
    return result


def inspectieraad_status(row):
    status = row["inspectieraad_status"]
    if status.startswith("member") or status.startswith("associate member"):
        return True
    if status == "not listed":
        return False
    return None


def inspections(folder, ministries_by_abbr, zbo_names):
    result = []
    for row in rows(folder, "rijksinspecties.csv"):
        if row["name"] in zbo_names:
            continue   # on both lists: a ZBO with inspectieraad
        record = {"id": ident(row["id"]), "kind": "inspection", "name": row["name"]}
        if row["abbreviation"]:
            record["abbreviation"] = row["abbreviation"]
        parent = parent_of(ministries_by_abbr, row["ministry_abbr_after_2026_02_23"])
        if parent:
            record["parent"] = parent
        status = inspectieraad_status(row)
        if status is not None:
            record["inspectieraad"] = status
        if row["inspectieraad_status"].startswith("associate member"):
            record["inspectieraad_membership"] = row["inspectieraad_status"]
        fte = number(row["fte"])
        if fte is not None and row["fte_peildatum"]:
            add_figure(record, row["fte_peildatum"][:4], "fte", fte)
        record["roo_id"] = row["roo_id"]
        add_source(record, row["source"])
        result.append(record)
    return result


def agencies(folder, ministries_by_abbr, taken_names):
    result = []
    for row in rows(folder, "agentschappen_roo_2026.csv"):
        if row["name"] in taken_names:
            continue
        record = {"id": ident(row["id"]), "kind": "agency", "name": row["name"]}
        flags = row["quality_flags"]
        if row["abbreviation"] and "abbr" not in flags:
            record["abbreviation"] = row["abbreviation"]
        parent = parent_of(ministries_by_abbr, row["ministry_abbr_after_2026_02_23"])
        if parent:
            record["parent"] = parent
        if flags:
            record["quality_flags"] = flags
        fte = number(row["fte"])
        if fte is not None and row["fte_peildatum"]:
            add_figure(record, row["fte_peildatum"][:4], "fte", fte)
        record["roo_id"] = row["roo_id"]
        add_source(record, row["source"])
        result.append(record)
    return result


def attach_agency_series(folder, organizations):
    """The 2009-2015 agency figures, on the 2026 organization they belong
    to, matched by abbreviation or name; what matches none is left out."""
    by_key = {}
    for record in organizations:
        if record["kind"] in ("agency", "inspection", "zbo"):
            by_key[record["name"].lower()] = record
            if record.get("abbreviation"):
                by_key.setdefault(record["abbreviation"].lower(), record)
    unmatched = set()
    for row in rows(folder, "agentschappen_2009_2015.csv"):
        record = by_key.get(row["abbreviation"].lower()) or by_key.get(row["agentschap"].lower())
        if record is None:
            unmatched.add(row["abbreviation"] or row["agentschap"])
            continue
        year = row["year"]
        add_figure(record, year, "fte", number(row["fte"]))
        add_figure(record, year, "personnel_spending",
                   euro(row["personele_kosten_x1000_eur"], 1000))
        add_figure(record, year, "material_spending", euro(row["materiele_kosten_x1000_eur"], 1000))
        add_source(record, row["source"])
    return sorted(unmatched)


def kerndepartementen(folder, ministries_by_abbr):
    renamed = successors(folder)
    for row in rows(folder, "kerndepartement_fte_by_ministry_2018_2022.csv"):
        abbreviation = row["ministry_abbr"].lower()
        record = ministries_by_abbr.get(renamed.get(abbreviation, abbreviation))
        fte = number(row["fte"])
        if record is None or fte is None:
            continue
        add_figure(record, row["year"], "fte", fte)
        add_source(record, row["source"])


def external_hire(folder, ministries_by_abbr, dataset):
    rijksbreed = {}
    for row in rows(folder, "externe_inhuur.csv"):
        share = number(row["inhuur_pct_of_personele_uitgaven"])
        amount = euro(row["inhuur_amount_eur_mln"], 1_000_000)
        if row["scope"] == "rijksbreed":
            entry = rijksbreed.setdefault(row["year"], {"sources": []})
            if share is not None:
                entry["external_hire_share_reported"] = round(share / 100, 6)
            if amount is not None:
                entry["external_hire_spending"] = amount
            entry["sources"].append(row["source"])
            continue
        record = ministries_by_abbr.get(row["ministry_abbr"].lower())
        if record is None:
            continue
        # The share is as the source reports it (its base varies: with or
        # without agencies); the amount is a figure of the metric.
        add_figure(record, row["year"], "external_hire_spending", amount)
        if share is not None:
            add_figure(record, row["year"], "external_hire_share_reported", round(share / 100, 6))
        add_source(record, row["source"])
    dataset["rijksdienst_reported"] = {year: rijksbreed[year] for year in sorted(rijksbreed)}


def taakstellingen(folder):
    schoof = {"id": "schoof-apparaat-22", "kind": "apparaat",
              "name": "Apparaatstaakstelling Rijksdienst 22 % (kabinet-Schoof)", "rate": 0.22,
              "targets": {}, "notes": []}
    for row in rows(folder, "taakstellingen.csv"):
        if not row["taakstelling"].startswith("apparaat rijksoverheid 22%"):
            continue
        add_source(schoof, row["source"])
        amount = number(row["amount_eur_mln"]) if re.fullmatch(r"[0-9.]+", row["amount_eur_mln"]) \
            else None
        if row["year"].isdigit() and amount is not None:
            schoof["targets"][row["year"]] = euro(row["amount_eur_mln"], 1_000_000)
        elif row["year"] == "structureel" and amount is not None:
            schoof["structural_amount"] = euro(row["amount_eur_mln"], 1_000_000)
        if row["note"]:
            schoof["notes"].append(f'{row["year"]}: {row["note"]}')
    schoof["targets"] = {year: schoof["targets"][year] for year in sorted(schoof["targets"])}
    return [schoof]


def build(folder):
    ministries_by_abbr = ministries(folder)
    inspecties = rows(folder, "rijksinspecties.csv")
    zbo_names = {row["name"] for row in rows(folder, "zbo_register.csv")}
    inspectieraad = {row["name"]: inspectieraad_status(row) for row in inspecties
                     if row["name"] in zbo_names}
    zbo_records = zbos(folder, ministries_by_abbr, inspectieraad)
    inspection_records = inspections(folder, ministries_by_abbr, zbo_names)
    taken = {r["name"] for r in zbo_records + inspection_records}
    agency_records = agencies(folder, ministries_by_abbr, taken)
    kerndepartementen(folder, ministries_by_abbr)
    organizations = (list(ministries_by_abbr.values()) + zbo_records + inspection_records +
                     agency_records)
    dataset = {
        "format": "slagkracht-dataset/1",
        "title": ("Rijksdienst: ministries, ZBOs, rijksinspecties and agentschappen "
                  "(ROO 2026-05-16)"),
        "reference_date": REFERENCE_DATE,
        "organizations": organizations,
    }
    unmatched = attach_agency_series(folder, organizations)
    external_hire(folder, ministries_by_abbr, dataset)
    dataset["taakstellingen"] = taakstellingen(folder)
    dataset["agency_series_not_matched"] = unmatched
    for record in organizations:
        if "figures" in record:
            record["figures"] = {y: record["figures"][y] for y in sorted(record["figures"])}
    return dataset


def main():
    folder, output = sys.argv[1], sys.argv[2]
    dataset = build(folder)
    text = json.dumps(dataset, ensure_ascii=False, indent=1) + "\n"
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
