# SPDX-License-Identifier: LGPL-2.1-or-later
"""libslagkracht through PyGObject and the uninstalled typelib."""
import json
import math
import os
import subprocess

import gi

gi.require_version("Slk", "1.0")
gi.require_version("Json", "1.0")
from gi.repository import GLib, Json, Slk  # noqa: E402

import pytest  # noqa: E402

DATA = os.environ["SLK_TEST_DATA"]


def fixture(*parts):
    return os.path.join(DATA, *parts)


def read_expect(path):
    result = {}
    with open(path[: -len(".json")] + ".expect") as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                result[key] = value
    return result


INVALID = sorted(n for n in os.listdir(fixture("invalid")) if n.endswith(".json"))


def test_version_constants():
    assert Slk.VERSION_S == f"{Slk.MAJOR_VERSION}.{Slk.MINOR_VERSION}.{Slk.MICRO_VERSION}"


def test_construct_with_keyword_properties():
    szw = Slk.Ministry(id="szw", name="Ministerie van SZW", abbreviation="SZW")
    uwv = Slk.Zbo(id="uwv", name="UWV", parent_id="szw",
                  kaderwet=Slk.OptionalBoolean.TRUE)
    assert szw.props.kind == Slk.OrganizationKind.MINISTRY
    assert uwv.props.kaderwet == Slk.OptionalBoolean.TRUE
    assert uwv.props.authority == Slk.OptionalBoolean.UNKNOWN
    ds = Slk.Dataset(title="Made in Python")
    ds.add_organization(szw)
    ds.add_organization(uwv)
    assert uwv.get_parent() is szw
    assert ds.lookup("uwv") is uwv
    children = szw.list_organizations()
    assert len(children) == 1 and children[0] is uwv
    assert [o.props.id for o in ds.list_organizations()] == ["szw", "uwv"]


def test_add_errors_are_glib_errors():
    ds = Slk.Dataset()
    ds.add_organization(Slk.Ministry.new("szw", "SZW"))
    with pytest.raises(GLib.Error) as info:
        ds.add_organization(Slk.Ministry.new("szw", "again"))
    assert info.value.matches(Slk.record_error_quark(), Slk.RecordError.DUPLICATE_ID)
    with pytest.raises(GLib.Error) as info:
        ds.add_organization(Slk.Agency.new("No Good", "x", "szw"))
    assert info.value.code == Slk.RecordError.INVALID_ID


def test_figures_absent_is_not_zero():
    org = Slk.Agency(id="ib", name="IB", parent_id="szw")
    assert org.get_figure(2024, Slk.Metric.FTE) == (False, 0.0)
    org.set_figure(2024, Slk.Metric.FTE, 0.0)
    assert org.get_figure(2024, Slk.Metric.FTE) == (True, 0.0)
    org.set_figure(2023, Slk.Metric.PERSONNEL_SPENDING, 0.1 + 0.2)
    assert org.get_amount(2023, Slk.Metric.PERSONNEL_SPENDING) == (True, 30)
    assert org.get_years() == [2023, 2024]
    column = org.get_figure_column(Slk.Metric.FTE, [2022, 2024])
    assert math.isnan(column[0]) and column[1] == 0.0


@pytest.mark.parametrize("name", INVALID)
def test_invalid_fixture(name):
    path = fixture("invalid", name)
    expect = read_expect(path)
    ds = Slk.Dataset()
    try:
        ds.load_from_file(path)
    except GLib.Error as error:
        assert error.domain == "slk-format-error-quark"
        assert error.message.startswith("line ")
        finding = ds.props.load_failure
    else:
        report = ds.validate()
        if expect["code"] == "partial-coverage":
            # an info of the monitor on a valid file
            assert report.get_n_errors() + report.get_n_warnings() == 0
            report = Slk.Monitor.new(ds).get_findings()
            assert report.get_n_infos() == 1
        # one mistake, one finding; members the contract does not know are
        # infos beside it, unless the fixture is about them
        found = [f for f in report if f.props.severity != Slk.Severity.INFO
                 or expect["code"] in ("unknown-member", "partial-coverage")]
        assert len(found) == 1
        finding = found[0]
    assert finding.props.code == expect["code"]
    assert finding.props.pointer == expect["pointer"]
    assert finding.props.line == int(expect["line"])
    assert finding.props.column == int(expect["column"])


def test_parse_error_codes():
    ds = Slk.Dataset()
    with pytest.raises(GLib.Error) as info:
        ds.load_from_data('{"format": "slagkracht-dataset/1",\n "x": [1,]}', -1)
    assert info.value.matches(Slk.format_error_quark(), Slk.FormatError.PARSE)
    assert ds.props.load_failure.props.line == 2
    with pytest.raises(GLib.Error) as info:
        ds.load_from_data('{"format": "other/9"}', -1)
    assert info.value.code == Slk.FormatError.UNSUPPORTED_FORMAT


def test_round_trip_and_json_view(tmp_path):
    path = fixture("valid", "organizations.json")
    ds = Slk.Dataset()
    ds.load_from_file(path)
    assert ds.props.title == "Rijksdienst sample (fixture)"
    assert ds.props.reference_date.format("%F") == "2026-05-16"
    report = ds.validate()
    # the fixture's own members (budget_line, tags, notes, ...) are infos
    assert report.props.n_errors == 0 and report.props.n_warnings == 0
    assert {f.props.code for f in report} == {"unknown-member"}
    assert [f.props.pointer for f in report] == [
        "/organizations/0/figures/2024/budget_line", "/organizations/4/tags",
        "/taakstellingen/0/base/source", "/taakstellingen/0/note", "/rule_targets/0/source",
        "/source_note", "/extra_unicode"]
    assert report.props.n_infos == len(report)
    out = tmp_path / "copy.json"
    ds.save_to_file(str(out))
    with open(path, encoding="utf-8") as f:
        assert out.read_text(encoding="utf-8") == f.read()
    node = ds.to_json_node()
    generator = Json.Generator(root=node)
    text, _ = generator.to_data()
    parsed = json.loads(text)
    assert parsed["uitvoeringstoetsen"][0]["id"] == "t1"
    assert parsed["organizations"][0]["figures"]["2024"]["budget_line"] == "XV"
    uwv = ds.lookup("uwv")
    assert uwv.props.last_evaluation.format("%F") == "2023-06-30"
    assert uwv.props.legal_form == Slk.LegalForm.PUBLIC


def test_report_json_matches_cli():
    path = fixture("invalid", "roemernorm-exceeded.json")
    ds = Slk.Dataset()
    ds.load_from_file(path)
    node = ds.validate().to_json_node()
    text, _ = Json.Generator(root=node).to_data()
    from_api = json.loads(text)
    cli = subprocess.run([os.environ["SLAGKRACHT"], "validate", path, "--format", "json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(cli.stdout) == from_api
    assert from_api["valid"] is True and from_api["warnings"] == 1


def test_every_accessor_and_notify():
    ds = Slk.Dataset.new()
    seen = []
    ds.connect("notify::title", lambda *_: seen.append("title"))
    ds.set_title("T")
    ds.set_title("T")  # no change, no notify
    assert ds.get_title() == "T" and seen == ["title"]
    when = GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0)
    ds.set_reference_date(when)
    assert ds.dup_reference_date().format("%F") == "2026-05-16"

    szw = Slk.Ministry.new("szw", "SZW")
    ds.add_organization(szw)
    zbo = Slk.Zbo.new("cbr", "CBR", "szw")
    insp = Slk.Inspection.new("ilt", "ILT", "szw")
    vng = Slk.DecentralBody.new("vng", "VNG")
    for org in (zbo, insp, vng):
        ds.add_organization(org)
    assert ds.get_n_organizations() == 4
    assert vng.get_kind() == Slk.OrganizationKind.DECENTRAL and vng.get_parent_id() is None
    assert zbo.get_dataset() is ds and zbo.get_id() == "cbr"

    zbo.set_name("Centraal Bureau Rijvaardigheidsbewijzen")
    zbo.set_abbreviation("CBR")
    zbo.set_parent_id("szw")
    assert (zbo.get_name(), zbo.get_abbreviation(), zbo.get_parent_id()) == \
        ("Centraal Bureau Rijvaardigheidsbewijzen", "CBR", "szw")
    zbo.set_legal_form(Slk.LegalForm.PUBLIC)
    zbo.set_legal_personality(Slk.OptionalBoolean.TRUE)
    zbo.set_kaderwet(Slk.OptionalBoolean.TRUE)
    zbo.set_authority(Slk.OptionalBoolean.FALSE)
    zbo.set_inspectieraad(Slk.OptionalBoolean.UNKNOWN)
    zbo.set_last_evaluation(GLib.DateTime.new_utc(2020, 1, 31, 12, 0, 0))
    assert zbo.get_legal_form() == Slk.LegalForm.PUBLIC
    assert zbo.get_legal_personality() == Slk.OptionalBoolean.TRUE
    assert zbo.get_kaderwet() == Slk.OptionalBoolean.TRUE
    assert zbo.get_authority() == Slk.OptionalBoolean.FALSE
    assert zbo.get_inspectieraad() == Slk.OptionalBoolean.UNKNOWN
    assert zbo.dup_last_evaluation().format("%F") == "2020-01-31"
    insp.set_inspectieraad(Slk.OptionalBoolean.TRUE)
    assert insp.get_inspectieraad() == Slk.OptionalBoolean.TRUE

    zbo.set_amount(2024, Slk.Metric.MATERIAL_SPENDING, 12345)
    assert zbo.get_figure(2024, Slk.Metric.MATERIAL_SPENDING) == (True, 123.45)
    zbo.unset_figure(2024, Slk.Metric.MATERIAL_SPENDING)
    assert zbo.get_years() == []
    assert Slk.Metric.is_amount(Slk.Metric.EXTERNAL_HIRE_SPENDING)
    assert Slk.Metric.to_string(Slk.Metric.OFFICE_M2) == "office_m2"

    # The ZBO's evaluation is more than five years old at the reference date.
    report = ds.validate()
    assert report.get_n_errors() == 0 and report.get_n_warnings() == 1
    assert report.is_valid() and report.count_code("zbo-evaluation-overdue") == 1
    finding = report[0]
    assert finding.get_code() == "zbo-evaluation-overdue"
    assert finding.get_severity() == Slk.Severity.WARNING
    assert finding.get_subject() == "cbr"
    assert finding.get_pointer() == "/organizations/1/last_evaluation"
    assert (finding.get_line(), finding.get_column()) == (0, 0)  # made through the API
    assert "2020-01-31" in finding.get_message()
    assert finding.to_string().startswith("warning [zbo-evaluation-overdue]")

    built = Slk.Report.new()
    built.add(Slk.Finding.new(Slk.Severity.ERROR, "missing-member", "A sentence.", None, "/x", 3, 4))
    assert built.get_n_errors() == 1 and not built.is_valid()
    assert json.loads(Json.to_string(built.to_json_node(), False))["findings"][0]["line"] == 3


def test_load_from_bytes_and_sugar():
    with open(fixture("valid", "organizations.json"), "rb") as f:
        data = GLib.Bytes.new(f.read())
    ds = Slk.Dataset()
    ds.load_from_bytes(data)
    szw = ds.lookup("szw")
    assert szw.figures()[2023]["personnel_spending"] == 250000000.25
    assert "fte" in szw.figures()[2024] and "personnel_spending" not in szw.figures()[2024]
    assert repr(szw) == "<Slk.Ministry 'szw' 'Ministerie van Sociale Zaken en Werkgelegenheid'>"
    bad = Slk.Dataset()
    bad.load_from_file(fixture("invalid", "dangling-reference.json"))
    assert repr(bad.validate()[0]) == "<Slk.Finding 16:7 dangling-reference '/organizations/1/parent'>"
    assert ds.get_load_failure() is None


def test_saves_through_links_keep_mode_and_refuse_a_fifo(tmp_path):
    ds = Slk.Dataset()
    ds.load_from_file(fixture("valid", "minimal.json"))
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    ds.save_to_file(str(link))
    assert link.is_symlink()
    assert real.read_text() == ds.to_data()[0]
    assert real.stat().st_mode & 0o7777 == 0o600

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(GLib.Error) as caught:
        ds.save_to_file(str(fifo))
    assert caught.value.matches(GLib.file_error_quark(), GLib.FileError.INVAL)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link.json", "real.json"]


def test_cycles_sums_and_exact_norms_from_python():
    text = json.dumps({
        "format": "slagkracht-dataset/1", "reference_date": "2026-05-16",
        "organizations": [
            {"id": "m", "kind": "ministry", "name": "M",
             "figures": {"2024": {"fte": 101, "overhead_fte": 35.35}}},
            {"id": "a", "kind": "zbo", "name": "A", "parent": "a"}],
        "taakstellingen": [
            {"id": "t0", "kind": "apparaat", "name": "T", "parent": "t1",
             "targets": {"2025": 1}},
            {"id": "t1", "kind": "apparaat", "name": "T", "parent": "t0",
             "targets": {"2025": 1}, "realized": {"2025": 1}}]})
    ds = Slk.Dataset()
    ds.load_from_data(text, -1)
    report = ds.validate()
    assert report.count_code("reference-cycle") == 3          # a, t0, t1
    assert report.count_code("overhead-above-target") == 0    # exactly 35 %
    given, cents = ds.lookup("t0").get_effective_realized(2025)
    assert given and cents == 100


def test_allocation_past_the_limit_is_refused():
    ds = Slk.Dataset()
    for ministry in ("a", "b"):
        m = Slk.Ministry.new(ministry, ministry.upper())
        m.set_amount(2024, Slk.Metric.PERSONNEL_SPENDING, 9223372036854775800)
        ds.add_organization(m)
    cut = Slk.Taakstelling.new("cut", Slk.TaakstellingKind.APPARAAT, "Cut")
    cut.set_amount(Slk.TaakFigure.TARGETS, 2026, 10000)
    ds.add_taakstelling(cut)
    with pytest.raises(GLib.Error) as caught:
        Slk.Allocator.new().allocate(cut)
    assert caught.value.matches(Slk.allocation_error_quark(), Slk.AllocationError.TOO_LARGE)


def test_established_round_trip_and_first_evaluation(tmp_path):
    ds = Slk.Dataset()
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0))
    ds.add_organization(Slk.Ministry.new("szw", "SZW"))
    zbo = Slk.Zbo.new("uwv", "UWV", "szw")
    zbo.set_kaderwet(Slk.OptionalBoolean.TRUE)
    assert zbo.dup_established() is None
    zbo.set_established(GLib.DateTime.new_utc(2021, 6, 1, 0, 0, 0))
    ds.add_organization(zbo)
    assert zbo.dup_established().format("%F") == "2021-06-01"

    report = ds.validate()
    assert report.count_code("evaluation-due-soon") == 1
    assert report.count_code("zbo-evaluation-overdue") == 0

    path = tmp_path / "saved.json"
    ds.save_to_file(str(path))
    again = Slk.Dataset()
    again.load_from_file(str(path))
    assert again.lookup("uwv").dup_established().format("%F") == "2021-06-01"
    assert '"established": "2021-06-01"' in path.read_text()
