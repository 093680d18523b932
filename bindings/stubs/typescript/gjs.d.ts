// SPDX-License-Identifier: LGPL-2.1-or-later
// Just enough of gjs for TypeScript to check programs that use Slk: the
// globals, the system module, and the parts of GLib, GObject, Gio and Json
// that Slk's declarations name (the rest is any).
declare function print(...values: any[]): void;
declare function printerr(...values: any[]): void;
declare const ARGV: string[];

declare module 'system' {
  const System: {exit(code: number): never; programInvocationName: string; [name: string]: any};
  export default System;
}

declare module 'gi://GObject' {
  namespace GObject {
    class Object {
      constructor(properties?: {[name: string]: any});
      connect(signal: string, handler: (...args: any[]) => any): number;
      disconnect(id: number): void;
      notify(name: string): void;
      get_property(name: string): any;
      set_property(name: string, value: any): void;
    }
    function enum_to_string(type: any, value: number): string;
    const TYPE_STRING: any;
  }
  export default GObject;
}

declare module 'gi://GLib' {
  namespace GLib {
    class Error {
      message: string;
      code: number;
      matches(domain: number, code: number): boolean;
    }
    class DateTime {
      static new_utc(year: number, month: number, day: number, hour: number, minute: number,
                     seconds: number): DateTime;
      static new_now_utc(): DateTime;
      get_year(): number;
      get_month(): number;
      get_day_of_month(): number;
      format(format: string): string | null;
      format_iso8601(): string | null;
    }
    function getenv(name: string): string | null;
  }
  export default GLib;
}

declare module 'gi://Gio' {
  import GObject from 'gi://GObject';
  namespace Gio {
    // What a list holds is not in its type: its items are any.
    class ListModel {
      get_n_items(): number;
      get_item(position: number): any;
      [Symbol.iterator](): Iterator<any>;
    }
    class ListStore extends GObject.Object {
      append(item: GObject.Object): void;
    }
  }
  export default Gio;
}
