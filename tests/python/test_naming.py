# SPDX-License-Identifier: LGPL-2.1-or-later
"""One naming pattern (issue 16): (metric, year) in that order, dup_/list_
for what the caller owns, list_contributions and get_scope_organization.
Each new name gives what the deprecated one gives, on the built-in data;
the old names keep working."""
import math
import warnings

import gi

gi.require_version("Slk", "1.0")
from gi.repository import Slk  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(scope="module")
def dataset():
    return Slk.Dataset.new_default()


def same(a, b):
    return len(a) == len(b) and all(x == y or (math.isnan(x) and math.isnan(y))
                                    for x, y in zip(a, b))


def test_organization_figures_metric_then_year(dataset):
    org = dataset.lookup_organization("bzk")
    years = org.list_years()
    assert years == org.get_years() and years
    year = years[-1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        old = org.get_figure(year, Slk.Metric.FTE)
    assert org.get_value(Slk.Metric.FTE, year) == old
    assert same(org.dup_figure_column(Slk.Metric.FTE, years),
                org.get_figure_column(Slk.Metric.FTE, years))
    source = org.dup_value_source(Slk.Metric.FTE, year)
    old_source = org.dup_figure_source(year, Slk.Metric.FTE)
    assert (source and source.get_key()) == (old_source and old_source.get_key())

    org.set_cents(Slk.Metric.PERSONNEL_SPENDING, 3001, 123456789)
    assert org.get_cents(Slk.Metric.PERSONNEL_SPENDING, 3001) == (True, 123456789)
    assert org.get_amount(3001, Slk.Metric.PERSONNEL_SPENDING) == (True, 123456789)
    org.set_value(Slk.Metric.FTE, 3001, 12.5)
    assert org.get_value(Slk.Metric.FTE, 3001) == (True, 12.5)
    org.add_source(Slk.Source.new("naming-test", "A test source", None, None, None))
    org.set_value_source(Slk.Metric.FTE, 3001, "naming-test")
    assert org.dup_value_source(Slk.Metric.FTE, 3001).get_key() == "naming-test"
    org.unset_value(Slk.Metric.FTE, 3001)
    org.unset_value(Slk.Metric.PERSONNEL_SPENDING, 3001)
    assert org.get_value(Slk.Metric.FTE, 3001) == (False, 0.0)
    assert 3001 not in org.list_years()


def test_rollup_and_monitor_lists(dataset):
    rollup = Slk.Rollup.new(dataset, Slk.Scope.CORE, Slk.Grouping.MINISTRY)
    assert rollup.list_groups() == rollup.get_groups()
    assert rollup.list_years() == rollup.get_years()
    year = rollup.list_years()[-1]
    assert same(rollup.dup_column(Slk.Metric.FORMATIE, year),
                rollup.get_column(Slk.Metric.FORMATIE, year))
    assert same(rollup.dup_share_column(Slk.Share.EXTERNAL_HIRE, year),
                rollup.get_share_column(Slk.Share.EXTERNAL_HIRE, year))
    listed = rollup.list_contributions("bzk", Slk.Metric.FORMATIE, year)
    explained = rollup.explain("bzk", Slk.Metric.FORMATIE, year)
    assert [c.props.record_id for c in listed] == [c.props.record_id for c in explained]

    monitor = Slk.Monitor.new(dataset)
    assert monitor.list_ministries() == monitor.get_ministries()
    assert monitor.list_fields() == monitor.get_fields()
    assert same(monitor.dup_column("fte"), monitor.get_column("fte"))
    assert len(monitor.list_findings()) == len(monitor.get_findings())
    assert [c.props.record_id for c in monitor.list_contributions("bzk", "fte")] == \
        [c.props.record_id for c in monitor.explain("bzk", "fte")]
    with pytest.raises(gi.repository.GLib.Error):
        monitor.dup_column("ftee")


def test_taakstelling_and_years(dataset):
    taak = dataset.list_taakstellingen()[0]
    assert taak.list_years() == taak.get_years()
    years = taak.list_years()
    assert same(taak.dup_column(Slk.TaakFigure.TARGETS, years),
                taak.get_column(Slk.TaakFigure.TARGETS, years))
    scope = taak.get_scope_organization()
    assert (scope and scope.get_id()) == (taak.get_scope() and taak.get_scope().get_id())
    assert dataset.list_rijksdienst_reported_years() == dataset.get_rijksdienst_reported_years()
    bzk = dataset.lookup_organization("bzk")
    assert bzk.list_reported_years() == bzk.get_reported_years()
    norms = Slk.Norms.new()
    assert norms.list_overhead_path_years() == norms.get_overhead_path_years()


def test_money_in_cents_and_a_euro_helper():
    dataset = Slk.Dataset()
    for ident, cents in (("a", 9007199254740993), ("b", 2)):
        ministry = Slk.Ministry.new(ident, f"Ministerie {ident}")
        dataset.add_organization(ministry)
        ministry.set_cents(Slk.Metric.PERSONNEL_SPENDING, 2025, cents)
    rollup = Slk.Rollup.new(dataset, Slk.Scope.ALL, Slk.Grouping.MINISTRY)
    found, cents = rollup.get_cents(None, Slk.Metric.PERSONNEL_SPENDING, 2025)
    assert found and cents == 9007199254740995
    assert rollup.get_cents("b", Slk.Metric.PERSONNEL_SPENDING, 2025) == (True, 2)
    assert str(Slk.euros(cents)) == "90071992547409.95"
    assert Slk.euros(None) is None and str(Slk.euros(-5)) == "-0.05"
    assert rollup.get_cents(None, Slk.Metric.PERSONNEL_SPENDING, 2024) == (False, 0)

    monitor = Slk.Monitor.new(Slk.Dataset.new_default())
    monitor.set_year(2025)
    found, euros = monitor.get_rijksdienst_value("taakstelling_target")
    assert found and monitor.get_cents(None, "taakstelling_target") == (True, round(euros * 100))
    with pytest.raises(gi.repository.GLib.Error):
        monitor.get_cents(None, "taakstelling_targett")
