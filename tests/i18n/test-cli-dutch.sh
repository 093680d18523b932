#!/bin/sh
# The command line in Dutch: from LANGUAGE, from LC_ALL (even where that
# locale is not installed) and from --lang; numbers in Dutch separators in
# text, Markdown and HTML, and never in CSV or JSON.
set -u
tool=${SLAGKRACHT:?}
data=${SLK_TEST_DATA:?}
failures=0
fail () { echo "FAIL: $1"; failures=$((failures + 1)); }
ok () { echo "ok: $1"; }
expect () { # description, file, text
  if grep -qF -- "$3" "$2"; then ok "$1"; else fail "$1 (no '$3' in:)"; head -20 "$2"; fi
}
refuse () { # description, file, text
  if grep -qF -- "$3" "$2"; then fail "$1 ('$3' is there)"; else ok "$1"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixture="$data/invalid/conditions-missing.json"
monitor="$data/valid/monitor.json"

LANGUAGE=nl "$tool" validate "$fixture" > "$work/validate-nl.txt" 2>&1
expect "LANGUAGE=nl: validate speaks Dutch" "$work/validate-nl.txt" \
  "acht het voorstel uitvoerbaar onder voorwaarden"
expect "codes stay as they are" "$work/validate-nl.txt" "conditions-missing"
LANGUAGE= LC_ALL=nl_NL.UTF-8 "$tool" validate "$fixture" > "$work/validate-lc.txt" 2>&1
expect "LC_ALL=nl_NL.UTF-8: Dutch, installed or not" "$work/validate-lc.txt" \
  "acht het voorstel uitvoerbaar"
"$tool" validate --lang nl "$fixture" > "$work/validate-lang.txt" 2>&1
expect "--lang nl after the command name" "$work/validate-lang.txt" "acht het voorstel"
LANGUAGE=nl "$tool" validate --lang en "$fixture" > "$work/validate-en.txt" 2>&1
expect "--lang en wins over LANGUAGE=nl" "$work/validate-en.txt" \
  "judges the proposal feasible under conditions"
"$tool" validate "$fixture" > "$work/validate-default.txt" 2>&1
cmp -s "$work/validate-en.txt" "$work/validate-default.txt" \
  && ok "English is the default and --lang en changes nothing" \
  || fail "English is the default and --lang en changes nothing"
"$tool" validate --lang fr "$fixture" > "$work/fr.txt" 2>&1
status=$?
[ "$status" -eq 2 ] && ok "--lang fr is refused (exit 2)" || fail "--lang fr is refused (exit $status)"
expect "the refusal says what is allowed" "$work/fr.txt" "--lang must be nl or en"

"$tool" validate --lang nl --help > "$work/help.txt" 2>&1
expect "--help in Dutch" "$work/help.txt" "Afsluitstatus:"
expect "--help names --lang" "$work/help.txt" "--lang"
LANGUAGE=nl "$tool" > "$work/usage.txt" 2>&1
expect "the usage in Dutch" "$work/usage.txt" "Opdrachten:"
LANGUAGE=nl "$tool" nonsense > "$work/nonsense.txt" 2>&1
expect "an unknown command in Dutch" "$work/nonsense.txt" "is geen opdracht"

# Numbers: Dutch separators where people read them.
"$tool" monitor --lang nl "$monitor" > "$work/monitor-nl.txt" 2>&1
"$tool" monitor "$monitor" > "$work/monitor-en.txt" 2>&1
expect "the monitor's title in Dutch" "$work/monitor-nl.txt" "basisjaar"
expect "a share with a decimal comma" "$work/monitor-nl.txt" "10,5 %"
expect "the same share in English" "$work/monitor-en.txt" "10.5 %"
grep -Eq '[0-9]\.[0-9]{3}' "$work/monitor-nl.txt" && ok "thousands grouped with a point" \
  || fail "thousands grouped with a point"
grep -Eq '[0-9] [0-9]{3}' "$work/monitor-en.txt" && ok "thousands grouped with a space in English" \
  || fail "thousands grouped with a space in English"
"$tool" monitor --lang nl "$monitor" --format markdown > "$work/monitor-nl.md"
expect "Markdown in Dutch" "$work/monitor-nl.md" "| Ministerie"
expect "Markdown numbers in Dutch" "$work/monitor-nl.md" "10,5 %"
"$tool" monitor --lang nl "$monitor" --format html > "$work/monitor-nl.html"
expect "the page declares Dutch" "$work/monitor-nl.html" '<html lang="nl">'
expect "HTML numbers in Dutch" "$work/monitor-nl.html" "10,5 %"
for format in csv json; do
  "$tool" monitor --lang nl "$monitor" --format $format > "$work/nl.$format"
  "$tool" monitor --lang en "$monitor" --format $format > "$work/en.$format"
done
cmp -s "$work/nl.csv" "$work/en.csv" && ok "CSV is the same in both languages" \
  || fail "CSV is the same in both languages"
/usr/bin/python3 - "$work/nl.json" "$work/en.json" <<'PY' && ok "JSON differs only in messages" || fail "JSON differs only in messages"
import json, sys
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k != "message"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if strip(a) == strip(b) else 1)
PY
"$tool" validate --lang nl --format json "$fixture" > "$work/v-nl.json"
"$tool" validate --lang en --format json "$fixture" > "$work/v-en.json"
/usr/bin/python3 -c '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
same = [{k: v for k, v in f.items() if k != "message"} for f in a["findings"]] == \
       [{k: v for k, v in f.items() if k != "message"} for f in b["findings"]]
sys.exit(0 if same and a["findings"][0]["message"] != b["findings"][0]["message"] else 1)
' "$work/v-nl.json" "$work/v-en.json" && ok "validate JSON: codes and pointers stay, the message is Dutch" \
  || fail "validate JSON: codes and pointers stay, the message is Dutch"

# Plurals and dates.
"$tool" monitor --lang nl > "$work/builtin-nl.txt" 2>&1
grep -Eq '^[0-9]+ bevinding(en)?:$|^0 bevindingen\.$' "$work/builtin-nl.txt" \
  && ok "the count of findings in Dutch" || fail "the count of findings in Dutch"
"$tool" validate --lang nl "$data/invalid/commitment-overdue.json" > "$work/due.txt" 2>&1
grep -Eq '[0-9]{2}-[0-9]{2}-[0-9]{4}' "$work/due.txt" && ok "dates day-month-year in Dutch" \
  || fail "dates day-month-year in Dutch"

echo "$failures failed"
[ "$failures" -eq 0 ]
