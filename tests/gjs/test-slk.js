// SPDX-License-Identifier: LGPL-2.1-or-later
// libslagkracht through gjs and the uninstalled typelib; prints TAP.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Slk from 'gi://Slk?version=1.0';

import {figures, fromDate, items, monitorRows, optional, rows, toDate}
    from '../../bindings/gjs/slk.js';
import {assert, done, test} from './harness.js';

const DATA = GLib.getenv('SLK_TEST_DATA');
function readExpect(path) {
    const [, bytes] = GLib.file_get_contents(path.replace(/\.json$/, '.expect'));
    const result = {};
    for (const line of new TextDecoder().decode(bytes).split('\n')) {
        const at = line.indexOf('=');
        if (at > 0)
            result[line.slice(0, at)] = line.slice(at + 1);
    }
    return result;
}

test('version constants', () => {
    assert(Slk.VERSION_S === `${Slk.MAJOR_VERSION}.${Slk.MINOR_VERSION}.${Slk.MICRO_VERSION}`,
        Slk.VERSION_S);
});

test('construct with properties, add, look up, list', () => {
    const szw = new Slk.Ministry({id: 'szw', name: 'Ministerie van SZW'});
    const nla = new Slk.Inspection({id: 'nla', name: 'NLA', parent_id: 'szw',
        inspectieraad: Slk.OptionalBoolean.TRUE});
    const ds = new Slk.Dataset();
    ds.add_organization(szw);
    ds.add_organization(nla);
    assert(ds.lookup('nla') === nla, 'lookup gives the same object');
    assert(nla.get_parent() === szw, 'parent resolves');
    assert(nla.kind === Slk.OrganizationKind.INSPECTION, 'kind');
    assert([...items(szw.list_organizations())].map(o => o.id).join() === 'nla', 'children');
    assert(ds.list_organizations().get_n_items() === 2, 'two organizations');
});

test('a duplicate id throws GLib.Error in the record domain', () => {
    const ds = new Slk.Dataset();
    ds.add_organization(Slk.Ministry.new('bzk', 'BZK'));
    let caught = null;
    try {
        ds.add_organization(Slk.Ministry.new('bzk', 'again'));
    } catch (e) {
        caught = e;
    }
    assert(caught instanceof GLib.Error, 'a GLib.Error');
    assert(caught.matches(Slk.record_error_quark(), Slk.RecordError.DUPLICATE_ID), 'domain and code');
});

test('absent figures are not zero; amounts are exact', () => {
    const org = new Slk.Agency({id: 'ib', name: 'IB', parent_id: 'szw'});
    let [ok, value] = org.get_figure(2024, Slk.Metric.FTE);
    assert(ok === false, 'absent');
    org.set_figure(2024, Slk.Metric.FTE, 0);
    [ok, value] = org.get_figure(2024, Slk.Metric.FTE);
    assert(ok === true && value === 0, 'zero is given');
    org.set_figure(2023, Slk.Metric.MATERIAL_SPENDING, 0.1 + 0.2);
    const [given, cents] = org.get_amount(2023, Slk.Metric.MATERIAL_SPENDING);
    assert(given && cents === 30, `30 cents, got ${cents}`);
    assert(org.get_years().join() === '2023,2024', 'years');
});

test('every invalid fixture gives its one finding', () => {
    const folder = `${DATA}/invalid`;
    const children = Gio.File.new_for_path(folder).enumerate_children('standard::name',
        Gio.FileQueryInfoFlags.NONE, null);
    let info;
    let checked = 0, expects = 0;
    while ((info = children.next_file(null)) !== null) {
        const name = info.get_name();
        expects += name.endsWith('.expect');
        if (!name.endsWith('.json'))
            continue;
        const path = `${folder}/${name}`;
        const expect = readExpect(path);
        const ds = new Slk.Dataset();
        let finding;
        try {
            ds.load_from_file(path);
            let report = ds.validate();
            if (expect.code === 'partial-coverage') {
                // an info of the monitor on a valid file
                assert(report.get_n_errors() + report.get_n_warnings() === 0, `${name}: valid`);
                report = Slk.Monitor.new(ds).get_findings();
                assert(report.get_n_infos() === 1, `${name}: one info`);
            }
            // one mistake, one finding; unknown members are infos beside it
            const found = [];
            for (let i = 0; i < report.get_n_items(); i++) {
                const item = report.get_item(i);
                if (item.severity !== Slk.Severity.INFO || expect.code === 'unknown-member' ||
                    expect.code === 'partial-coverage')
                    found.push(item);
            }
            assert(found.length === 1, `${name}: one finding, got ${found.length}`);
            finding = found[0];
        } catch (e) {
            assert(e instanceof GLib.Error && e.domain === Slk.format_error_quark(), `${name}: ${e}`);
            finding = ds.load_failure;
        }
        assert(finding.code === expect.code, `${name}: code ${finding.code}`);
        assert(finding.pointer === expect.pointer, `${name}: pointer ${finding.pointer}`);
        assert(finding.line === Number(expect.line), `${name}: line ${finding.line}`);
        assert(finding.column === Number(expect.column), `${name}: column ${finding.column}`);
        checked++;
    }
    // Every fixture has its expectation, and the corpus is really there.
    assert(checked === expects && checked > 30, `${expects} expectations, ${checked} fixtures`);
});

test('round trip through a file gives the same bytes', () => {
    const path = `${DATA}/valid/organizations.json`;
    const ds = new Slk.Dataset();
    ds.load_from_file(path);
    assert(ds.validate().n_errors === 0, 'no errors');
    const [fd, tmp] = GLib.file_open_tmp('slk-gjs-XXXXXX.json');
    GLib.close(fd);
    ds.save_to_file(tmp);
    const [, original] = GLib.file_get_contents(path);
    const [, saved] = GLib.file_get_contents(tmp);
    GLib.unlink(tmp);
    const decoder = new TextDecoder();
    assert(decoder.decode(original) === decoder.decode(saved), 'same bytes');
    const root = ds.to_json_node().get_object();
    assert(root.get_array_member('uitvoeringstoetsen').get_length() === 1, 'kept array');
    assert(ds.lookup('uwv').legal_form === Slk.LegalForm.PUBLIC, 'legal form');
});

test('a parse error names line and column', () => {
    const ds = new Slk.Dataset();
    let caught = null;
    try {
        ds.load_from_data('{\n  "format": "slagkracht-dataset/1",\n  "x": tru\n}', -1);
    } catch (e) {
        caught = e;
    }
    assert(caught && caught.matches(Slk.format_error_quark(), Slk.FormatError.PARSE), 'parse error');
    assert(caught.message.startsWith('line 3, column 8'), caught.message);
    assert(ds.load_failure.line === 3 && ds.load_failure.column === 8, 'finding position');
    const report = new Slk.Report();
    report.add(ds.load_failure);
    const text = Json.to_string(report.to_json_node(), false);
    assert(JSON.parse(text).findings[0].code === 'parse-error', 'report json');
});

test('every accessor, and notify only on a change', () => {
    const ds = Slk.Dataset.new();
    const seen = [];
    ds.connect('notify::title', () => seen.push('title'));
    ds.set_title('T');
    ds.set_title('T');
    assert(ds.get_title() === 'T' && seen.length === 1, 'one notify');
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0));
    assert(ds.dup_reference_date().format('%F') === '2026-05-16', 'reference date');

    const szw = Slk.Ministry.new('szw', 'SZW');
    const zbo = Slk.Zbo.new('cbr', 'CBR', 'szw');
    const insp = Slk.Inspection.new('ilt', 'ILT', 'szw');
    const ib = Slk.Agency.new('ib', 'IB', 'szw');
    const vng = Slk.DecentralBody.new('vng', 'VNG');
    for (const org of [szw, zbo, insp, ib, vng])
        ds.add_organization(org);
    assert(ds.get_n_organizations() === 5, 'five');
    assert(vng.get_kind() === Slk.OrganizationKind.DECENTRAL && vng.get_parent_id() === null, 'vng');
    assert(zbo.get_dataset() === ds && zbo.get_id() === 'cbr', 'dataset and id');

    zbo.set_name('Centraal Bureau Rijvaardigheidsbewijzen');
    zbo.set_abbreviation('CBR');
    zbo.set_parent_id('szw');
    assert(zbo.get_abbreviation() === 'CBR' && zbo.get_parent_id() === 'szw', 'strings');
    zbo.set_legal_form(Slk.LegalForm.PRIVATE);
    zbo.set_legal_personality(Slk.OptionalBoolean.TRUE);
    zbo.set_kaderwet(Slk.OptionalBoolean.TRUE);
    zbo.set_authority(Slk.OptionalBoolean.FALSE);
    zbo.set_inspectieraad(Slk.OptionalBoolean.UNKNOWN);
    zbo.set_last_evaluation(GLib.DateTime.new_utc(2020, 1, 31, 12, 0, 0));
    assert(zbo.get_legal_form() === Slk.LegalForm.PRIVATE, 'legal form');
    assert(zbo.get_legal_personality() === Slk.OptionalBoolean.TRUE, 'legal personality');
    assert(zbo.get_kaderwet() === Slk.OptionalBoolean.TRUE, 'kaderwet');
    assert(zbo.get_authority() === Slk.OptionalBoolean.FALSE, 'authority');
    assert(zbo.get_inspectieraad() === Slk.OptionalBoolean.UNKNOWN, 'inspectieraad unknown');
    assert(zbo.dup_last_evaluation().format('%F') === '2020-01-31', 'last evaluation');
    insp.set_inspectieraad(Slk.OptionalBoolean.TRUE);
    assert(insp.get_inspectieraad() === Slk.OptionalBoolean.TRUE, 'inspection in the raad');

    zbo.set_amount(2024, Slk.Metric.MATERIAL_SPENDING, 12345);
    const column = zbo.get_figure_column(Slk.Metric.MATERIAL_SPENDING, [2023, 2024]);
    assert(Number.isNaN(column[0]) && column[1] === 123.45, `column ${column}`);
    zbo.unset_figure(2024, Slk.Metric.MATERIAL_SPENDING);
    assert(zbo.get_years().length === 0, 'no years left');
    assert(Slk.Metric.is_amount(Slk.Metric.PERSONNEL_SPENDING), 'amount');
    assert(Slk.Metric.to_string(Slk.Metric.OVERHEAD_FTE) === 'overhead_fte', 'metric name');

    const report = ds.validate();
    assert(report.get_n_errors() === 0 && report.get_n_warnings() === 1, 'one warning');
    assert(report.is_valid() && report.count_code('zbo-evaluation-overdue') === 1, 'overdue');
    const finding = report.get_item(0);
    assert(finding.get_code() === 'zbo-evaluation-overdue', 'code');
    assert(finding.get_severity() === Slk.Severity.WARNING, 'severity');
    assert(finding.get_subject() === 'cbr', 'subject');
    assert(finding.get_pointer() === '/organizations/1/last_evaluation', finding.get_pointer());
    assert(finding.get_line() === 0 && finding.get_column() === 0, 'made through the API');
    assert(finding.get_message().includes('2020-01-31'), finding.get_message());

    const built = Slk.Report.new();
    built.add(Slk.Finding.new(Slk.Severity.ERROR, 'missing-member', 'A sentence.', null, '/x', 3, 4));
    assert(built.n_errors === 1 && !built.is_valid(), 'built report');
});

test('load from bytes and to data; the helper module', () => {
    const [, contents] = GLib.file_get_contents(`${DATA}/valid/organizations.json`);
    const ds = new Slk.Dataset();
    ds.load_from_bytes(new GLib.Bytes(contents));
    assert(ds.get_load_failure() === null, 'no failure');
    const [text] = ds.to_data();
    assert(text === new TextDecoder().decode(contents), 'the same text');
    const szw = ds.lookup('szw');
    const byYear = figures(szw);
    assert(byYear[2023].personnel_spending === 250000000.25, 'amount');
    assert(!('personnel_spending' in byYear[2024]), 'absent stays absent');
    const names = [...items(szw.list_organizations())].map(o => o.get_name());
    assert(names.length === 4 && names[0] === 'Uitvoeringsinstituut Werknemersverzekeringen', `${names}`);
});

test('established: set, saved, judged', () => {
    const ds = new Slk.Dataset();
    ds.set_reference_date(GLib.DateTime.new_utc(2026, 5, 16, 0, 0, 0));
    ds.add_organization(Slk.Ministry.new('szw', 'SZW'));
    const zbo = Slk.Zbo.new('uwv', 'UWV', 'szw');
    zbo.set_kaderwet(Slk.OptionalBoolean.TRUE);
    assert(zbo.dup_established() === null, 'no founding date yet');
    zbo.set_established(GLib.DateTime.new_utc(2023, 1, 1, 0, 0, 0));
    ds.add_organization(zbo);
    assert(zbo.dup_established().format('%F') === '2023-01-01', 'established');
    // Founded in 2023 and not evaluated: not overdue, not due within a year.
    assert(ds.validate().get_n_items() === 0, 'nothing to say');
    const [text] = ds.to_data();
    const again = new Slk.Dataset();
    again.load_from_data(text, -1);
    assert(again.lookup('uwv').dup_established().format('%F') === '2023-01-01', 'round trip');
});

test('a report is iterable with for...of', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/instruments.json`);
    const report = ds.validate();
    const codes = [];
    for (const finding of report)
        codes.push(finding.get_code());
    assert(codes.length === report.get_n_items() && codes.length > 0, 'every finding');
    assert(codes[0] === report.get_item(0).get_code(), 'in order');
    assert([...ds.list_organizations()].length === ds.get_n_organizations(), 'lists too');
});

test('an OptionalBoolean FALSE is false, UNKNOWN is null', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/organizations.json`);
    const anvs = ds.lookup('anvs');
    assert(anvs.get_kaderwet() === Slk.OptionalBoolean.FALSE && anvs.get_kaderwet(),
        'the trap: FALSE is truthy in plain GI');
    assert(optional(anvs.get_kaderwet()) === false, 'no is false');
    assert(optional(ds.lookup('uwv').get_kaderwet()) === true, 'yes is true');
    assert(optional(new Slk.Zbo({id: 'z', name: 'Z'}).get_kaderwet()) === null, 'unknown');
    let threw = false;
    try {
        optional(42);
    } catch (e) {
        threw = e instanceof RangeError;
    }
    assert(threw, 'not an OptionalBoolean');
});

test('typed lookups give the type, or null for another kind', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/organizations.json`);
    assert(ds.lookup_organization('szw') instanceof Slk.Ministry, 'a ministry');
    assert(ds.lookup_uitvoeringstoets('t1').get_id() === 't1', 'a toets');
    assert(ds.lookup_taakstelling('apparaat').get_id() === 'apparaat', 'a taakstelling');
    assert(ds.lookup_rule_change('r-1').get_id() === 'r-1', 'a rule change');
    assert(ds.lookup_record('szw').dup_pointer() === '/organizations/0', 'a record');
    assert(ds.lookup_organization('t1') === null, 'another kind');
    assert(ds.lookup_noodrem('szw') === null && ds.lookup_commitment('szw') === null, 'none');
    const agenda = new Slk.Dataset();
    agenda.load_from_file(`${DATA}/gaps/agenda.json`);
    assert(agenda.lookup_commitment('review').get_id() === 'review', 'a commitment');
    const instruments = new Slk.Dataset();
    instruments.load_from_file(`${DATA}/valid/instruments.json`);
    assert(instruments.lookup_noodrem('rk-open').get_id() === 'rk-open', 'a noodrem');
});

test('days as Date both ways', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/organizations.json`);
    const reference = toDate(ds.dup_reference_date());
    assert(reference.getFullYear() === 2026 && reference.getMonth() === 4 &&
        reference.getDate() === 16, 'the reference date');
    const anvs = ds.lookup_organization('anvs');
    assert(toDate(anvs.dup_established()) === null, 'none given');
    anvs.set_last_evaluation(fromDate(new Date(2020, 1, 29)));
    assert(anvs.dup_last_evaluation().format('%F') === '2020-02-29', 'the same day');
    assert(toDate(anvs.dup_last_evaluation()).getDate() === 29, 'and back');
    assert(fromDate(null) === null, 'null stays null');
    let threw = false;
    try {
        fromDate('2020-02-29');
    } catch (e) {
        threw = e instanceof TypeError;
    }
    assert(threw, 'a string is no Date');
});

test('rows: the same tables as Python frames, as plain objects', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/organizations.json`);
    const orgs = rows(ds, 'organizations');
    assert(orgs.length === ds.get_n_organizations(), 'every organization');
    const uwv = orgs.find(o => o.id === 'uwv');
    assert(uwv.ministry === 'szw' && uwv.kaderwet === true && uwv.authority === false,
        'facts as given');
    assert(uwv.last_evaluation.getFullYear() === 2023 && uwv.last_evaluation.getDate() === 30,
        'a day as a Date');
    assert(orgs.find(o => o.id === 'szw').kaderwet === null, 'unknown is null');
    let expected = 0;
    for (const org of ds.list_organizations()) {
        for (const year of org.get_years()) {
            for (const metric of Object.values(Slk.Metric).filter(v => typeof v === 'number')) {
                const [given, value] = org.get_figure(year, metric);
                if (!given)
                    continue;
                expected++;
                const row = rows(ds, 'figures').find(r => r.id === org.get_id() &&
                    r.year === year && r.metric === Slk.Metric.to_string(metric));
                assert(row && row.value === value, `${org.get_id()} ${year}`);
            }
        }
    }
    assert(rows(ds, 'figures').length === expected, 'nothing else');
    const findings = rows(ds, 'findings');
    assert(findings.length === ds.validate().get_n_items(), 'every finding');
    assert(findings.every(f => ['error', 'warning', 'info'].includes(f.severity)), 'nicks');
    assert(rows(ds, 'rule_changes')[0].date instanceof Date, 'record tables');
    let threw = false;
    try {
        rows(ds, 'organisations');
    } catch (e) {
        threw = e instanceof RangeError;
    }
    assert(threw, 'an unknown table');
});

test('monitorRows: a row per ministry and the Rijksdienst', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/monitor.json`);
    const monitor = Slk.Monitor.new(ds);
    const table = monitorRows(monitor);
    assert(table.length === monitor.get_ministries().length + 1, 'rows');
    assert(table.at(-1).ministry === 'rijksdienst', 'the Rijksdienst last');
    const fte = monitor.get_column('fte');
    table.slice(0, -1).forEach((row, i) => {
        assert(row.fte === (Number.isNaN(fte[i]) ? null : fte[i]), `fte of ${row.ministry}`);
    });
    assert(table[0].toetsen_feasible === 1, 'the toetsen columns too');
});

test('the id that was meant', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/organizations.json`);
    assert(ds.dup_closest_id('swz', Slk.Organization.$gtype) === 'szw', 'swapped');
    assert(ds.dup_closest_id('aparaat', Slk.Taakstelling.$gtype) === 'apparaat', 'left out');
    assert(ds.dup_closest_id('swz', Slk.Taakstelling.$gtype) === null, 'of the kind asked');
});

done();
