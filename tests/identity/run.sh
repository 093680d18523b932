#!/bin/sh
# Every output of `validate`, `monitor` and `show` on two generated files
# (the library's own layout and a record a line) must stay byte for byte
# what it was before the speed work of issue 15. digests.txt holds their
# SHA-256, taken with the code of 2ec6976 (before any of it). An output
# that changes on purpose (a new column, a translation) updates its line,
# and the commit says why.
#
#   run.sh SLAGKRACHT GENERATE_PY DIGESTS   (meson passes them)
set -u
absolute () { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }
tool=$(absolute "$1") generate=$(absolute "$2") digests=$(absolute "$3")
python=/usr/bin/python3
failures=0 checked=0

cd "$(mktemp -d)" || exit 1
"$python" "$generate" pretty.json --organizations 1500 --years 5 || exit 1
"$python" "$generate" compact.json --organizations 1500 --years 5 --compact || exit 1

while IFS='|' read -r expected file arguments; do
  case "$expected" in '#'*|'') continue ;; esac
  # shellcheck disable=SC2086 # the arguments are words on purpose
  got=$("$tool" $arguments "$file" 2>&1 | sha256sum | cut -d' ' -f1)
  checked=$((checked + 1))
  if [ "$got" != "$expected" ]; then
    echo "FAIL: slagkracht $arguments $file: sha256 $got, was $expected"
    failures=$((failures + 1))
  else
    echo "ok: slagkracht $arguments $file"
  fi
done < "$digests"

[ "$checked" -ge 30 ] || { echo "FAIL: only $checked outputs checked"; exit 1; }
echo "$checked outputs checked, $failures changed"
[ "$failures" -eq 0 ]
