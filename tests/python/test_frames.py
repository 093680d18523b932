# SPDX-License-Identifier: LGPL-2.1-or-later
"""DataFrames of a dataset, a report, the monitor and a roll-up, checked
cell by cell against the plain API; and figures filled from a frame."""
import datetime
import decimal
import math
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402

import pandas  # noqa: E402
import pytest  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def load(folder, name):
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(DATA, folder, name))
    return ds


def test_organizations_frame():
    ds = load("valid", "organizations.json")
    frame = ds.frame("organizations")
    assert list(frame["id"]) == [o.get_id() for o in ds.list_organizations()]
    assert str(frame["kind"].dtype) == "category"
    uwv = frame.set_index("id").loc["uwv"]
    assert (uwv["kind"], uwv["parent"], uwv["ministry"]) == ("zbo", "szw", "szw")
    assert uwv["last_evaluation"] == datetime.date(2023, 6, 30)
    assert uwv["kaderwet"] is True or bool(uwv["kaderwet"]) is True
    assert not uwv["authority"]
    assert pandas.isna(frame.set_index("id").loc["szw", "kaderwet"])   # unknown, not False
    assert frame.set_index("id").loc["szw", "ministry"] == "szw"


def test_figures_frame_is_every_figure_and_nothing_else():
    ds = load("valid", "organizations.json")
    frame = ds.frame("figures")
    expected = set()
    for org in ds.list_organizations():
        for year in org.get_years():
            for metric in Slk.Metric.__enum_values__.values():
                given, value = org.get_figure(year, metric)
                if given:
                    expected.add((org.get_id(), year, Slk.Metric.to_string(metric), value))
    got = {(r.id, r.year, r.metric, r.value) for r in frame.itertuples()}
    assert got == expected and len(frame) == len(expected)
    assert "budget_line" not in set(frame["metric"])          # kept as written, no figure
    spending = frame[(frame.id == "szw") & (frame.metric == "personnel_spending")].iloc[0]
    assert spending.value_eur == decimal.Decimal("250000000.25")   # exact
    assert spending.unit == "EUR"
    assert frame[frame.metric == "fte"]["value_eur"].isna().all()
    zero = frame[(frame.id == "uwv") & (frame.metric == "material_spending")].iloc[0]
    assert zero.value == 0.0                                   # a given 0 stays 0


def test_findings_and_report_frames():
    ds = load("invalid", "dangling-reference.json")
    report = ds.validate()
    frame = report.frame()
    assert list(frame["code"]) == [f.get_code() for f in report]
    assert list(frame["line"]) == [f.get_line() for f in report]
    assert ds.frame("findings").equals(frame)
    assert str(frame["severity"].dtype) == "category"


def test_record_tables():
    ds = load("valid", "organizations.json")
    years = ds.frame("taakstelling_years")
    taak = ds.lookup_taakstelling("apparaat")
    for row in years.itertuples():
        given, cents = taak.get_amount(Slk.TaakFigure.TARGETS, row.year)
        assert given and decimal.Decimal(cents) / 100 == row.target_eur
    rules = ds.frame("rule_changes")
    assert list(rules["id"]) == ["r-1"] and rules["date"][0] == datetime.date(2026, 2, 1)
    toetsen = ds.frame("uitvoeringstoetsen")
    assert list(toetsen["id"]) == [t.get_id() for t in ds.list_uitvoeringstoetsen()]
    agenda = load("gaps", "agenda.json").frame("commitments")
    assert list(agenda["id"]) == ["review", "voortgang", "klaar"]
    with pytest.raises(ValueError, match="no table 'organisations'"):
        ds.frame("organisations")


def test_monitor_and_rollup_frames():
    ds = load("valid", "monitor.json")
    monitor = Slk.Monitor.new(ds)
    frame = monitor.frame()
    assert list(frame["ministry"]) == list(monitor.get_ministries()) + ["rijksdienst"]
    column = monitor.get_column("fte")
    for value, cell in zip(column, frame["fte"]):
        assert (math.isnan(value) and pandas.isna(cell)) or value == cell
    assert frame["toetsen_feasible"][0] == 1                 # every field, none lost
    given, total = monitor.get_rijksdienst_value("fte")
    assert given and frame["fte"].iloc[-1] == total
    rollup = Slk.Rollup.new(ds, Slk.Scope.ALL, Slk.Grouping.MINISTRY)
    long = rollup.frame()
    for year in rollup.get_years():
        sums = rollup.get_column(Slk.Metric.FTE, year)
        cells = long[(long.year == year) & (long.metric == "fte")]["value"]
        for value, cell in zip(sums, cells):
            assert (math.isnan(value) and math.isnan(cell)) or value == cell


def test_figures_from_a_frame():
    ds = load("valid", "organizations.json")
    sheet = pandas.DataFrame({
        "id": ["szw", "szw", "uwv"],
        "year": [2025, 2025, 2024],
        "metric": ["fte", "personnel_spending", "material_spending"],
        "value": [2700.5, 260000000.1, float("nan")],
    })
    ds.update_from_frame(sheet)
    szw = ds.lookup_organization("szw")
    assert szw.get_figure(2025, Slk.Metric.FTE) == (True, 2700.5)
    assert szw.get_figure(2025, Slk.Metric.PERSONNEL_SPENDING) == (True, 260000000.1)
    assert ds.lookup_organization("uwv").get_figure(2024, Slk.Metric.MATERIAL_SPENDING)[0] is False
    with pytest.raises(ValueError, match="row 0: no organization 'nowhere'"):
        ds.update_from_frame(pandas.DataFrame({"id": ["nowhere"], "year": [2025],
                                               "metric": ["fte"], "value": [1.0]}))
    with pytest.raises(ValueError, match="no metric 'ftes'"):
        ds.update_from_frame(pandas.DataFrame({"id": ["szw"], "year": [2025],
                                               "metric": ["ftes"], "value": [1.0]}))
    with pytest.raises(ValueError, match="not whole cents"):
        ds.update_from_frame(pandas.DataFrame({"id": ["szw"], "year": [2025],
                                               "metric": ["material_spending"],
                                               "value_eur": [decimal.Decimal("1.005")]}))
    assert szw.get_figure(2025, Slk.Metric.MATERIAL_SPENDING)[0] is False   # nothing set


def test_a_dataset_from_a_frame_round_trips():
    ds = load("valid", "organizations.json")
    figures = ds.frame("figures")
    again = Slk.Dataset.from_frame(figures, title="From a sheet")
    back = again.frame("figures")
    columns = ["id", "year", "metric", "value", "value_eur"]
    assert back[columns].equals(figures[columns])
    assert again.lookup_organization("uwv").get_parent_id() == "szw"
    assert "dangling-reference" not in [f.get_code() for f in again.validate()]
