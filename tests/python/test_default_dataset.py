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

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SOURCES = os.path.join(ROOT, "data", "sources")
# The audit of the register, as the project received it: read here on its
# own, not through data/sources/register_corrections.csv.
SHARED = os.path.join(ROOT, "..", "shared", "data")


def rows(name, folder=SOURCES):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def corrections():
    return rows("register_corrections.csv", SHARED)


def corrected_ids(field):
    return {r["record_id"].removeprefix("org:") for r in corrections() if r["field"] == field}


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
    # Every active record of the register is in the dataset, under its own
    # id; the koepels and the openbare lichamen voor beroep en bedrijf are
    # no ZBOs (the audit), and stand as decentral bodies.
    in_dataset = {o.get_id(): o for o in organizations(dataset)}
    zbo_like = [o for o in in_dataset.values()
                if o.props.kind in (Slk.OrganizationKind.ZBO, Slk.OrganizationKind.DECENTRAL)]
    assert len(zbo_like) == 187
    no_zbo = {r["record_id"].removeprefix("org:") for r in corrections()
              if r["record_id"].startswith(("org:koepel-", "org:pbo-"))}
    assert len(no_zbo) == 9
    assert {o.get_id() for o in organizations(dataset, Slk.OrganizationKind.DECENTRAL)} == no_zbo
    assert len(register_ids) == 187


def test_every_zbo_parent_kaderwet_and_evaluation(dataset):
    ministries = {r["abbreviation"].lower() for r in rows("ministries.csv")
                  if r["status_2026"] == "current"}
    checked = 0
    # the audit names nine records no ZBO (not the NLC, a pbo- id typed zbo)
    no_zbo = {r["record_id"].removeprefix("org:") for r in corrections()
              if r["record_id"].startswith(("org:koepel-", "org:pbo-"))}
    for row in rows("zbo_register.csv"):
        ident = row["id"].removeprefix("org:")
        if row["active_at_snapshot"] != "ja" or ident in no_zbo:
            continue
        zbo = dataset.lookup(ident)
        assert zbo.props.kind == Slk.OrganizationKind.ZBO
        renamed = [r for r in corrections() if r["record_id"] == row["id"] and r["field"] == "name"]
        if renamed:
            # the record's own (first) name, not the cluster's or another body's
            assert zbo.get_name() != row["name"]
            assert renamed[0]["correct_value"].startswith(zbo.get_name())
        else:
            assert zbo.get_name() == row["name"]
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
        # "Privaatrechtelijk - Overig" says nothing of legal personality
        assert zbo.get_legal_personality() == (
            Slk.OptionalBoolean.UNKNOWN if row["legal_form_roo"] == "Privaatrechtelijk - Overig"
            else Slk.OptionalBoolean.TRUE if personality.startswith("ja")
            else Slk.OptionalBoolean.FALSE if personality.startswith("nee")
            else Slk.OptionalBoolean.UNKNOWN)
        assert zbo.has_members() == (
            row["zbo_kind"] == "Cluster van zbo's" or ident == "zbo-cbs")
        if row["fte"] and row["fte_peildatum"]:
            assert zbo.get_figure(int(row["fte_peildatum"][:4]), Slk.Metric.FTE) == (
                True, float(row["fte"]))
        checked += 1
    assert checked == 187 - len(no_zbo)


def test_the_corrections_of_the_audit(dataset):
    assert corrected_ids("legal_personality") <= {
        o.get_id() for o in organizations(dataset, Slk.OrganizationKind.ZBO)
        if o.get_legal_personality() == Slk.OptionalBoolean.UNKNOWN}
    # the CBS departments (the record called SER among them) are parts of the
    # CBS, counted once, through it
    parts = corrected_ids("type/parent") | {"zbo-ser"}
    assert set(dataset.lookup("zbo-cbs").dup_members()) == parts
    assert dataset.lookup("zbo-ser").get_name().startswith("Sociaal-economische en ruimtelijke")
    # named members of a cluster: "onderdeel van het cluster X"
    assert "zbo-ewn" in dataset.lookup("zbo-waarborginstellingen").dup_members()
    assert dataset.lookup("agentschap-belastingdienst").get_parent_id() == "fin"
    for row in corrections():
        if row["field"] == "start_date":
            org = dataset.lookup(row["record_id"].removeprefix("org:"))
            assert org.dup_established().format("%F") == row["correct_value"]
    assert dataset.lookup("zbo-sbb").get_parent_id() == "ocw"
    names = [o.get_name() for o in organizations(dataset)]
    assert "Staatsbosbeheer" not in names   # not in the extract: not invented


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
            assert ministry.get_figure(int(row["year"]), Slk.Metric.FORMATIE)[0] is False
            continue
        # the table is of formatie, kept apart from the FTE employed
        assert ministry.get_figure(int(row["year"]), Slk.Metric.FORMATIE) == (
            True, float(row["fte"]))
        assert ministry.get_figure(int(row["year"]), Slk.Metric.FTE)[0] is False
        source = ministry.dup_figure_source(int(row["year"]), Slk.Metric.FORMATIE)
        assert source.get_url() in row["source"]
        count += 1
    assert count >= 50
    # Defensie is not in the source table: no kerndepartement figures
    assert list(dataset.lookup("def").get_years()) == []


def test_figures_2019_2025_by_scope(dataset):
    taken = 0
    for row in rows("figures_2019_2025.csv", SHARED):
        if not row["year"].isdigit() or row["unit"] not in ("EUR mln", "%") or \
                row["series"] not in ("external_hire_spending", "personnel_spending_own_staff",
                                      "external_hire_share"):
            continue
        metric = {"external_hire_spending": Slk.Metric.EXTERNAL_HIRE_SPENDING,
                  "personnel_spending_own_staff": Slk.Metric.PERSONNEL_SPENDING,
                  "external_hire_share": Slk.Metric.EXTERNAL_HIRE_SHARE}[row["series"]]
        value = float(row["value"]) * (1_000_000 if row["unit"] == "EUR mln" else 0.01)
        year = int(row["year"])
        if row["scope"] == "rijksdienst":
            if metric == Slk.Metric.PERSONNEL_SPENDING:
                # salaries only: not the Roemernorm base, not taken
                reported = dataset.dup_rijksdienst_reported(year)
                assert reported is None or not reported.get_value(metric)[0]
                continue
            reported = dataset.dup_rijksdienst_reported(year)
            assert reported.get_scope() == Slk.ReportedScope.RIJKSDIENST
        elif row["scope"] == "ministry":
            reported = dataset.lookup(row["ministry"]).dup_reported(year)
            assert reported.get_scope() == Slk.ReportedScope.MINISTRY
        else:
            ministry = dataset.lookup(row["ministry"])
            given, figure = ministry.get_figure(year, metric)
            if not given:
                # a core share where the amounts it comes from are given
                assert metric == Slk.Metric.EXTERNAL_HIRE_SHARE
                continue
            assert figure == pytest.approx(value)
            source = ministry.dup_figure_source(year, metric)
            assert source.get_url() == row["source_url"] and source.get_quote() == row["quote"]
            taken += 1
            continue
        given, published = reported.get_value(metric)
        if given and abs(published - value) > 1e-6 * max(value, 1):
            # two sources for one figure: the first kept, the other listed
            continue
        assert given and published == pytest.approx(value), row
        taken += 1
    assert taken > 40
    # reported figures are never summed into the computed ones
    bzk = dataset.lookup("bzk")
    assert bzk.dup_reported(2023).get_value(Slk.Metric.EXTERNAL_HIRE_SHARE) == (True, 0.217)
    assert bzk.get_figure(2023, Slk.Metric.EXTERNAL_HIRE_SHARE) == (True, 0.172)


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
        # a whole ministry's figure: published, never a record's figure
        ministry = dataset.lookup(row["ministry_abbr"].lower())
        assert not ministry.get_amount(int(row["year"]), Slk.Metric.EXTERNAL_HIRE_SPENDING)[0] \
            or row["year"] in ("2019", "2022")
        reported = ministry.dup_reported(int(row["year"]))
        assert reported.get_scope() == Slk.ReportedScope.MINISTRY
        assert reported.get_value(Slk.Metric.EXTERNAL_HIRE_SPENDING)[0]
    schoof = dataset.lookup("schoof-apparaat-22")
    assert schoof.get_rate() == (True, 0.22)
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2025) == (True, 23_900_000_000)
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2028) == (True, 90_400_000_000)
    # 2026 and 2027 are not in any source: absent, not interpolated
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2026)[0] is False
    assert schoof.get_amount(Slk.TaakFigure.TARGETS, 2027)[0] is False


def test_every_record_carries_its_sources_and_validates_clean(dataset):
    for org in organizations(dataset):
        sources = org.list_sources()
        assert sources.get_n_items() > 0, org.get_id()
        assert all(s.get_url() or s.get_title() for s in sources)
    report = dataset.validate()
    assert report.get_n_errors() == 0, [f.props.message for f in report
                                        if f.props.severity == Slk.Severity.ERROR]


def test_the_data_readme_lists_every_correction_and_document(dataset):
    with open(os.path.join(ROOT, "data", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for row in rows("register_corrections.csv"):
        assert f"| `{row['record_id']}` | {row['field']} |" in readme, row["record_id"]
    # every document a figure or a published figure rests on, by its address
    for org in organizations(dataset):
        for year in org.get_years():
            for metric in Slk.Metric.__enum_values__.values():
                source = org.dup_figure_source(year, metric)
                if source is not None and source.get_url() and \
                        "polder" not in (source.get_title() or ""):
                    assert f"<{source.get_url()}>" in readme, source.get_url()
        if org.props.kind == Slk.OrganizationKind.MINISTRY:
            for year in org.get_reported_years():
                reported = org.dup_reported(year)
                for metric in Slk.Metric.__enum_values__.values():
                    source = reported.dup_source(metric)
                    if reported.get_value(metric)[0]:
                        assert f"<{source.get_url()}>" in readme, source.get_url()
    for year in dataset.get_rijksdienst_reported_years():
        reported = dataset.dup_rijksdienst_reported(year)
        for metric in Slk.Metric.__enum_values__.values():
            if reported.get_value(metric)[0]:
                assert f"<{reported.dup_source(metric).get_url()}>" in readme


def test_the_agenda_of_2026_from_the_letters(dataset):
    """Each built-in commitment quotes a letter of the seeds word for word,
    with its date; the June 2026 cuts are the letter's end amounts only."""
    letters = {}
    for name in os.listdir(os.path.join(SHARED, "..", "seeds")):
        with open(os.path.join(SHARED, "..", "seeds", name), encoding="utf-8") as f:
            letters[name[:3]] = " ".join(f.read().split())
    commitments = list(dataset.list_commitments())
    assert len(commitments) >= 10
    for commitment in commitments:
        source = commitment.dup_source()
        assert source.get_title() and source.get_date() and commitment.dup_due() is not None
        seed = {"2026-06-26": ("002", "003"), "2025-07-01": ("004",)}[source.get_date()]
        for part in source.get_quote().split(" [...] "):
            assert any(part in letters[s] for s in seed), (commitment.get_id(), part)
        owner = commitment.get_owner_id()
        assert owner == "rijksbreed" or dataset.lookup(owner).props.kind == \
            Slk.OrganizationKind.MINISTRY
    efficiency = dataset.lookup("efficiency-2026")
    vernieuwing = dataset.lookup("vernieuwing-rijksdienst-2026")
    assert efficiency.get_amount(Slk.TaakFigure.TARGETS, 2030) == (True, 40_000_000_000)
    assert vernieuwing.get_amount(Slk.TaakFigure.TARGETS, 2030) == (True, 100_000_000_000)
    assert list(efficiency.get_years()) == list(vernieuwing.get_years()) == [2030]
    norms = Slk.Norms()
    assert norms.props.efficiency_amount == 40_000_000_000
    assert norms.props.vernieuwing_amount == 100_000_000_000
