// SPDX-License-Identifier: LGPL-2.1-or-later
// gjs sugar for libslagkracht. Nothing here adds behaviour; everything is
// reachable through plain GI.
//
//   import {items, figures} from './slk.js';
//   for (const finding of items(dataset.validate())) print(finding.code);
import Slk from 'gi://Slk?version=1.0';

/**
 * Iterates any Gio.ListModel: gjs 1.74 only makes Gio.ListStore iterable.
 *
 * @param {Gio.ListModel} model the list
 * @yields {GObject.Object} its items, in order
 */
export function* items(model) {
    const n = model.get_n_items();
    for (let i = 0; i < n; i++)
        yield model.get_item(i);
}

const METRICS = Object.values(Slk.Metric).filter(value => typeof value === 'number');

/**
 * The figures of an organization as {year: {metric: value}}; absent
 * figures are left out, never filled with 0. Amounts are in euro.
 *
 * @param {Slk.Organization} org the organization
 * @returns {object} the figures by year
 */
export function figures(org) {
    const result = {};
    for (const year of org.get_years()) {
        const row = {};
        for (const metric of METRICS) {
            const [given, value] = org.get_figure(year, metric);
            if (given)
                row[Slk.Metric.to_string(metric)] = value;
        }
        result[year] = row;
    }
    return result;
}
