#!/bin/sh
# Executes one notebook headless; a failing cell fails it. A kernel that
# dies before it answers at all (a start-up race of the Jupyter client on a
# loaded machine, not the notebook's doing) gets one more start.
#
#   run-notebook.sh JUPYTER_EXECUTE NOTEBOOK
set -u
execute=$1 notebook=$2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for attempt in 1 2; do
  "$execute" "$notebook" > "$log" 2>&1
  status=$?
  cat "$log"
  [ "$status" -eq 0 ] && exit 0
  grep -q "Kernel died before replying to kernel_info" "$log" || exit "$status"
  echo "run-notebook: the kernel did not start (attempt $attempt)" >&2
done
exit "$status"
