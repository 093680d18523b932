#!/bin/bash
# The bash completion: commands, options, option values, and the ids of
# the dataset on the line (show) or its taakstellingen (allocate).
set -u
tool=${SLAGKRACHT:?}
data=${SLK_TEST_DATA:?}
script=${1:?the completion script}
failures=0
# shellcheck source=/dev/null
. "$script"

complete_line () { # the words of a command line, the last being completed
  COMP_WORDS=("$tool" "$@")
  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  _slagkracht
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect () { # description, expected, words...
  local description=$1 expected=$2 got
  shift 2
  got=$(complete_line "$@")
  if [ "$got" = "$expected" ]; then
    echo "ok: $description"
  else
    echo "FAIL: $description: got '$got', expected '$expected'"
    failures=$((failures + 1))
  fi
}

cd "$(mktemp -d)" || exit 1
expect "commands" "show " sh
expect "every command" "--help --version allocate diff monitor show validate " ""
expect "options of monitor" "--period " monitor --pe
expect "values of --scope" "core " monitor --scope co
expect "formats of monitor" "csv " monitor --format cs
expect "ids of the built-in dataset" "bz bzk " show bz
expect "ids of a file on the line" "uwv " show "$data/valid/organizations.json" u
expect "taakstellingen only, for allocate" "schoof-apparaat-22 " allocate sch
expect "a taakstelling of a file" "apparaat " allocate "$data/valid/organizations.json" a
expect "diff knows the built-in dataset" "built-in " diff bui

echo "$failures failed"
[ "$failures" -eq 0 ]
