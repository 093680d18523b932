// SPDX-License-Identifier: LGPL-2.1-or-later
// Uitvoeringstoetsen and noodremmen through gjs; prints TAP.
import GLib from 'gi://GLib';
import Slk from 'gi://Slk?version=1.0';

import {items} from '../../bindings/gjs/slk.js';
import {assert, done, test} from './harness.js';

const DATA = GLib.getenv('SLK_TEST_DATA');

const day = (month, dom) => GLib.DateTime.new_utc(2026, month, dom, 0, 0, 0);
const ids = model => [...items(model)].map(record => record.get_id()).join(',');

function load(name) {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${DATA}/valid/${name}`);
    return ds;
}

function datasetWithParties() {
    const ds = new Slk.Dataset();
    ds.set_reference_date(day(5, 16));
    ds.add_organization(Slk.Ministry.new('szw', 'SZW'));
    ds.add_organization(Slk.Zbo.new('uwv', 'UWV', 'szw'));
    return ds;
}

function refused(fn) {
    try {
        fn();
    } catch (e) {
        return e;
    }
    throw new Error('the step was not refused');
}

test('walk a noodrem from signal to closed, save and reload', () => {
    const ds = datasetWithParties();
    const brake = Slk.Noodrem.new('nr-1', Slk.NoodremKind.NOODREM);
    brake.set_raised_by_id('uwv');
    brake.set_addressed_to_id('szw');
    brake.set_subject('Te krappe invoering');
    brake.set_response_deadline(day(4, 15));
    ds.add_noodrem(brake);
    const seen = [];
    brake.connect('state-changed', (n, oldState, newState) => seen.push([oldState, newState]));
    let notified = 0;
    brake.connect('notify::state', () => notified++);

    assert(brake.get_state() === Slk.Step.NONE && !brake.is_open(), 'no state yet');
    brake.signal(day(3, 2), 'signaal');
    brake.escalate_official(day(3, 9), null);
    brake.escalate_political(day(3, 16), null);
    brake.pull(day(3, 20), null);
    brake.acknowledge(day(3, 25), null);
    brake.explain(day(4, 10), 'Uitgesteld tot 2029.');
    assert(brake.is_open(), 'open until closed');
    brake.close(day(4, 20), null);
    assert(!brake.is_open(), 'closed');
    assert(seen.length === 7 && notified === 7, `${seen.length} signals, ${notified} notifies`);
    assert(seen[0][0] === Slk.Step.NONE && seen[6][1] === Slk.Step.CLOSED, 'old and new state');
    const [answered, days] = brake.get_days_to_response();
    assert(answered && days === 39, `days to response ${days}`);
    assert(!brake.is_overdue(null), 'answered in time');
    assert(ds.validate().get_n_items() === 0, 'valid');

    const [fd, path] = GLib.file_open_tmp('slk-gjs-XXXXXX.json');
    GLib.close(fd);
    ds.save_to_file(path);
    const again = new Slk.Dataset();
    again.load_from_file(path);
    GLib.unlink(path);
    const reloaded = again.lookup('nr-1');
    assert(reloaded.get_n_events() === 7, 'seven events');
    const history = n => [...items(n.list_events())].map(e =>
        `${e.get_step()} ${e.dup_date().format('%F')} ${e.get_note()}`).join('|');
    assert(history(reloaded) === history(brake), history(reloaded));
    const explained = reloaded.list_events().get_item(5);
    assert(explained.step === Slk.Step.EXPLAINED && explained.note === 'Uitgesteld tot 2029.',
        'the explanation');
    assert(reloaded.state === Slk.Step.CLOSED, 'state property');
    assert(reloaded.get_raiser().get_id() === 'uwv', 'raiser');
    assert(reloaded.get_addressee().get_id() === 'szw', 'addressee');
});

test('a refused step names the state and changes nothing', () => {
    const brake = Slk.Noodrem.new('nr-2', Slk.NoodremKind.NOODREM);
    brake.take_step(Slk.Step.SIGNAL, day(1, 5), null);
    assert(!brake.can_take_step(Slk.Step.CLOSED), 'closed not allowed');
    assert(brake.can_take_step(Slk.Step.WITHDRAWN), 'withdrawn allowed');
    const e = refused(() => brake.close(day(1, 6), null));
    assert(e.matches(Slk.step_error_quark(), Slk.StepError.INVALID_TRANSITION), `${e}`);
    assert(e.message.includes('state "signal"'), e.message);
    const early = refused(() => brake.pull(day(1, 6), null));
    assert(early.matches(Slk.step_error_quark(), Slk.StepError.WITHOUT_ESCALATION), `${early}`);
    assert(brake.get_n_events() === 1, 'nothing added');
    brake.withdraw(day(1, 7), null);
    const late = refused(() => brake.comply(day(1, 8), null));
    assert(late.message.includes('no step'), late.message);
});

test('the assessment and its members', () => {
    const ds = datasetWithParties();
    const toets = Slk.Uitvoeringstoets.new('t-1', Slk.ToetsKind.HUF);
    ds.add_uitvoeringstoets(toets);
    toets.set_kind(Slk.ToetsKind.UITVOERINGSTOETS);
    toets.set_proposal('Wet X');
    toets.set_proposal_type(Slk.ProposalType.WET);
    toets.set_requested_by_id('szw');
    toets.set_assessor_id('uwv');
    toets.set_date(day(1, 15));
    toets.set_verdict(Slk.Verdict.CONDITIONAL);
    toets.set_conditions(['Niet voor 2028']);
    toets.set_implementation_months(18);
    toets.set_cost(Slk.Cost.ONE_OFF, 150);
    toets.set_rating(Slk.Aspect.ICT, Slk.Rating.RISK);
    toets.set_decision_date(day(2, 1));
    toets.set_decision_followed(Slk.OptionalBoolean.FALSE);
    toets.set_decision_motivation('Politieke keuze');
    assert(toets.get_kind() === Slk.ToetsKind.UITVOERINGSTOETS, 'kind');
    assert(toets.get_proposal() === 'Wet X', 'proposal');
    assert(toets.get_proposal_type() === Slk.ProposalType.WET, 'proposal type');
    assert(toets.get_requested_by_id() === 'szw' && toets.get_requester().get_id() === 'szw',
        'requester');
    assert(toets.get_assessor_id() === 'uwv' && toets.get_assessor().get_id() === 'uwv',
        'assessor');
    assert(toets.dup_date().format('%F') === '2026-01-15', 'date');
    assert(toets.get_verdict() === Slk.Verdict.CONDITIONAL, 'verdict');
    assert(toets.get_conditions().join() === 'Niet voor 2028', 'conditions');
    assert(toets.get_implementation_months().join() === 'true,18', 'months');
    assert(toets.get_cost(Slk.Cost.ONE_OFF).join() === 'true,150', 'one-off cost');
    assert(toets.get_cost(Slk.Cost.STRUCTURAL)[0] === false, 'structural absent');
    assert(toets.get_rating(Slk.Aspect.ICT) === Slk.Rating.RISK, 'rating');
    assert(toets.get_rating(Slk.Aspect.COSTS) === Slk.Rating.UNKNOWN, 'not rated');
    assert(toets.dup_decision_date().format('%F') === '2026-02-01', 'decision date');
    assert(toets.get_decision_followed() === Slk.OptionalBoolean.FALSE, 'followed');
    assert(toets.get_decision_motivation() === 'Politieke keuze', 'motivation');
    assert(toets.get_dataset() === ds, 'dataset');
    assert(ds.validate().get_n_items() === 0, 'valid');

    toets.unset_cost(Slk.Cost.ONE_OFF);
    toets.unset_implementation_months();
    assert(toets.get_cost(Slk.Cost.ONE_OFF)[0] === false, 'cost unset');
    assert(toets.get_implementation_months()[0] === false, 'months unset');
    toets.set_decision_motivation(null);
    toets.set_conditions([]);
    const codes = [...items(ds.validate())].map(f => f.code).sort().join();
    assert(codes === 'conditions-missing,deviation-without-motivation', codes);
});

test('relations and lists', () => {
    const ds = load('instruments.json');
    const szw = ds.lookup('szw');
    assert(ids(szw.list_requested_toetsen()) === 't-wet,t-huf,t-udo', 'requested');
    assert(szw.list_addressed_noodremmen().get_n_items() === 3, 'addressed');
    const uwv = ds.lookup('uwv');
    assert(ids(uwv.list_assessed_toetsen()) === 't-wet', 'assessed');
    assert(ids(uwv.list_raised_noodremmen()) === 'nr-explained', 'raised');
    const toets = ds.lookup('t-wet');
    assert(ids(toets.list_noodremmen()) === 'nr-explained', 'noodremmen of a toets');
    assert(ds.list_uitvoeringstoetsen().get_n_items() === 3, 'toetsen');
    assert(ds.list_noodremmen().get_n_items() === 3, 'noodremmen');
    assert(ids(ds.list_open_noodremmen()) === 'rk-open', 'open');
    assert(ds.list_overdue_noodremmen(null).get_n_items() === 0, 'none overdue yet');
    assert(ids(ds.list_overdue_noodremmen(day(7, 1))) === 'rk-open', 'overdue in July');
    const kaart = ds.lookup('rk-open');
    assert(kaart.get_kind() === Slk.NoodremKind.RODE_KAART, 'kind');
    assert(kaart.get_grounds() === (Slk.Grounds.UNLAWFUL | Slk.Grounds.HARMS_VULNERABLE),
        'grounds');
    assert(kaart.dup_response_deadline().format('%F') === '2026-06-30', 'deadline');
    assert(kaart.is_overdue(day(7, 1)), 'overdue at a date');
    assert(ds.lookup('nr-explained').get_uitvoeringstoets() === toets, 'the toets that warned');
    assert(ds.lookup('nr-explained').get_uitvoeringstoets_id() === 't-wet', 'its id');
    assert(kaart.get_subject().startsWith('Handhaving'), 'subject');
    assert(kaart.get_raised_by_id() === 'nla' && kaart.get_addressed_to_id() === 'szw', 'ids');
});

test('rode kaart grounds through the API', () => {
    const ds = datasetWithParties();
    const kaart = Slk.Noodrem.new('rk', Slk.NoodremKind.NOODREM);
    kaart.set_kind(Slk.NoodremKind.RODE_KAART);
    kaart.set_raised_by_id('uwv');
    kaart.set_addressed_to_id('szw');
    kaart.set_subject('Onrechtmatig');
    kaart.set_uitvoeringstoets_id(null);
    kaart.signal(day(2, 1), null);
    ds.add_noodrem(kaart);
    assert([...items(ds.validate())].map(f => f.code).join() === 'rode-kaart-without-grounds',
        'grounds needed');
    kaart.set_grounds(Slk.Grounds.UNLAWFUL | Slk.Grounds.HARMS_VULNERABLE);
    assert(ds.validate().get_n_items() === 0, 'valid with grounds');
});

done();
