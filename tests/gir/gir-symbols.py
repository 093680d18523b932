#!/usr/bin/python3
"""The API of a GIR as lines of text, one a symbol with its signature, so
that two versions can be compared with the lines of one kept in the tree.

    gir-symbols.py GIR                 print the lines
    gir-symbols.py GIR REFERENCE       fail if a line of REFERENCE is missing

A symbol is a function, method or constructor (with its parameters'
names, types, directions, transfer and nullability, and its return), a
class or interface (with its parent), an enum member (with its value), a
constant, a property (with its type and flags) or a signal. Additions are
fine: only what REFERENCE has must still be there, the same.
"""
import sys
import xml.etree.ElementTree as ET

CORE = "{http://www.gtk.org/introspection/core/1.0}"
C = "{http://www.gtk.org/introspection/c/1.0}"
GLIB = "{http://www.gtk.org/introspection/glib/1.0}"


def type_of(element):
    for child in element:
        if child.tag == CORE + "type":
            return child.get(C + "type") or child.get("name")
        if child.tag == CORE + "array":
            return (child.get(C + "type") or "array") + "[" + (type_of(child) or "") + "]"
        if child.tag == CORE + "varargs":
            return "..."
    return None


def describe(param):
    flags = [param.get(a) for a in ("direction", "transfer-ownership", "nullable",
                                     "optional", "allow-none") if param.get(a)]
    return f"{type_of(param)} {param.get('name')}" + (f" [{' '.join(flags)}]" if flags else "")


def callable_line(kind, element, owner):
    params = element.find(CORE + "parameters")
    described = [describe(p) for p in params] if params is not None else []
    ret = element.find(CORE + "return-value")
    returns = describe(ret) if ret is not None else "void"
    name = element.get(C + "identifier") or f"{owner}::{element.get('name')}"
    return f"{kind} {name} ({', '.join(described)}) -> {returns}"


def symbols(path):
    lines = set()
    namespace = ET.parse(path).getroot().find(CORE + "namespace")
    for element in namespace.iter():
        tag = element.tag
        if tag in (CORE + "function", CORE + "method", CORE + "constructor"):
            lines.add(callable_line(tag[len(CORE):], element, None))
        elif tag in (CORE + "class", CORE + "interface", CORE + "record"):
            lines.add(f"{tag[len(CORE):]} {element.get('name')} : {element.get('parent')}")
            owner = element.get("name")
            for child in element:
                if child.tag == CORE + "property":
                    flags = " ".join(a for a in ("writable", "construct-only", "readable")
                                     if child.get(a))
                    lines.add(f"property {owner}:{child.get('name')} {type_of(child)} {flags}")
                elif child.tag == GLIB + "signal":
                    lines.add(callable_line("signal", child, owner))
        elif tag == CORE + "member":
            lines.add(f"member {element.get(C + 'identifier')} = {element.get('value')}")
        elif tag == CORE + "constant":
            lines.add(f"constant {element.get(C + 'type')} = {element.get('value')}")
    return lines


def main(argv):
    current = symbols(argv[1])
    if len(argv) == 2:
        print("\n".join(sorted(current)))
        return 0
    with open(argv[2], encoding="utf-8") as f:
        reference = [line for line in f.read().splitlines() if line and not line.startswith("#")]
    missing = [line for line in reference if line not in current]
    for line in missing:
        print(f"missing or changed: {line}")
    print(f"{len(reference)} symbols of the reference, {len(missing)} missing or changed, "
          f"{len(current - set(reference))} added")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
