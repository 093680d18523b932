#!/bin/sh
# The slagkracht command: exit codes and output of `validate` and `show` (SPEC §7).
set -u
tool=${SLAGKRACHT:?}
data=${SLK_TEST_DATA:?}
failures=0

check () { # description, expected exit code, command...
  description=$1 expected=$2
  shift 2
  "$@" > out.txt 2> err.txt
  status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL: $description: exit $status, expected $expected"; cat out.txt err.txt
    failures=$((failures + 1))
  else
    echo "ok: $description"
  fi
}
expect_output () { # description, file, text
  if grep -q -- "$3" "$2"; then echo "ok: $1"; else echo "FAIL: $1: no '$3' in"; cat "$2"; failures=$((failures + 1)); fi
}

cd "$(mktemp -d)"
check "valid file exits 0" 0 "$tool" validate "$data/valid/organizations.json"
expect_output "text summary" out.txt "0 errors, 0 warnings"
check "errors exit 1" 1 "$tool" validate "$data/invalid/dangling-reference.json"
expect_output "text names file, line and column" out.txt "dangling-reference.json:16:7: error \[dangling-reference\]"
check "warnings only exit 0" 0 "$tool" validate "$data/invalid/roemernorm-exceeded.json" --format json
expect_output "json valid flag" out.txt '"valid" : true'
expect_output "json warning code" out.txt '"code" : "roemernorm-exceeded"'
check "parse error exits 2" 2 "$tool" validate "$data/invalid/parse-error.json" --format json
expect_output "json parse-error finding" out.txt '"code" : "parse-error"'
expect_output "json parse-error line" out.txt '"line" : 3'
check "unsupported format exits 1" 1 "$tool" validate "$data/invalid/unsupported-format.json"
check "missing file exits 2" 2 "$tool" validate does-not-exist.json
expect_output "missing file is named" err.txt "does-not-exist.json"
check "a directory exits 2" 2 "$tool" validate "$data"
expect_output "a directory is named" err.txt "is a directory"
check "bad --format exits 2" 2 "$tool" validate "$data/valid/minimal.json" --format xml
check "standard input with -" 1 sh -c "\"$tool\" validate - < \"$data/invalid/dangling-reference.json\""
expect_output "standard input is named -" out.txt "^-:16:7: error \[dangling-reference\]"
check "help exits 0" 0 "$tool" validate --help
expect_output "help teaches exit codes" out.txt "Exit status"
expect_output "help names the command" out.txt "slagkracht validate \[OPTION…\] FILE$"
check "show a noodrem" 0 "$tool" show "$data/valid/instruments.json" nr-explained
expect_output "show gives the state" out.txt "state: closed"
expect_output "show lists the history a step a line" out.txt "5. {\"type\":\"explained\""
expect_output "show names the assessment that warned" out.txt "uitvoeringstoets: t-wet"
check "show a ministry" 0 "$tool" show "$data/valid/instruments.json" szw
expect_output "show lists what a ministry asked for" out.txt "requested_toetsen: t-wet, t-huf, t-udo"
check "show the findings of a record" 0 "$tool" show "$data/invalid/conditions-missing.json" t-wet --format json
expect_output "show json has the finding" out.txt '"code" : "conditions-missing"'
expect_output "show json has the pointer" out.txt '"pointer" : "/uitvoeringstoetsen/0"'
check "show a taakstelling" 0 "$tool" show "$data/valid/monitor.json" rijk
expect_output "show lists the shares" out.txt "shares: rijk-szw, rijk-bzk"
expect_output "show says which years are met" out.txt "met_2026: false"
check "show an unknown id exits 1" 1 "$tool" show "$data/valid/instruments.json" nobody
expect_output "show names the missing id" err.txt 'no record has the id "nobody"'
check "show without an id exits 2" 2 "$tool" show "$data/valid/instruments.json"
check "show help exits 0" 0 "$tool" show --help
expect_output "show help teaches relations" out.txt "relates"
check "monitor as a table" 0 "$tool" monitor "$data/valid/monitor.json"
expect_output "monitor names the period" out.txt "april 2026"
expect_output "monitor lists the shortfalls and the partial sums" out.txt "18 findings:"
expect_output "a partial sum is marked" out.txt "^  szw Office m²: 1 of 2 organisations"
check "monitor as JSON" 0 "$tool" monitor "$data/valid/monitor.json" --format json --scope all
expect_output "monitor JSON has the scope" out.txt '"scope": "all"'
expect_output "monitor JSON keeps null" out.txt '"overhead_share": null'
check "monitor for another year and period" 0 "$tool" monitor "$data/valid/monitor.json" --year 2027 --period october --base-year 2026 --format csv
expect_output "monitor CSV header" out.txt "^id,name,fte,fte_change"
check "monitor as Markdown" 0 "$tool" monitor "$data/valid/monitor.json" --format markdown
expect_output "monitor Markdown escapes the pipe" out.txt 'Defensie \\|'
check "monitor as HTML" 0 "$tool" monitor "$data/valid/monitor.json" --format html
expect_output "monitor HTML has charts" out.txt "<svg"
check "monitor with a bad scope exits 2" 2 "$tool" monitor "$data/valid/monitor.json" --scope everything
expect_output "monitor names the scopes" err.txt "core, rijksdienst, all"
check "monitor help exits 0" 0 "$tool" monitor --help
expect_output "monitor help teaches scopes" out.txt "everything under the ministry"
check "allocate prints the shares" 0 "$tool" allocate "$data/valid/organizations.json" apparaat --weight szw=1
expect_output "allocate names the share" out.txt "apparaat-szw"
check "allocate refuses a taakstelling with shares" 1 "$tool" allocate "$data/valid/monitor.json" rijk
expect_output "allocate says why" err.txt "has shares already"
check "allocate an unknown id exits 1" 1 "$tool" allocate "$data/valid/monitor.json" nothing
cp "$data/valid/organizations.json" work.json
check "allocate writes the shares" 0 "$tool" allocate work.json apparaat --weight szw=1 --write
check "the written dataset validates" 0 "$tool" validate work.json
expect_output "the written dataset has the share" work.json '"parent": "apparaat"'
check "allocate -o - writes the dataset to stdout" 0 \
  "$tool" allocate "$data/valid/organizations.json" apparaat --weight szw=1 -o -
expect_output "stdout holds the dataset with the share" out.txt '"id": "apparaat-szw"'
check "allocate refuses to replace a device" 2 \
  "$tool" allocate "$data/valid/organizations.json" apparaat --weight szw=1 -o /dev/null
expect_output "the device is named" err.txt "/dev/null: it is not a regular file"
check "allocate refuses a partial base" 1 "$tool" allocate schoof-apparaat-22 --by fte --scope all -x bz -x def
expect_output "the refusal names ministries and counts" err.txt "partial sum for: az (1 of 2 organisations), bzk"
check "allocate with --allow-partial" 0 "$tool" allocate schoof-apparaat-22 --by fte --scope all -x bz -x def --allow-partial
check "allocate help exits 0" 0 "$tool" allocate --help
expect_output "allocate help teaches the remainder" out.txt "largest remainder"
printf '{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", "organisations": [],\n "organizations": [{"id": "m", "kind": "ministry", "name": "M", "figures": {"2024": {"ftee": 1, "fte": -1}}}]}' > typo.json
check "a typo is an info: the exit status follows the error" 1 "$tool" validate typo.json
expect_output "an unknown member with a did-you-mean" out.txt 'info \[unknown-member\] /organisations: "organisations" is not a member this contract knows; it is kept as written. Did you mean "organizations"?'
expect_output "infos come after errors" out.txt "$(printf 'error \\[negative-value\\]')"
if [ "$(grep -n 'error \[' out.txt | head -1 | cut -d: -f1)" -lt "$(grep -n 'info \[' out.txt | head -1 | cut -d: -f1)" ]; then echo "ok: errors are printed before infos"; else echo "FAIL: an info came before an error"; failures=$((failures + 1)); fi
expect_output "the summary counts infos" out.txt "typo.json: 1 error, 0 warnings, 2 infos"
check "validate --format json counts infos" 1 "$tool" validate typo.json --format json
expect_output "infos in JSON" out.txt '"infos" : 2'
check "validate the built-in dataset: clean after the corrections" 0 "$tool" validate
expect_output "the built-in dataset names itself" out.txt "(built-in): 0 errors"
check "monitor the built-in dataset" 0 "$tool" monitor --format json
expect_output "twelve ministries" out.txt '"id": "vws"'
check "show a record of the built-in dataset" 0 "$tool" show zbo-uwv
expect_output "UWV's parent" out.txt "parent: szw"
check "show a ministry of the built-in dataset" 0 "$tool" show bzk
expect_output "each figure with its source" out.txt "^  2022 formatie: 1987 (source kennisvandeoverheid-[0-9a-f]* <https://www.kennisvandeoverheid.nl/"
expect_output "published figures apart, with scope and source" out.txt "^  2023 whole ministry, external_hire_share: 21.7 % (source rijksfinancien-"
check "allocate cannot write the built-in dataset back" 2 "$tool" allocate schoof-apparaat-22 --write --weight szw=1
# Hostile input: a clear message that says what and where, exit 1 or 2.
: > empty.json
check "an empty file exits 2" 2 "$tool" validate empty.json
expect_output "the empty file: where and what" err.txt "empty.json:1:1: error \[parse-error\] (file): The input is empty"
printf '{"format": "slagkracht-dataset/1", "title": "\377"}' > not-utf8.json
check "invalid UTF-8 exits 2" 2 "$tool" validate not-utf8.json
expect_output "invalid UTF-8 is named" err.txt "not-utf8.json:1:.*UTF-8"
printf '{"format": "slagkracht-dataset/1",\n "note": %s}' "$(printf '%0600d' 0 | tr 0 '[')" > deep.json
check "nesting past the limit exits 2" 2 "$tool" validate deep.json
expect_output "nesting names its line" err.txt "deep.json:2:.*nested deeper than the limit of 512"
printf '{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", "note": 1e999}' > huge.json
check "a number out of range is a finding" 1 "$tool" validate huge.json
expect_output "out of range, with its place" out.txt "huge.json:1:76: error \[invalid-number\] /note"
# Output that is lost is an error, not success.
check "monitor to a full disk exits 2" 2 sh -c "\"$tool\" monitor > /dev/full"
expect_output "a full disk is named" err.txt "slagkracht monitor: the output could not be written: No space left"
check "validate --format json to a full disk exits 2" 2 \
  sh -c "\"$tool\" validate --format json \"$data/valid/minimal.json\" > /dev/full"
check "a closed stdout exits 2" 2 sh -c "\"$tool\" validate \"$data/valid/minimal.json\" >&-"
expect_output "a closed stdout is named" err.txt "slagkracht validate: the output could not be written"
# Control characters in data reach the terminal escaped; JSON stays exact.
printf '{"format": "slagkracht-dataset/1", "reference_date": "2026-05-16", "organizations": [{"id": "m", "kind": "ministry", "name": "M\\u001b]0;x\\u0007\\r\\u0085", "parent": "x"}]}' > control.json
check "validate a name with control characters" 1 "$tool" validate control.json
expect_output "ESC, BEL and CR are escaped" out.txt 'M\\x1b\]0;x\\x07\\x0d\\u0085 is a ministry'
if grep -q "$(printf '\033')" out.txt; then echo "FAIL: an ESC reached the output"; failures=$((failures + 1)); else echo "ok: no ESC in the output"; fi
check "show a name with control characters" 0 "$tool" show control.json m
expect_output "show escapes them too" out.txt 'name: M\\x1b\]0;x\\x07'
check "json keeps the name exact" 1 "$tool" validate control.json --format json
expect_output "json escapes as JSON" out.txt 'M\\u001b\]0;x\\u0007\\r'
# A pipe or a FIFO is read, not mapped.
check "validate from a pipe path" 1 sh -c "cat \"$data/invalid/dangling-reference.json\" | \"$tool\" validate /dev/stdin"
expect_output "the pipe's findings" out.txt "/dev/stdin:16:7: error \[dangling-reference\]"
mkfifo fifo.json
(cat "$data/valid/minimal.json" > fifo.json &)
check "validate a FIFO" 0 "$tool" validate fifo.json
expect_output "the FIFO's summary" out.txt "fifo.json: 0 errors, 0 warnings"
check "monitor --year 0 is refused" 2 "$tool" monitor --year 0
check "monitor --year -5 is refused" 2 "$tool" monitor --year -5
expect_output "years are four digits" err.txt "years are four digits"
check "allocate --base-year 0 is refused" 2 "$tool" allocate apparaat --base-year 0
expect_output "allocate: years are four digits" err.txt "allocate: years are four digits"
check "top-level help" 0 "$tool" --help
# diff: records added, removed and changed, and the monitor figures that moved.
check "diff of a dataset with itself exits 0" 0 "$tool" diff "$data/valid/monitor.json" "$data/valid/monitor.json"
expect_output "the same records" out.txt "hold the same records"
sed -e 's/"fte": 1000/"fte": 1100/' -e 's/"id": "vng"/"id": "vng-nieuw"/' \
  "$data/valid/monitor.json" > scenario.json
check "diff of a scenario exits 1" 1 "$tool" diff "$data/valid/monitor.json" scenario.json
expect_output "a changed figure, before and after" out.txt "^    figures/2024/fte: 1000 → 1100$"
expect_output "a removed record" out.txt "^removed  organizations/vng$"
expect_output "an added record" out.txt "^added    organizations/vng-nieuw$"
expect_output "a monitor figure that moved" out.txt "^  szw fte_change: -50 → -150 (-100)$"
expect_output "the summary" out.txt "records differ; 2 monitor figures moved (2026, rijksdienst)"
check "diff with the built-in dataset" 1 "$tool" diff built-in "$data/valid/minimal.json"
check "diff wants two datasets" 2 "$tool" diff "$data/valid/minimal.json"
check "diff of a missing file exits 2" 2 "$tool" diff "$data/valid/minimal.json" nowhere.json
check "show --ids" 0 "$tool" show --ids "$data/valid/organizations.json"
expect_output "an id and its kind a line" out.txt "^apparaat taakstelling$"
expect_output "organizations too" out.txt "^szw organization$"
check "show --ids takes one FILE" 2 "$tool" show --ids "$data/valid/organizations.json" szw
# Colour: only when asked or on a terminal, never with NO_COLOR, and the
# table without its colours is the plain one.
check "monitor --color=always" 0 "$tool" monitor "$data/valid/monitor.json" --color=always
if grep -q "$(printf '\033')\[1;31m" out.txt; then echo "ok: a missed norm is red"; else echo "FAIL: a missed norm is red"; failures=$((failures + 1)); fi
sed 's/\x1b\[[0-9;]*m//g' out.txt > stripped.txt
"$tool" monitor "$data/valid/monitor.json" > plain.txt
if cmp -s stripped.txt plain.txt; then echo "ok: without colours, the plain table"; else echo "FAIL: without colours, the plain table"; failures=$((failures + 1)); fi
check "monitor into a pipe is plain" 0 "$tool" monitor "$data/valid/monitor.json"
if grep -q "$(printf '\033')" out.txt; then echo "FAIL: no colour into a pipe"; failures=$((failures + 1)); else echo "ok: no colour into a pipe"; fi
check "NO_COLOR on a terminal" 0 env NO_COLOR=1 script -qec "\"$tool\" monitor \"$data/valid/monitor.json\"" /dev/null
if grep -q "$(printf '\033')\[" out.txt; then echo "FAIL: NO_COLOR keeps it plain"; failures=$((failures + 1)); else echo "ok: NO_COLOR keeps it plain"; fi
check "a terminal gets colour" 0 env -u NO_COLOR script -qec "\"$tool\" monitor \"$data/valid/monitor.json\"" /dev/null
if grep -q "$(printf '\033')\[1;31m" out.txt; then echo "ok: a terminal gets colour"; else echo "FAIL: a terminal gets colour"; failures=$((failures + 1)); fi
check "--color takes auto, always or never" 2 "$tool" monitor --color=sometimes
check "--version" 0 "$tool" --version
expect_output "--version names the version" out.txt "^slagkracht [0-9]*\.[0-9]*\.[0-9]* "
# A mistyped id: the one meant, or the ones there are.
check "allocate a mistyped id exits 1" 1 "$tool" allocate schoof-apparaat-2
expect_output "allocate says which was meant" err.txt 'Did you mean "schoof-apparaat-22"?'
check "allocate an id far from any" 1 "$tool" allocate zzzz
expect_output "allocate lists the taakstellingen" err.txt "Its taakstellingen are: schoof-apparaat-22, "
check "show a mistyped id exits 1" 1 "$tool" show bzkk
expect_output "show says which was meant" err.txt 'no record has the id "bzkk". Did you mean "bzk"?'
# With its defaults on the built-in data, allocate names a base that works ...
check "allocate with its defaults" 1 "$tool" allocate schoof-apparaat-22
expect_output "allocate names a base" err.txt "try --by formatie --base-year 2022 --scope core --exempt def."
suggested=$(sed -n 's/.*try \(--by .*\)\.$/\1/p' err.txt)
# shellcheck disable=SC2086 # the suggested options are words
check "and that base divides it" 0 "$tool" allocate schoof-apparaat-22 $suggested
# ... and the shares, in euro with thousands apart, add up to the whole.
expect_output "thousands apart" out.txt "^  2025  [0-9]* [0-9][0-9][0-9] [0-9][0-9][0-9]\.[0-9][0-9]$"
expect_output "a total line" out.txt "^total$"
awk '/^total$/ { total = 1; next }
     /^  2025  / { gsub(/ /, "", $0); sub(/^2025/, "", $0); if (total) whole = $0; else sum += $0 }
     END { if (sprintf("%.2f", sum) != whole) { print "FAIL: 2025 shares add up to " sum ", not " whole; exit 1 }
           print "ok: the 2025 shares add up to the total" }' out.txt || failures=$((failures + 1))
check "unknown command exits 2" 2 "$tool" frobnicate

echo "$failures failed"
[ "$failures" -eq 0 ]
