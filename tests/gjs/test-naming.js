// SPDX-License-Identifier: LGPL-2.1-or-later
// One naming pattern (issue 16) through gjs: (metric, year) in that order,
// dup_/list_ for what the caller owns, list_contributions and
// get_scope_organization; each gives what the deprecated name gives.
import Slk from 'gi://Slk?version=1.0';

import {euros, items} from '../../bindings/gjs/slk.js';
import {assert, done, test} from './harness.js';

const ds = Slk.Dataset.new_default();
const same = (a, b) => a.length === b.length &&
    a.every((x, i) => x === b[i] || (Number.isNaN(x) && Number.isNaN(b[i])));
const ids = model => [...items(model)].map(c => c.get_record_id()).join();

test('organization figures: the metric before the year', () => {
    const org = ds.lookup_organization('bzk');
    const years = org.list_years();
    assert(same(years, org.get_years()) && years.length > 0, 'years');
    const year = years[years.length - 1];
    assert(same(org.get_value(Slk.Metric.FTE, year), org.get_figure(year, Slk.Metric.FTE)),
        'value');
    assert(same(org.dup_figure_column(Slk.Metric.FTE, years),
        org.get_figure_column(Slk.Metric.FTE, years)), 'column');
    const source = org.dup_value_source(Slk.Metric.FTE, year);
    const old = org.dup_figure_source(year, Slk.Metric.FTE);
    assert((source && source.get_key()) === (old && old.get_key()), 'source');
    org.set_cents(Slk.Metric.PERSONNEL_SPENDING, 3001, 123456789);
    assert(org.get_cents(Slk.Metric.PERSONNEL_SPENDING, 3001)[1] === 123456789, 'cents');
    org.set_value(Slk.Metric.FTE, 3001, 12.5);
    org.add_source(Slk.Source.new('naming-test', 'A test source', null, null, null));
    org.set_value_source(Slk.Metric.FTE, 3001, 'naming-test');
    assert(org.dup_value_source(Slk.Metric.FTE, 3001).get_key() === 'naming-test', 'source set');
    assert(org.get_value(Slk.Metric.FTE, 3001)[1] === 12.5, 'set');
    org.unset_value(Slk.Metric.FTE, 3001);
    org.unset_value(Slk.Metric.PERSONNEL_SPENDING, 3001);
    assert(!org.get_value(Slk.Metric.FTE, 3001)[0], 'unset');
});

test('roll-up and monitor: dup_, list_ and list_contributions', () => {
    const rollup = Slk.Rollup.new(ds, Slk.Scope.CORE, Slk.Grouping.MINISTRY);
    assert(rollup.list_groups().join() === rollup.get_groups().join(), 'groups');
    const years = rollup.list_years();
    assert(same(years, rollup.get_years()), 'years');
    const year = years[years.length - 1];
    assert(same(rollup.dup_column(Slk.Metric.FORMATIE, year),
        rollup.get_column(Slk.Metric.FORMATIE, year)), 'column');
    assert(same(rollup.dup_share_column(Slk.Share.EXTERNAL_HIRE, year),
        rollup.get_share_column(Slk.Share.EXTERNAL_HIRE, year)), 'shares');
    assert(ids(rollup.list_contributions('bzk', Slk.Metric.FORMATIE, year)) ===
        ids(rollup.explain('bzk', Slk.Metric.FORMATIE, year)), 'contributions');
    const monitor = Slk.Monitor.new(ds);
    assert(monitor.list_ministries().join() === monitor.get_ministries().join(), 'ministries');
    assert(monitor.list_fields().join() === monitor.get_fields().join(), 'fields');
    assert(same(monitor.dup_column('fte'), monitor.get_column('fte')), 'monitor column');
    assert(monitor.list_findings().get_n_items() === monitor.get_findings().get_n_items(),
        'findings');
    assert(ids(monitor.list_contributions('bzk', 'fte')) === ids(monitor.explain('bzk', 'fte')),
        'monitor contributions');
});

test('taakstellingen, reported years and norms', () => {
    const taak = ds.list_taakstellingen().get_item(0);
    const years = taak.list_years();
    assert(same(years, taak.get_years()), 'years');
    assert(same(taak.dup_column(Slk.TaakFigure.TARGETS, years),
        taak.get_column(Slk.TaakFigure.TARGETS, years)), 'column');
    const scope = taak.get_scope_organization();
    assert((scope && scope.get_id()) === (taak.get_scope() && taak.get_scope().get_id()),
        'scope');
    assert(same(ds.list_rijksdienst_reported_years(), ds.get_rijksdienst_reported_years()),
        'rijksdienst reported');
    const bzk = ds.lookup_organization('bzk');
    assert(same(bzk.list_reported_years(), bzk.get_reported_years()), 'reported');
    const norms = Slk.Norms.new();
    assert(same(norms.list_overhead_path_years(), norms.get_overhead_path_years()), 'norms');
});

test('money in cents, and euros exactly', () => {
    const dataset = new Slk.Dataset();
    const a = Slk.Ministry.new('a', 'Ministerie A');
    dataset.add_organization(a);
    a.set_cents(Slk.Metric.PERSONNEL_SPENDING, 2025, 123456789);
    const rollup = Slk.Rollup.new(dataset, Slk.Scope.ALL, Slk.Grouping.MINISTRY);
    const [found, cents] = rollup.get_cents(null, Slk.Metric.PERSONNEL_SPENDING, 2025);
    assert(found && cents === 123456789, `${cents}`);
    assert(euros(cents) === '1234567.89' && euros(-5) === '-0.05', euros(cents));
    assert(euros(9007199254740995n) === '90071992547409.95', 'exact past 2^53');
    const monitor = Slk.Monitor.new(Slk.Dataset.new_default());
    monitor.set_year(2025);
    const [given, total] = monitor.get_rijksdienst_value('taakstelling_target');
    const [inCents, monitorCents] = monitor.get_cents(null, 'taakstelling_target');
    assert(given && inCents && monitorCents === Math.round(total * 100), `${monitorCents}`);
});

done();
