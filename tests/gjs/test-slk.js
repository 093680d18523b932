// SPDX-License-Identifier: LGPL-2.1-or-later
// libslagkracht through gjs and the uninstalled typelib; prints TAP.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const DATA = GLib.getenv('SLK_TEST_DATA');
let count = 0;
let failures = 0;

function test(name, fn) {
    count++;
    try {
        fn();
        print(`ok ${count} - ${name}`);
    } catch (e) {
        failures++;
        print(`not ok ${count} - ${name}`);
        printerr(`# ${e}\n${e.stack}`);
    }
}

function assert(condition, message) {
    if (!condition)
        throw new Error(`assertion failed: ${message}`);
}

function items(model) {
    const result = [];
    for (let i = 0; i < model.get_n_items(); i++)
        result.push(model.get_item(i));
    return result;
}

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
    assert(items(szw.list_organizations()).map(o => o.id).join() === 'nla', 'children');
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
    let checked = 0;
    while ((info = children.next_file(null)) !== null) {
        const name = info.get_name();
        if (!name.endsWith('.json'))
            continue;
        const path = `${folder}/${name}`;
        const expect = readExpect(path);
        const ds = new Slk.Dataset();
        let finding;
        try {
            ds.load_from_file(path);
            const report = ds.validate();
            assert(report.get_n_items() === 1, `${name}: one finding, got ${report.get_n_items()}`);
            finding = report.get_item(0);
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
    assert(checked === 19, `19 fixtures, saw ${checked}`);
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

print(`1..${count}`);
System.exit(failures ? 1 : 0);
