// SPDX-License-Identifier: LGPL-2.1-or-later
// Load a dataset, validate it, and list each ministry with the bodies under it.
// Run: gjs -m list-organizations.js DATASET.json
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

const [path] = ARGV;
const dataset = new Slk.Dataset();
try {
    dataset.load_from_file(path);
} catch (error) {
    printerr(`${path}: ${error.message}`);
    System.exit(2);
}

const report = dataset.validate();
print(`${report.n_errors} errors, ${report.n_warnings} warnings`);

// The JSON name of a kind is its enum member name in lower case.
const kindNick = kind => Object.keys(Slk.OrganizationKind)
    .find(name => Slk.OrganizationKind[name] === kind).toLowerCase();
const organizations = dataset.list_organizations();
for (let i = 0; i < organizations.get_n_items(); i++) {
    const org = organizations.get_item(i);
    if (org.kind !== Slk.OrganizationKind.MINISTRY)
        continue;
    const [given, fte] = org.get_value(Slk.Metric.FTE, 2024);
    print(org.name + (given ? ` (${fte} FTE in 2024)` : ''));
    const children = org.list_organizations();
    for (let j = 0; j < children.get_n_items(); j++) {
        const child = children.get_item(j);
        print(`  ${kindNick(child.kind).padEnd(10)} ${child.name}`);
    }
}
System.exit(report.is_valid() ? 0 : 1);
