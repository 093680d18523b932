#!/bin/sh
# The speed and memory goal measured as people meet it: each job as a
# command on the same file, RUNS times in turn (so that the machine's
# changing load falls on all of them alike), with its best wall time and
# its largest peak memory, then validate's speed beside json + pandas.
#
#   bench/compare.sh [BUILD_DIR] [ORGANIZATIONS] [RUNS]
#
# BUILD_DIR: a release build (meson setup build-release --buildtype=release).
# ORGANIZATIONS: default 100000 (the 1x file, 8 years, a record a line).
# RUNS: default 5. The file goes to bench/out/ (or $SLK_BENCH_OUT), reused.
# The goal (issue 15): validate at least 6x as fast as json + pandas, and
# validate, validate --format json and monitor each within 128 MiB.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
organizations=${2:-100000}
runs=${3:-5}
python=/usr/bin/python3
out=${SLK_BENCH_OUT:-"$here/out"}
tool="$build/tools/slagkracht"
data="$out/synthetic-$organizations-8-compact.json"
mkdir -p "$out"
[ -f "$data" ] || "$python" "$here/generate.py" "$data" --organizations "$organizations" \
  --years 8 --compact

jobs="validate|validate-json|monitor|pandas"
# run JOB: one run, appending "JOB wall_s peak_kib" to the results.
run () {
  case "$1" in
    validate) set -- "$tool" validate "$data" ;;
    validate-json) set -- "$tool" validate --format json "$data" ;;
    monitor) set -- "$tool" monitor "$data" ;;
    pandas) set -- "$python" "$here/pandas_equivalent.py" "$data" 1 ;;
  esac
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null || true
  read -r wall peak < "$out/time.txt"
  echo "$job $wall $peak" >> "$out/compare.txt"
}

: > "$out/compare.txt"
i=0
while [ "$i" -lt "$runs" ]; do
  for job in $(echo "$jobs" | tr '|' ' '); do
    run "$job"
  done
  i=$((i + 1))
done

echo "file: $data ($(($(stat -c %s "$data") / 1048576)) MiB), best of $runs"
echo
echo "| job | best wall | largest peak |"
echo "|---|---|---|"
awk '
  { if (!($1 in best) || $2 < best[$1]) best[$1] = $2
    if ($3 > peak[$1]) peak[$1] = $3 }
  END {
    split("validate validate-json monitor pandas", order, " ")
    names["validate"] = "slagkracht validate"
    names["validate-json"] = "slagkracht validate --format json"
    names["monitor"] = "slagkracht monitor"
    names["pandas"] = "json + pandas"
    for (i = 1; i <= 4; i++)
      printf "| %s | %.2f s | %.1f MiB |\n", names[order[i]], best[order[i]], peak[order[i]] / 1024
    printf "\nvalidate is %.1fx as fast as json + pandas\n", best["pandas"] / best["validate"]
  }' "$out/compare.txt"
