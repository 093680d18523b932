# SPDX-License-Identifier: LGPL-2.1-or-later
"""Where figures come from, what was published beside them, clusters, ended
bodies and the coverage of sums (SPEC 1.1), through PyGObject. Coverage is
worked out by hand from tests/data/valid/coverage.json."""
import os

import gi

gi.require_version("Slk", "1.0")
from gi.repository import GLib, Slk  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def coverage_dataset():
    ds = Slk.Dataset()
    ds.load_from_file(os.path.join(DATA, "valid", "coverage.json"))
    return ds


def test_sources_figure_sources_and_reported_round_trip(tmp_path):
    ds = Slk.Dataset()
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0))
    bzk = Slk.Ministry.new("bzk", "Ministerie van BZK")
    ds.add_organization(bzk)
    source = Slk.Source.new("jv-2023", "Jaarverslag BZK 2023", "https://example.org/jv",
                            "2024-05-15", "Totaal uitgaven inhuur externen 310.211")
    assert (source.get_key(), source.get_date()) == ("jv-2023", "2024-05-15")
    bzk.add_source(source)
    bzk.add_source(Slk.Source.new("mvt", None, "https://example.org/mvt", None, None))
    bzk.set_amount(2022, Slk.Metric.PERSONNEL_SPENDING, 25_818_000_000)
    bzk.set_figure_source(2022, Slk.Metric.PERSONNEL_SPENDING, "mvt")
    reported = Slk.Reported.new(2023, Slk.ReportedScope.MINISTRY)
    reported.set_value(Slk.Metric.EXTERNAL_HIRE_SHARE, 0.217)
    reported.set_value(Slk.Metric.EXTERNAL_HIRE_SPENDING, 310_211_000)
    reported.set_source_key(Slk.Metric.EXTERNAL_HIRE_SHARE, "jv-2023")
    reported.set_source_key(Slk.Metric.EXTERNAL_HIRE_SPENDING, "mvt")
    bzk.set_reported(reported)
    ds.add_source(Slk.Source.new("jbr-2024", "Jaarrapportage Bedrijfsvoering Rijk 2024",
                                 None, None, None))
    rijk = Slk.Reported.new(2024, Slk.ReportedScope.RIJKSDIENST)
    rijk.set_value(Slk.Metric.FTE, 157019)
    rijk.set_source_key(Slk.Metric.FTE, "jbr-2024")
    ds.set_rijksdienst_reported(rijk)
    assert len(ds.validate()) == 0

    path = str(tmp_path / "provenance.json")
    ds.save_to_file(path)
    again = Slk.Dataset()
    again.load_from_file(path)
    assert len(again.validate()) == 0
    bzk = again.lookup("bzk")
    assert [s.get_key() for s in bzk.list_sources()] == ["jv-2023", "mvt"]
    assert bzk.dup_source("jv-2023").get_quote() == "Totaal uitgaven inhuur externen 310.211"
    assert bzk.dup_figure_source(2022, Slk.Metric.PERSONNEL_SPENDING).get_url() == \
        "https://example.org/mvt"
    assert bzk.dup_figure_source(2021, Slk.Metric.PERSONNEL_SPENDING) is None
    assert list(bzk.get_reported_years()) == [2023]
    published = bzk.dup_reported(2023)
    assert published.get_year() == 2023
    assert published.get_scope() == Slk.ReportedScope.MINISTRY
    assert published.get_value(Slk.Metric.EXTERNAL_HIRE_SHARE) == (True, 0.217)
    assert published.get_value(Slk.Metric.FTE)[0] is False
    assert published.get_source_key(Slk.Metric.EXTERNAL_HIRE_SPENDING) == "mvt"
    assert published.dup_source(Slk.Metric.EXTERNAL_HIRE_SHARE).get_title() == \
        "Jaarverslag BZK 2023"
    # never summed: the ministry's own figures for 2023 stay absent
    assert bzk.get_figure(2023, Slk.Metric.EXTERNAL_HIRE_SHARE)[0] is False
    assert list(again.get_rijksdienst_reported_years()) == [2024]
    assert [s.get_key() for s in again.list_sources()] == ["jbr-2024"]
    assert again.dup_rijksdienst_reported(2024).dup_source(Slk.Metric.FTE).get_title() == \
        "Jaarrapportage Bedrijfsvoering Rijk 2024"
    # and the bytes of a second save are those of the first
    again.save_to_file(str(tmp_path / "again.json"))
    assert open(path, "rb").read() == open(tmp_path / "again.json", "rb").read()


def test_a_source_that_is_not_there():
    ds = Slk.Dataset()
    ds.load_from_data('{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", '
                      '"organizations": [{"id": "m", "kind": "ministry", "name": "M", '
                      '"figures": {"2024": {"fte": 1}}, "sources": {"a": {"url": "u"}}, '
                      '"figure_sources": {"2024": {"fte": "b"}}, '
                      '"reported": {"2024": {"fte": 2}}}]}', -1)
    report = ds.validate()
    assert sorted((f.props.code, f.props.pointer) for f in report) == [
        ("dangling-reference", "/organizations/0/figure_sources/2024/fte"),
        ("missing-member", "/organizations/0/reported/2024")]
    assert all(f.props.line == 1 for f in report)


def test_clusters_ended_bodies_and_coverage():
    ds = coverage_dataset()
    cluster = ds.lookup("c")
    assert cluster.has_members() and cluster.dup_members() == ["a", "b"]
    cluster.set_members(["a"])
    assert cluster.dup_members() == ["a"]
    ended = ds.lookup("g")
    assert ended.dup_ended().format("%F") == "2023-06-30"
    ended.set_ended(GLib.DateTime.new_utc(2025, 1, 31, 0, 0, 0))
    assert ended.dup_ended().format("%F") == "2025-01-31"
    ds.lookup("h").set_ended(None)
    assert ds.lookup("h").dup_ended() is None
    rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY)
    # m 10, c through a 3, b on its own now (no figure), g 99 (ended in 2025
    # now), h 5: five counted, four give the FTE
    assert rollup.get_total(Slk.Metric.FTE, 2024) == (True, 117)
    assert rollup.get_coverage("m", Slk.Metric.FTE, 2024) == (True, 4, 5)
    assert rollup.get_coverage(None, Slk.Metric.OFFICE_M2, 2024) == (True, 1, 5)
    assert rollup.get_share_coverage("m", Slk.Share.OVERHEAD, 2024) == (False, 0, 5)


def test_monitor_coverage_and_infos():
    ds = coverage_dataset()
    monitor = Slk.Monitor.new(ds)
    monitor.set_year(2024)
    report = monitor.get_findings()
    assert report.get_n_infos() == 2 and report.get_n_errors() == 0 and report.is_valid()
    assert {f.props.severity for f in report} == {Slk.Severity.INFO}
    rijk = monitor.to_json_node().get_object().get_object_member("rijksdienst")
    office = rijk.get_object_member("coverage").get_object_member("office_m2")
    assert (office.get_int_member("reporting"), office.get_int_member("in_scope")) == (1, 3)
    assert monitor.get_year() == 2024
    assert monitor.get_coverage("m", "office_m2") == (True, 1, 3)
    assert monitor.get_coverage(None, "fte") == (False, 3, 3)
    assert len(monitor.explain("m", "office_m2")) == 1
    # a year with no figure says which year has one
    assert monitor.get_latest_year("fte") == 0
    monitor.set_year(2026)
    assert monitor.get_latest_year("fte") == 2024
    assert monitor.get_latest_year("overhead_share") == 0   # in no year
    assert "FTE: 2024 (--year 2024)" in monitor.render(Slk.MonitorFormat.TEXT)


def test_the_allocator_refuses_a_partial_base():
    ds = coverage_dataset()
    cut = Slk.Taakstelling.new("cut", Slk.TaakstellingKind.APPARAAT, None)
    cut.set_amount(Slk.TaakFigure.TARGETS, 2026, 10000)
    ds.add_taakstelling(cut)
    allocator = Slk.Allocator(metric=Slk.Metric.OFFICE_M2)
    try:
        allocator.allocate(cut)
    except GLib.Error as error:
        assert error.matches(Slk.allocation_error_quark(), Slk.AllocationError.PARTIAL_BASE)
        assert "m (1 of 3 organisations)" in error.message
    else:
        raise AssertionError("a partial base was accepted")
    allocator.set_allow_partial(True)
    assert allocator.get_allow_partial()
    assert [s.get_amount(Slk.TaakFigure.TARGETS, 2026)[1] for s in allocator.allocate(cut)] == \
        [10000]


def test_provenance_in_every_wrong_form(tmp_path):
    """Each problem of the provenance members is one finding with its
    pointer and line, and the file is written back as it was given."""
    path = os.path.join(DATA, "gaps", "provenance.json")
    ds = Slk.Dataset()
    ds.load_from_file(path)
    found = sorted((f.props.code, f.props.pointer) for f in ds.validate())
    assert found == sorted([
        ("forbidden-member", "/organizations/0/members"),
        ("wrong-type", "/organizations/0/figure_sources"),
        ("negative-value", "/organizations/0/reported/2024/fte"),
        ("invalid-number", "/organizations/0/reported/2024/external_hire_share"),
        ("dangling-reference", "/organizations/0/reported/2024/source"),
        ("invalid-year", "/organizations/0/reported/x"),
        ("forbidden-member", "/organizations/1/reported"),
        ("invalid-date", "/organizations/1/ended"),
        ("wrong-type", "/organizations/2/members"),
        ("invalid-number", "/organizations/2/figures/2024/external_hire_share"),
        ("wrong-type", "/sources/a/title"),
        ("wrong-type", "/rijksdienst_reported/2024/scope"),
        ("wrong-type", "/rijksdienst_reported/2024/fte"),
        ("dangling-reference", "/rijksdienst_reported/2024/source/fte"),
    ])
    assert all(f.props.line > 0 for f in ds.validate())
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    ds.save_to_file(str(first))
    again = Slk.Dataset()
    again.load_from_file(str(first))
    again.save_to_file(str(second))
    assert first.read_bytes() == second.read_bytes()
    assert len(again.validate()) == len(found)


def test_a_text_holding_nul_is_kept_as_written(tmp_path):
    """\\u0000 parses; each text holding it is one invalid-text, at any
    depth, and the file is written back with its escapes."""
    path = os.path.join(DATA, "gaps", "nul-text.json")
    ds = Slk.Dataset()
    ds.load_from_file(path)
    report = ds.validate()
    assert [f.props.code for f in report if f.props.code != "unknown-member"] == \
        ["invalid-text"] * 6
    assert report.get_n_infos() == 1     # "note", which the contract does not know
    assert ds.lookup("m").get_name() is None
    out = tmp_path / "out.json"
    ds.save_to_file(str(out))
    text = out.read_text()
    for escaped in ('"M\\u0000X"', '"a\\u0000b"', '"T\\u0000"', '"P\\u0000"', '"c\\u0000"'):
        assert escaped in text


def test_unknown_members_at_every_level_with_a_guess():
    ds = Slk.Dataset()
    ds.load_from_data(
        '{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", "titel": "x",\n'
        ' "organizations": [{"id": "m", "kind": "ministry", "name": "M", "abreviation": "M",\n'
        '   "figures": {"2024": {"office_m3": 5}}},\n'
        '  {"id": "z", "kind": "zbo", "name": "Z", "parent": "m", "rechtsvorm": "x"}],\n'
        ' "uitvoeringstoetsen": [{"id": "t", "kind": "uitvoeringstoets", "proposal": "P",\n'
        '   "requested_by": "m", "assessor": "z", "date": "2026-01-01", "verdict": "feasible",\n'
        '   "costs": {"one_of": 1}}],\n'
        ' "noodremmen": [{"id": "n", "kind": "noodrem", "raised_by": "z", "addressed_to": "m",\n'
        '   "subject": "S", "events": [{"type": "signal", "date": "2026-01-02", "noot": "x"}]}]}',
        -1)
    report = ds.validate()
    infos = {f.props.pointer: f.props.message for f in report
             if f.props.severity == Slk.Severity.INFO}
    guesses = {pointer: message.rsplit('"', 2)[-2] if "Did you mean" in message else None
               for pointer, message in infos.items()}
    assert guesses == {
        "/titel": "title",
        "/organizations/0/abreviation": "abbreviation",
        "/organizations/0/figures/2024/office_m3": "office_m2",
        "/organizations/1/rechtsvorm": None,
        "/uitvoeringstoetsen/0/costs/one_of": "one_off",
        "/noodremmen/0/events/0/noot": "note",
    }
    assert all(f.props.line > 0 for f in report if f.props.severity == Slk.Severity.INFO)
    # infos never make a file invalid
    assert report.is_valid() == (report.get_n_errors() == 0)
