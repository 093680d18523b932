#!/bin/sh
# Times load+validate of a synthetic dataset with libslagkracht and with the
# Python json+pandas equivalent, and prints both.
#
#   bench/run.sh [BUILD_DIR] [ORGANIZATIONS] [YEARS]
#
# BUILD_DIR defaults to ./build (configure with the default buildtype,
# debugoptimized, or release). The dataset is written once to bench/out/
# (or $SLK_BENCH_OUT) and reused.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
organizations=${2:-100000}
years=${3:-8}
python=/usr/bin/python3
out=${SLK_BENCH_OUT:-"$here/out"}
data="$out/synthetic-$organizations-$years.json"

mkdir -p "$out"
[ -f "$data" ] || "$python" "$here/generate.py" "$data" --organizations "$organizations" --years "$years"
size=$(stat -c %s "$data")
echo "dataset: $data ($(( size / 1048576 )) MiB, $organizations organizations x $years years)"
"$build/bench/bench-load" "$data"
"$python" "$here/pandas_equivalent.py" "$data"
