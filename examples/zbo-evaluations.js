// SPDX-License-Identifier: LGPL-2.1-or-later
// The ZBOs overdue for their periodic evaluation (Kaderwet zbo's, art. 39),
// per ministry, as JSON. Usage: gjs -m zbo-evaluations.js [FILE]
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const [file] = ARGV;
const dataset = file ? new Slk.Dataset() : Slk.Dataset.new_default();
if (file)
    dataset.load_from_file(file);

const overdue = new Map();
const report = dataset.validate();
for (let i = 0; i < report.get_n_items(); i++) {
    const finding = report.get_item(i);
    if (finding.code !== 'zbo-evaluation-overdue')
        continue;
    const zbo = dataset.lookup_organization(finding.subject);
    if (!(zbo instanceof Slk.Zbo))
        continue;
    const last = zbo.dup_last_evaluation();
    const parent = zbo.get_parent_id();
    if (!overdue.has(parent))
        overdue.set(parent, []);
    overdue.get(parent).push({
        id: zbo.get_id(), name: zbo.get_name(),
        last_evaluation: last ? last.format('%F') : null,
    });
}
const ministries = [...overdue.keys()].sort().map(id => ({
    id, overdue: overdue.get(id).length, zbos: overdue.get(id),
}));
print(JSON.stringify({
    reference_date: dataset.reference_date.format('%F'),
    overdue: ministries.reduce((sum, m) => sum + m.overdue, 0),
    ministries,
}, null, 2));
System.exit(0);
