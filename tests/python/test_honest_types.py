# SPDX-License-Identifier: LGPL-2.1-or-later
"""The traps of plain GI, closed by the override: truth of an
OptionalBoolean, lists as sequences, and representations that say what a
dataset, report or monitor holds."""
import datetime
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402

import pytest  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def load(name):
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(DATA, "valid", name))
    return ds


def test_a_no_is_not_true():
    # anvs has "kaderwet": false; plain GI made `if` true for it (FALSE is 1)
    anvs = load("organizations.json").lookup("anvs")
    assert anvs.get_kaderwet() == Slk.OptionalBoolean.FALSE
    assert int(anvs.get_kaderwet()) == 1
    if anvs.get_kaderwet():
        pytest.fail("an OptionalBoolean FALSE was taken for true")
    assert not anvs.get_kaderwet()
    assert load("organizations.json").lookup("uwv").get_kaderwet()


def test_unknown_is_neither_true_nor_false():
    unknown = Slk.Zbo(id="z", name="Z").get_kaderwet()
    assert unknown == Slk.OptionalBoolean.UNKNOWN
    with pytest.raises(ValueError, match="neither true nor false"):
        bool(unknown)
    assert unknown.to_bool() is None
    assert unknown.is_true() is False


def test_optional_boolean_both_ways():
    for value, optional in ((True, Slk.OptionalBoolean.TRUE),
                            (False, Slk.OptionalBoolean.FALSE),
                            (None, Slk.OptionalBoolean.UNKNOWN)):
        assert Slk.OptionalBoolean.from_bool(value) == optional
        assert optional.to_bool() is value
        assert optional.is_true() is (value is True)
    with pytest.raises(TypeError):
        Slk.OptionalBoolean.from_bool(1)
    zbo = Slk.Zbo(id="z", name="Z")
    zbo.set_kaderwet(Slk.OptionalBoolean.from_bool(False))
    assert zbo.get_kaderwet().to_bool() is False


def test_lists_are_sequences():
    ds = load("instruments.json")
    report = ds.validate()
    assert len(report) == report.get_n_items() > 0
    assert [f.get_code() for f in report] == [report.get_item(i).get_code()
                                              for i in range(report.get_n_items())]
    assert report[0].get_code() == report.get_item(0).get_code()
    assert [o.get_id() for o in ds.list_organizations()][:2] == ["szw", "uwv"]


def test_representations_say_what_is_held():
    ds = load("organizations.json")
    assert repr(ds) == ("<Slk.Dataset 'Rijksdienst sample (fixture)' reference 2026-05-16: "
                        "6 organizations, 1 uitvoeringstoets, 1 taakstelling, 1 rule change>")
    assert repr(load("instruments.json")) == (
        "<Slk.Dataset 'Instruments (fixture)' reference 2026-05-16: 5 organizations, "
        "3 uitvoeringstoetsen, 3 noodremmen>")
    assert repr(Slk.Dataset()) == "<Slk.Dataset: 0 organizations>"
    assert repr(ds.validate()) == "<Slk.Report 0 errors, 0 warnings, 7 infos>"
    monitor = Slk.Monitor.new(ds)
    assert repr(monitor) == "<Slk.Monitor 2026 april rijksdienst: 1 ministry>"


def test_help_says_what_a_type_is():
    assert "Monitor Slagvaardige Overheid" in Slk.Monitor.__doc__
    assert "findings of a validation" in Slk.Report.__doc__
    assert "new_default" in Slk.Dataset.__doc__


def test_typed_lookups_give_the_type():
    ds = load("organizations.json")
    szw = ds.lookup_organization("szw")
    assert isinstance(szw, Slk.Ministry) and szw is ds.lookup("szw")
    assert ds.lookup_uitvoeringstoets("t1").get_id() == "t1"
    assert ds.lookup_taakstelling("apparaat").get_id() == "apparaat"
    assert ds.lookup_rule_change("r-1").get_id() == "r-1"
    assert ds.lookup_record("r-1").dup_pointer().startswith("/rule_changes/")
    # another kind with that id, or none: None, never a record of the wrong kind
    assert ds.lookup_organization("t1") is None
    assert ds.lookup_noodrem("szw") is None
    assert ds.lookup_commitment("szw") is None
    assert ds.lookup_record("nowhere") is None
    instruments = load("instruments.json")
    assert instruments.lookup_noodrem("rk-open").get_kind() == Slk.NoodremKind.RODE_KAART
    agenda = Slk.Dataset()
    agenda.load_from_file(os.path.join(DATA, "gaps", "agenda.json"))
    assert agenda.lookup_commitment("review").get_id() == "review"


def test_dates_are_dates_both_ways():
    ds = load("organizations.json")
    assert ds.reference_date == datetime.date(2026, 5, 16)
    ds.reference_date = datetime.date(2026, 6, 1)
    assert ds.dup_reference_date().format("%F") == "2026-06-01"
    anvs = ds.lookup_organization("anvs")
    assert anvs.established is None and anvs.ended is None
    anvs.established = datetime.date(2010, 3, 1)
    assert anvs.established == datetime.date(2010, 3, 1)
    anvs.set_ended(datetime.date(2025, 12, 31))          # methods take dates too
    assert anvs.ended == datetime.date(2025, 12, 31)
    anvs.ended = None
    assert anvs.dup_ended() is None
    anvs.last_evaluation = datetime.date(2020, 2, 29)
    assert anvs.last_evaluation == datetime.date(2020, 2, 29)
    with pytest.raises(TypeError, match="calendar days"):
        anvs.last_evaluation = datetime.datetime(2020, 2, 29, 12, 0)
    with pytest.raises(TypeError):
        anvs.established = "2010-03-01"
    rule = ds.lookup_rule_change("r-1")
    assert rule.date == datetime.date(2026, 2, 1)
    toets = ds.lookup_uitvoeringstoets("t1")
    toets.decision_date = datetime.date(2026, 3, 3)
    assert toets.decision_date == datetime.date(2026, 3, 3)


def test_a_noodrem_steps_on_dates():
    ds = load("instruments.json")
    brake = Slk.Noodrem.new("nr-py", Slk.NoodremKind.NOODREM)
    brake.set_raised_by_id("uwv")
    brake.set_addressed_to_id("szw")
    brake.response_deadline = datetime.date(2026, 4, 15)
    ds.add_noodrem(brake)
    assert brake.signal(datetime.date(2026, 3, 2), "signaal")
    assert brake.escalate_official(datetime.date(2026, 3, 9), None)
    event = brake.list_events()[-1]
    assert event.date == datetime.date(2026, 3, 9)
    assert brake.is_overdue(datetime.date(2026, 4, 16))
    assert not brake.is_overdue(datetime.date(2026, 4, 14))
    assert brake.response_deadline == datetime.date(2026, 4, 15)
    overdue = ds.list_overdue_noodremmen(datetime.date(2026, 4, 16))
    assert "nr-py" in [n.get_id() for n in overdue]


def test_a_commitment_says_its_days():
    agenda = Slk.Dataset()
    agenda.load_from_file(os.path.join(DATA, "gaps", "agenda.json"))
    commitment = agenda.lookup_commitment("review")
    assert isinstance(commitment.due, datetime.date)
    commitment.delivered = datetime.date(2026, 1, 31)
    assert commitment.dup_delivered().format("%F") == "2026-01-31"


def test_the_id_that_was_meant():
    ds = load("organizations.json")
    assert ds.dup_closest_id("swz", Slk.Organization) == "szw"
    assert ds.dup_closest_id("aparaat", Slk.Taakstelling) == "apparaat"
    assert ds.dup_closest_id("swz", Slk.Taakstelling) is None
    assert ds.dup_closest_id("ministerie", Slk.Record) is None


def test_a_mistyped_monitor_field_raises_with_a_suggestion():
    monitor = Slk.Monitor.new(Slk.Dataset.new_default())
    assert Slk.Monitor.check_field("fte")
    for call in (lambda: monitor.get_column("ftee"),
                 lambda: monitor.get_rijksdienst_value("ftee"),
                 lambda: monitor.get_coverage(None, "ftee"),
                 lambda: monitor.get_latest_year("ftee"),
                 lambda: monitor.explain("bzk", "ftee"),
                 lambda: Slk.Monitor.check_field("ftee")):
        with pytest.raises(GLib.Error) as raised:
            call()
        assert raised.value.matches(Slk.monitor_error_quark(), Slk.MonitorError.UNKNOWN_FIELD)
        assert 'Did you mean "fte"?' in raised.value.message
    assert len(monitor.get_column("fte")) == len(monitor.get_ministries())


def test_enums_in_pandas_and_text_without_a_tuple():
    import pandas as pd
    series = pd.Series([Slk.Metric.FTE, Slk.Metric.FORMATIE])     # raised SystemError
    assert series.tolist() == [int(Slk.Metric.FTE), int(Slk.Metric.FORMATIE)]
    assert Slk.Metric.FTE < 2 ** 70 and not Slk.Metric.FTE == 2 ** 70   # raised OverflowError
    assert {Slk.Scope.CORE: "core"}[int(Slk.Scope.CORE)] == "core"
    dataset = Slk.Dataset.new_default()
    text = dataset.to_text()
    assert isinstance(text, str) and text == dataset.to_data()[0]
    assert text.startswith("{")
