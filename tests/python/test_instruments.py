# SPDX-License-Identifier: LGPL-2.1-or-later
"""Uitvoeringstoetsen and noodremmen through PyGObject."""
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402

import pytest  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def day(month, dom, year=2026):
    return GLib.DateTime.new_utc(year, month, dom, 0, 0, 0)


def load(name):
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(DATA, "valid", name))
    return ds


def dataset_with_parties():
    ds = Slk.Dataset()
    ds.set_reference_date(day(5, 16))
    ds.add_organization(Slk.Ministry.new("szw", "SZW"))
    ds.add_organization(Slk.Zbo.new("uwv", "UWV", "szw"))
    return ds


def test_walk_a_noodrem_save_and_reload(tmp_path):
    ds = dataset_with_parties()
    brake = Slk.Noodrem.new("nr-1", Slk.NoodremKind.NOODREM)
    brake.set_raised_by_id("uwv")
    brake.set_addressed_to_id("szw")
    brake.set_subject("Te krappe invoering")
    brake.set_response_deadline(day(4, 15))
    ds.add_noodrem(brake)
    seen = []
    brake.connect("state-changed", lambda n, old, new: seen.append((old, new)))
    notified = []
    brake.connect("notify::state", lambda *args: notified.append(brake.props.state))

    assert brake.get_state() == Slk.Step.NONE and not brake.is_open()
    assert brake.signal(day(3, 2), "signaal")
    assert brake.escalate_official(day(3, 9), None)
    assert brake.escalate_political(day(3, 16), None)
    assert brake.pull(day(3, 20), None)
    assert brake.acknowledge(day(3, 25), None)
    assert brake.explain(day(4, 10), "Uitgesteld tot 2029.")
    assert brake.is_open()
    assert brake.close(day(4, 20), None)
    assert not brake.is_open()
    assert seen[0] == (Slk.Step.NONE, Slk.Step.SIGNAL)
    assert seen[-1] == (Slk.Step.EXPLAINED, Slk.Step.CLOSED)
    assert len(seen) == 7 and notified[-1] == Slk.Step.CLOSED
    assert brake.get_days_to_response() == (True, 39)
    assert not brake.is_overdue(None)
    assert len(ds.validate()) == 0

    path = tmp_path / "history.json"
    ds.save_to_file(str(path))
    again = Slk.Dataset()
    again.load_from_file(str(path))
    reloaded = again.lookup("nr-1")
    assert reloaded.get_n_events() == 7
    before = [(e.get_step(), e.dup_date().format("%F"), e.get_note()) for e in brake.list_events()]
    after = [(e.props.step, e.props.date.format("%F"), e.props.note)
             for e in reloaded.list_events()]
    assert before == after
    assert after[5] == (Slk.Step.EXPLAINED, "2026-04-10", "Uitgesteld tot 2029.")
    assert reloaded.props.state == Slk.Step.CLOSED
    assert reloaded.get_raiser().get_id() == "uwv"
    assert reloaded.get_addressee().get_id() == "szw"


def test_a_refused_step_names_the_state_and_changes_nothing():
    brake = Slk.Noodrem.new("nr-2", Slk.NoodremKind.NOODREM)
    brake.take_step(Slk.Step.SIGNAL, day(1, 5), None)
    assert not brake.can_take_step(Slk.Step.CLOSED)
    assert brake.can_take_step(Slk.Step.WITHDRAWN)
    with pytest.raises(GLib.Error) as refused:
        brake.close(day(1, 6), None)
    assert refused.value.domain == GLib.quark_to_string(Slk.step_error_quark())
    assert refused.value.code == Slk.StepError.INVALID_TRANSITION
    assert 'state "signal"' in refused.value.message
    assert "escalation-official, escalation-political or withdrawn" in refused.value.message
    with pytest.raises(GLib.Error) as early:
        brake.pull(day(1, 6), None)
    assert early.value.code == Slk.StepError.WITHOUT_ESCALATION
    assert brake.get_n_events() == 1
    assert brake.withdraw(day(1, 7), None)
    with pytest.raises(GLib.Error) as done:
        brake.comply(day(1, 8), None)
    assert "no step" in done.value.message


def test_the_assessment_and_its_members():
    ds = dataset_with_parties()
    ds.add_organization(Slk.Inspection.new("nla", "NLA", "szw"))
    toets = Slk.Uitvoeringstoets.new("t-1", Slk.ToetsKind.HUF)
    ds.add_uitvoeringstoets(toets)
    toets.set_kind(Slk.ToetsKind.UITVOERINGSTOETS)
    toets.set_proposal("Wet X")
    toets.set_proposal_type(Slk.ProposalType.WET)
    toets.set_requested_by_id("szw")
    toets.set_assessor_id("uwv")
    toets.set_date(day(1, 15))
    toets.set_verdict(Slk.Verdict.CONDITIONAL)
    toets.set_conditions(["Niet voor 2028"])
    toets.set_implementation_months(18)
    toets.set_cost(Slk.Cost.ONE_OFF, 150)
    toets.set_rating(Slk.Aspect.ICT, Slk.Rating.RISK)
    toets.set_decision_date(day(2, 1))
    toets.set_decision_followed(Slk.OptionalBoolean.FALSE)
    toets.set_decision_motivation("Politieke keuze")
    assert toets.get_kind() == Slk.ToetsKind.UITVOERINGSTOETS
    assert toets.get_proposal() == "Wet X"
    assert toets.get_proposal_type() == Slk.ProposalType.WET
    assert toets.get_requested_by_id() == "szw" and toets.get_requester().get_id() == "szw"
    assert toets.get_assessor_id() == "uwv" and toets.get_assessor().get_id() == "uwv"
    assert toets.dup_date().format("%F") == "2026-01-15"
    assert toets.get_verdict() == Slk.Verdict.CONDITIONAL
    assert toets.get_conditions() == ["Niet voor 2028"]
    assert toets.get_implementation_months() == (True, 18)
    assert toets.get_cost(Slk.Cost.ONE_OFF) == (True, 150)
    assert toets.get_cost(Slk.Cost.STRUCTURAL) == (False, 0)
    assert toets.get_rating(Slk.Aspect.ICT) == Slk.Rating.RISK
    assert toets.get_rating(Slk.Aspect.COSTS) == Slk.Rating.UNKNOWN
    assert toets.dup_decision_date().format("%F") == "2026-02-01"
    assert toets.get_decision_followed() == Slk.OptionalBoolean.FALSE
    assert toets.get_decision_motivation() == "Politieke keuze"
    assert toets.get_dataset() is ds
    assert len(ds.validate()) == 0

    toets.unset_cost(Slk.Cost.ONE_OFF)
    toets.unset_implementation_months()
    assert toets.get_cost(Slk.Cost.ONE_OFF) == (False, 0)
    assert toets.get_implementation_months() == (False, 0)
    toets.set_decision_motivation(None)
    toets.set_conditions([])
    report = ds.validate()
    assert sorted(f.props.code for f in report) == [
        "conditions-missing", "deviation-without-motivation"]


def test_relations_and_lists():
    ds = load("instruments.json")
    szw = ds.lookup("szw")
    assert [t.get_id() for t in szw.list_requested_toetsen()] == ["t-wet", "t-huf", "t-udo"]
    assert len(szw.list_addressed_noodremmen()) == 3
    uwv = ds.lookup("uwv")
    assert [t.get_id() for t in uwv.list_assessed_toetsen()] == ["t-wet"]
    assert [n.get_id() for n in uwv.list_raised_noodremmen()] == ["nr-explained"]
    toets = ds.lookup("t-wet")
    assert [n.get_id() for n in toets.list_noodremmen()] == ["nr-explained"]
    assert len(ds.list_uitvoeringstoetsen()) == 3 and len(ds.list_noodremmen()) == 3
    assert [n.get_id() for n in ds.list_open_noodremmen()] == ["rk-open"]
    assert len(ds.list_overdue_noodremmen(None)) == 0
    assert [n.get_id() for n in ds.list_overdue_noodremmen(day(7, 1))] == ["rk-open"]
    kaart = ds.lookup("rk-open")
    assert kaart.get_kind() == Slk.NoodremKind.RODE_KAART
    assert kaart.get_grounds() == Slk.Grounds.UNLAWFUL | Slk.Grounds.HARMS_VULNERABLE
    assert kaart.dup_response_deadline().format("%F") == "2026-06-30"
    assert kaart.is_overdue(day(7, 1))
    assert ds.lookup("nr-explained").get_uitvoeringstoets() is toets
    assert ds.lookup("nr-explained").get_uitvoeringstoets_id() == "t-wet"
    assert kaart.get_subject().startswith("Handhaving")
    assert kaart.get_raised_by_id() == "nla" and kaart.get_addressed_to_id() == "szw"


def test_rode_kaart_grounds_through_the_api():
    ds = dataset_with_parties()
    kaart = Slk.Noodrem.new("rk", Slk.NoodremKind.NOODREM)
    kaart.set_kind(Slk.NoodremKind.RODE_KAART)
    kaart.set_raised_by_id("uwv")
    kaart.set_addressed_to_id("szw")
    kaart.set_subject("Onrechtmatig")
    kaart.set_uitvoeringstoets_id(None)
    kaart.signal(day(2, 1), None)
    ds.add_noodrem(kaart)
    assert [f.props.code for f in ds.validate()] == ["rode-kaart-without-grounds"]
    kaart.set_grounds(Slk.Grounds.UNLAWFUL | Slk.Grounds.HARMS_VULNERABLE)
    assert len(ds.validate()) == 0


def test_representations():
    ds = load("instruments.json")
    assert repr(ds.lookup("t-huf")) == "<Slk.Uitvoeringstoets 't-huf' feasible " \
        "'Regeling toezicht arbeidsmigratie'>"
    kaart = ds.lookup("rk-open")
    assert repr(kaart) == "<Slk.Noodrem 'rk-open' rode-kaart state=escalation-political>"
    assert repr(kaart.list_events()[0]) == "<Slk.NoodremEvent signal 2026-04-01>"
