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

// A field name is typed by people: an unknown one throws a GLib.Error
// (Slk.MonitorError.UNKNOWN_FIELD, with the names and a did-you-mean)
// instead of reaching the C functions, which treat it as a bug.
for (const [name, at] of [['get_column', 0], ['get_rijksdienst_value', 0],
    ['get_coverage', 1], ['get_latest_year', 0], ['explain', 1], ['dup_column', 0],
    ['list_contributions', 1], ['get_cents', 1]]) {
    const original = Slk.Monitor.prototype[name];
    Slk.Monitor.prototype[name] = function (...args) {
        Slk.Monitor.check_field(args[at]);
        return original.apply(this, args);
    };
}

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
 * Cents, as the API gives every amount, as euros: a string with two
 * decimals, exact for any 64-bit amount (a Number is exact only to 2⁵³).
 *
 * @param {number|bigint} cents the amount in cents
 * @returns {string} the euros, e.g. "1234567.89"
 */
export function euros(cents) {
    const whole = BigInt(cents);
    const sign = whole < 0n ? '-' : '';
    const magnitude = whole < 0n ? -whole : whole;
    return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UNITS = {
    fte: 'FTE', overhead_fte: 'FTE', formatie: 'FTE', office_m2: 'm2',
    external_hire_share: 'share', personnel_spending: 'EUR', external_hire_spending: 'EUR',
    material_spending: 'EUR',
};
const TABLES = ['organizations', 'figures', 'findings', 'uitvoeringstoetsen', 'noodremmen',
    'taakstellingen', 'rule_changes', 'rule_targets', 'commitments', 'fte_targets'];

function plain(value) {
    if (typeof value === 'string' && DAY.test(value)) {
        const [year, month, day] = value.split('-').map(Number);
        return new Date(year, month - 1, day);
    }
    return value;
}

function ministryOf(org, byId) {
    if (org.kind === 'ministry')
        return org.id;
    const parent = byId.get(org.parent);
    return parent && parent.kind === 'ministry' ? parent.id : org.parent ?? null;
}

/**
 * The records of one table as plain objects, the same data as Python's
 * `Dataset.frame(table)`: "organizations", "figures" (a row per figure:
 * id, kind, ministry, year, metric, unit, value, source), "findings" (of
 * validate()), or a record list by its JSON name ("taakstellingen",
 * "commitments", ...). Days are Dates; what is absent is null, never 0.
 *
 * @param {Slk.Dataset} dataset the dataset
 * @param {string} table the table
 * @returns {object[]} the rows
 */
export function rows(dataset, table) {
    if (!TABLES.includes(table))
        throw new RangeError(`no table '${table}': one of ${TABLES.join(', ')}`);
    if (table === 'findings') {
        const severities = {
            [Slk.Severity.ERROR]: 'error', [Slk.Severity.WARNING]: 'warning',
            [Slk.Severity.INFO]: 'info',
        };
        return [...items(dataset.validate())].map(f => ({
            severity: severities[f.get_severity()],
            code: f.get_code(), message: f.get_message(), subject: f.get_subject(),
            pointer: f.get_pointer(), line: f.get_line() || null,
            column: f.get_column() || null,
        }));
    }
    const [text] = dataset.to_data();
    const data = JSON.parse(text);
    const organizations = data.organizations ?? [];
    const byId = new Map(organizations.map(o => [o.id, o]));
    if (table === 'organizations') {
        return organizations.map(o => ({
            id: o.id, kind: o.kind, name: o.name ?? null, abbreviation: o.abbreviation ?? null,
            parent: o.parent ?? null, ministry: ministryOf(o, byId),
            established: plain(o.established ?? null), ended: plain(o.ended ?? null),
            last_evaluation: plain(o.last_evaluation ?? null),
            kaderwet: o.kaderwet ?? null, authority: o.authority ?? null,
            inspectieraad: o.inspectieraad ?? null, members: o.members ?? null,
        }));
    }
    if (table === 'figures') {
        const result = [];
        for (const o of organizations) {
            for (const [year, figures] of Object.entries(o.figures ?? {})) {
                if (!/^\d{4}$/.test(year) || typeof figures !== 'object' || figures === null)
                    continue;
                for (const [metric, value] of Object.entries(figures)) {
                    if (!(metric in UNITS) || typeof value !== 'number')
                        continue;
                    result.push({
                        id: o.id, kind: o.kind, ministry: ministryOf(o, byId),
                        year: Number(year), metric, unit: UNITS[metric], value,
                        source: o.figure_sources?.[year]?.[metric] ?? null,
                    });
                }
            }
        }
        return result;
    }
    return (data[table] ?? []).map(record => Object.fromEntries(
        Object.entries(record).map(([name, value]) => [name, plain(value)])));
}

/**
 * The monitor as plain objects: a row per ministry and one for the
 * Rijksdienst (ministry "rijksdienst"), a member per field; null where
 * there is no data.
 *
 * @param {Slk.Monitor} monitor the monitor
 * @returns {object[]} the rows
 */
export function monitorRows(monitor) {
    const ministries = [...monitor.get_ministries(), 'rijksdienst'];
    const result = ministries.map(ministry => ({ministry}));
    for (const field of monitor.get_fields()) {
        const column = monitor.get_column(field);
        const [given, total] = monitor.get_rijksdienst_value(field);
        [...column, given ? total : NaN].forEach((value, i) => {
            result[i][field] = Number.isNaN(value) ? null : value;
        });
    }
    return result;
}
