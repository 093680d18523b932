// SPDX-License-Identifier: LGPL-2.1-or-later
// Walk a noodrem up the escalation ladder: UWV signals SZW, the ladder
// refuses a noodrem pulled too early, and the ministry explains. Prints the
// history as JSON. Usage: gjs -m walk-noodrem.js [FILE]
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const day = (month, dom) => GLib.DateTime.new_utc(2026, month, dom, 0, 0, 0);
const nick = step => GObject.enum_to_string(Slk.Step, step);
const stepName = step => nick(step).replace(/^SLK_STEP_/, '').toLowerCase().replace(/_/g, '-');

const [file] = ARGV;
const dataset = file ? new Slk.Dataset() : Slk.Dataset.new_default();
if (file)
    dataset.load_from_file(file);

const brake = Slk.Noodrem.new('nr-example', Slk.NoodremKind.NOODREM);
brake.set_raised_by_id('zbo-uwv');
brake.set_addressed_to_id('szw');
brake.set_subject('Invoeringstermijn te krap');
brake.set_response_deadline(day(4, 15));
dataset.add_noodrem(brake);
const changes = [];
brake.connect('state-changed', (n, oldState, newState) =>
    changes.push(`${stepName(oldState)} -> ${stepName(newState)}`));

brake.signal(day(3, 2), 'Signaal aan de DG');
let refused = null;
try {
    brake.pull(day(3, 5), null);
} catch (e) {
    refused = e.message;
}
brake.escalate_official(day(3, 9), null);
brake.pull(day(3, 20), null);
const overdueBefore = brake.is_overdue(day(4, 16));
brake.explain(day(4, 10), 'Invoering wordt uitgesteld tot 2029.');
brake.close(day(4, 20), null);
const [answered, days] = brake.get_days_to_response();
const report = dataset.validate();
const findings = [];
for (let i = 0; i < report.get_n_items(); i++) {
    if (report.get_item(i).subject === 'nr-example')
        findings.push(report.get_item(i).code);
}
print(JSON.stringify({
    changes,
    refused,
    overdue_without_the_explanation: overdueBefore,
    days_to_response: answered ? days : null,
    state: stepName(brake.get_state()),
    findings,
}, null, 2));
System.exit(0);
