#!/bin/sh
# The generated stubs type-check the examples: mypy on the Python ones,
# tsc on the gjs ones. A program with deliberate mistakes must fail both,
# so that a stub that is not read cannot pass for one that is.
#
#   test-stubs.sh SOURCE_ROOT SLK_PYI JSON_PYI SLK_DTS JSON_DTS
set -u
root=$1 slk_pyi=$2 json_pyi=$3 slk_dts=$4 json_dts=$5
failures=0
fail () { echo "FAIL: $1"; failures=$((failures + 1)); }
ok () { echo "ok: $1"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$root/bindings/stubs/python/gi" "$work/gi"
cp "$slk_pyi" "$json_pyi" "$work/gi/repository/"
mypy_run () {
  (cd "$work" && MYPYPATH="$work" /usr/bin/python3 -m mypy --no-incremental \
     --cache-dir=/dev/null --check-untyped-defs "$@")
}
if mypy_run "$root"/examples/*.py > "$work/mypy.txt" 2>&1; then
  ok "mypy: the Python examples type-check ($(tail -1 "$work/mypy.txt"))"
else
  fail "mypy: the Python examples type-check"; cat "$work/mypy.txt"
fi
cat > "$work/wrong.py" <<'PY'
import gi
gi.require_version("Slk", "1.0")
from gi.repository import Slk
dataset = Slk.Dataset.new_default()
dataset.load_from_file(42)
errors: str = dataset.validate().get_n_errors()
for finding in dataset.validate():
    finding.get_no_such_member()
PY
if mypy_run "$work/wrong.py" > "$work/wrong.txt" 2>&1; then
  fail "mypy refuses a program with mistakes"
elif [ "$(grep -c 'error:' "$work/wrong.txt")" -eq 3 ]; then
  ok "mypy refuses a program with mistakes (3 errors)"
else
  fail "mypy refuses a program with mistakes (expected 3 errors)"; cat "$work/wrong.txt"
fi

tsc_run () {
  tsc --noEmit --allowJs --checkJs --target es2022 --module es2022 --moduleResolution node \
    --lib es2022 "$slk_dts" "$json_dts" "$root/bindings/stubs/typescript/gjs.d.ts" "$@"
}
if tsc_run "$root"/examples/*.js > "$work/tsc.txt" 2>&1; then
  ok "tsc: the gjs examples type-check"
else
  fail "tsc: the gjs examples type-check"; cat "$work/tsc.txt"
fi
cat > "$work/wrong.js" <<'JS'
import Slk from 'gi://Slk?version=1.0';
const dataset = Slk.Dataset.new_default();
dataset.load_from_file(42);
const errors = dataset.validate().get_n_errors().toUpperCase();
dataset.validate().get_item(0).get_no_such_member();
JS
if tsc_run "$work/wrong.js" > "$work/wrong-ts.txt" 2>&1; then
  fail "tsc refuses a program with mistakes"
elif [ "$(grep -c 'error TS' "$work/wrong-ts.txt")" -eq 3 ]; then
  ok "tsc refuses a program with mistakes (3 errors)"
else
  fail "tsc refuses a program with mistakes (expected 3 errors)"; cat "$work/wrong-ts.txt"
fi

echo "$failures failed"
[ "$failures" -eq 0 ]
