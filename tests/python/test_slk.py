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
        assert len(report) == 1
        finding = report[0]
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
    assert report.props.n_errors == 0 and len(report) == 0
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
