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
print(ds.props.title, "— reference date", ds.props.reference_date.format("%F"))

# One palette for the charts of every notebook: a colour per series, in order.
PALETTE = ["#1f4e79", "#e07b00", "#2e8b57", "#a23b72", "#6b6b6b", "#c9a400",
           "#3b8ea5", "#8c564b", "#b22222", "#4b0082", "#556b2f", "#d2691e"]
plt.rcParams["axes.prop_cycle"] = plt.cycler(color=PALETTE)'''

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
        ("code", '''assert counts.values.sum() > 0
ax = counts.plot.barh(stacked=True, figsize=(8, 5))
ax.set_title("Bodies under each ministry (ROO 2026-05-16)")
ax.set_xlabel("bodies (number of register records)")
ax.set_ylabel("ministry");'''),
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
assert kaderwet.values.sum() == len(zbos)
ax = kaderwet.plot.bar(stacked=True, figsize=(9, 4), title="Does the Kaderwet zbo's apply?")
ax.set_xlabel("ministry")
ax.set_ylabel("ZBOs (number)");'''),
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
        ("code", SETUP),
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
        ("markdown", "# The monitor and its norms\n\nEvery norm the government set itself, "
                     "who misses it and why, and the published figure beside the computed "
                     "one. Shares are computed from sums; a figure no source gives is NaN, "
                     "never 0; a norm with no data in the sources says so instead of "
                     "passing."),
        ("code", SETUP),
        ("markdown", "## Every norm, and who misses it\n\nEach warning of the validator "
                     "judges one norm (`Slk.Norms` holds them). The table has a row for "
                     "every norm, also those the sources give no data for yet."),
        ("code", '''norms = Slk.Norms.new()
NORMS = {   # finding code: the norm it judges
    "roemernorm-exceeded": f"external hire at most {norms.get_roemernorm():.0%} of own staff "
                           "and hire spending (Roemernorm)",
    "overhead-above-target": "overhead functions at most the year's share of FTE",
    "zbo-evaluation-overdue": f"a Kaderwet ZBO evaluated every {norms.get_zbo_evaluation_years()} "
                              "years",
    "evaluation-due-soon": "a Kaderwet ZBO's next evaluation (due within a year)",
    "noodrem-response-overdue": "a noodrem answered by its deadline",
    "taakstelling-behind": "a taakstelling filled in to its target",
    "rule-target-missed": "rules scrapped or simplified to the target",
    "rules-businesses-share-low": f"at least {norms.get_rules_businesses_share():.0%} of rule "
                                  "changes for businesses",
    "fte-target-missed": "a department within its FTE target",
    "commitment-overdue": "a promise kept by its due date",
}
findings = ds.validate().frame()
warnings = findings[findings.severity == "warning"]
assert set(warnings.code) <= set(NORMS)          # every warning judges a norm of the table
per_norm = pd.DataFrame({
    "norm": pd.Series(NORMS),
    "missed": warnings.code.value_counts().reindex(list(NORMS), fill_value=0),
    "who": warnings.groupby("code", observed=True).subject.apply(
        lambda s: ", ".join(sorted(set(s))[:6])),
}).reindex(list(NORMS)).fillna({"who": "— (no data in the sources, or no one misses it)"})
assert per_norm.missed.sum() == len(warnings)
per_norm'''),
        ("markdown", "## Why: one sentence per finding\n\nThe message says what was "
                     "judged, with the numbers; the subject is the record, the pointer "
                     "where it stands in the dataset."),
        ("code", '''why = warnings[["code", "subject", "message"]].sort_values(["code", "subject"])
assert why.message.str.len().gt(0).all()
why.groupby("code", observed=True).head(2)'''),
        ("code", '''missed = per_norm[per_norm.missed > 0].missed.sort_values()
assert not missed.empty
ax = missed.plot.barh(figsize=(8, 3.5), color=PALETTE[0])
ax.set_title("Warnings per norm, built-in dataset")
ax.set_xlabel("warnings (number)")
ax.set_ylabel("finding code");'''),
        ("markdown", "## The Roemernorm: computed beside published\n\nThe monitor computes "
                     "each ministry's external hire from the figures of its kerndepartement "
                     "(scope `core`); a ministry's annual report publishes a share of its own, "
                     "often for the whole ministry. They cover different things, so they "
                     "are shown side by side and never mixed."),
        ("code", '''monitor = Slk.Monitor.new(ds)
monitor.set_scope(Slk.Scope.CORE)
rows = []
for year in (2021, 2022, 2023):
    monitor.set_year(year)
    computed = dict(zip(monitor.list_ministries(), monitor.dup_column("external_hire_share")))
    for ministry in monitor.list_ministries():
        org = ds.lookup_organization(ministry)
        published, scope, source = float("nan"), None, None
        if year in org.list_reported_years():
            reported = org.dup_reported(year)
            given, value = reported.get_value(Slk.Metric.EXTERNAL_HIRE_SHARE)
            if given:
                published, scope = value, reported.get_scope().value_nick
                found = reported.dup_source(Slk.Metric.EXTERNAL_HIRE_SHARE)
                source = found.get_url() if found else None
        if computed[ministry] == computed[ministry] or published == published:
            rows.append({"year": year, "ministry": ministry,
                         "computed (core, %)": 100 * computed[ministry],
                         "published (%)": 100 * published, "published scope": scope,
                         "source": source})
side = pd.DataFrame(rows).set_index(["year", "ministry"])
assert side.loc[(2022, "bzk"), "published scope"] == "ministry"   # not the kerndepartement
side.round(1)'''),
        ("code", '''both = side.loc[2022][["computed (core, %)", "published (%)"]]
assert both.notna().any().all()
ax = both.plot.barh(figsize=(8, 4), color=[PALETTE[0], PALETTE[1]])
ax.axvline(norms.get_roemernorm() * 100, color=PALETTE[4], linestyle="--", label="Roemernorm")
ax.set_title("External hire in 2022: computed (kerndepartement) and published (ministry)")
ax.set_xlabel("external hire (% of own staff and hire spending)")
ax.set_ylabel("ministry")
ax.legend(fontsize="small");'''),
        ("markdown", "## The Rijksdienst as a whole\n\nThe shares the government published "
                     "for the Rijksdienst (JBR and others), each with its source, against "
                     "the Roemernorm."),
        ("code", '''shares = {}
for year in ds.list_rijksdienst_reported_years():
    given, share = ds.dup_rijksdienst_reported(year).get_value(Slk.Metric.EXTERNAL_HIRE_SHARE)
    if given:
        shares[year] = share
series = pd.Series(shares).sort_index()
assert not series.empty and (series > norms.get_roemernorm()).all()
print(ds.dup_rijksdienst_reported(2024).dup_source(Slk.Metric.EXTERNAL_HIRE_SHARE).get_url())
ax = (series * 100).plot(marker="o", figsize=(8, 4), color=PALETTE[1], label="published share")
ax.axhline(norms.get_roemernorm() * 100, color=PALETTE[4], linestyle="--", label="Roemernorm")
ax.set_title("External hire of the Rijksdienst, as published")
ax.set_xlabel("year")
ax.set_ylabel("external hire (% of own staff and hire spending)")
ax.legend();'''),
        ("markdown", "## A different norm\n\nThe validator judges against `Slk.Norms`; set "
                     "one to ask what if the norm were different."),
        ("code", '''def codes(report):
    return pd.Series([f.props.code for f in report]).value_counts()

default = codes(ds.validate())
lenient = codes(ds.validate_with_norms(Slk.Norms(zbo_evaluation_years=8)))
side_by_side = pd.DataFrame({"5 years (the law)": default, "8 years": lenient}).fillna(0)
assert side_by_side.loc["zbo-evaluation-overdue", "8 years"] < \\
       side_by_side.loc["zbo-evaluation-overdue", "5 years (the law)"]
side_by_side'''),
    ],
    "following-the-agenda": [
        ("markdown", "# Following the agenda\n\nThe promises of the letters of 2025 and 2026 "
                     "on a slagvaardige overheid, each with its letter and the sentence that "
                     "made it; the departments' FTE targets; and how the cuts are filled in. "
                     "An open promise past its due day is overdue: no source in the data "
                     "records a delivery. What the sources do not give yet (FTE targets, "
                     "measures) is shown in a scenario, marked as such."),
        ("code", SETUP),
        ("code", '''promises = pd.DataFrame([{
    "owner": c.get_owner_id(), "due": c.get_due_text(), "title": c.get_title(),
    "status": c.get_status().value_nick, "letter": c.dup_source().get_date(),
    "overdue": c.is_overdue(),
} for c in ds.list_commitments()])
assert len(promises) >= 10 and promises.overdue.sum() == 2
promises.sort_values("due")'''),
        ("code", '''by_owner = promises.groupby("owner").overdue.agg(open="size", overdue="sum")
by_owner["open"] -= by_owner.overdue
assert by_owner.values.sum() == len(promises)
ax = by_owner.sort_values("open").plot.barh(stacked=True, figsize=(8, 4),
                                            color=[PALETTE[0], PALETTE[8]])
ax.set_title("Promises of the 2025–2026 letters, per owner")
ax.set_xlabel("promises (number)")
ax.set_ylabel("owner (ministry, or rijksbreed)");'''),
        ("markdown", "## The monitor counts them\n\nThe monitor's `commitments_open` and "
                     "`commitments_overdue` are these promises per ministry."),
        ("code", '''monitor = Slk.Monitor.new(ds)
counts = pd.DataFrame({field: monitor.dup_column(field)
                       for field in ("commitments_open", "commitments_overdue")},
                      index=monitor.list_ministries())
found, overdue = monitor.get_rijksdienst_value("commitments_overdue")
assert found and overdue == promises.overdue.sum()
counts[counts.sum(axis=1) > 0]'''),
        ("markdown", "## FTE targets and measures: a scenario\n\nThe sources give no "
                     "department's FTE target or FTE yet, nor the measures that fill the "
                     "June 2026 cuts in. A copy of the dataset with made-up values (marked "
                     "as such) shows how they would be followed: a target missed is a "
                     "finding, and measures fill a cut in."),
        ("code", '''scenario = Slk.Dataset()
scenario.load_from_data(ds.to_data()[0], -1)      # a copy to try things on
scenario.add_fte_target(Slk.FteTarget.new("bzk", 2021, 1700, Slk.Scope.CORE))
# a made-up FTE figure, for the scenario only: no source gives BZK's FTE
scenario.lookup_organization("bzk").set_value(Slk.Metric.FTE, 2021, 1800)
missed = [f.props.message for f in scenario.validate() if f.props.code == "fte-target-missed"]
assert len(missed) == 1
cut = scenario.lookup_taakstelling("efficiency-2026")
cut.add_measure(Slk.Measure.new(2030, 25_000_000_000, Slk.MeasureKind.HOUSING, "minder m²"))
cut.add_measure(Slk.Measure.new(2030, 15_000_000_000, Slk.MeasureKind.FTE, None))
assert cut.is_met(2030)              # the measures fill the cut in
measures = pd.DataFrame([{"kind": m.get_kind().value_nick, "euro": Slk.euros(m.get_amount())}
                         for m in cut.list_measures()])
print(missed[0])
measures'''),
    ],
    "taakstelling-scenarios": [
        ("markdown", "# Taakstelling scenarios side by side\n\nThe 22 % apparaat taakstelling "
                     "(€ 239 mln in 2025, € 904 mln in 2028 — the amounts the sources give) "
                     "divided over the ministries three ways. Every division is exact to "
                     "the cent: the shares add up to the whole."),
        ("code", SETUP),
        ("code", '''parent = ds.lookup_taakstelling("schoof-apparaat-22")
whole = {year: parent.get_amount(Slk.TaakFigure.TARGETS, year)[1] for year in parent.list_years()}
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
        ("code", '''assert scenarios.notna().any().all()      # every scenario has shares to draw
ax = (scenarios / 1e6).plot.bar(figsize=(10, 5), title="Share of the 2028 cut per ministry")
ax.set_xlabel("ministry")
ax.set_ylabel("share of the cut in 2028 (€ mln)");'''),
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
