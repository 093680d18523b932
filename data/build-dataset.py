#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Builds the default dataset (slagkracht-dataset/1) from the CSVs in
data/sources/. Nothing is estimated: a figure no CSV gives is left out, and
every record carries the sources it came from. How each data-quality note
is handled is written down in data/README.md.

    build-dataset.py SOURCES_DIR OUTPUT_JSON
"""
import csv
import hashlib
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


def source_entry(text, quote=None):
    """A source cell ("site, 'title', date, https://...", or a bare URL) as
    the contract's { title, url, quote }, and its stable key."""
    text = text.strip()
    match = re.search(r"https?://\S+", text)
    url = match.group(0).rstrip(".,;)") if match else None
    title = text[:match.start()].strip(" ,") if match else text
    entry = {}
    if title:
        entry["title"] = title
    if url:
        entry["url"] = url
    if quote:
        entry["quote"] = quote
    host = re.sub(r"^www\.", "", re.sub(r"^https?://", "", url).split("/")[0]) if url else "doc"
    # one key per document and quote: each figure keeps the words it rests on
    key = ident(host.split(".")[0]) + "-" + \
        hashlib.sha1(((url or text) + (quote or "")).encode()).hexdigest()[:8]
    return key, entry


def add_source(record, source, quote=None):
    """Adds a source to the record and returns its key."""
    if not source:
        return None
    key, entry = source_entry(source, quote)
    sources = record.setdefault("sources", {})
    if key not in sources:
        sources[key] = entry
    elif quote and "quote" not in sources[key]:
        sources[key]["quote"] = quote
    return key


def add_figure(record, year, metric, value, source_key=None):
    if value is None:
        return
    record.setdefault("figures", {}).setdefault(str(year), {})[metric] = value
    if source_key:
        record.setdefault("figure_sources", {}).setdefault(str(year), {})[metric] = source_key


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
            if row["zbo_kind"] == "Cluster van zbo's":
                record["members"] = []   # a cluster; its members named by corrections
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
                add_figure(record, row["fte_peildatum"][:4], "fte", fte,
                           add_source(record, row["source"]))
                record["fte_peildatum"] = row["fte_peildatum"]
        record["roo_id"] = row["roo_id"]
        record["legal_form_roo"] = row["legal_form_roo"]
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
            add_figure(record, row["fte_peildatum"][:4], "fte", fte,
                       add_source(record, row["source"]))
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
            add_figure(record, row["fte_peildatum"][:4], "fte", fte,
                       add_source(record, row["source"]))
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
        key = add_source(record, row["source"])
        add_figure(record, year, "fte", number(row["fte"]), key)
        add_figure(record, year, "personnel_spending",
                   euro(row["personele_kosten_x1000_eur"], 1000), key)
        add_figure(record, year, "material_spending", euro(row["materiele_kosten_x1000_eur"], 1000),
                   key)
    return sorted(unmatched)


def kerndepartementen(folder, ministries_by_abbr):
    renamed = successors(folder)
    for row in rows(folder, "kerndepartement_fte_by_ministry_2018_2022.csv"):
        abbreviation = row["ministry_abbr"].lower()
        record = ministries_by_abbr.get(renamed.get(abbreviation, abbreviation))
        fte = number(row["fte"])
        if record is None or fte is None:
            continue
        # The table gives the formatie (budgeted positions), not the FTE
        # employed: kept apart, under its own name.
        add_figure(record, row["year"], "formatie", fte, add_source(record, row["source"]))


SCOPES = {"core": "core", "ministry": "ministry"}
METRICS = {"personnel_spending_own_staff": "personnel_spending",
           "external_hire_spending": "external_hire_spending",
           "external_hire_share": "external_hire_share", "fte": "fte", "formatie": "formatie"}


def reported_value(row):
    """The value of a figures_2019_2025 row in the contract's unit, or None
    for what is no exact figure (a bound, a count of persons, words)."""
    unit = row["unit"]
    value = number(row["value"]) if re.fullmatch(r"[0-9.]+", row["value"]) else None
    if value is None or "bound" in unit or "ambtenaren" in unit or "conflicts" in unit or \
            "rounded" in unit:
        return None
    if unit == "EUR mln":
        return euro(row["value"], 1_000_000)
    if unit == "%":
        return round(value / 100, 6)
    if unit.startswith("fte"):
        return value
    return None


def put_reported(target, year, metric, value, key, scope=None):
    """One published figure into `reported` or `rijksdienst_reported`: the
    first source to give a figure keeps it."""
    entry = target.setdefault(str(year), {})
    if scope is not None:
        if entry.setdefault("scope", scope) != scope:
            return False
    if metric in entry:
        return False
    entry[metric] = value
    entry.setdefault("source", {})[metric] = key
    return True


def figures_2019_2025(folder, ministries_by_abbr, dataset, skipped):
    """The sourced figures of 2019-2025: a ministry's kerndepartement figures
    as its own (scope core); what it published for the whole ministry as
    `reported`; the Rijksdienst's series as `rijksdienst_reported`."""
    rijksdienst = dataset.setdefault("rijksdienst_reported", {})
    dataset_sources = dataset.setdefault("sources", {})
    by_year = {}
    for row in rows(folder, "figures_2019_2025.csv"):
        if row["series"] == "taakstelling_amount" and row["year"].isdigit():
            continue   # the June 2026 cuts: cuts_of_june_2026()
        metric = METRICS.get(row["series"])
        value = reported_value(row) if metric and row["year"].isdigit() else None
        if value is None:
            skipped.append(f'{row["series"]} {row["ministry"]} {row["year"]}: {row["unit"]}')
            continue
        source = row["source_url"] or row["retrieved_via"]
        if row["scope"] == "rijksdienst" and metric == "personnel_spending":
            # salaries only (SOURCES.md D): no Roemernorm base, not this metric
            skipped.append(f'{row["series"]} rijksdienst {row["year"]}: salaries only')
            continue
        if row["scope"] == "rijksdienst":
            key, entry = source_entry(source, row["quote"])
            dataset_sources.setdefault(key, entry)
            if not put_reported(rijksdienst, row["year"], metric, value, key):
                skipped.append(f'{row["series"]} rijksdienst {row["year"]}: given before')
            continue
        record = ministries_by_abbr.get(row["ministry"])
        if record is None:
            skipped.append(f'{row["series"]} {row["ministry"]} {row["year"]}: no ministry')
            continue
        key = add_source(record, source, row["quote"])
        if row["scope"] == "core":
            by_year.setdefault((record["id"], row["year"]), []).append((record, metric, value, key))
        else:
            put_reported(record.setdefault("reported", {}), row["year"], metric, value, key,
                         "ministry")
    # A core share is a figure only where the amounts it comes from are not.
    for (_, year), cells in by_year.items():
        metrics = {metric for _, metric, _, _ in cells}
        for record, metric, value, key in cells:
            if metric == "external_hire_share" and "external_hire_spending" in metrics and \
                    "personnel_spending" in metrics:
                continue
            add_figure(record, year, metric, value, key)


def external_hire(folder, ministries_by_abbr, dataset):
    """The older external-hire table: a ministry's figures for the whole
    ministry as `reported`, the rijksbrede series as `rijksdienst_reported`;
    where figures_2019_2025 gave the figure already, it is kept."""
    rijksdienst = dataset.setdefault("rijksdienst_reported", {})
    dataset_sources = dataset.setdefault("sources", {})
    for row in rows(folder, "externe_inhuur.csv"):
        share = number(row["inhuur_pct_of_personele_uitgaven"])
        amount = euro(row["inhuur_amount_eur_mln"], 1_000_000)
        cells = [("external_hire_share", round(share / 100, 6) if share is not None else None),
                 ("external_hire_spending", amount)]
        if row["scope"] == "rijksbreed":
            key, entry = source_entry(row["source"])
            dataset_sources.setdefault(key, entry)
            for metric, value in cells:
                if value is not None:
                    put_reported(rijksdienst, row["year"], metric, value, key)
            continue
        record = ministries_by_abbr.get(row["ministry_abbr"].lower())
        if record is None:
            continue
        key = add_source(record, row["source"])
        for metric, value in cells:
            if value is not None:
                put_reported(record.setdefault("reported", {}), row["year"], metric, value, key,
                             "ministry")


def commitments(folder):
    """The promises with a date of the letters of 2025-2026 (seeds 002-004),
    each with its letter, its date and the sentence that made it; `due` as
    the letter's words map onto a date or quarter (data/README.md)."""
    result = []
    for row in rows(folder, "commitments.csv"):
        source = {"title": row["source_title"], "date": row["source_date"], "quote": row["quote"]}
        if row["source_url"]:
            source["url"] = row["source_url"]
        result.append({"id": row["id"], "title": row["title"], "owner": row["owner"],
                       "source": source, "due": row["due"]})
    return result


def cuts_of_june_2026(folder):
    """The efficiency and Vernieuwing Rijksdienst cuts of the June 2026
    letter: their full size in the year the letter names, and nothing more
    (it gives no steps before it)."""
    result = []
    for row in rows(folder, "figures_2019_2025.csv"):
        if row["series"] != "taakstelling_amount" or not row["year"].isdigit():
            continue
        vernieuwing = "Vernieuwing" in row["unit"]
        ident_ = "vernieuwing-rijksdienst-2026" if vernieuwing else "efficiency-2026"
        key, entry = source_entry(row["source_url"], row["quote"])
        result.append({
            "id": ident_, "kind": "vernieuwing" if vernieuwing else "efficiency",
            "name": ("Taakstelling Vernieuwing Rijksdienst/slagvaardige overheid" if vernieuwing
                     else "Efficiencytaakstelling"),
            "targets": {row["year"]: euro(row["value"], 1_000_000)},
            "sources": {key: entry},
            "notes": [f'{row["year"]}: {row["unit"]}'],
        })
    return result


def sort_years(mapping):
    return {year: mapping[year] for year in sorted(mapping)}


def simplify_sources(by_year):
    """A year whose figures share one source names it once."""
    for entry in by_year.values():
        keys = set(entry.get("source", {}).values())
        if len(keys) == 1:
            entry["source"] = keys.pop()


def apply_corrections(folder, organizations):
    """Applies data/sources/register_corrections.csv: each row a record id,
    a field, the register's value, the corrected one, and the evidence."""
    by_id = {record["id"]: record for record in organizations}
    applied = []
    for row in rows(folder, "register_corrections.csv"):
        field, value = row["field"], row["corrected_value"]
        targets = [r for r in organizations if r.get("legal_form_roo") ==
                   "Privaatrechtelijk - Overig"] if row["record_id"] == "*" \
            else [by_id[row["record_id"]]]
        for record in targets:
            if field == "kind":
                record["kind"] = value
                register = {m: record.pop(m) for m in ("parent", "legal_form", "legal_personality",
                                                       "kaderwet", "last_evaluation", "members")
                            if m in record}
                record["roo_as_zbo"] = register
            elif field == "part_of":
                owner = by_id[value]
                owner.setdefault("members", [])
                if record["id"] not in owner["members"]:
                    owner["members"].append(record["id"])
            elif field == "legal_personality":
                record.pop("legal_personality", None)
                record["legal_personality"] = None
            elif field in ("name", "parent", "established"):
                record[field] = value
            else:
                raise SystemExit(f"register_corrections.csv: unknown field {field!r}")
            applied.append(record["id"])
    return applied


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
    apply_corrections(folder, organizations)
    skipped = []
    figures_2019_2025(folder, ministries_by_abbr, dataset, skipped)
    external_hire(folder, ministries_by_abbr, dataset)
    dataset["taakstellingen"] = taakstellingen(folder) + cuts_of_june_2026(folder)
    dataset["commitments"] = commitments(folder)
    dataset["agency_series_not_matched"] = unmatched
    dataset["figures_not_taken"] = skipped
    simplify_sources(dataset["rijksdienst_reported"])
    dataset["rijksdienst_reported"] = sort_years(dataset["rijksdienst_reported"])
    for record in organizations:
        for member in ("figures", "figure_sources", "reported"):
            if member in record:
                record[member] = sort_years(record[member])
        if "reported" in record:
            simplify_sources(record["reported"])
        # the register's legal form, kept for the corrections, is not a member
        record.pop("legal_form_roo", None)
    return dataset


def main():
    folder, output = sys.argv[1], sys.argv[2]
    dataset = build(folder)
    text = json.dumps(dataset, ensure_ascii=False, indent=1) + "\n"
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
