#!/bin/sh
# Runs one libFuzzer harness for a bounded time.
#
#   fuzz/run.sh HARNESS WORKDIR SECONDS
#
# The corpus starts from every dataset in tests/data and every
# JSONTestSuite case, and grows in WORKDIR/corpus between runs. A crash
# leaves its input in WORKDIR/artifacts/ and fails the run: add it to
# tests/data/invalid with what it should give.
set -eu
harness=$1 work=$2 seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../tests/data"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
find "$data/valid" "$data/invalid" "$data/gaps" "$data/JSONTestSuite/test_parsing" -name '*.json' \
  -exec cp {} "$work/seeds/" \;
ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=131072 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 -dict="$here/dataset.dict" \
  "$work/corpus" "$work/seeds"
