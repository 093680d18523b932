// SPDX-License-Identifier: LGPL-2.1-or-later
// gjs sugar for libslagkracht. Nothing here adds behaviour; everything is
// reachable through plain GI.
//
//   import {items, figures, optional, toDate, fromDate} from './slk.js';
//   for (const finding of dataset.validate()) print(finding.code);
//   if (optional(zbo.get_kaderwet()) === true) ...
//
// Importing it makes a Slk.Report iterable with for...of, as the lists the
// library returns (Gio.ListStore) already are.
import GLib from 'gi://GLib';
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

Slk.Report.prototype[Symbol.iterator] = function () {
    return items(this);
};

/**
 * What a Slk.OptionalBoolean says: true, false, or null when unknown.
 * Slk.OptionalBoolean.FALSE is 1, so `if (zbo.get_kaderwet())` would be
 * true for "no"; test `optional(zbo.get_kaderwet()) === true` instead.
 *
 * @param {Slk.OptionalBoolean} value the value
 * @returns {boolean|null} true, false or null
 */
export function optional(value) {
    switch (value) {
    case Slk.OptionalBoolean.TRUE:
        return true;
    case Slk.OptionalBoolean.FALSE:
        return false;
    case Slk.OptionalBoolean.UNKNOWN:
        return null;
    default:
        throw new RangeError(`not a Slk.OptionalBoolean: ${value}`);
    }
}

/**
 * A day the library gives (a GLib.DateTime) as a Date at local midnight of
 * that calendar day, or null.
 *
 * @param {GLib.DateTime|null} dateTime the day
 * @returns {Date|null} the same calendar day
 */
export function toDate(dateTime) {
    if (dateTime === null)
        return null;
    return new Date(dateTime.get_year(), dateTime.get_month() - 1,
        dateTime.get_day_of_month());
}

/**
 * A Date's calendar day (in local time, as `new Date(2026, 3, 15)` means
 * it) as the GLib.DateTime the library takes, or null.
 *
 * @param {Date|null} date the day
 * @returns {GLib.DateTime|null} the same calendar day
 */
export function fromDate(date) {
    if (date === null)
        return null;
    if (!(date instanceof Date) || Number.isNaN(date.getTime()))
        throw new TypeError(`not a valid Date: ${date}`);
    return GLib.DateTime.new_utc(date.getFullYear(), date.getMonth() + 1, date.getDate(),
        0, 0, 0);
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
