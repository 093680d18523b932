// SPDX-License-Identifier: LGPL-2.1-or-later
// The types of slk.js, the gjs helper of libslagkracht (written by hand,
// beside it, so that TypeScript and editors read them instead of the code).
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import Slk from 'gi://Slk?version=1.0';

/** Iterates any Gio.ListModel, in order. */
export function items(model: Gio.ListModel): Generator<any, void, void>;
/** Slk.OptionalBoolean as true, false or null (unknown); throws a RangeError otherwise. */
export function optional(value: Slk.OptionalBoolean): boolean | null;
/** Cents, as the API gives every amount, as euros: "1234567.89", exact. */
export function euros(cents: number | bigint): string;
/** A day the library gives as a Date at local midnight of that day, or null. */
export function toDate(dateTime: GLib.DateTime | null): Date | null;
/** A Date's calendar day as the GLib.DateTime the library takes, or null. */
export function fromDate(date: Date | null): GLib.DateTime | null;
/** The figures of an organization as {year: {metric: value}}; absent ones left out. */
export function figures(org: Slk.Organization): {[year: number]: {[metric: string]: number}};
/** The records of one table as plain objects (as Python's Dataset.frame(table)). */
export function rows(dataset: Slk.Dataset, table: string): {[member: string]: any}[];
/** The monitor as plain objects: a row per ministry and one for the Rijksdienst. */
export function monitorRows(monitor: Slk.Monitor): {[field: string]: any}[];
