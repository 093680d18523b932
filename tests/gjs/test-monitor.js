// SPDX-License-Identifier: LGPL-2.1-or-later
// Taakstellingen, rules, roll-ups, allocation and the monitor through gjs,
// with figures computed by hand from tests/data/valid/monitor.json.
import GLib from 'gi://GLib';
import Slk from 'gi://Slk?version=1.0';

import {items} from '../../bindings/gjs/slk.js';
import {assert, done, test} from './harness.js';

const DATA = GLib.getenv('SLK_TEST_DATA');
const near = (a, b) => Math.abs(a - b) < 1e-12;

function monitorDataset() {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/monitor.json`);
    return ds;
}

test('roll-up columns and explanations', () => {
    const ds = monitorDataset();
    const rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY);
    assert(rollup.get_scope() === Slk.Scope.RIJKSDIENST, 'scope');
    assert(rollup.get_grouping() === Slk.Grouping.MINISTRY, 'grouping');
    assert(rollup.get_groups().join() === 'szw,bzk,def', 'groups');
    assert(rollup.get_years().join() === '2024,2026', 'years');
    assert(rollup.get_column(Slk.Metric.FTE, 2026).join() === '1000,2200,40000', 'fte');
    const hire = rollup.get_share_column(Slk.Share.EXTERNAL_HIRE, 2026);
    assert(near(hire[0], 11 / 105) && Number.isNaN(hire[2]), `hire ${hire}`);
    assert(rollup.get_total(Slk.Metric.FTE, 2026).join() === 'true,43200', 'total');
    const [found, share] = rollup.get_total_share(Slk.Share.OVERHEAD, 2026);
    assert(found && near(share, 1000 / 3050), `overhead ${share}`);
    const parts = [...items(rollup.explain('szw', Slk.Metric.FTE, 2026))]
        .map(c => `${c.get_record_id()}:${c.get_what()}:${c.get_value()}`);
    assert(parts.join() === 'szw:fte:950,ib:fte:50', parts.join());
});

test('the monitor: rows, findings and formats', () => {
    const ds = monitorDataset();
    const monitor = Slk.Monitor.new(ds);
    assert(monitor.get_year() === 2026 && monitor.get_period() === Slk.Period.APRIL, 'defaults');
    assert(monitor.get_scope() === Slk.Scope.RIJKSDIENST && monitor.get_base_year() === 2024,
        'scope and base year');
    assert(near(monitor.get_norms().get_roemernorm(), 0.10), 'norms');
    assert(monitor.get_ministries().join() === 'szw,bzk,def', 'ministries');
    assert(monitor.get_fields().includes('fte_change'), 'fields');
    const target = monitor.get_column('taakstelling_target');
    assert(target[0] === 600000 && Number.isNaN(target[2]), `${target}`);
    assert(monitor.get_rijksdienst_value('taakstelling_target').join() === 'true,1000000',
        'the cut counted once');
    const findings = [...items(monitor.get_findings())].map(f => f.code);
    assert(findings.filter(c => c === 'rule-target-missed').length === 2, `${findings}`);
    const json = JSON.parse(monitor.render(Slk.MonitorFormat.JSON));
    assert(json.ministries[2].overhead_share === null && json.rijksdienst.id === null, 'null');
    assert(!monitor.render(Slk.MonitorFormat.HTML).includes('<b>bold</b>'), 'escaped');
    assert(monitor.render(Slk.MonitorFormat.CSV).startsWith('id,name,fte'), 'csv');
    assert(monitor.render(Slk.MonitorFormat.MARKDOWN).includes('Defensie \\|'), 'markdown');
    assert(monitor.render(Slk.MonitorFormat.TEXT).includes('Rijksdienst'), 'text');
    const ansi = monitor.render(Slk.MonitorFormat.ANSI);
    assert(ansi.includes('\x1b[1;31m'), 'a missed norm in red');
    assert(ansi.replace(/\x1b\[[0-9;]*m/g, '') === monitor.render(Slk.MonitorFormat.TEXT),
        'without colours, the text');
    const explained = [...items(monitor.explain(null, 'taakstelling_target'))]
        .map(c => c.get_record_id());
    assert(explained.join() === 'rijk', explained.join());

    monitor.set_year(2027);
    monitor.set_period(Slk.Period.OCTOBER);
    monitor.set_base_year(2026);
    monitor.set_scope(Slk.Scope.CORE);
    assert(Number.isNaN(monitor.get_column('fte')[0]), 'no 2027 figures');
    monitor.set_norms(new Slk.Norms({roemernorm: 0.04}));
    monitor.set_year(2026);
    const strict = [...items(monitor.get_findings())].filter(f => f.code === 'roemernorm-exceeded');
    assert(strict.length === 3, `${strict.length}`);
});

test('a mistyped field throws a GLib.Error with a suggestion', () => {
    const monitor = Slk.Monitor.new(monitorDataset());
    assert(Slk.Monitor.check_field('fte'), 'a field');
    for (const call of [() => monitor.get_column('ftee'), () => monitor.explain('szw', 'ftee'),
        () => monitor.get_coverage(null, 'ftee'), () => Slk.Monitor.check_field('ftee')]) {
        let thrown = null;
        try {
            call();
        } catch (e) {
            thrown = e;
        }
        assert(thrown !== null &&
            thrown.matches(Slk.monitor_error_quark(), Slk.MonitorError.UNKNOWN_FIELD), `${thrown}`);
        assert(thrown.message.includes('Did you mean "fte"?'), thrown.message);
    }
});

test('norms judge the dataset', () => {
    const ds = monitorDataset();
    const norms = Slk.Norms.new();
    assert(norms.get_rules_per_year() === 500 && norms.get_zbo_evaluation_years() === 5,
        'defaults');
    assert(norms.get_rules_businesses_share() === 0.5 && near(norms.get_overhead_target(), 0.35),
        'shares');
    norms.set_overhead_target(0.25);
    norms.set_roemernorm(0.3);
    norms.set_rules_per_year(3);
    norms.set_rules_businesses_share(0.9);
    norms.set_zbo_evaluation_years(2);
    const codes = [...items(ds.validate_with_norms(norms))].map(f => f.code);
    assert(codes.filter(c => c === 'overhead-above-target').length === 2, `${codes}`);
    assert(!codes.includes('roemernorm-exceeded'), `${codes}`);
});

test('allocate to the cent', () => {
    const ds = new Slk.Dataset();
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0));
    for (const id of ['aaa', 'bbb', 'ccc']) {
        const ministry = Slk.Ministry.new(id, id.toUpperCase());
        ministry.set_amount(2024, Slk.Metric.PERSONNEL_SPENDING, 100);
        ds.add_organization(ministry);
    }
    const cut = Slk.Taakstelling.new('cut', Slk.TaakstellingKind.APPARAAT, 'Cut');
    cut.set_amount(Slk.TaakFigure.TARGETS, 2026, 10000);
    ds.add_taakstelling(cut);
    const allocator = Slk.Allocator.new();
    allocator.set_metric(Slk.Metric.PERSONNEL_SPENDING);
    allocator.set_base_year(2024);
    allocator.set_scope(Slk.Scope.CORE);
    allocator.set_dubbele_slot(true);
    assert(allocator.get_metric() === Slk.Metric.PERSONNEL_SPENDING, 'metric');
    assert(allocator.get_base_year() === 2024 && allocator.get_scope() === Slk.Scope.CORE, 'base');
    assert(allocator.get_dubbele_slot(), 'dubbele slot');
    const shares = [...items(allocator.allocate(cut))];
    const cents = shares.map(s => s.get_amount(Slk.TaakFigure.TARGETS, 2026)[1]);
    assert(cents.join() === '3334,3333,3333', cents.join());
    for (const share of shares)
        ds.add_taakstelling(share);
    assert(ds.validate().n_errors === 0, 'shares validate clean');
    assert(cut.list_shares().get_n_items() === 3, 'shares listed');
    try {
        allocator.allocate(cut);
        throw new Error('not refused');
    } catch (e) {
        assert(e.matches(Slk.allocation_error_quark(), Slk.AllocationError.HAS_SHARES), `${e}`);
    }
    const weighted = Slk.Allocator.new();
    weighted.set_weight('aaa', 2);
    weighted.set_weight('bbb', 1);
    weighted.exempt('ccc');
    const other = Slk.Taakstelling.new('other', Slk.TaakstellingKind.VERNIEUWING, null);
    other.set_amount(Slk.TaakFigure.TARGETS, 2027, 10000);
    ds.add_taakstelling(other);
    const split = [...items(weighted.allocate(other))]
        .map(s => s.get_amount(Slk.TaakFigure.TARGETS, 2027)[1]);
    assert(split.join() === '6667,3333', split.join());
});

test('taakstelling members and trajectories', () => {
    const ds = monitorDataset();
    const szw = ds.lookup('rijk-szw');
    assert(szw.get_effective_realized(2026).join() === 'true,50000000', 'own realized');
    assert(ds.lookup('rijk').get_effective_realized(2026).join() === 'true,90000000',
        'the shares summed');
    assert(!szw.is_met(2026) && ds.lookup('rijk-bzk').is_met(2026), 'met');
    assert(ds.list_taakstellingen().get_n_items() === 3, 'listed');
    const cut = Slk.Taakstelling.new('a', Slk.TaakstellingKind.APPARAAT, 'A');
    cut.set_base(2024, 100000000);
    cut.set_rate(0.22);
    assert(cut.get_base().join() === 'true,2024,100000000', 'base');
    assert(cut.get_rate().join() === 'true,0.22', 'rate');
    cut.generate_ramp(2025, 2029, 2030);
    assert(cut.get_amount(Slk.TaakFigure.TARGETS, 2027).join() === 'true,13200000', 'ramp');
    cut.unset_rate();
    cut.unset_base();
    assert(!cut.get_rate()[0] && !cut.get_base()[0], 'unset');
    cut.set_base(2028, 100000000);
    cut.generate_productivity(2029, 2031);
    assert(cut.get_amount(Slk.TaakFigure.TARGETS, 2031).join() === 'true,1492513', 'compounding');
    cut.set_dubbele_slot(true);
    assert(cut.get_dubbele_slot(), 'dubbele slot');
    cut.set_fte(Slk.TaakFigure.FTE_TARGETS, 2031, 5);
    cut.set_amount(Slk.TaakFigure.REALIZED, 2031, 1492513);
    assert(!cut.is_met(2031), 'FTE not met');
    cut.unset(Slk.TaakFigure.FTE_TARGETS, 2031);
    assert(cut.is_met(2031) && !cut.get_fte(Slk.TaakFigure.FTE_TARGETS, 2031)[0], 'met');
    cut.set_scope_id('szw');
    assert(cut.get_scope_id() === 'szw' && cut.get_scope() === null, 'scope');
});

test('rules through the API', () => {
    const ds = monitorDataset();
    const first = ds.list_rule_changes().get_item(0);
    assert(first.get_ministry_id() === 'szw' && first.get_change() === Slk.RuleChangeKind.SCRAPPED,
        'change');
    assert(first.get_audience() === Slk.Audience.BUSINESSES, 'audience');
    const target = ds.list_rule_targets().get_item(1);
    assert(`${target.get_ministry_id()} ${target.get_year()} ${target.get_count()}` ===
        'bzk 2026 5', 'target');
    const extra = Slk.RuleChange.new('r-9', 'bzk', Slk.RuleChangeKind.SIMPLIFIED,
        Slk.Audience.CITIZENS);
    extra.set_change(Slk.RuleChangeKind.SCRAPPED);
    extra.set_audience(Slk.Audience.BUSINESSES);
    extra.set_ministry_id('bzk');
    extra.set_title('Regel 9');
    extra.set_date(GLib.DateTime.new_utc(2026, 4, 1, 0, 0, 0));
    ds.add_rule_change(extra);
    ds.add_rule_target(Slk.RuleTarget.new('def', 2026, 1));
    const monitor = Slk.Monitor.new(ds);
    assert(monitor.get_column('rules_changed').slice(0, 3).join() === '3,2,0', 'counted');
    assert(monitor.get_column('rules_target')[2] === 1, 'target counted');
});

test('the monitor computes once until refreshed', () => {
    const ds = monitorDataset();
    const monitor = Slk.Monitor.new(ds);
    assert(monitor.get_column('fte')[0] === 1000, 'first');
    ds.lookup('szw').set_figure(2026, Slk.Metric.FTE, 1950);
    assert(monitor.get_column('fte')[0] === 1000, 'as first computed');
    monitor.refresh();
    assert(monitor.get_column('fte')[0] === 2000, 'after refresh');
    monitor.get_norms().set_roemernorm(0.04);
    const strict = [...items(monitor.get_findings())].filter(f => f.code === 'roemernorm-exceeded');
    assert(strict.length === 3, `norms seen at once: ${strict.length}`);
});

test('the built-in dataset: the real Rijksdienst', () => {
    const ds = Slk.Dataset.new_default();
    assert(ds.reference_date.format('%F') === '2026-05-16', 'reference date');
    const monitor = Slk.Monitor.new(ds);
    assert(monitor.get_ministries().length === 12, 'twelve ministries');
    const uwv = ds.lookup('zbo-uwv');
    assert(uwv.get_parent_id() === 'szw' && uwv.get_kaderwet() === Slk.OptionalBoolean.TRUE, 'UWV');
    // the kerndepartement table gives formatie, kept apart from FTE, with its source
    const bzk = ds.lookup('bzk');
    const [given, formatie] = bzk.get_figure(2022, Slk.Metric.FORMATIE);
    assert(given && formatie === 1987, `BZK kerndepartement 2022: ${formatie}`);
    assert(!bzk.get_figure(2022, Slk.Metric.FTE)[0], 'formatie is no FTE');
    const source = bzk.dup_figure_source(2022, Slk.Metric.FORMATIE);
    assert(source.get_url().includes('kennisvandeoverheid.nl'), `source ${source.get_url()}`);
    assert(source.get_quote().includes('1987'), 'the quote holds the figure');
    // published for the whole ministry, beside it, never summed with it
    const reported = bzk.dup_reported(2023);
    assert(reported.get_scope() === Slk.ReportedScope.MINISTRY, 'whole ministry');
    assert(reported.get_value(Slk.Metric.EXTERNAL_HIRE_SHARE)[1] === 0.217, '21.7 %');
    assert(ds.dup_rijksdienst_reported(2024).get_value(Slk.Metric.FTE)[1] === 157019,
        'Rijksdienst FTE 2024');
    assert(ds.lookup('zbo-cbs').dup_members().includes('zbo-ser'), 'CBS parts');
    assert(ds.validate().get_n_errors() === 0, 'the built-in data validates');
});

test('every record is a record: id, dataset and pointer', () => {
    const ds = monitorDataset();
    const lists = {
        organizations: ds.list_organizations(),
        uitvoeringstoetsen: ds.list_uitvoeringstoetsen(),
        noodremmen: ds.list_noodremmen(),
        taakstellingen: ds.list_taakstellingen(),
        rule_changes: ds.list_rule_changes(),
        rule_targets: ds.list_rule_targets(),
    };
    let seen = 0;
    for (const [array, model] of Object.entries(lists)) {
        assert(model.get_n_items() > 0, `${array} is empty`);
        [...items(model)].forEach((record, index) => {
            assert(record instanceof Slk.Record, `${array}/${index} is no record`);
            const pointer = record.dup_pointer();
            assert(pointer === `/${array}/${index}`, `pointer ${pointer}`);
            assert(Slk.Record.prototype.get_dataset.call(record) === ds, 'dataset');
            const id = Slk.Record.prototype.get_id.call(record);
            if (array === 'rule_targets')
                assert(id === null, 'a rule target has no id');
            else
                assert(id === record.get_id() && ds.lookup(id) === record, `id ${id}`);
            seen++;
        });
    }
    assert(seen === 20, `${seen} records`);
    const loose = Slk.Ministry.new('bzk', 'BZK');
    assert(loose.dup_pointer() === null, 'no pointer outside a dataset');
    assert(Slk.Record.prototype.get_dataset.call(loose) === null, 'no dataset');
});

done();
