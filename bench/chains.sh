#!/bin/sh
# Times validation of the shapes that were quadratic: a chain of parents
# (each taakstelling a share of the one before) and one parent with many
# shares. Linear work shows as time that grows with N, not with N².
#
#   bench/chains.sh [BUILD_DIR] [N...]
#
# Defaults: ./build, and N = 7500 15000 30000 for the chain and a quarter
# of each for the shares (8 000 shares was 1.7 s before).
set -eu
build=${1:-build}
shift || true
sizes=${*:-"7500 15000 30000"}
tool="$build/tools/slagkracht"
out=${SLK_BENCH_OUT:-"$(cd "$(dirname "$0")" && pwd)/out"}
mkdir -p "$out"

make_file () { # shape, n, path
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import json, sys
shape, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
taak = []
for i in range(n):
    t = {"id": f"t{i}", "kind": "apparaat", "name": "T", "targets": {"2025": 1}}
    if shape == "chain" and i > 0:
        t["parent"] = f"t{i - 1}"
    if shape == "shares" and i > 0:
        t["parent"] = "t0"
    if shape == "chain" and i == n - 1 or shape == "shares" and i > 0:
        t["realized"] = {"2025": 1}
    taak.append(t)
json.dump({"format": "slagkracht-dataset/1", "reference_date": "2026-05-16",
           "organizations": [], "taakstellingen": taak}, open(path, "w"))
PY
}

for n in $sizes; do
  for shape in chain shares; do
    count=$n
    [ "$shape" = shares ] && count=$((n / 4 + 1))
    file="$out/$shape-$count.json"
    [ -f "$file" ] || make_file "$shape" "$count" "$file"
    start=$(date +%s.%N)
    "$tool" validate "$file" > /dev/null || true
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" -v shape="$shape" -v n="$count" \
      'BEGIN { printf "%-6s %6d taakstellingen: validate %.3f s\n", shape, n, e - s }'
  done
done
