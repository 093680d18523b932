#!/bin/sh
# Times load+validate of a synthetic dataset with libslagkracht and with the
# Python json+pandas equivalent, and prints both.
#
#   bench/run.sh [BUILD_DIR] [ORGANIZATIONS] [YEARS] [RUNS] [LAYOUT]
#
# Each side runs RUNS times (default 3) in one process and reports its best
# times; the machine's other load only ever makes a run slower. LAYOUT is
# pretty (default: as the library writes) or compact (a record a line).
# BUILD_DIR defaults to ./build (configure with the default buildtype,
# debugoptimized, or release). The dataset is written once to bench/out/
# (or $SLK_BENCH_OUT) and reused.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
organizations=${2:-100000}
years=${3:-8}
runs=${4:-3}
layout=${5:-pretty}
python=/usr/bin/python3
out=${SLK_BENCH_OUT:-"$here/out"}
data="$out/synthetic-$organizations-$years-$layout.json"

mkdir -p "$out"
compact=""
[ "$layout" = compact ] && compact=--compact
[ -f "$data" ] || "$python" "$here/generate.py" "$data" --organizations "$organizations" \
  --years "$years" $compact
size=$(stat -c %s "$data")
echo "dataset: $data ($(( size / 1048576 )) MiB, $organizations organizations x $years years)"
"$build/bench/bench-load" "$data" "$runs" | tee "$out/ours.txt"
"$python" "$here/pandas_equivalent.py" "$data" "$runs" | tee "$out/theirs.txt"
"$python" -c "import sys; print(f'libslagkracht is {float(sys.argv[2]) / max(float(sys.argv[1]), 0.001):.1f}x faster; peak memory {float(sys.argv[3]) / float(sys.argv[4]):.2f}x the file size')" \
  "$(sed -n 's/.*total \([0-9.]*\) s.*/\1/p' "$out/ours.txt")" \
  "$(sed -n 's/.*total \([0-9.]*\) s.*/\1/p' "$out/theirs.txt")" \
  "$(sed -n 's/.*peak \([0-9.]*\) MiB.*/\1/p' "$out/ours.txt")" \
  "$(echo "$size" | awk '{ print $1 / 1048576 }')"
GI_TYPELIB_PATH="$build/libslagkracht" LD_LIBRARY_PATH="$build/libslagkracht" \
  "$python" "$here/monitor.py" "$data" "$runs"
