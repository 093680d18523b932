// SPDX-License-Identifier: LGPL-2.1-or-later
// The norms of the 2026 agenda through gjs, worked out by hand.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Slk from 'gi://Slk?version=1.0';

import {assert, done, test} from './harness.js';

test('the overhead glide path', () => {
    const norms = Slk.Norms.new();
    assert(norms.get_overhead_path_years().join() === '2023', 'the letter\'s start');
    assert(norms.get_overhead_target_for(2024) === 0.35, 'the target after it');
    norms.set_overhead_path_year(2027, 0.40);
    assert(Math.abs(norms.get_overhead_target_for(2025) - 0.45) < 1e-12, 'a straight line');
    assert(norms.get_overhead_path_years().join() === '2023,2027', 'two years');
});

test('the cuts of June 2026 and a ramp to an amount', () => {
    const norms = new Slk.Norms();
    assert(norms.efficiency_amount === 40000000000, `efficiency ${norms.efficiency_amount}`);
    const cut = Slk.Taakstelling.new('eff', Slk.TaakstellingKind.EFFICIENCY, null);
    assert(cut.generate_amount_ramp(2027, 2030, 2031, norms.efficiency_amount), 'ramp');
    assert(cut.get_amount(Slk.TaakFigure.TARGETS, 2028)[1] === 20000000000, '0.2 bn in 2028');
    assert(cut.get_amount(Slk.TaakFigure.TARGETS, 2031)[1] === 40000000000, 'stays at 0.4 bn');
    let refused = null;
    try {
        cut.generate_amount_ramp(2031, 2030, 2032, 1);
    } catch (e) {
        refused = e;
    }
    assert(refused?.matches(Slk.allocation_error_quark(), Slk.AllocationError.INVALID_YEARS),
        `refused: ${refused}`);
});

test('measures fill in a share', () => {
    const cut = Slk.Taakstelling.new('cut', Slk.TaakstellingKind.APPARAAT, 'Cut');
    const measure = Slk.Measure.new(2026, 250, Slk.MeasureKind.FTE, null);
    assert(measure.get_year() === 2026 && measure.get_amount() === 250, 'year and amount');
    assert(measure.get_kind() === Slk.MeasureKind.FTE && measure.get_note() === null, 'kind');
    cut.add_measure(measure);
    assert(cut.list_measures().get_n_items() === 1, 'one measure');
    cut.clear_measures();
    assert(cut.list_measures().get_n_items() === 0, 'cleared');
});

test('commitments and FTE targets', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${GLib.getenv('SLK_TEST_DATA')}/gaps/agenda.json`);
    const review = ds.lookup('review');
    assert(review.get_due_text() === '2026-Q4' && !review.is_overdue(), 'due in Q4');
    assert(review.dup_due().format('%F') === '2026-12-31', 'the quarter\'s last day');
    assert(review.get_title().startsWith('Externe review') && review.get_owner_id() === 'bzk',
        'title and owner');
    assert(review.get_status() === Slk.CommitmentStatus.OPEN && review.dup_delivered() === null,
        'open');
    assert(review.dup_source().get_quote() === 'eind 2026', 'quote');
    assert(ds.lookup('voortgang').is_overdue(), 'overdue');
    const codes = [];
    const report = ds.validate();
    for (let i = 0; i < report.get_n_items(); i++)
        codes.push(report.get_item(i).code);
    assert(codes.filter(c => c === 'fte-target-missed').length === 1, 'bzk: 120 FTE against 100');
    assert(codes.filter(c => c === 'commitment-overdue').length === 1, 'one overdue promise');
    assert(ds.lookup('bzk').list_commitments().get_n_items() === 1, 'owned');
    const targets = ds.list_fte_targets();
    const core = targets.get_item(0);
    assert(core.get_ministry_id() === 'bzk' && core.get_year() === 2025 && core.get_fte() === 100,
        'target');
    assert(core.get_scope() === Slk.Scope.CORE && core.get_dataset() === ds, 'scope');
    const promise = Slk.Commitment.new('pilot', 'Pilot', 'rijksbreed');
    assert(promise.set_due('2026-Q4'), 'quarter');
    promise.set_source(Slk.Source.new('x', 'Brief', null, null, null));
    promise.set_status(Slk.CommitmentStatus.DROPPED);
    promise.set_delivered(null);
    assert(ds.add_commitment(promise) && promise.get_dataset() === ds, 'added');
    assert(ds.list_commitments().get_n_items() === 4, 'four');
    ds.add_fte_target(Slk.FteTarget.new('bzk', 2024, 90, Slk.Scope.RIJKSDIENST));
    assert(ds.list_fte_targets().get_n_items() === 3, 'three targets');

    // the monitor's agenda columns, by hand: bzk 120 FTE (core, 2025) against 100
    const monitor = Slk.Monitor.new(ds);
    monitor.set_year(2025);
    monitor.set_scope(Slk.Scope.CORE);
    assert(monitor.get_column('fte_target')[0] === 100, 'fte_target');
    assert(monitor.get_rijksdienst_value('commitments_overdue')[1] === 1, 'one overdue');
    assert(monitor.get_rijksdienst_value('commitments_open')[1] === 2, 'two open');
});

test('a report streams as JSON, byte for byte as json-glib writes it', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${GLib.getenv('SLK_TEST_DATA')}/gaps/agenda.json`);
    const report = ds.validate();
    const out = Gio.MemoryOutputStream.new_resizable();
    assert(report.write_json(out, null), 'written');
    out.close(null);
    const streamed = new TextDecoder().decode(out.steal_as_bytes().toArray());
    const generator = new Json.Generator({root: report.to_json_node(), pretty: true});
    assert(streamed === generator.to_data()[0], 'the same bytes');
});

test('a report streams as text, a line a finding, infos last', () => {
    const ds = new Slk.Dataset();
    ds.load_from_file(`${GLib.getenv('SLK_TEST_DATA')}/gaps/agenda.json`);
    const report = ds.validate();
    const out = Gio.MemoryOutputStream.new_resizable();
    assert(report.write_text(out, null, null), 'written');
    out.close(null);
    const lines = new TextDecoder().decode(out.steal_as_bytes().toArray()).split('\n');
    const findings = [];
    for (let i = 0; i < report.get_n_items(); i++)
        findings.push(report.get_item(i));
    const infos = findings.filter(f => f.get_severity() === Slk.Severity.INFO);
    const ordered = findings.filter(f => f.get_severity() !== Slk.Severity.INFO).concat(infos);
    assert(lines.length === ordered.length + 1 && lines.at(-1) === '', 'a line a finding');
    ordered.forEach((f, i) => {
        const subject = f.get_subject();
        assert(lines[i] === f.to_string() + (subject ? ` (${subject})` : ''), `line ${i}`);
    });
});

test('control characters are shown escaped', () => {
    assert(Slk.text_escape_controls('red \x1b[31m é\r\x7f\u0085') ===
        'red \\x1b[31m é\\x0d\\x7f\\u0085', 'escaped');
});

done();
