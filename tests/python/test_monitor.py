# SPDX-License-Identifier: LGPL-2.1-or-later
"""Taakstellingen, rules, roll-ups, allocation and the monitor through PyGObject,
with figures computed by hand from tests/data/valid/monitor.json."""
import json
import math
import os
import re

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402

import pytest  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def monitor_dataset():
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(DATA, "valid", "monitor.json"))
    return ds


def test_rollup_columns_and_explanations():
    ds = monitor_dataset()
    rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY)
    assert rollup.get_scope() == Slk.Scope.RIJKSDIENST
    assert rollup.get_grouping() == Slk.Grouping.MINISTRY
    assert rollup.get_groups() == ["szw", "bzk", "def"]
    assert list(rollup.get_years()) == [2024, 2026]
    assert list(rollup.get_column(Slk.Metric.FTE, 2026)) == [1000, 2200, 40000]
    hire = rollup.get_share_column(Slk.Share.EXTERNAL_HIRE, 2026)
    # a ratio of sums, (10 + 1) / (100 + 5) million, not the mean of 10 % and 20 %
    assert hire[0] == pytest.approx(11 / 105) and hire[0] != pytest.approx(0.15)
    assert math.isnan(hire[2])
    assert rollup.get_total(Slk.Metric.FTE, 2026) == (True, 43200)
    assert rollup.get_total(Slk.Metric.MATERIAL_SPENDING, 2026) == (False, 0)
    found, share = rollup.get_total_share(Slk.Share.OVERHEAD, 2026)
    assert found and share == pytest.approx(1000 / 3050)
    parts = [(c.get_record_id(), c.get_what(), c.get_value())
             for c in rollup.explain("szw", Slk.Metric.FTE, 2026)]
    assert parts == [("szw", "fte", 950), ("ib", "fte", 50)]
    # UWV has legal personality: outside the rijksdienst scope, inside "all"
    everything = Slk.Rollup.new(ds, Slk.Scope.ALL, Slk.Grouping.MINISTRY)
    assert everything.get_column(Slk.Metric.FTE, 2026)[0] == 21000


def test_monitor_rows_findings_and_formats():
    ds = monitor_dataset()
    monitor = Slk.Monitor.new(ds)
    assert monitor.get_year() == 2026 and monitor.get_period() == Slk.Period.APRIL
    assert monitor.get_scope() == Slk.Scope.RIJKSDIENST and monitor.get_base_year() == 2024
    assert monitor.get_norms().get_roemernorm() == pytest.approx(0.10)
    assert monitor.get_ministries() == ["szw", "bzk", "def"]
    assert "external_hire_share" in monitor.get_fields()
    assert list(monitor.get_column("taakstelling_target"))[:2] == [600000, 400000]
    assert math.isnan(monitor.get_column("taakstelling_target")[2])
    # the Rijksdienst counts the rijksbrede cut once, never beside its shares
    assert monitor.get_rijksdienst_value("taakstelling_target") == (True, 1000000)
    assert monitor.get_rijksdienst_value("rules_target") == (True, 500)
    codes = sorted(f.props.code for f in monitor.get_findings())
    assert codes.count("noodrem-response-overdue") == 2
    assert [c.props.record_id for c in monitor.explain("szw", "noodrem_overdue")] == ["nr-1"]

    data = json.loads(monitor.render(Slk.MonitorFormat.JSON))
    assert data["ministries"][2]["overhead_share"] is None
    assert data["rijksdienst"]["id"] is None
    assert data["ministries"][0]["toetsen"] == {"feasible": 1, "conditional": 1, "infeasible": 0}
    csv_text = monitor.render(Slk.MonitorFormat.CSV)
    assert '"Ministerie van Defensie | <b>bold</b>"' in csv_text
    html = monitor.render(Slk.MonitorFormat.HTML)
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "Defensie \\|" in monitor.render(Slk.MonitorFormat.MARKDOWN)
    assert "Rijksdienst" in monitor.render(Slk.MonitorFormat.TEXT)
    ansi = monitor.render(Slk.MonitorFormat.ANSI)
    assert "\x1b[1;31m" in ansi
    assert re.sub("\x1b\\[[0-9;]*m", "", ansi) == monitor.render(Slk.MonitorFormat.TEXT)

    monitor.set_year(2027)
    monitor.set_period(Slk.Period.OCTOBER)
    monitor.set_base_year(2026)
    monitor.set_scope(Slk.Scope.CORE)
    assert monitor.get_column("fte")[0] != monitor.get_column("fte")[0]   # no 2027 figures
    strict = Slk.Norms(roemernorm=0.04)
    monitor.set_norms(strict)
    monitor.set_year(2026)
    assert sum(f.props.code == "roemernorm-exceeded" for f in monitor.get_findings()) == 3


def test_norms_judge_the_dataset():
    ds = monitor_dataset()
    norms = Slk.Norms.new()
    assert norms.get_rules_per_year() == 500 and norms.get_zbo_evaluation_years() == 5
    assert norms.get_rules_businesses_share() == 0.5
    assert norms.get_overhead_target() == pytest.approx(0.35)
    default = sum(f.props.code == "overhead-above-target" for f in ds.validate())
    norms.set_overhead_target(0.25)
    norms.set_roemernorm(0.3)
    norms.set_rules_per_year(3)
    norms.set_rules_businesses_share(0.9)
    norms.set_zbo_evaluation_years(2)
    report = ds.validate_with_norms(norms)
    assert default == 1
    assert sum(f.props.code == "overhead-above-target" for f in report) == 2
    assert sum(f.props.code == "roemernorm-exceeded" for f in report) == 0


def test_allocate_to_the_cent():
    ds = Slk.Dataset()
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0))
    for ident in ("aaa", "bbb", "ccc"):
        ministry = Slk.Ministry.new(ident, ident.upper())
        ministry.set_amount(2024, Slk.Metric.PERSONNEL_SPENDING, 100)
        ds.add_organization(ministry)
    cut = Slk.Taakstelling.new("cut", Slk.TaakstellingKind.APPARAAT, "Cut")
    cut.set_amount(Slk.TaakFigure.TARGETS, 2026, 10000)
    cut.set_fte(Slk.TaakFigure.FTE_TARGETS, 2026, 1.0)
    ds.add_taakstelling(cut)
    allocator = Slk.Allocator.new()
    allocator.set_metric(Slk.Metric.PERSONNEL_SPENDING)
    allocator.set_base_year(2024)
    allocator.set_scope(Slk.Scope.CORE)
    allocator.set_dubbele_slot(True)
    assert allocator.get_metric() == Slk.Metric.PERSONNEL_SPENDING
    assert allocator.get_base_year() == 2024 and allocator.get_scope() == Slk.Scope.CORE
    assert allocator.get_dubbele_slot()
    shares = list(allocator.allocate(cut))
    assert [s.get_amount(Slk.TaakFigure.TARGETS, 2026)[1] for s in shares] == [3334, 3333, 3333]
    assert [s.get_fte(Slk.TaakFigure.FTE_TARGETS, 2026)[1] for s in shares] == [0.34, 0.33, 0.33]
    for share in shares:
        assert share.get_dubbele_slot() and share.get_scope_id() == share.get_id()[4:]
        ds.add_taakstelling(share)
    assert ds.validate().props.n_errors == 0
    assert [s.get_id() for s in cut.list_shares()] == ["cut-aaa", "cut-bbb", "cut-ccc"]
    assert shares[0].get_scope().get_id() == "aaa"
    with pytest.raises(GLib.Error) as again:
        allocator.allocate(cut)
    assert again.value.domain == GLib.quark_to_string(Slk.allocation_error_quark())
    assert again.value.code == Slk.AllocationError.HAS_SHARES

    weighted = Slk.Allocator.new()
    weighted.set_weight("aaa", 2)
    weighted.set_weight("bbb", 1)
    weighted.exempt("ccc")
    other = Slk.Taakstelling.new("other", Slk.TaakstellingKind.VERNIEUWING, None)
    other.set_amount(Slk.TaakFigure.TARGETS, 2027, 10000)
    ds.add_taakstelling(other)
    assert [s.get_amount(Slk.TaakFigure.TARGETS, 2027)[1]
            for s in weighted.allocate(other)] == [6667, 3333]


def test_taakstelling_members_and_trajectories():
    ds = monitor_dataset()
    szw = ds.lookup("rijk-szw")
    assert szw.get_effective_realized(2026) == (True, 50000000)
    assert ds.lookup("rijk").get_effective_realized(2026) == (True, 90000000)
    assert not szw.is_met(2026) and ds.lookup("rijk-bzk").is_met(2026)
    assert [t.get_id() for t in ds.list_taakstellingen()] == ["rijk", "rijk-szw", "rijk-bzk"]

    cut = Slk.Taakstelling.new("a", Slk.TaakstellingKind.APPARAAT, "A")
    with pytest.raises(GLib.Error):
        cut.generate_ramp(2025, 2029, 2030)
    cut.set_base(2024, 100000000)
    cut.set_rate(0.22)
    assert cut.get_base() == (True, 2024, 100000000) and cut.get_rate() == (True, 0.22)
    cut.generate_ramp(2025, 2029, 2030)
    assert cut.get_amount(Slk.TaakFigure.TARGETS, 2027) == (True, 13200000)
    cut.unset_rate()
    cut.unset_base()
    assert cut.get_rate() == (False, 0.0) and cut.get_base()[0] is False
    cut.set_base(2028, 100000000)
    cut.generate_productivity(2029, 2031)
    assert cut.get_amount(Slk.TaakFigure.TARGETS, 2031) == (True, 1492513)
    cut.set_dubbele_slot(True)
    cut.set_fte(Slk.TaakFigure.FTE_TARGETS, 2031, 5)
    cut.set_amount(Slk.TaakFigure.REALIZED, 2031, 1492513)
    assert not cut.is_met(2031)
    cut.unset(Slk.TaakFigure.FTE_TARGETS, 2031)
    assert cut.is_met(2031) and cut.get_fte(Slk.TaakFigure.FTE_TARGETS, 2031) == (False, 0.0)
    cut.set_scope_id("szw")
    assert cut.get_scope_id() == "szw" and cut.get_scope() is None   # in no dataset


def test_rules_through_the_api():
    ds = monitor_dataset()
    changes = ds.list_rule_changes()
    assert len(changes) == 4
    first = changes[0]
    assert first.get_ministry_id() == "szw"
    assert first.get_change() == Slk.RuleChangeKind.SCRAPPED
    assert first.get_audience() == Slk.Audience.BUSINESSES
    targets = ds.list_rule_targets()
    assert [(t.get_ministry_id(), t.get_year(), t.get_count()) for t in targets] == [
        ("szw", 2026, 2), ("bzk", 2026, 5)]
    extra = Slk.RuleChange.new("r-9", "bzk", Slk.RuleChangeKind.SIMPLIFIED, Slk.Audience.CITIZENS)
    extra.set_change(Slk.RuleChangeKind.SCRAPPED)
    extra.set_audience(Slk.Audience.BUSINESSES)
    extra.set_ministry_id("bzk")
    extra.set_title("Regel 9")
    extra.set_date(GLib.DateTime.new_utc(2026, 4, 1, 0, 0, 0))
    ds.add_rule_change(extra)
    ds.add_rule_target(Slk.RuleTarget.new("def", 2026, 1))
    monitor = Slk.Monitor.new(ds)
    assert list(monitor.get_column("rules_changed"))[:3] == [3, 2, 0]
    assert list(monitor.get_column("rules_target"))[2] == 1


def test_the_monitor_computes_once_until_refreshed():
    ds = monitor_dataset()
    monitor = Slk.Monitor.new(ds)
    assert monitor.get_column("fte")[0] == 1000
    ds.lookup("szw").set_figure(2026, Slk.Metric.FTE, 1950)
    assert monitor.get_column("fte")[0] == 1000        # the figures as first computed
    monitor.refresh()
    assert monitor.get_column("fte")[0] == 2000
    # a change of its norms is seen at once
    before = sum(f.props.code == "roemernorm-exceeded" for f in monitor.get_findings())
    monitor.get_norms().set_roemernorm(0.04)
    after = sum(f.props.code == "roemernorm-exceeded" for f in monitor.get_findings())
    assert (before, after) == (1, 3)


def test_every_record_is_a_record():
    """Every record of every list answers SlkRecord: its id, its dataset
    and its pointer, without the script knowing its kind."""
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "valid", "monitor.json"))
    lists = {
        "organizations": ds.list_organizations(),
        "uitvoeringstoetsen": ds.list_uitvoeringstoetsen(),
        "noodremmen": ds.list_noodremmen(),
        "taakstellingen": ds.list_taakstellingen(),
        "rule_changes": ds.list_rule_changes(),
        "rule_targets": ds.list_rule_targets(),
    }
    seen = 0
    for array, model in lists.items():
        assert model.get_n_items() > 0, array
        for index in range(model.get_n_items()):
            record = model.get_item(index)
            assert isinstance(record, Slk.Record)
            assert Slk.Record.dup_pointer(record) == f"/{array}/{index}"
            assert Slk.Record.get_dataset(record) == ds
            record_id = Slk.Record.get_id(record)
            if array == "rule_targets":
                assert record_id is None
            else:
                assert record_id == record.get_id()
                assert ds.lookup(record_id) == record
            seen += 1
    assert seen == 20

    loose = Slk.Ministry.new("bzk", "BZK")
    assert Slk.Record.dup_pointer(loose) is None
    assert Slk.Record.get_dataset(loose) is None
    assert Slk.Record.get_id(loose) == "bzk"
