#!/bin/sh
# Wall time, instructions and peak memory of each job over ¼, ½, 1 and 4
# times the reference file (100 000 organizations x 8 years, a record a
# line), beside the floor (the JSON reader alone) and Python's json +
# pandas doing less (parse, flatten, the figure checks). Prints a Markdown
# table; docs/performance.md shows one and says how it was made.
#
#   bench/scale.sh [BUILD_DIR] [ORGANIZATIONS] [FACTORS]
#
# BUILD_DIR: a release build (meson setup build-release --buildtype=release).
# ORGANIZATIONS: the 1x size (default 100000). FACTORS: default "0.25 0.5 1 4".
# One run each: time the table twice to see the noise. Instructions come from
# `perf stat` when the kernel allows it, else "-". Files go to bench/out/
# (or $SLK_BENCH_OUT) and are reused.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
base=${2:-100000}
factors=${3:-0.25 0.5 1 4}
python=/usr/bin/python3
out=${SLK_BENCH_OUT:-"$here/out"}
tool="$build/tools/slagkracht"
mkdir -p "$out"

has_perf=no
if command -v perf > /dev/null 2>&1 &&
   perf stat -x, -e instructions:u true 2>&1 | grep -q '^[0-9]'; then
  has_perf=yes   # a virtual machine often has no counters: then "-"
fi

# measure LABEL COMMAND...: one row cell group "wall s | instructions | peak MiB"
measure () {
  if [ "$has_perf" = yes ]; then
    perf stat -x, -o "$out/perf.txt" -e instructions:u \
      /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null
    instructions=$(awk -F, '/instructions/ { printf "%.3f G", $1 / 1e9 }' "$out/perf.txt")
  else
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null
    instructions=-
  fi
  read -r wall peak < "$out/time.txt"
  printf ' %s s · %s · %d MiB |' "$wall" "$instructions" "$((peak / 1024))"
}

echo "| file | floor: JSON reader | load | validate | validate --format json | monitor | json + pandas |"
echo "|---|---|---|---|---|---|---|"
for factor in $factors; do
  organizations=$(awk -v b="$base" -v f="$factor" 'BEGIN { printf "%d", b * f }')
  data="$out/synthetic-$organizations-8-compact.json"
  [ -f "$data" ] || "$python" "$here/generate.py" "$data" --organizations "$organizations" \
    --years 8 --compact
  size=$(($(stat -c %s "$data") / 1048576))
  printf '| %s× (%d organizations, %d MiB) |' "$factor" "$organizations" "$size"
  measure "$build/bench/bench-tokenize" "$data"
  measure "$build/bench/bench-load" --load-only "$data"
  measure "$tool" validate "$data"
  measure "$tool" validate --format json "$data"
  measure "$tool" monitor "$data"
  measure "$python" "$here/pandas_equivalent.py" "$data" 1
  echo
done
