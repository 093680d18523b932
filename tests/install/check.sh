#!/bin/sh
# A prefix install works as the README says: the command runs without
# LD_LIBRARY_PATH (its RPATH), Python finds Slk and the override with
# GI_TYPELIB_PATH and PYTHONPATH only (the typelib names the library by its
# full path), and gjs finds Slk and slk.js with GI_TYPELIB_PATH only.
#
#   check.sh PREFIX    (after `meson setup B -Dprefix=PREFIX && meson install -C B`)
set -u
prefix=$1
failures=0
check () { # description, command...
  description=$1
  shift
  if out=$("$@" 2>&1); then
    echo "ok: $description"
  else
    echo "FAIL: $description"; echo "$out"
    failures=$((failures + 1))
  fi
}

libdir=$(dirname "$(find "$prefix" -name 'libslagkracht-1.so.0' | head -n 1)")
typelibs=$(dirname "$(find "$prefix" -name 'Slk-1.0.typelib' | head -n 1)")
overrides=$(find "$prefix" -path '*gi/overrides/Slk.py' | head -n 1)
pythonpath=$(dirname "$(dirname "$(dirname "$overrides")")")
helper=$(find "$prefix" -name slk.js | head -n 1)

check "the library, typelib, override and gjs helper are installed" \
  test -n "$libdir" -a -n "$typelibs" -a -n "$overrides" -a -n "$helper"
check "slagkracht runs without LD_LIBRARY_PATH" \
  env -u LD_LIBRARY_PATH -u GI_TYPELIB_PATH "$prefix/bin/slagkracht" validate
check "Python: Slk and the override with two variables" \
  env -u LD_LIBRARY_PATH GI_TYPELIB_PATH="$typelibs" PYTHONPATH="$pythonpath" \
  /usr/bin/python3 -c '
import gi
gi.require_version("Slk", "1.0")
from gi.repository import Slk
report = Slk.Dataset.new_default().validate()
assert repr(report).startswith("<Slk.Report 0 errors"), repr(report)
'
check "Python: a DataFrame of the built-in dataset in two lines (README)" \
  env -u LD_LIBRARY_PATH GI_TYPELIB_PATH="$typelibs" PYTHONPATH="$pythonpath" \
  /usr/bin/python3 -c '
import gi; gi.require_version("Slk", "1.0"); from gi.repository import Slk
organizations = Slk.Dataset.new_default().frame("organizations")
assert len(organizations) > 200 and "ministry" in organizations.columns, organizations
'
# The catalog installs with the library and is found there, with no
# SLK_LOCALEDIR: Dutch from --lang and from LANGUAGE.
check "the Dutch catalog is installed" test -n "$(find "$prefix" -name libslagkracht.mo)"
dutch () {
  env -u LD_LIBRARY_PATH -u SLK_LOCALEDIR LC_ALL=C.UTF-8 "$@" 2>&1 | grep -q 'fout\|waarschuwing\|melding'
}
check "slagkracht --lang nl finds the installed catalog" dutch "$prefix/bin/slagkracht" validate --lang nl
check "LANGUAGE=nl finds the installed catalog" dutch env LANGUAGE=nl "$prefix/bin/slagkracht" validate
script=$(mktemp --suffix=.js)
cat > "$script" <<JS
import Slk from 'gi://Slk?version=1.0';
import {optional} from 'file://$helper';
let n = 0;
for (const finding of Slk.Dataset.new_default().validate())
    n += finding.get_code() ? 1 : 0;
if (n === 0 || optional(Slk.OptionalBoolean.FALSE) !== false)
    throw new Error('not as installed');
JS
check "gjs: Slk and slk.js with one variable" \
  env -u LD_LIBRARY_PATH GI_TYPELIB_PATH="$typelibs" gjs -m "$script"
rm -f "$script"
echo "$failures failed"
[ "$failures" -eq 0 ]
