#!/usr/bin/python3
"""Type stubs from a GIR: a .pyi for PyGObject (gi.repository.NAME) or a
TypeScript declaration for gjs ('gi://NAME?version=V').

    gir-stubs.py pyi GIR [OVERRIDE.py] OUT
    gir-stubs.py dts GIR OUT

The signatures are the ones the bindings present: out parameters come back
(with the return value first, as a tuple in Python and an array in gjs),
array lengths, user data and destroy notifiers are left out, nullable
values may be None/null. A PyGObject override's additions are read from
its source: what it defines replaces the introspected member, typed loosely
(Any), since the override decides its types itself. Types from other
namespaces are named as such (GLib.DateTime); their stubs are the small
hand-written ones beside this script.
"""
import ast
import keyword
import sys
import xml.etree.ElementTree as ET

CORE = "{http://www.gtk.org/introspection/core/1.0}"
C = "{http://www.gtk.org/introspection/c/1.0}"
GLIB = "{http://www.gtk.org/introspection/glib/1.0}"

INTEGERS = {"gint", "guint", "gint8", "guint8", "gint16", "guint16", "gint32", "guint32",
            "gint64", "guint64", "glong", "gulong", "gsize", "gssize", "gshort", "gushort",
            "gchar", "guchar", "gunichar", "GType", "GQuark", "time_t", "goffset",
            "GLib.Quark", "GLib.Type", "GObject.Type"}
# The types of other namespaces that the hand-written declarations give;
# any other is left untyped in TypeScript (Python's stubs fall back to Any).
KNOWN_FOREIGN = {"GLib.DateTime", "GLib.Error", "GObject.Object", "Gio.ListModel",
                 "Gio.ListStore"}
FLOATS = {"gdouble", "gfloat"}
STRINGS = {"utf8", "filename"}
# What a list model of a class holds, where the API documents it.
LIST_ITEMS = {"Report": "Finding"}


class Namespace:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.ns = root.find(CORE + "namespace")
        self.name = self.ns.get("name")
        self.version = self.ns.get("version")
        self.local = {e.get("name") for e in self.ns
                      if e.tag in (CORE + "class", CORE + "interface", CORE + "record",
                                   CORE + "enumeration", CORE + "bitfield", CORE + "callback")}

    def qualify(self, name):
        if "." in name or name not in self.local:
            return name
        return name


def type_of(element):
    """The <type> or <array> of a parameter or return value."""
    for child in element:
        if child.tag in (CORE + "type", CORE + "array", CORE + "varargs"):
            return child
    return None


def hidden_parameters(callable_):
    """Parameters a binding fills itself: array lengths, user data, destroy
    notifiers."""
    hidden = set()
    parameters = callable_.find(CORE + "parameters")
    elements = [] if parameters is None else \
        [p for p in parameters if p.tag == CORE + "parameter"]
    for element in elements + [callable_.find(CORE + "return-value")]:
        if element is None:
            continue
        kind = type_of(element)
        if kind is not None and kind.tag == CORE + "array" and kind.get("length") is not None:
            hidden.add(int(kind.get("length")))
        for attribute in ("closure", "destroy"):
            if element.get(attribute) is not None:
                hidden.add(int(element.get(attribute)))
    return hidden, elements


class Emitter:
    """The common walk; subclasses write the types and the members."""

    def __init__(self, ns):
        self.ns = ns

    def signature(self, callable_):
        hidden, elements = hidden_parameters(callable_)
        inputs, outputs = [], []
        for index, element in enumerate(elements):
            if index in hidden or element.find(CORE + "varargs") is not None:
                continue
            direction = element.get("direction", "in")
            kind = self.type_name(type_of(element))
            nullable = element.get("nullable") == "1" or element.get("allow-none") == "1"
            if direction in ("in", "inout"):
                inputs.append((self.parameter_name(element.get("name")), kind, nullable,
                               element.get("optional") == "1"))
            if direction in ("out", "inout"):
                outputs.append((kind, nullable))
        result = callable_.find(CORE + "return-value")
        returned = []
        if result is not None:
            kind = self.type_name(type_of(result))
            if kind != self.void:
                returned.append((kind, result.get("nullable") == "1"))
        return inputs, returned + outputs

    def type_name(self, kind):
        """A GIR type in the language's words (the class attributes)."""
        if kind is None or kind.tag == CORE + "varargs":
            return self.any
        if kind.tag == CORE + "array":
            element = type_of(kind)
            if kind.get("name") == "GLib.ByteArray" or fundamental(element) == "guint8":
                return self.bytes
            return self.list_of.format(self.type_name(element))
        name = kind.get("name")
        if name in (None, "none"):
            return self.void
        if name == "gboolean":
            return self.boolean
        if name in INTEGERS:
            return self.integer
        if name in FLOATS:
            return self.float
        if name in STRINGS:
            return self.string
        if name in ("GLib.List", "GLib.SList", "GLib.PtrArray", "GLib.Array"):
            return self.list_of.format(self.type_name(type_of(kind)))
        if name == "GLib.HashTable":
            return self.mapping
        if "." in name:
            return self.foreign(name)
        return name if name in self.ns.local else self.any

    def optional(self, kind, nullable):
        return self.nullable.format(kind) if nullable and kind not in (self.any, self.void) \
            else kind

    def result(self, outputs):
        """What a call gives back: nothing, one value, or several together."""
        kinds = [self.optional(k, n) for k, n in outputs]
        if not kinds:
            return self.void
        if len(kinds) == 1:
            return kinds[0]
        return self.several.format(", ".join(kinds))


def introspectable(element):
    return (element.get("name") is not None and element.get("introspectable") != "0"
            and not element.get("moved-to"))


def fundamental(kind):
    return kind.get("name") if kind is not None else None


class Python(Emitter):
    void = "None"
    any = "Any"
    bytes = "bytes"
    boolean = "bool"
    integer = "int"
    float = "float"
    string = "str"
    mapping = "dict[Any, Any]"
    list_of = "list[{}]"
    nullable = "Optional[{}]"
    several = "tuple[{}]"

    def parameter_name(self, name):
        return name + "_" if keyword.iskeyword(name) else name

    def foreign(self, name):
        return name   # the stubs of other namespaces answer the rest with Any

    def function(self, element, indent, kind="method"):
        if not introspectable(element):
            return []
        name = element.get("name")
        inputs, outputs = self.signature(element)
        params = ["self"] if kind == "method" else ["cls"] if kind == "constructor" else []
        for pname, ptype, nullable, optional in inputs:
            params.append(f"{pname}: {self.optional(ptype, nullable or optional)}")
        returns = self.result(outputs)
        lines = []
        if kind == "static":
            lines.append(indent + "@staticmethod")
        elif kind == "constructor":
            lines.append(indent + "@classmethod")
            returns = self.current
        lines.append(f"{indent}def {self.parameter_name(name)}({', '.join(params)}) "
                     f"-> {returns}: ...")
        return lines

    def emit(self, overrides):
        out = ["# Generated by bindings/stubs/gir-stubs.py from "
               f"{self.ns.name}-{self.ns.version}.gir: do not edit.",
               "from typing import Any, Callable, ClassVar, Iterator, Optional", "",
               "from gi.repository import GLib, GObject, Gio"]
        if self.ns.name != "Json":
            out.append("from gi.repository import Json")
        out.append("")
        for element in self.ns.ns:
            tag = element.tag[len(CORE):]
            name = element.get("name")
            if element.get("introspectable") == "0":
                continue
            if tag in ("enumeration", "bitfield"):
                out += ["", f"class {name}(int):"]
                for member in element.findall(CORE + "member"):
                    out.append(f"    {member.get('name').upper()}: ClassVar[{name}]")
                out += ["    value_nick: str", "    value_name: str"]
                for function in element.findall(CORE + "function"):
                    out += self.function(function, "    ", "static")
                out += self.added(overrides.get(name, {}), "    ")
            elif tag in ("class", "interface", "record"):
                out += self.emit_class(element, tag, overrides.get(name, {}))
            elif tag == "function":
                out += self.function(element, "", "function")
            elif tag == "callback":
                out.append(f"{name} = Callable[..., Any]")
            elif tag == "constant":
                out.append(f"{name}: {self.type_name(type_of(element))}")
        out += ["", "def __getattr__(name: str) -> Any: ..."]
        return "\n".join(out) + "\n"

    def emit_class(self, element, tag, added):
        name = element.get("name")
        self.current = name
        bases = []
        parent = element.get("parent")
        if parent:
            bases.append(parent)
        elif tag == "class":
            bases.append("GObject.Object")
        # An interface is a plain class here: deriving it from GObject.Object
        # too would give its implementers no consistent method order.
        for implements in element.findall(CORE + "implements"):
            bases.append(implements.get("name"))
        out = ["", f"class {name}({', '.join(bases)}):" if bases else f"class {name}:",
               "    props: Any", "    def __init__(self, **properties: Any) -> None: ..."]
        if "Gio.ListModel" in bases:
            item = LIST_ITEMS.get(name, "Any")
            out += [f"    def __iter__(self) -> Iterator[{item}]: ...",
                    "    def __len__(self) -> int: ...",
                    f"    def __getitem__(self, index: int) -> {item}: ..."]
        for child in element:
            child_name = child.get("name")
            if child_name in added:
                continue
            if child.tag == CORE + "constructor":
                out += self.function(child, "    ", "constructor")
            elif child.tag == CORE + "method":
                out += self.function(child, "    ", "method")
            elif child.tag == CORE + "function":
                out += self.function(child, "    ", "static")
        out += self.added(added, "    ")
        return out

    def added(self, added, indent):
        out = []
        for name, what in sorted(added.items()):
            if what == "property":
                out.append(f"{indent}{name}: Any")
            elif what == "static":
                out += [f"{indent}@staticmethod",
                        f"{indent}def {name}(*args: Any, **kwargs: Any) -> Any: ..."]
            else:
                out.append(f"{indent}def {name}(self, *args: Any, **kwargs: Any) -> Any: ...")
        return out


class TypeScript(Emitter):
    void = "void"
    any = "any"
    bytes = "Uint8Array"
    boolean = "boolean"
    integer = "number"
    float = "number"
    string = "string"
    mapping = "any"
    list_of = "{}[]"
    nullable = "{} | null"
    several = "[{}]"

    def parameter_name(self, name):
        return name + "_" if name in ("function", "default", "in", "new", "delete", "var",
                                      "class", "enum", "export", "import", "this") else name

    def foreign(self, name):
        return name if name in KNOWN_FOREIGN or name.startswith("Json.") else "any"

    def function(self, element, indent, kind="method"):
        if not introspectable(element):
            return []
        name = element.get("name")
        inputs, outputs = self.signature(element)
        params = [f"{pname}{'?' if optional else ''}: {self.optional(ptype, nullable)}"
                  for pname, ptype, nullable, optional in inputs]
        returns = self.current if kind == "constructor" else self.result(outputs)
        prefix = "static " if kind in ("static", "constructor") else ""
        if kind == "function":
            prefix = "export function "
        return [f"{indent}{prefix}{name}({', '.join(params)}): {returns};"]

    def emit(self):
        name, version = self.ns.name, self.ns.version
        module = f"gi://{name}" if name == "Json" else f"gi://{name}?version={version}"
        out = [f"// Generated by bindings/stubs/gir-stubs.py from {name}-{version}.gir: "
               "do not edit.",
               f"declare module '{module}' {{",
               "  import GLib from 'gi://GLib';", "  import GObject from 'gi://GObject';",
               "  import Gio from 'gi://Gio';"]
        if name != "Json":
            out.append("  import Json from 'gi://Json';")
        out.append(f"  namespace {name} {{")
        for element in self.ns.ns:
            tag = element.tag[len(CORE):]
            ename = element.get("name")
            if element.get("introspectable") == "0":
                continue
            if tag in ("enumeration", "bitfield"):
                out.append(f"    enum {ename} {{")
                for member in element.findall(CORE + "member"):
                    out.append(f"      {member.get('name').upper()} = {member.get('value')},")
                out.append("    }")
                functions = element.findall(CORE + "function")
                if functions:
                    self.current = ename
                    out.append(f"    namespace {ename} {{")
                    for function in functions:
                        out += self.function(function, "      ", "function")
                    out.append("    }")
            elif tag in ("class", "interface", "record"):
                out += self.emit_class(element, tag)
            elif tag == "function":
                self.current = None
                out += self.function(element, "    ", "function")
            elif tag == "callback":
                out.append(f"    type {ename} = (...args: any[]) => any;")
            elif tag == "constant":
                out.append(f"    const {ename}: {self.type_name(type_of(element))};")
        out += ["  }", f"  export default {name};", "}"]
        return "\n".join(out) + "\n"

    def emit_class(self, element, tag):
        name = element.get("name")
        self.current = name
        parent = element.get("parent") or ("GObject.Object" if tag != "record" else None)
        extends = f" extends {parent}" if parent else ""
        out = [f"    class {name}{extends} {{",
               "      constructor(properties?: {[name: string]: any});"]
        implements = [i.get("name") for i in element.findall(CORE + "implements")]
        if "Gio.ListModel" in implements:
            item = LIST_ITEMS.get(name, "GObject.Object")
            out += [f"      [Symbol.iterator](): Iterator<{item}>;",
                    "      get_n_items(): number;",
                    f"      get_item(position: number): {item} | null;"]
        for child in element.findall(CORE + "property"):
            if child.get("introspectable") == "0":
                continue
            # gjs gives a property under both spellings.
            kind = self.type_name(type_of(child))
            readonly = "" if child.get("writable") == "1" else "readonly "
            snake = child.get("name").replace("-", "_")
            camel = snake.split("_")[0] + "".join(w.title() for w in snake.split("_")[1:])
            for spelling in dict.fromkeys((snake, camel)):
                out.append(f"      {readonly}{spelling}: {kind};")
        for child in element:
            if child.tag == CORE + "constructor":
                out += self.function(child, "      ", "constructor")
            elif child.tag == CORE + "method":
                out += self.function(child, "      ", "method")
            elif child.tag == CORE + "function":
                out += self.function(child, "      ", "static")
        out.append("    }")
        return out


def override_members(path):
    """What a PyGObject override defines, per class: methods, properties,
    static methods; and what it sets on introspected classes."""
    members = {}
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            found = members.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    static = any(isinstance(d, ast.Name) and d.id == "staticmethod"
                                 for d in item.decorator_list)
                    prop = any(isinstance(d, ast.Name) and d.id == "property"
                               for d in item.decorator_list)
                    found[item.name] = "static" if static else "property" if prop else "method"
                elif isinstance(item, ast.Assign):
                    for target in item.targets:
                        if isinstance(target, ast.Name):
                            value = ast.unparse(item.value)
                            found[target.id] = ("static" if value.startswith("staticmethod")
                                                else "property" if "property" in value
                                                else "method")
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                # Slk.OptionalBoolean.to_bool = ...
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Attribute):
                    value = ast.unparse(node.value)
                    members.setdefault(target.value.attr, {})[target.attr] = \
                        "static" if value.startswith("staticmethod") else "method"
    return members


def main(argv):
    mode, gir = argv[1], argv[2]
    ns = Namespace(gir)
    if mode == "pyi":
        overrides = override_members(argv[3]) if len(argv) > 4 else {}
        text = Python(ns).emit(overrides)
    elif mode == "dts":
        text = TypeScript(ns).emit()
    else:
        sys.exit(f"unknown mode {mode}: pyi or dts")
    with open(argv[-1], "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
