# SPDX-License-Identifier: LGPL-2.1-or-later
"""The norms of the 2026 agenda through PyGObject, worked out by hand: the
overhead glide path, the efficiency and vernieuwing cuts, a ramp to an
amount."""
import math
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402

import pytest  # noqa: E402


def test_the_overhead_glide_path():
    norms = Slk.Norms.new()
    assert list(norms.get_overhead_path_years()) == [2023]
    assert norms.get_overhead_target_for(2023) == 0.50
    assert norms.get_overhead_target_for(2024) == 0.35
    norms.set_overhead_path_year(2027, 0.40)
    assert list(norms.get_overhead_path_years()) == [2023, 2027]
    assert norms.get_overhead_target_for(2025) == pytest.approx(0.45)
    assert norms.get_overhead_target_for(2030) == 0.35
    norms.set_overhead_path_year(2027, math.nan)
    assert list(norms.get_overhead_path_years()) == [2023]

    ds = Slk.Dataset()
    ds.load_from_data('{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", '
                      '"organizations": [{"id": "m", "kind": "ministry", "name": "M", '
                      '"figures": {"2025": {"fte": 100, "overhead_fte": 44}}}]}', -1)
    assert ds.validate().count_code("overhead-above-target") == 1
    norms.set_overhead_path_year(2027, 0.40)
    assert ds.validate_with_norms(norms).count_code("overhead-above-target") == 0


def test_the_cuts_of_june_2026():
    norms = Slk.Norms()
    assert norms.props.efficiency_amount == 40_000_000_000
    assert norms.props.vernieuwing_amount == 100_000_000_000
    assert norms.props.efficiency_full_year == norms.props.vernieuwing_full_year == 2030
    cut = Slk.Taakstelling.new("vernieuwing", Slk.TaakstellingKind.VERNIEUWING, None)
    assert cut.generate_amount_ramp(2028, 2030, 2030, norms.props.vernieuwing_amount)
    assert [cut.get_amount(Slk.TaakFigure.TARGETS, y)[1] for y in (2028, 2029, 2030)] == \
        [33_333_333_333, 66_666_666_667, 100_000_000_000]
    with pytest.raises(GLib.Error) as refused:
        cut.generate_amount_ramp(2030, 2028, 2031, 1)
    assert refused.value.matches(Slk.allocation_error_quark(), Slk.AllocationError.INVALID_YEARS)


def test_measures_fill_in_a_share():
    ds = Slk.Dataset()
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0))
    cut = Slk.Taakstelling.new("cut", Slk.TaakstellingKind.APPARAAT, "Cut")
    cut.set_amount(Slk.TaakFigure.TARGETS, 2025, 10_000)
    ds.add_taakstelling(cut)
    assert ds.validate().count_code("taakstelling-behind") == 1
    measure = Slk.Measure.new(2025, 10_000, Slk.MeasureKind.HOUSING, "one floor less")
    assert (measure.get_year(), measure.get_amount(), measure.get_kind(), measure.get_note()) == \
        (2025, 10_000, Slk.MeasureKind.HOUSING, "one floor less")
    cut.add_measure(measure)
    assert [m.get_note() for m in cut.list_measures()] == ["one floor less"]
    assert ds.validate().count_code("taakstelling-behind") == 0   # filled in by the measure
    text = ds.to_data()[0]
    assert '{ "year": 2025, "amount": 100, "kind": "housing", "note": "one floor less" }' in text
    cut.clear_measures()
    assert len(cut.list_measures()) == 0
    assert ds.validate().count_code("taakstelling-behind") == 1


def test_commitments_and_fte_targets():
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "gaps", "agenda.json"))
    report = ds.validate()
    assert report.count_code("commitment-overdue") == 1
    assert report.count_code("fte-target-missed") == 1
    overdue = [c.get_id() for c in ds.list_commitments() if c.is_overdue()]
    assert overdue == ["voortgang"]
    review = ds.lookup("review")
    assert (review.get_title(), review.get_owner_id(), review.get_due_text()) == \
        ("Externe review met aanbevelingen", "bzk", "2026-Q4")
    assert review.dup_due().format("%F") == "2026-12-31"
    assert review.get_status() == Slk.CommitmentStatus.OPEN
    assert review.dup_delivered() is None
    assert review.dup_source().get_title() == "Kamerbrief slagvaardige overheid"
    assert [c.get_id() for c in ds.lookup("bzk").list_commitments()] == ["review"]
    assert [(t.get_ministry_id(), t.get_year(), t.get_fte(), t.get_scope())
            for t in ds.list_fte_targets()] == [
        ("bzk", 2025, 100.0, Slk.Scope.CORE), ("bzk", 2025, 160.0, Slk.Scope.RIJKSDIENST)]
    assert ds.list_fte_targets()[0].get_dataset() == ds

    promise = Slk.Commitment.new("pilot", "Pilot uitvoeringstoets", "rijksbreed")
    assert promise.set_due("2026-Q4") and not promise.set_due("Q4")
    promise.set_source(Slk.Source.new("x", "Kamerbrief", None, "2026-06-12", "in Q4 2026"))
    promise.set_status(Slk.CommitmentStatus.DELIVERED)
    promise.set_delivered(GLib.DateTime.new_utc(2026, 5, 1, 0, 0, 0))
    assert ds.add_commitment(promise) and promise.get_dataset() == ds
    assert promise.dup_delivered().format("%F") == "2026-05-01" and not promise.is_overdue()
    target = Slk.FteTarget.new("bzk", 2024, 90, Slk.Scope.CORE)
    ds.add_fte_target(target)
    assert len(ds.list_fte_targets()) == 3
    text = ds.to_data()[0]
    assert '"due": "2026-Q4",\n      "status": "delivered",\n      "delivered": "2026-05-01"' in text


def test_the_monitor_follows_the_agenda():
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "gaps", "agenda.json"))
    monitor = Slk.Monitor(dataset=ds, year=2025, scope=Slk.Scope.CORE)
    row = monitor.to_json_node().get_object().get_array_member("ministries").get_object_element(0)
    assert (row.get_int_member("fte_target"), row.get_int_member("commitments_open"),
            row.get_int_member("commitments_overdue")) == (100, 1, 0)
    assert row.get_double_member("overhead_target") == 0.35
    assert monitor.get_findings().count_code("fte-target-missed") == 2


def test_a_report_streams_as_json():
    from gi.repository import Gio, Json
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "gaps", "agenda.json"))
    report = ds.validate()
    out = Gio.MemoryOutputStream.new_resizable()
    assert report.write_json(out, None)
    out.close(None)
    streamed = bytes(out.steal_as_bytes().get_data()).decode()
    generator = Json.Generator(root=report.to_json_node(), pretty=True)
    assert streamed == generator.to_data()[0]


def test_a_report_streams_as_text():
    from gi.repository import Gio
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "gaps", "agenda.json"))
    report = ds.validate()
    out = Gio.MemoryOutputStream.new_resizable()
    assert report.write_text(out, "agenda.json", None)
    out.close(None)
    lines = bytes(out.steal_as_bytes().get_data()).decode().splitlines()
    findings = list(report)
    ordered = ([f for f in findings if f.get_severity() != Slk.Severity.INFO]
               + [f for f in findings if f.get_severity() == Slk.Severity.INFO])
    assert len(lines) == len(findings) > 0
    for line, finding in zip(lines, ordered):
        subject = finding.get_subject()
        assert line == "agenda.json:" + finding.to_string() + (f" ({subject})" if subject else "")


def test_control_characters_are_shown_escaped():
    assert Slk.text_escape_controls("red \x1b[31m é\r\x7f\u0085") == "red \\x1b[31m é\\x0d\\x7f\\u0085"
