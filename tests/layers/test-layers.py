#!/usr/bin/python3
"""The library's include graph keeps its layers: no cycle, no include that
points up a layer or sideways between io, checks and analysis. Checks the
real tree, then copies of it with one such include added, which the checker
must refuse."""
import os
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
checker = os.path.join(here, "check-layers.py")
source = os.path.join(here, "..", "..", "libslagkracht")


def check(tree):
    return subprocess.run([sys.executable, checker, tree], capture_output=True, text=True)


def with_include(tree, path, header):
    with open(os.path.join(tree, path), "a", encoding="utf-8") as f:
        f.write(f'\n#include "{header}"\n')


real = check(source)
print(real.stdout, end="")
assert real.returncode == 0, "the library's own tree breaks its layers"

bad_edges = [
    ("model/slk-record.c", "slk-dataset.h", "layer 'façade' from layer 'model'"),
    ("io/slk-dataset-writer.c", "slk-validator-private.h", "layer 'checks' from layer 'io'"),
    ("base/slk-date.c", "slk-json-writer-private.h", "layer 'json' from layer 'base'"),
    ("json/slk-json-writer-private.h", "slk-json-reader-private.h", "include cycle"),
    ("model/slk-store.c", "slk-no-such-file.h", "no file of the library"),
]
# The cycle needs its edge back as well.
for path, header, expected in bad_edges:
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "libslagkracht")
        shutil.copytree(source, tree)
        with_include(tree, path, header)
        if expected == "include cycle":
            with_include(tree, "json/slk-json-reader-private.h", "slk-json-writer-private.h")
        result = check(tree)
        assert result.returncode == 1, f"{path} → {header} was not refused"
        assert expected in result.stdout, result.stdout
        print(f"refused: {path} → {header}")

