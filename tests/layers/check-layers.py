#!/usr/bin/python3
"""Checks the include graph of libslagkracht/ against its layers.

Every file belongs to the layer of its folder (the top folder holds the
façades). An include may point to the same layer or a lower one; io,
checks and analysis stand side by side and never include each other; and
the graph has no cycle. Prints each offending edge or cycle and exits 1.

    check-layers.py SOURCE_DIR
"""
import os
import re
import sys

RANK = {"base": 0, "json": 1, "model": 2, "io": 3, "checks": 3, "analysis": 3,
        "render": 4, "": 5}
GENERATED = {"config.h": "base", "slk-version.h": "base", "slk-enum-types.h": "model",
             "slk-resources.h": ""}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main(root):
    layer_of = dict(GENERATED)
    files = []
    for folder, _, names in os.walk(root):
        layer = os.path.relpath(folder, root)
        layer = "" if layer == "." else layer
        if layer not in RANK:
            sys.exit(f"{folder}: a folder that is no layer; add it to {__file__}")
        for name in names:
            if name.endswith((".c", ".h")):
                if name in layer_of and name not in GENERATED:
                    sys.exit(f"{name} stands in two layers")
                layer_of[name] = layer
                files.append((os.path.join(folder, name), name, layer))

    problems = []
    graph = {}
    for path, name, layer in files:
        with open(path, encoding="utf-8") as f:
            targets = INCLUDE.findall(f.read())
        graph[name] = [t for t in targets if t in layer_of]
        for target in targets:
            if target not in layer_of:
                problems.append(f"{path}: includes \"{target}\", which is no file of the library")
                continue
            to = layer_of[target]
            if RANK[to] > RANK[layer] or (RANK[to] == RANK[layer] and to != layer):
                problems.append(f"{path}: includes \"{target}\" of layer "
                                f"'{to or 'façade'}' from layer '{layer or 'façade'}'")

    # Cycles: a depth-first walk that meets a file still on its path.
    state = {}

    def visit(node, path):
        state[node] = "open"
        for target in graph.get(node, []):
            if state.get(target) == "open":
                cycle = path[path.index(target):] + [target]
                problems.append("include cycle: " + " → ".join(cycle))
            elif target not in state:
                visit(target, path + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])

    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {sum(len(v) for v in graph.values())} includes, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
