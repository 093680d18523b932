# SPDX-License-Identifier: LGPL-2.1-or-later
"""Messages follow the language the program's locale sets: a Python program
that calls locale.setlocale(LC_ALL, "") with LANGUAGE=nl gets Dutch, and
one that does not (Python's default) keeps English. Each runs in its own
interpreter, since the C library caches translations per process."""
import os
import subprocess
import sys

PROGRAM = r'''
import locale, os, sys
if sys.argv[1] == "set":
    locale.setlocale(locale.LC_ALL, "")
import gi
gi.require_version("Slk", "1.0")
from gi.repository import Slk
ds = Slk.Dataset()
ds.load_from_file(os.path.join(os.environ["SLK_TEST_DATA"], "invalid", "conditions-missing.json"))
finding = ds.validate()[0]
monitor = Slk.Monitor.new(ds)
print(finding.props.code, finding.props.pointer)
print(finding.props.message)
print(monitor.render(Slk.MonitorFormat.TEXT).splitlines()[0])
'''


def run(mode, language):
    env = dict(os.environ, LANGUAGE=language, LC_ALL="C.UTF-8")
    result = subprocess.run([sys.executable, "-c", PROGRAM, mode], env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def test_dutch_when_the_program_sets_the_locale():
    code, message, title = run("set", "nl")
    assert code == "conditions-missing /uitvoeringstoetsen/0/verdict"
    assert "acht het voorstel uitvoerbaar onder voorwaarden" in message
    assert "basisjaar" in title


def test_english_without_a_locale_or_language():
    code, message, title = run("set", "")
    assert code == "conditions-missing /uitvoeringstoetsen/0/verdict"
    assert "judges the proposal feasible under conditions" in message
    assert "base year" in title


def test_the_library_never_sets_the_locale_itself():
    # Without setlocale() the messages stay in the C locale: English.
    _, message, _ = run("none", "nl")
    assert "judges the proposal feasible" in message
