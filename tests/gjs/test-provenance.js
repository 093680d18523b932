// SPDX-License-Identifier: LGPL-2.1-or-later
// Where figures come from, what was published beside them, clusters, ended
// bodies and the coverage of sums (SPEC 1.1), through gjs. Coverage is
// worked out by hand from tests/data/valid/coverage.json.
import GLib from 'gi://GLib';
import Slk from 'gi://Slk?version=1.0';

import {assert, done, test} from './harness.js';

const DATA = GLib.getenv('SLK_TEST_DATA');

function coverageDataset() {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/coverage.json`);
    return ds;
}

test('sources, figure sources and published figures survive a save', () => {
    const ds = new Slk.Dataset();
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0));
    const bzk = Slk.Ministry.new('bzk', 'Ministerie van BZK');
    ds.add_organization(bzk);
    const source = Slk.Source.new('jv-2023', 'Jaarverslag BZK 2023', 'https://example.org/jv',
        '2024-05-15', 'Totaal uitgaven inhuur externen 310.211');
    assert(source.get_key() === 'jv-2023' && source.get_date() === '2024-05-15', 'source');
    bzk.add_source(source);
    bzk.set_figure(2022, Slk.Metric.FORMATIE, 1987);
    bzk.set_figure_source(2022, Slk.Metric.FORMATIE, 'jv-2023');
    const reported = Slk.Reported.new(2023, Slk.ReportedScope.CORE);
    reported.set_value(Slk.Metric.EXTERNAL_HIRE_SHARE, 0.172);
    reported.set_source_key(Slk.Metric.EXTERNAL_HIRE_SHARE, 'jv-2023');
    bzk.set_reported(reported);
    ds.add_source(Slk.Source.new('jbr', 'Jaarrapportage Bedrijfsvoering Rijk', null, null, null));
    const rijk = Slk.Reported.new(2024, Slk.ReportedScope.RIJKSDIENST);
    rijk.set_value(Slk.Metric.FTE, 157019);
    rijk.set_source_key(Slk.Metric.FTE, 'jbr');
    ds.set_rijksdienst_reported(rijk);
    assert(ds.validate().get_n_items() === 0, 'valid');

    const path = GLib.build_filenamev([GLib.get_tmp_dir(),
        `slk-provenance-${GLib.random_int()}.json`]);
    ds.save_to_file(path);
    const again = new Slk.Dataset();
    again.load_from_file(path);
    GLib.unlink(path);
    const b = again.lookup('bzk');
    assert(b.list_sources().get_n_items() === 1, 'one source');
    assert(b.dup_source('jv-2023').get_quote().endsWith('310.211'), 'quote');
    assert(b.dup_figure_source(2022, Slk.Metric.FORMATIE).get_url() === 'https://example.org/jv',
        'figure source');
    assert(b.get_reported_years().join() === '2023', 'reported years');
    const published = b.dup_reported(2023);
    assert(published.get_year() === 2023 && published.get_scope() === Slk.ReportedScope.CORE,
        'year and scope');
    assert(published.get_value(Slk.Metric.EXTERNAL_HIRE_SHARE)[1] === 0.172, 'share');
    assert(published.get_source_key(Slk.Metric.EXTERNAL_HIRE_SHARE) === 'jv-2023', 'key');
    assert(published.dup_source(Slk.Metric.EXTERNAL_HIRE_SHARE).get_title() ===
        'Jaarverslag BZK 2023', 'resolved source');
    assert(again.get_rijksdienst_reported_years().join() === '2024', 'Rijksdienst years');
    assert(again.list_sources().get_item(0).get_key() === 'jbr', 'dataset source');
    assert(again.dup_rijksdienst_reported(2024).get_value(Slk.Metric.FTE)[1] === 157019,
        'Rijksdienst FTE');
});

test('clusters count once, ended bodies not at all, partial sums are marked', () => {
    const ds = coverageDataset();
    const cluster = ds.lookup('c');
    assert(cluster.has_members() && cluster.dup_members().join() === 'a,b', 'members');
    cluster.set_members(['a', 'b']);
    const g = ds.lookup('g');
    assert(g.dup_ended().format('%F') === '2023-06-30', 'ended');
    g.set_ended(null);
    assert(g.dup_ended() === null, 'no longer ended');
    const rollup = Slk.Rollup.new(ds, Slk.Scope.RIJKSDIENST, Slk.Grouping.MINISTRY);
    // m 10, c through a 3, g 99, h 5
    assert(rollup.get_total(Slk.Metric.FTE, 2024).join() === 'true,117', 'total');
    assert(rollup.get_coverage('m', Slk.Metric.FTE, 2024).join() === 'false,4,4', 'complete');
    assert(rollup.get_coverage(null, Slk.Metric.OFFICE_M2, 2024).join() === 'true,1,4',
        'partial');
    assert(rollup.get_share_coverage('m', Slk.Share.EXTERNAL_HIRE, 2024).join() === 'false,0,4',
        'no share');
    const monitor = Slk.Monitor.new(ds);
    monitor.set_year(2024);
    const findings = monitor.get_findings();
    assert(findings.get_n_infos() === 2 && findings.is_valid(), `infos ${findings.get_n_infos()}`);
    assert(findings.get_item(0).severity === Slk.Severity.INFO, 'info');
    assert(monitor.get_coverage('m', 'office_m2').join() === 'true,1,4', 'monitor coverage');
    monitor.set_year(2026);
    assert(monitor.get_latest_year('office_m2') === 2024, 'the latest year with office space');
    assert(monitor.render(Slk.MonitorFormat.MARKDOWN).includes('- Office m²: 2024 (--year 2024)'),
        'said in Markdown');
});

test('the allocator refuses a partial base unless told otherwise', () => {
    const ds = coverageDataset();
    const cut = Slk.Taakstelling.new('cut', Slk.TaakstellingKind.APPARAAT, null);
    cut.set_amount(Slk.TaakFigure.TARGETS, 2026, 10000);
    ds.add_taakstelling(cut);
    const allocator = new Slk.Allocator({metric: Slk.Metric.OFFICE_M2});
    let refused = null;
    try {
        allocator.allocate(cut);
    } catch (e) {
        refused = e;
    }
    assert(refused?.matches(Slk.allocation_error_quark(), Slk.AllocationError.PARTIAL_BASE),
        `refused: ${refused}`);
    assert(refused.message.includes('m (1 of 3 organisations)'), refused.message);
    allocator.set_allow_partial(true);
    assert(allocator.get_allow_partial(), 'allowed');
    assert(allocator.allocate(cut).get_n_items() === 1, 'one share');
});

done();
