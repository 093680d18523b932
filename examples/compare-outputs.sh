#!/bin/sh
# Runs the C, Python and gjs versions of an example on one dataset and
# checks that they print the same lines and exit alike.
set -u
c_example=$1 python=$2 python_example=$3 gjs=$4 gjs_example=$5 data=$6
dir=$(mktemp -d)
"$c_example" "$data" > "$dir/c.txt"; c_status=$?
"$python" "$python_example" "$data" > "$dir/py.txt"; py_status=$?
"$gjs" -m "$gjs_example" "$data" > "$dir/js.txt"; js_status=$?
cat "$dir/c.txt"
[ -s "$dir/c.txt" ] || { echo "the C example printed nothing"; exit 1; }
diff -u "$dir/c.txt" "$dir/py.txt" || { echo "Python differs from C"; exit 1; }
diff -u "$dir/c.txt" "$dir/js.txt" || { echo "gjs differs from C"; exit 1; }
[ "$c_status" = "$py_status" ] && [ "$c_status" = "$js_status" ] || {
  echo "exit codes differ: C $c_status, Python $py_status, gjs $js_status"; exit 1; }
rm -rf "$dir"
