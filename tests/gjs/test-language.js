// SPDX-License-Identifier: LGPL-2.1-or-later
// Messages follow the language of the locale (this test runs with
// LANGUAGE=nl): gjs sets the locale from the environment, and the library
// speaks Dutch; codes and pointers do not change.
import GLib from 'gi://GLib';
import Slk from 'gi://Slk?version=1.0';

import {assert, done, test} from './harness.js';

const DATA = GLib.getenv('SLK_TEST_DATA');

test('a finding message in Dutch, its code and pointer as ever', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/invalid/conditions-missing.json`);
    const finding = ds.validate().get_item(0);
    assert(finding.get_code() === 'conditions-missing', finding.get_code());
    assert(finding.get_pointer() === '/uitvoeringstoetsen/0/verdict', finding.get_pointer());
    assert(finding.get_message().includes('acht het voorstel uitvoerbaar onder voorwaarden'),
        finding.get_message());
});

test('the monitor in Dutch, with a decimal comma', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/monitor.json`);
    const monitor = Slk.Monitor.new(ds);
    const text = monitor.render(Slk.MonitorFormat.TEXT);
    assert(text.includes('basisjaar') && text.includes('Ministerie'), text.slice(0, 200));
    assert(text.includes('10,5 %'), 'a Dutch percentage');
    const csv = monitor.render(Slk.MonitorFormat.CSV);
    assert(csv.startsWith('id,name,fte,') && !csv.includes('10,5'), 'CSV stays as it is');
});

done();
