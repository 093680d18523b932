// SPDX-License-Identifier: LGPL-2.1-or-later
// External hire against the Roemernorm over the years, as JSON: the
// rijksbrede shares the sources report, and the per-ministry amounts.
// Usage: gjs -m external-hire.js [FILE]
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const [file] = ARGV;
const dataset = file ? new Slk.Dataset() : Slk.Dataset.new_default();
if (file)
    dataset.load_from_file(file);

const number = value => Number.isInteger(value) ? value : Math.round(value * 1e4) / 1e4;
const norm = Slk.Norms.new().get_roemernorm();
const root = dataset.to_json_node().get_object();
const reported = root.has_member('rijksdienst_reported')
    ? root.get_object_member('rijksdienst_reported') : null;
const years = (reported ? reported.get_members() : []).map(year => {
    const entry = reported.get_object_member(year);
    const share = entry.has_member('external_hire_share_reported')
        ? entry.get_double_member('external_hire_share_reported') : null;
    return {
        year: Number(year),
        share: share !== null ? number(share) : null,
        above_roemernorm: share !== null ? share > norm : null,
    };
});
const rollup = Slk.Rollup.new(dataset, Slk.Scope.CORE, Slk.Grouping.MINISTRY);
const groups = rollup.list_groups();
const ministries = [];
for (const year of rollup.list_years()) {
    const amounts = rollup.dup_column(Slk.Metric.EXTERNAL_HIRE_SPENDING, year);
    amounts.forEach((amount, i) => {
        if (!Number.isNaN(amount))
            ministries.push({ministry: groups[i], year, euro: number(amount)});
    });
}
print(JSON.stringify({roemernorm: norm, rijksbreed: years, ministries}, null, 2));
System.exit(0);
