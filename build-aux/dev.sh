#!/bin/sh
# Set up, build and run libslagkracht on Debian 12, from nothing.
#
#   build-aux/dev.sh run    install what is missing, build, run the main job
#   build-aux/dev.sh test   install what is missing, build, run every test:
#                           the suite, again under ASan+UBSan, under valgrind,
#                           and a bounded libFuzzer run
#
# Runs as root (it calls apt-get); as another user it uses sudo if needed.
set -eu
cd "$(dirname "$0")/.."

packages="meson ninja-build pkg-config gcc libc6-dev git
  libglib2.0-dev libjson-glib-dev gir1.2-json-1.0 gobject-introspection libgirepository1.0-dev
  gjs python3-gi python3-pytest python3-pandas gi-docgen valgrind chromium gettext
  python3-mypy node-typescript
  python3-nbclient python3-ipykernel python3-nbformat python3-matplotlib
  clang-14 libclang-rt-14-dev"

install_missing () {
  missing=""
  for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  echo "Installing:$missing"
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

setup () { # build-dir, meson options...
  dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" > /dev/null
  else
    meson setup "$dir" "$@"
  fi
  ninja -C "$dir"
}

# Prints the closing line "N passed, N failed" over the given test logs.
summary () {
  /usr/bin/python3 - "$@" <<'PY'
import json, sys
passed = failed = 0
for path in sys.argv[1:]:
    with open(path) as f:
        for line in f:
            result = json.loads(line)["result"]
            if result in ("OK", "EXPECTEDFAIL", "SKIP"):
                passed += 1
            else:
                failed += 1
print(f"{passed} passed, {failed} failed")
PY
}

action=${1:-run}
install_missing
setup build -Dwerror=true -Ddocumentation=true

case "$action" in
  run)
    ./build/tools/slagkracht monitor
    ;;
  test)
    status=0
    meson test -C build --print-errorlogs || status=1
    setup build-asan -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false
    meson test -C build-asan --print-errorlogs --no-suite bench --no-suite notebook || status=1
    meson test -C build --setup valgrind --print-errorlogs || status=1
    # libFuzzer, a bounded run of each harness (fuzz/meson.build says how long)
    (export CC=clang-14; setup build-fuzz -Dwerror=true -Dfuzzing=true -Dtests=false \
      -Ddocumentation=false -Db_sanitize=address,undefined -Db_lundef=false)
    meson test -C build-fuzz --print-errorlogs --suite fuzz || status=1
    # A prefix install, used as the README says (tests/install/check.sh).
    rm -rf _install
    setup build-install -Dwerror=true -Dprefix="$PWD/_install" -Dtests=false \
      -Ddocumentation=false
    meson install -C build-install --quiet
    if sh tests/install/check.sh "$PWD/_install"; then result=OK; else result=FAIL; status=1; fi
    echo "{\"name\": \"install\", \"result\": \"$result\"}" > build-install/install.json
    summary build/meson-logs/testlog.json build-asan/meson-logs/testlog.json \
            build/meson-logs/testlog-valgrind.json build-fuzz/meson-logs/testlog.json \
            build-install/install.json
    exit $status
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
