// SPDX-License-Identifier: LGPL-2.1-or-later
// Follows the agenda of the 2025-2026 letters on the built-in dataset (or
// FILE): which promises are overdue or still open, which ministries miss an
// FTE target, and how each cut is filled in, as JSON.
// Usage: gjs -m follow-agenda.js [FILE]
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const [file] = ARGV;
const dataset = file ? new Slk.Dataset() : Slk.Dataset.new_default();
if (file)
    dataset.load_from_file(file);

const items = model => Array.from({length: model.get_n_items()}, (_, i) => model.get_item(i));
const report = dataset.validate();
const promises = items(dataset.list_commitments()).map(c => ({
    id: c.get_id(), owner: c.get_owner_id(), due: c.get_due_text(),
    status: ['open', 'delivered', 'dropped'][c.get_status()], overdue: c.is_overdue(),
}));
const missed = items(report).filter(f => f.code === 'fte-target-missed')
    .map(f => ({ministry: f.subject, message: f.message}));
const kinds = ['fte', 'material', 'housing', 'procurement', 'subsidy', 'other'];
const cutKinds = ['apparaat', 'efficiency', 'vernieuwing', 'subsidie', 'productiviteit', 'other'];
const cuts = items(dataset.list_taakstellingen()).map(cut => {
    const measures = {};
    for (const measure of items(cut.list_measures())) {
        const kind = kinds[measure.get_kind()];
        measures[kind] = (measures[kind] ?? 0) + measure.get_amount();
    }
    return {id: cut.get_id(), kind: cutKinds[cut.get_kind()], years: [...cut.list_years()],
        measures_cents: measures};
});
print(JSON.stringify({
    reference_date: dataset.reference_date.format('%F'),
    overdue: promises.filter(p => p.overdue).length,
    open: promises.filter(p => p.status === 'open').length,
    promises, fte_targets_missed: missed, cuts,
}, null, 2));
System.exit(0);
