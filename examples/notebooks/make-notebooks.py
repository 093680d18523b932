#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes the example notebooks from the cells below (run by hand after an
edit; the .ipynb files are committed without outputs). Each notebook checks
what it shows with assertions, so that running it is a test."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SETUP = '''import gi
gi.require_version("Slk", "1.0")
from gi.repository import Slk
import pandas as pd
import matplotlib.pyplot as plt

ds = Slk.Dataset.new_default()       # the real Rijksdienst, built into the library
print(ds.props.title, "— reference date", ds.props.reference_date.format("%F"))'''

NOTEBOOKS = {
    "organisation-landscape": [
        ("markdown", "# The organisation landscape\n\nThe ministries and the ZBOs, "
                     "rijksinspecties and agentschappen under them, from the built-in "
                     "dataset (Register van Overheidsorganisaties, 2026-05-16, with the "
                     "audit's corrections: `data/README.md`). What no "
                     "source gives stays absent: it shows as NaN or `unknown`, never as 0."),
        ("code", SETUP),
        ("code", '''rows = []
for org in ds.list_organizations():
    kind = org.props.kind.value_nick
    rows.append({"id": org.get_id(), "kind": kind,
                 "ministry": org.get_id() if kind == "ministry" else org.get_parent_id()})
orgs = pd.DataFrame(rows)
bodies = orgs[orgs.kind.isin(["zbo", "inspection", "agency"])]
counts = bodies.pivot_table(index="ministry", columns="kind", aggfunc="size", fill_value=0)
assert (orgs.kind == "ministry").sum() == 12
assert counts.loc["szw"].sum() == len(ds.lookup("szw").list_organizations())
counts'''),
        ("code", '''ax = counts.plot.barh(stacked=True, figsize=(8, 5))
ax.set_title("Bodies under each ministry (ROO 2026-05-16)")
ax.set_xlabel("number of records");'''),
        ("markdown", "## ZBOs: legal form, legal personality and the Kaderwet\n\n"
                     "A ZBO without legal personality is part of the State and counts in "
                     "the `rijksdienst` scope of the monitor."),
        ("code", '''zbos = pd.DataFrame([{
    "id": z.get_id(), "ministry": z.get_parent_id(),
    "legal_form": z.get_legal_form().value_nick,
    "legal_personality": z.get_legal_personality().value_nick,
    "kaderwet": z.get_kaderwet().value_nick,
} for z in ds.list_organizations() if z.props.kind == Slk.OrganizationKind.ZBO])
# 187 register records, less the 4 koepels and 5 openbare lichamen voor beroep en
# bedrijf that the audit found to be no ZBOs
assert len(zbos) == 178
table = pd.crosstab(zbos.legal_form, zbos.legal_personality, margins=True)
assert table.loc["All", "All"] == 178
table'''),
        ("markdown", "## Clusters, counted once\n\nA cluster van zbo's of the register "
                     "stands for many bodies; where the register names a member, the cluster "
                     "lists it in `members`, and sums count the cluster and its members once. "
                     "The CBS lists its departments the same way."),
        ("code", '''clusters = pd.DataFrame([{"id": z.get_id(), "name": z.get_name(),
                          "named members": ", ".join(z.dup_members())}
                         for z in ds.list_organizations()
                         if z.props.kind == Slk.OrganizationKind.ZBO and z.has_members()])
assert "zbo-ser" in ds.lookup("zbo-cbs").dup_members()
assert len(clusters) == 48     # 47 clusters of the register, and the CBS
# counted once: a record another lists as its member counts through that one
listed = {m for z in ds.list_organizations()
          if z.props.kind == Slk.OrganizationKind.ZBO for m in z.dup_members()}
counted = zbos[~zbos.id.isin(listed)]
assert len(listed) == 8 and len(counted) == 170   # 6 CBS departments, EWN and RGS
print(f"{len(zbos)} ZBO records, {len(counted)} counted once")
clusters[clusters["named members"] != ""]'''),
        ("code", '''kaderwet = zbos.groupby("ministry").kaderwet.value_counts().unstack(fill_value=0)
kaderwet.plot.bar(stacked=True, figsize=(9, 4), title="Does the Kaderwet zbo's apply?");'''),
        ("markdown", "## Kerndepartement formatie, 2018–2022\n\nThe source table gives the "
                     "formatie (budgeted positions), which is not the FTE employed: it is its "
                     "own metric. One call per year fetches a whole column. Defensie is not in "
                     "the source table, so its line is absent; every figure names its source."),
        ("code", '''rollup = Slk.Rollup.new(ds, Slk.Scope.CORE, Slk.Grouping.MINISTRY)
years = list(range(2018, 2023))
formatie = pd.DataFrame({year: rollup.get_column(Slk.Metric.FORMATIE, year) for year in years},
                        index=rollup.get_groups())
assert pd.isna(formatie.loc["def"]).all()
assert formatie.loc["bzk", 2022] == 1987
source = ds.lookup("bzk").dup_figure_source(2022, Slk.Metric.FORMATIE)
assert "1987" in source.get_quote()
print("source:", source.get_url())
ax = formatie.T.plot(figsize=(9, 5), marker="o", title="Kerndepartement formatie")
ax.set_xticks(years);
formatie'''),
    ],
    "rijksdienst-in-figures": [
        ("markdown", "# The Rijksdienst in figures, 2019–2025\n\nWhat the built-in dataset "
                     "knows of the size and spending of the Rijksdienst, figure by figure: "
                     "each with its source, each sum with how complete it is, and what the "
                     "government published itself beside it. Nothing is filled in: a figure "
                     "no source gives is absent, and absent is never 0."),
        ("code", SETUP + '''
# One palette for the charts of these notebooks: a colour per ministry, in order.
PALETTE = ["#1f4e79", "#e07b00", "#2e8b57", "#a23b72", "#6b6b6b", "#c9a400",
           "#3b8ea5", "#8c564b", "#b22222", "#4b0082", "#556b2f", "#d2691e"]
plt.rcParams["axes.prop_cycle"] = plt.cycler(color=PALETTE)'''),
        ("markdown", "## How many figures there are, and where they come from\n\n"
                     "`ds.frame(\"figures\")` is a row per figure: who, which year, which "
                     "metric and unit, the value and its source."),
        ("code", '''figures = ds.frame("figures")
figures = figures[figures.year.between(2019, 2025)]
assert figures.source.notna().all()          # every figure says where it comes from
per_year = figures.pivot_table(index="metric", columns="year", values="id",
                               aggfunc="count", observed=True).fillna(0).astype(int)
assert per_year.loc["formatie"].loc[2019:2022].eq(11).all()
per_year'''),
        ("code", '''figures.source.value_counts().head(8)'''),
        ("markdown", "## The formatie of the kerndepartementen\n\nThe one series every "
                     "kerndepartement but Defensie gives for 2019–2022 "
                     "(kennisvandeoverheid.nl). It is formatie, not FTE: places budgeted, "
                     "not people employed."),
        ("code", '''formatie = figures[figures.metric == "formatie"]
formatie = formatie.pivot(index="year", columns="id", values="value")
assert list(formatie.index) == [2019, 2020, 2021, 2022] and formatie.notna().all().all()
assert "def" not in formatie.columns
ax = formatie.plot(figsize=(9, 5), marker="o")
ax.set_title("Formatie of the kerndepartementen, 2019–2022")
ax.set_xlabel("year")
ax.set_ylabel("formatie (FTE)")
ax.set_xticks(formatie.index)
ax.legend(ncol=4, fontsize="small", title="ministry");'''),
        ("markdown", "## A sum says how complete it is\n\nThe FTE of 2024 per ministry over "
                     "the `rijksdienst` scope: a ministry whose organisations give no FTE has "
                     "no sum (NaN), and a sum of some of them says how many."),
        ("code", '''rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY)
rows = []
for group, value in zip(rollup.get_groups(), rollup.get_column(Slk.Metric.FTE, 2024)):
    _, reporting, in_scope = rollup.get_coverage(group, Slk.Metric.FTE, 2024)
    rows.append({"ministry": group, "fte": value, "reporting": reporting,
                 "in_scope": in_scope})
coverage = pd.DataFrame(rows).set_index("ministry")
assert (coverage.reporting <= coverage.in_scope).all()
assert (coverage.fte.isna() == (coverage.reporting == 0)).all()   # no figure: no sum
coverage'''),
        ("code", '''share = 100 * coverage.reporting / coverage.in_scope
ax = share.plot.barh(figsize=(8, 5), color=PALETTE[0])
ax.set_title("Organisations that give their FTE for 2024, per ministry")
ax.set_xlabel("organisations giving FTE (% of those in scope)")
ax.set_ylabel("ministry")
ax.set_xlim(0, 100);'''),
        ("markdown", "## What the government published itself\n\nThe Rijksdienst as a "
                     "whole, as the government and others reported it: kept beside the "
                     "computed figures, never added to them, each with its source."),
        ("code", '''published = []
for year in ds.get_rijksdienst_reported_years():
    reported = ds.dup_rijksdienst_reported(year)
    for metric in Slk.Metric.__enum_values__.values():
        given, value = reported.get_value(metric)
        if given:
            source = reported.dup_source(metric)
            published.append({"year": year, "metric": Slk.Metric.to_string(metric),
                              "value": value,
                              "source": source.get_title() or source.get_url()})
published = pd.DataFrame(published)
assert published.source.notna().all()
published'''),
        ("code", '''hire = published[published.metric == "external_hire_share"]
hire = hire.set_index("year").value * 100
ax = hire.plot(marker="o", figsize=(8, 4), color=PALETTE[1], label="published share")
ax.axhline(Slk.Norms.new().get_roemernorm() * 100, color=PALETTE[4], linestyle="--",
           label="Roemernorm")
ax.set_title("External hire of the Rijksdienst, as published")
ax.set_xlabel("year")
ax.set_ylabel("external hire (% of staff and hire spending)")
ax.legend();'''),
    ],
    "monitor-and-norms": [
        ("markdown", "# The monitor and its norm checks\n\nThe Monitor Slagvaardige Overheid "
                     "on the built-in dataset, and what the norms say. Shares are computed "
                     "from sums; a figure with no data is NaN, never 0."),
        ("code", SETUP),
        ("code", '''monitor = Slk.Monitor.new(ds)
monitor.set_year(2023)
table = pd.DataFrame({field: monitor.get_column(field) for field in monitor.get_fields()},
                     index=monitor.get_ministries())
# how many organisations of each row gave the FTE: a sum of some is no total
coverage = pd.DataFrame([monitor.get_coverage(m, "fte")[1:] for m in monitor.get_ministries()],
                        index=monitor.get_ministries(), columns=["reporting", "in_scope"])
table = table[["fte", "external_hire_share"]].join(coverage)
assert (table.reporting < table.in_scope)[table.fte.notna()].all()
table'''),
        ("code", '''found, total = monitor.get_rijksdienst_value("fte")
assert found and total == table.fte.sum()       # a sum over the organisations that give FTE
contributions = [(c.props.record_id, c.props.value) for c in monitor.explain(None, "fte")]
assert len(contributions) == monitor.get_coverage(None, "fte")[1]
published = ds.dup_rijksdienst_reported(2024).get_value(Slk.Metric.FTE)[1]
print(f"computed FTE 2023: {total:.0f} from {len(contributions)} records; "
      f"the government published {published:.0f} FTE for 2024")
pd.DataFrame(contributions, columns=["record", "fte"]).sort_values("fte", ascending=False)'''),
        ("markdown", "## External hire against the Roemernorm\n\nThe rijksbrede shares the "
                     "government published (JBR and others), against the 10 % line, each "
                     "with its source."),
        ("code", '''norms = Slk.Norms.new()
shares = {}
for year in ds.get_rijksdienst_reported_years():
    given, share = ds.dup_rijksdienst_reported(year).get_value(Slk.Metric.EXTERNAL_HIRE_SHARE)
    if given:
        shares[year] = share
series = pd.Series(shares).sort_index()
print(ds.dup_rijksdienst_reported(2024).dup_source(Slk.Metric.EXTERNAL_HIRE_SHARE).get_url())
assert (series > norms.get_roemernorm()).all()     # above the norm in every reported year
ax = (series * 100).plot(marker="o", figsize=(8, 4), title="External hire, % of personnel spending")
ax.axhline(norms.get_roemernorm() * 100, color="red", linestyle="--", label="Roemernorm")
ax.legend();'''),
        ("markdown", "## Findings, and a different norm\n\nThe validator judges against "
                     "`Slk.Norms`; set one to ask what if the norm were different."),
        ("code", '''def codes(report):
    return pd.Series([f.props.code for f in report]).value_counts()

default = codes(ds.validate())
lenient = codes(ds.validate_with_norms(Slk.Norms(zbo_evaluation_years=8)))
side_by_side = pd.DataFrame({"5 years (the law)": default, "8 years": lenient}).fillna(0)
assert side_by_side.loc["zbo-evaluation-overdue", "8 years"] < \\
       side_by_side.loc["zbo-evaluation-overdue", "5 years (the law)"]
side_by_side'''),
        ("markdown", "## Following the agenda\n\nThe promises of the letters of 2025 and 2026, "
                     "each with its letter and the sentence that made it; an open one past its "
                     "due day is overdue (no source in the data records a delivery). The "
                     "departments' FTE targets and how the cuts are filled in are not in the "
                     "sources yet: a scenario shows how they would be followed."),
        ("code", '''promises = pd.DataFrame([{
    "owner": c.get_owner_id(), "due": c.get_due_text(), "title": c.get_title(),
    "letter": c.dup_source().get_date(), "overdue": c.is_overdue(),
} for c in ds.list_commitments()])
assert len(promises) >= 10 and promises.overdue.sum() == 2
promises.sort_values("due")'''),
        ("code", '''scenario = Slk.Dataset()
scenario.load_from_data(ds.to_data()[0], -1)      # a copy to try things on
scenario.add_fte_target(Slk.FteTarget.new("bzk", 2021, 1700, Slk.Scope.CORE))
# a made-up FTE figure, for the scenario only: no source gives BZK's FTE
scenario.lookup("bzk").set_figure(2021, Slk.Metric.FTE, 1800)
missed = [f.props.message for f in scenario.validate() if f.props.code == "fte-target-missed"]
assert len(missed) == 1
cut = scenario.lookup("efficiency-2026")
cut.add_measure(Slk.Measure.new(2030, 25_000_000_000, Slk.MeasureKind.HOUSING, "minder m²"))
cut.add_measure(Slk.Measure.new(2030, 15_000_000_000, Slk.MeasureKind.FTE, None))
assert cut.is_met(2030)              # the measures fill the cut in
missed'''),
    ],
    "taakstelling-scenarios": [
        ("markdown", "# Taakstelling scenarios side by side\n\nThe 22 % apparaat taakstelling "
                     "(€ 239 mln in 2025, € 904 mln in 2028 — the amounts the sources give) "
                     "divided over the ministries three ways. Every division is exact to "
                     "the cent: the shares add up to the whole."),
        ("code", SETUP),
        ("code", '''parent = ds.lookup("schoof-apparaat-22")
whole = {year: parent.get_amount(Slk.TaakFigure.TARGETS, year)[1] for year in parent.get_years()}
assert whole == {2025: 23_900_000_000, 2028: 90_400_000_000}

def divide(allocator):
    shares = allocator.allocate(parent)
    return pd.Series({s.get_scope_id(): s.get_amount(Slk.TaakFigure.TARGETS, 2028)[1] / 100
                      for s in shares})

by_fte = Slk.Allocator(metric=Slk.Metric.FORMATIE, base_year=2022, scope=Slk.Scope.CORE)
by_fte.exempt("def")          # Defensie gives no kerndepartement formatie: exempt, not 0
equal = Slk.Allocator()
for ministry in ds.list_organizations():
    if ministry.props.kind == Slk.OrganizationKind.MINISTRY and ministry.get_id() != "def":
        equal.set_weight(ministry.get_id(), 1)
small_spared = Slk.Allocator(metric=Slk.Metric.FORMATIE, base_year=2022, scope=Slk.Scope.CORE)
for spared in ("def", "az"):
    small_spared.exempt(spared)

scenarios = pd.DataFrame({"kaasschaaf (formatie 2022)": divide(by_fte),
                          "equal shares": divide(equal),
                          "AZ spared too": divide(small_spared)})
for column in scenarios:
    assert round(scenarios[column].sum() * 100) == whole[2028]
scenarios.sort_values("kaasschaaf (formatie 2022)", ascending=False)'''),
        ("code", '''ax = (scenarios / 1e6).plot.bar(figsize=(10, 5), title="Share of the 2028 cut, € mln")
ax.set_ylabel("€ mln");'''),
        ("markdown", "## Adding the shares to the dataset\n\nOnce added, the shares validate "
                     "clean: they add up to the parent in every year."),
        ("code", '''for share in by_fte.allocate(parent):
    ds.add_taakstelling(share)
report = ds.validate()
assert not [f for f in report if f.props.code == "allocation-mismatch"]
assert len(parent.list_shares()) == 11
pd.Series([f.props.code for f in report]).value_counts()'''),
    ],
}


def cell(kind, text):
    lines = text.splitlines(keepends=True)
    base = {"cell_type": kind, "metadata": {}, "source": lines}
    if kind == "code":
        base.update({"execution_count": None, "outputs": []})
    return base


for name, cells in NOTEBOOKS.items():
    notebook = {
        "cells": [cell(kind, text) for kind, text in cells],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                    "name": "python3"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    for i, c in enumerate(notebook["cells"]):
        c["id"] = f"{name}-{i}"
    with open(os.path.join(HERE, name + ".ipynb"), "w", encoding="utf-8") as f:
        json.dump(notebook, f, indent=1, ensure_ascii=False)
        f.write("\n")
