#!/bin/sh
# Runs an analyst example in C, Python and gjs on the built-in dataset: the
# C version must run, and the Python and gjs versions must print the same
# JSON, byte for byte.
set -u
c_example=$1 python=$2 python_example=$3 gjs=$4 gjs_example=$5
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$c_example" > "$dir/c.txt" || { echo "the C example failed"; cat "$dir/c.txt"; exit 1; }
[ -s "$dir/c.txt" ] || { echo "the C example printed nothing"; exit 1; }
"$python" "$python_example" > "$dir/py.json" || { echo "the Python example failed"; exit 1; }
"$gjs" -m "$gjs_example" > "$dir/js.json" || { echo "the gjs example failed"; exit 1; }
"$python" -c 'import json, sys; json.load(open(sys.argv[1]))' "$dir/py.json" ||
  { echo "the Python example printed no JSON"; exit 1; }
cat "$dir/py.json"
diff -u "$dir/py.json" "$dir/js.json" || { echo "gjs prints other JSON than Python"; exit 1; }
