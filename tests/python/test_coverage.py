# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every callable of the Slk namespace is called from both binding tests.

Reads the GIR the build made and looks for a call of each function, method
and constructor in the Python tests and the gjs tests, so a
new API cannot land without being exercised from Python and gjs."""
import os
import re
import xml.etree.ElementTree as ET

import pytest

CORE = "{http://www.gtk.org/introspection/core/1.0}"
C = "{http://www.gtk.org/introspection/c/1.0}"
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {
    "python": [os.path.join(HERE, name)
               for name in ("test_slk.py", "test_instruments.py", "test_monitor.py",
                            "test_default_dataset.py", "test_provenance.py", "test_agenda.py",
                            "test_honest_types.py", "test_naming.py")],
    "gjs": [os.path.join(HERE, "..", "gjs", name)
            for name in ("test-slk.js", "test-instruments.js", "test-monitor.js",
                         "test-provenance.js", "test-agenda.js", "test-naming.js")],
}


def callables():
    root = ET.parse(os.environ["SLK_GIR"]).getroot()
    namespace = root.find(CORE + "namespace")
    found = {}
    for owner in namespace:
        owner_name = owner.get("name")
        for element in owner:
            tag = element.tag.replace(CORE, "")
            if tag not in ("function", "method", "constructor"):
                continue
            identifier = element.get(C + "identifier")
            forms = found.setdefault(identifier, set())
            name = element.get("name")
            if tag == "constructor":
                forms.add(rf"Slk\.{owner_name}\.{name}\(")
            elif tag == "function":
                forms.add(rf"Slk\.{owner_name}\.{name}\(")
            else:
                forms.add(rf"\.{name}\(")
        if owner.tag == CORE + "function":
            found.setdefault(owner.get(C + "identifier"), set()).add(
                rf"Slk\.{owner.get('name')}\(")
    return found


CALLABLES = callables()


@pytest.mark.parametrize("language", sorted(SOURCES))
def test_every_callable_is_exercised(language):
    text = ""
    for source in SOURCES[language]:
        with open(source, encoding="utf-8") as f:
            text += f.read()
    missing = sorted(identifier for identifier, forms in CALLABLES.items()
                     if not any(re.search(form, text) for form in forms))
    assert not missing, f"not called from the {language} tests: {missing}"


def test_the_gir_has_the_api():
    assert len(CALLABLES) > 60
