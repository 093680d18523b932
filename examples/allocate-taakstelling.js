// SPDX-License-Identifier: LGPL-2.1-or-later
// Divide the 22 % apparaat taakstelling over the ministries in proportion
// to their kerndepartement formatie in 2022, leaving out Defensie (no figure),
// and print the shares as JSON. Usage: gjs -m allocate-taakstelling.js [FILE]
import Slk from 'gi://Slk?version=1.0';
import System from 'system';

import {items} from '../bindings/gjs/slk.js';

const [file] = ARGV;
const dataset = file ? new Slk.Dataset() : Slk.Dataset.new_default();
if (file)
    dataset.load_from_file(file);

const parent = dataset.lookup_taakstelling('schoof-apparaat-22');
const allocator = new Slk.Allocator({metric: Slk.Metric.FORMATIE, base_year: 2022,
    scope: Slk.Scope.CORE});
let refused = null;
try {
    allocator.allocate(parent);
} catch (e) {   // Defensie gives no FTE: absent is not 0
    refused = e.message;
}
allocator.exempt('def');
const shares = [];
for (const share of items(allocator.allocate(parent))) {
    dataset.add_taakstelling(share);
    const targets = {};
    for (const year of share.list_years())
        targets[String(year)] = share.get_amount(Slk.TaakFigure.TARGETS, year)[1] / 100;
    shares.push({id: share.get_id(), ministry: share.get_scope_id(), targets});
}
const total = {};
for (const year of Object.keys(shares[0].targets))
    total[year] = Math.round(shares.reduce((sum, s) => sum + s.targets[year], 0) * 100) / 100;
const errors = [...items(dataset.validate())]
    .filter(f => f.severity === Slk.Severity.ERROR).map(f => f.code);
print(JSON.stringify({refused_first: refused, shares, total, errors}, null, 2));
System.exit(0);
