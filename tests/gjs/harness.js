// SPDX-License-Identifier: LGPL-2.1-or-later
// A small TAP harness for the gjs tests.
import System from 'system';

let count = 0;
let failures = 0;

export function test(name, fn) {
    count++;
    try {
        fn();
        print(`ok ${count} - ${name}`);
    } catch (e) {
        failures++;
        print(`not ok ${count} - ${name}`);
        printerr(`# ${e}\n${e.stack}`);
    }
}

export function assert(condition, message) {
    if (!condition)
        throw new Error(`assertion failed: ${message}`);
}

export function done() {
    print(`1..${count}`);
    System.exit(failures ? 1 : 0);
}
