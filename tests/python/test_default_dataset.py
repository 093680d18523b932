# SPDX-License-Identifier: LGPL-2.1-or-later
"""The built-in dataset against the CSVs it is built from (data/sources/):
counts, parents, every ZBO's Kaderwet and last evaluation, every figure.
The CSVs are read here on their own, not through the build script."""
import csv
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402

import pytest  # noqa: E402

SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "sources")


def rows(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def dataset():
    return Slk.Dataset.new_default()


def organizations(ds, kind=None):
    return [o for o in ds.list_organizations() if kind is None or o.props.kind == kind]


def test_reference_date_and_counts(dataset):
    assert dataset.props.reference_date.format("%F") == "2026-05-16"
    current = [r for r in rows("ministries.csv") if r["status_2026"] == "current"]
    assert len(current) == 12
    assert len(organizations(dataset, Slk.OrganizationKind.MINISTRY)) == 12
    active = [r for r in rows("zbo_register.csv") if r["active_at_snapshot"] == "ja"]
    assert len(active) == 187
    register_ids = {r["roo_id"] for r in active}
    # Every active record of the register is in the dataset (two koepels as
    # decentral umbrella bodies, since they name no ministry).
    in_dataset = {o.get_id(): o for o in organizations(dataset)}
    zbo_like = [o for o in in_dataset.values()
                if o.props.kind in (Slk.OrganizationKind.ZBO, Slk.OrganizationKind.DECENTRAL)]
    assert len(zbo_like) == 187
    no_ministry = [r for r in active if not r["ministry_abbr_after_2026_02_23"]]
    assert len(no_ministry) == len(organizations(dataset, Slk.OrganizationKind.DECENTRAL)) == 2
    assert len(register_ids) == 187


def test_every_zbo_parent_kaderwet_and_evaluation(dataset):
    ministries = {r["abbreviation"].lower() for r in rows("ministries.csv")
                  if r["status_2026"] == "current"}
    checked = 0
    for row in rows("zbo_register.csv"):
        if row["active_at_snapshot"] != "ja" or not row["ministry_abbr_after_2026_02_23"]:
            continue
        # Names repeat in the register (two "Waarborginstellingen"); ids do not.
        zbo = dataset.lookup(row["id"].removeprefix("org:"))
        assert zbo.props.kind == Slk.OrganizationKind.ZBO and zbo.get_name() == row["name"]
        parent = row["ministry_abbr_after_2026_02_23"].lower()
        assert parent in ministries
        assert zbo.get_parent_id() == parent
        assert zbo.get_parent().get_id() == parent
        expected = {"ja": Slk.OptionalBoolean.TRUE, "nee": Slk.OptionalBoolean.FALSE,
                    "": Slk.OptionalBoolean.UNKNOWN}[row["kaderwet_zbo_applies"]]
        assert zbo.get_kaderwet() == expected, row["name"]
        last = zbo.dup_last_evaluation()
        if row["last_evaluation_date"]:
            assert last.format("%F") == row["last_evaluation_date"]
        else:
            assert last is None
        personality = row["legal_personality"]
        assert zbo.get_legal_personality() == (
            Slk.OptionalBoolean.TRUE if personality.startswith("ja")
            else Slk.OptionalBoolean.FALSE if personality.startswith("nee")
            else Slk.OptionalBoolean.UNKNOWN)
        if row["fte"] and row["fte_peildatum"]:
            assert zbo.get_figure(int(row["fte_peildatum"][:4]), Slk.Metric.FTE) == (
                True, float(row["fte"]))
        checked += 1
    assert checked == 185


def test_inspections_and_the_inspectieraad(dataset):
    zbo_names = {r["name"] for r in rows("zbo_register.csv")}
    everything = {o.get_name(): o for o in organizations(dataset)}
    for row in rows("rijksinspecties.csv"):
        org = everything[row["name"]]
        member = row["inspectieraad_status"].startswith(("member", "associate member"))
        if row["name"] in zbo_names:
            assert org.props.kind == Slk.OrganizationKind.ZBO
        else:
            assert org.props.kind == Slk.OrganizationKind.INSPECTION
            assert org.get_parent_id() == (row["ministry_abbr_after_2026_02_23"].lower() or None)
        expected = Slk.OptionalBoolean.TRUE if member else (
            Slk.OptionalBoolean.FALSE if row["inspectieraad_status"] == "not listed"
            else Slk.OptionalBoolean.UNKNOWN)
        assert org.get_inspectieraad() == expected, row["name"]


def test_every_kerndepartement_figure(dataset):
    # ministries.csv: LNV was "renamed LVVN on 2024-07-02"
    renamed = {"lnv": "lvvn"}
    count = 0
    for row in rows("kerndepartement_fte_by_ministry_2018_2022.csv"):
        abbreviation = row["ministry_abbr"].lower()
        ministry = dataset.lookup(renamed.get(abbreviation, abbreviation))
        if not row["fte"]:
            # a blank in the source stays absent
            assert ministry.get_figure(int(row["year"]), Slk.Metric.FTE)[0] is False
            continue
        assert ministry.get_figure(int(row["year"]), Slk.Metric.FTE) == (True, float(row["fte"]))
        count += 1
    assert count >= 50
    # Defensie is not in the source table: no kerndepartement figures
    assert list(dataset.lookup("def").get_years()) == []


def test_every_agency_series_figure(dataset):
    everything = organizations(dataset)
    by_key = {}
    for org in everything:
        if org.props.kind != Slk.OrganizationKind.MINISTRY:
            by_key[org.get_name().lower()] = org
            if org.get_abbreviation():
                by_key.setdefault(org.get_abbreviation().lower(), org)
    matched = 0
    left_out = set()
    for row in rows("agentschappen_2009_2015.csv"):
        org = by_key.get(row["abbreviation"].lower()) or by_key.get(row["agentschap"].lower())
        if org is None:
            left_out.add(row["abbreviation"])
            continue
        year = int(row["year"])
        if row["fte"]:
            assert org.get_figure(year, Slk.Metric.FTE) == (True, float(row["fte"]))
        for column, metric in (("personele_kosten_x1000_eur", Slk.Metric.PERSONNEL_SPENDING),
                               ("materiele_kosten_x1000_eur", Slk.Metric.MATERIAL_SPENDING)):
            if row[column]:
                given, cents = org.get_amount(year, metric)
                assert given and cents == round(float(row[column]) * 100000), (row, metric)
            else:
                assert org.get_amount(year, metric)[0] is False
        matched += 1
    assert matched > 100
    node = dataset.to_json_node().get_object()
    listed = [node.get_array_member("agency_series_not_matched").get_string_element(i)
              for i in range(node.get_array_member("agency_series_not_matched").get_length())]
    assert sorted(left_out) == listed


def test_external_hire_and_the_taakstelling(dataset):
    for row in rows("externe_inhuur.csv"):
        if row["scope"] != "ministry" or not row["inhuur_amount_eur_mln"]:
            continue
        ministry = dataset.lookup(row["ministry_abbr"].lower())
        given, cents = ministry.get_amount(int(row["year"]), Slk.Metric.EXTERNAL_HIRE_SPENDING)
        assert given and cents == round(float(row["inhuur_amount_eur_mln"]) * 100_000_000)
    schoof = dataset.lookup("schoof-apparaat-22")
    assert schoof.get_rate() == (True, 0.22)
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2025) == (True, 23_900_000_000)
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2028) == (True, 90_400_000_000)
    # 2026 and 2027 are not in any source: absent, not interpolated
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2026)[0] is False
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2027)[0] is False


def test_every_record_carries_its_sources_and_the_one_known_gap(dataset):
    node = dataset.to_json_node().get_object()
    records = node.get_array_member("organizations")
    for i in range(records.get_length()):
        record = records.get_object_element(i)
        assert record.has_member("sources") and record.get_array_member("sources").get_length()
    # The register gives the Belastingdienst no ministry: the one error.
    report = dataset.validate()
    errors = [f for f in report if f.props.severity == Slk.Severity.ERROR]
    assert [(f.props.code, f.props.subject) for f in errors] == [
        ("missing-member", "agentschap-belastingdienst")]
