#!/usr/bin/env python3
# Writes tests/data/invalid/<code>.json and <code>.expect: one fixture per
# finding code, each with exactly one mistake. The expected line and column
# come from a plain text search for a marker, not from the library.
# Run by hand after editing; the outputs are committed.
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "invalid")

HEAD = '''{
  "format": "slagkracht-dataset/1",
  "title": "Fixture",
  "reference_date": "2026-05-16",
  "organizations": [
    {
      "id": "szw",
      "kind": "ministry",
      "name": "Ministerie van Sociale Zaken en Werkgelegenheid",
      "abbreviation": "SZW"
    },
'''
TAIL = '''
  ]
}
'''

def org(body):
    return HEAD + body + TAIL

ZBO_OK = '''    {
      "id": "uwv",
      "kind": "zbo",
      "name": "UWV",
      "parent": "szw",
      "kaderwet": true,
      "last_evaluation": "2024-01-01"%s
    }'''

# code: (text, pointer, marker, occurrence)
FIXTURES = {
    "parse-error": ('{\n  "format": "slagkracht-dataset/1",\n  "organizations": [ { "id": "a" } }\n}\n',
                    "/organizations", "}\n}", 1),
    "unsupported-format": ('{\n  "format": "slagkracht-dataset/2",\n  "reference_date": "2026-05-16"\n}\n',
                           "/format", '"format"', 1),
    "missing-member": (org('''    {
      "id": "uwv",
      "kind": "zbo",
      "parent": "szw"
    }'''), "/organizations/1", '{\n      "id": "uwv"', 1),
    "duplicate-member": (org(ZBO_OK % ',\n      "name": "UWV again"'), "/organizations/1/name", '"name": "UWV again"', 1),
    "wrong-type": (org(ZBO_OK % ',\n      "abbreviation": 7'), "/organizations/1/abbreviation", '"abbreviation": 7', 1),
    "invalid-value": (org(ZBO_OK % ',\n      "legal_form": "publiek"'), "/organizations/1/legal_form", '"legal_form": "publiek"', 1),
    "unknown-kind": (org('''    {
      "id": "vng",
      "kind": "gemeente",
      "name": "VNG"
    }'''), "/organizations/1/kind", '"kind": "gemeente"', 1),
    "invalid-id": (org('''    {
      "id": "Dienst_X",
      "kind": "agency",
      "name": "Dienst X",
      "parent": "szw"
    }'''), "/organizations/1/id", '"id": "Dienst_X"', 1),
    "duplicate-id": (org('''    {
      "id": "szw",
      "kind": "agency",
      "name": "Inlichtingenbureau",
      "parent": "szw"
    }'''), "/organizations/1/id", '"id": "szw"', 2),
    "dangling-reference": (org('''    {
      "id": "svb",
      "kind": "zbo",
      "name": "SVB",
      "parent": "sszw"
    }'''), "/organizations/1/parent", '"parent": "sszw"', 1),
    "wrong-reference-kind": (org(ZBO_OK % '' + ''',
    {
      "id": "bureau",
      "kind": "agency",
      "name": "Bureau",
      "parent": "uwv"
    }'''), "/organizations/2/parent", '"parent": "uwv"', 1),
    "forbidden-member": (org('''    {
      "id": "duo",
      "kind": "agency",
      "name": "DUO",
      "parent": "szw",
      "kaderwet": true
    }'''), "/organizations/1/kaderwet", '"kaderwet": true', 1),
    "negative-value": (org(ZBO_OK % ',\n      "figures": { "2024": { "fte": 100, "office_m2": -5 } }'),
                       "/organizations/1/figures/2024/office_m2", '"office_m2"', 1),
    "invalid-number": (org(ZBO_OK % ',\n      "figures": { "2024": { "personnel_spending": 10.005 } }'),
                       "/organizations/1/figures/2024/personnel_spending", '"personnel_spending"', 1),
    "invalid-date": (org(ZBO_OK.replace('"2024-01-01"', '"2024-02-30"') % ''),
                     "/organizations/1/last_evaluation", '"last_evaluation"', 1),
    "invalid-year": (org(ZBO_OK % ',\n      "figures": { "24": { "fte": 100 } }'),
                     "/organizations/1/figures/24", '"24"', 1),
    "overhead-exceeds-fte": (org(ZBO_OK % ',\n      "figures": { "2023": { "fte": 100, "overhead_fte": 120 } }'),
                             "/organizations/1/figures/2023/overhead_fte", '"overhead_fte"', 1),
    "roemernorm-exceeded": (org(ZBO_OK % ',\n      "figures": {\n        "2023": { "personnel_spending": 900, "external_hire_spending": 100 },\n        "2024": { "personnel_spending": 880, "external_hire_spending": 120 }\n      }'),
                            "/organizations/1/figures/2024", '"2024": { "personnel', 1),
    "overhead-above-target": (HEAD.replace('"abbreviation": "SZW"', '"abbreviation": "SZW",\n      "figures": {\n        "2023": { "fte": 1000, "overhead_fte": 350 },\n        "2024": { "fte": 1000, "overhead_fte": 351 }\n      }') + ZBO_OK % '' + TAIL,
                              "/organizations/0/figures/2024", '"2024"', 1),
    "zbo-evaluation-overdue": (org(ZBO_OK.replace('"2024-01-01"', '"2021-05-15"') % ''),
                               "/organizations/1/last_evaluation", '"last_evaluation"', 1),
}

# The instruments: a dataset with a ministry, a ZBO, an inspection and a
# decentral body, one assessment and one noodrem, each valid until a
# fixture changes one thing.
ORGS = HEAD + ZBO_OK % '' + ''',
    {
      "id": "nla",
      "kind": "inspection",
      "name": "Nederlandse Arbeidsinspectie",
      "parent": "szw"
    },
    {
      "id": "vng",
      "kind": "decentral",
      "name": "VNG"
    }
  ],
'''

def toets(extra='', kind='uitvoeringstoets', assessor='uwv', verdict='feasible'):
    return '''    {
      "id": "t-wet",
      "kind": "%s",
      "proposal": "Wet vereenvoudiging",
      "requested_by": "szw",
      "assessor": "%s",
      "date": "2026-01-15",
      "verdict": "%s"%s
    }''' % (kind, assessor, verdict, extra)

SIGNAL = '{ "type": "signal", "date": "2026-02-01" }'
ESCALATED = [SIGNAL, '{ "type": "escalation-official", "date": "2026-02-10" }',
             '{ "type": "pulled", "date": "2026-03-01" }']

def noodrem(events, extra='', kind='noodrem', toets_id='t-wet'):
    return '''    {
      "id": "nr-1",
      "kind": "%s",
      "raised_by": "uwv",
      "addressed_to": "szw",
      "subject": "Te krappe invoering",
      "uitvoeringstoets": "%s"%s,
      "events": [
        %s
      ]
    }''' % (kind, toets_id, extra, ',\n        '.join(events))

def instruments(toets_text=None, noodrem_text=None):
    return (ORGS + '  "uitvoeringstoetsen": [\n' + (toets_text or toets()) + '\n  ],\n' +
            '  "noodremmen": [\n' + (noodrem_text or noodrem(ESCALATED)) + '\n  ]\n}\n')

FIXTURES.update({
    "conditions-missing": (instruments(toets(verdict='conditional')),
                           "/uitvoeringstoetsen/0/verdict", '"verdict": "conditional"', 1),
    "deviation-without-motivation": (
        instruments(toets(',\n      "decision": { "date": "2026-03-01", "followed": false }',
                          verdict='infeasible')),
        "/uitvoeringstoetsen/0/decision/followed", '"followed": false', 1),
    "events-out-of-order": (
        instruments(noodrem_text=noodrem([SIGNAL, '{ "type": "escalation-official", "date": "2026-01-20" }'])),
        "/noodremmen/0/events/1/date", '"date": "2026-01-20"', 1),
    "invalid-transition": (
        instruments(noodrem_text=noodrem([SIGNAL, '{ "type": "closed", "date": "2026-02-05" }'])),
        "/noodremmen/0/events/1/type", '"type": "closed"', 1),
    "noodrem-without-escalation": (
        instruments(noodrem_text=noodrem([SIGNAL, '{ "type": "pulled", "date": "2026-02-05" }'])),
        "/noodremmen/0/events/1/type", '"type": "pulled"', 1),
    "explanation-missing": (
        instruments(noodrem_text=noodrem(ESCALATED + ['{ "type": "explained", "date": "2026-03-20" }'])),
        "/noodremmen/0/events/3", '{ "type": "explained"', 1),
    "rode-kaart-without-grounds": (
        instruments(noodrem_text=noodrem(ESCALATED, ',\n      "grounds": ["infeasible"]', kind='rode-kaart')),
        "/noodremmen/0/grounds", '"grounds"', 1),
    "noodrem-response-overdue": (
        instruments(noodrem_text=noodrem(ESCALATED + ['{ "type": "acknowledged", "date": "2026-03-10" }'],
                                         ',\n      "response_deadline": "2026-04-01"')),
        "/noodremmen/0/response_deadline", '"response_deadline"', 1),
    # A second fixture for a code is named <code>--<what>.
    "dangling-reference--toets": (
        instruments(noodrem_text=noodrem(ESCALATED, toets_id='t-onbekend')),
        "/noodremmen/0/uitvoeringstoets", '"uitvoeringstoets": "t-onbekend"', 1),
    "wrong-reference-kind--huf": (
        instruments(toets(kind='huf')),
        "/uitvoeringstoetsen/0/assessor", '"assessor": "uwv"', 1),
})

# Taakstellingen and rules: a rijksbrede cut with two shares, and rule
# changes dated in the reference year (not judged yet) unless a fixture
# says otherwise.
MINISTRIES = HEAD.replace('''    {
      "id": "szw",''', '''    {
      "id": "bzk",
      "kind": "ministry",
      "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
    },
    {
      "id": "szw",''') + '''    {
      "id": "uwv",
      "kind": "zbo",
      "name": "UWV",
      "parent": "szw"
    }
  ],
'''

def taak(ident, extra, targets, realized=None):
    text = '''    {
      "id": "%s",
      "kind": "apparaat",
      "name": "Apparaat %s"%s,
      "targets": { %s }''' % (ident, ident, extra, targets)
    if realized:
        text += ',\n      "realized": { %s }' % realized
    return text + '\n    }'

def budget(taken, rules=None, targets=None):
    text = MINISTRIES + '  "taakstellingen": [\n' + ',\n'.join(taken) + '\n  ]'
    if rules is not None:
        text += ',\n  "rule_changes": [\n' + ',\n'.join(rules) + '\n  ]'
    if targets is not None:
        text += ',\n  "rule_targets": [\n' + ',\n'.join(targets) + '\n  ]'
    return text + '\n}\n'

PARENT = taak("rijk", "", '"2025": 1000, "2027": 2000', '"2025": 1000')
def share(ministry, targets, realized='"2025": 500'):
    return taak("rijk-" + ministry, ',\n      "scope": "%s",\n      "parent": "rijk"' % ministry,
                targets, realized)

def rule(i, ministry, audience, year=2025):
    return ('    { "id": "r%d", "ministry": "%s", "date": "%d-03-01", "change": "scrapped", '
            '"audience": "%s", "title": "Regel %d" }' % (i, ministry, year, audience, i))

def rules_2025(n, businesses, ministry="szw"):
    return [rule(i, ministry, "businesses" if i < businesses else "citizens") for i in range(n)]

FIXTURES.update({
    "allocation-mismatch": (
        budget([PARENT, share("szw", '"2025": 500, "2027": 1000'),
                share("bzk", '"2025": 500, "2027": 990')]),
        "/taakstellingen/0/targets/2027", '"2027": 2000', 1),
    "realized-without-target": (
        budget([taak("rijk", "", '"2025": 1000', '"2025": 1000, "2024": 10')]),
        "/taakstellingen/0/realized/2024", '"2024": 10', 1),
    "taakstelling-behind": (
        budget([taak("rijk", "", '"2025": 1000, "2027": 3000', '"2025": 999.99')]),
        "/taakstellingen/0/targets/2025", '"2025": 1000', 1),
    "rule-target-missed": (
        budget([PARENT, share("szw", '"2025": 500, "2027": 1000'),
                share("bzk", '"2025": 500, "2027": 1000')],
               rules_2025(500, 250), ['    { "ministry": "szw", "year": 2025, "count": 600 }']),
        "/rule_targets/0/count", '"count": 600', 1),
    "rules-businesses-share-low": (
        budget([PARENT, share("szw", '"2025": 500, "2027": 1000'),
                share("bzk", '"2025": 500, "2027": 1000')],
               rules_2025(500, 249)),
        "/rule_changes", '"rule_changes"', 1),
})

def position(text, marker, occurrence):
    at = -1
    for _ in range(occurrence):
        at = text.index(marker, at + 1)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return line, column

for name, (text, pointer, marker, occurrence) in FIXTURES.items():
    line, column = position(text, marker, occurrence)
    code = name.split("--")[0]
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".expect"), "w") as f:
        f.write("code=%s\npointer=%s\nline=%d\ncolumn=%d\n" % (code, pointer, line, column))
print("wrote", len(FIXTURES), "fixtures")
