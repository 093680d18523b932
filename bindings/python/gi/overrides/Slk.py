# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject sugar for libslagkracht: representations, a figures dict and
an honest OptionalBoolean.

Nothing here adds behaviour; everything is reachable through plain GI.
Dates are ``datetime.date`` both ways: each date of a record is a property
(``org.established``, ``zbo.last_evaluation``, ``ds.reference_date``, ...)
that gives a date or None, and every method that takes a GLib.DateTime
takes a ``datetime.date`` too. Every list the library returns is a Gio.ListModel, which PyGObject already
makes a sequence: ``len(report)``, ``for finding in report``,
``report[0]``.
"""
import datetime
import decimal
import functools
import json
import math
import re

from ..importer import modules
from ..overrides import override
from gi.repository import GLib, GObject

Slk = modules["Slk"]._introspection_module

__all__ = []


# Slk.OptionalBoolean is an int enum whose FALSE is 1: plain GI makes
# ``if zbo.get_kaderwet():`` true for "no". Here truth follows the value,
# and unknown is neither.
def _optional_bool(self):
    if self == Slk.OptionalBoolean.UNKNOWN:
        raise ValueError("Slk.OptionalBoolean.UNKNOWN is neither true nor false: "
                         "use .to_bool() (None when unknown) or .is_true()")
    return self == Slk.OptionalBoolean.TRUE


def _optional_to_bool(self):
    """True, False, or None when unknown."""
    return None if self == Slk.OptionalBoolean.UNKNOWN else self == Slk.OptionalBoolean.TRUE


def _optional_is_true(self):
    """True only for TRUE: unknown is not true."""
    return self == Slk.OptionalBoolean.TRUE


def _optional_from_bool(value):
    """Slk.OptionalBoolean for True, False or None (unknown)."""
    if value is None:
        return Slk.OptionalBoolean.UNKNOWN
    if not isinstance(value, bool):
        raise TypeError(f"expected True, False or None, not {value!r}")
    return Slk.OptionalBoolean.TRUE if value else Slk.OptionalBoolean.FALSE


Slk.OptionalBoolean.__bool__ = _optional_bool
Slk.OptionalBoolean.to_bool = _optional_to_bool
Slk.OptionalBoolean.is_true = _optional_is_true
Slk.OptionalBoolean.from_bool = staticmethod(_optional_from_bool)



# The library keeps calendar days; GI gives and takes GLib.DateTime.
def _date_out(value):
    if value is None:
        return None
    return datetime.date(value.get_year(), value.get_month(), value.get_day_of_month())


def _date_in(value):
    if isinstance(value, datetime.datetime):
        raise TypeError("expected a datetime.date: the library keeps calendar days, "
                        f"not times ({value!r})")
    if isinstance(value, datetime.date):
        return GLib.DateTime.new_utc(value.year, value.month, value.day, 0, 0, 0)
    return value


def _takes_dates(method):
    """The method, taking datetime.date wherever it takes a GLib.DateTime."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        return method(self, *map(_date_in, args),
                      **{name: _date_in(value) for name, value in kwargs.items()})
    return wrapper


def _date_property(getter, setter=None, doc=None):
    def get(self):
        return _date_out(getattr(self, getter)())

    def put(self, value):
        if value is not None and not isinstance(value, datetime.date):
            raise TypeError(f"expected a datetime.date or None, not {value!r}")
        getattr(self, setter)(_date_in(value))

    return property(get, put if setter else None, doc=doc)


def _count(n, one, many=None):
    return f"{n} {one}" if n == 1 else f"{n} {many or one + 's'}"


# DataFrames. Built from the dataset's own JSON (one GI call, exact
# amounts: parsed as Decimal) so that the names are the format's; pandas
# is imported on first use.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_CATEGORIES = {"kind", "metric", "severity", "code", "status", "verdict", "state", "step",
               "change", "audience", "unit", "scope", "proposal_type", "grouping"}
_UNITS = {"fte": "FTE", "overhead_fte": "FTE", "formatie": "FTE", "office_m2": "m2",
          "external_hire_share": "share", "personnel_spending": "EUR",
          "external_hire_spending": "EUR", "material_spending": "EUR"}
_OPTIONAL_BOOLEANS = ("kaderwet", "authority", "inspectieraad")


def _pandas():
    try:
        import pandas
    except ImportError as error:   # pragma: no cover - Debian: python3-pandas
        raise ImportError("Slk frames need pandas (Debian: apt install python3-pandas)") \
            from error
    return pandas


def _plain(value):
    """A JSON value as a frame cell: a day as datetime.date, a number that
    is no amount as float; dicts and lists stay as they are."""
    if isinstance(value, str) and _DAY.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value   # kept as written, as the library keeps it
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def _flatten(record, skip=()):
    row = {}
    for name, value in record.items():
        if name in skip:
            continue
        if "amount" in name and isinstance(value, (int, decimal.Decimal)):
            row[f"{name}_eur"] = _euros(value)   # money stays exact, its unit in the name
            continue
        if isinstance(value, dict) and value and all(
                not isinstance(v, (dict, list)) for v in value.values()):
            for inner, v in value.items():
                row[f"{name}_{inner}"] = _plain(v)
        else:
            row[name] = _plain(value)
    return row


def _frame(rows, columns=None):
    pandas = _pandas()
    frame = pandas.DataFrame(rows, columns=columns)
    for name in frame.columns:
        if name in _CATEGORIES and frame[name].dtype == object:
            frame[name] = frame[name].astype("category")
        elif name in _OPTIONAL_BOOLEANS:
            frame[name] = frame[name].astype("boolean")
        elif frame[name].dtype == object and frame[name].map(
                lambda v: isinstance(v, bool) or v is None).all() and frame[name].notna().any():
            frame[name] = frame[name].astype("boolean")
    return frame


def euros(cents):
    """Cents, as the API gives every amount, as euros exactly: a Decimal
    with two places (None stays None)."""
    if cents is None:
        return None
    return (decimal.Decimal(int(cents)) / 100).quantize(decimal.Decimal("0.01"))


__all__.append("euros")


def _euros(amount):
    """An amount from the JSON (a Decimal of euros, exact to the cent)."""
    return amount if amount is None else decimal.Decimal(amount)


def _dataset_json(dataset):
    text, _ = dataset.to_data()
    return json.loads(text, parse_float=decimal.Decimal)


def _ministry_of(record, by_id):
    if record.get("kind") == "ministry":
        return record.get("id")
    parent = by_id.get(record.get("parent"))
    return parent.get("id") if parent is not None and parent.get("kind") == "ministry" \
        else record.get("parent")


def _organizations_frame(data):
    by_id = {o.get("id"): o for o in data.get("organizations", [])}
    rows = []
    for org in data.get("organizations", []):
        row = {"id": org.get("id"), "kind": org.get("kind"), "name": org.get("name"),
               "abbreviation": org.get("abbreviation"), "parent": org.get("parent"),
               "ministry": _ministry_of(org, by_id)}
        for name in ("established", "ended", "last_evaluation"):
            row[name] = _plain(org.get(name))
        for name in _OPTIONAL_BOOLEANS:
            row[name] = org.get(name)
        row["members"] = org.get("members")
        rows.append(row)
    return _frame(rows, ["id", "kind", "name", "abbreviation", "parent", "ministry",
                         "established", "ended", "last_evaluation", *_OPTIONAL_BOOLEANS,
                         "members"])


def _figures_frame(data):
    by_id = {o.get("id"): o for o in data.get("organizations", [])}
    rows = []
    for org in data.get("organizations", []):
        sources = org.get("figure_sources") or {}
        for year, figures in (org.get("figures") or {}).items():
            if not isinstance(figures, dict) or not year.isdigit():
                continue
            for metric, value in figures.items():
                if metric not in _UNITS or not isinstance(value, (int, decimal.Decimal)) \
                        or isinstance(value, bool):
                    continue   # what the library keeps as written is no figure
                unit = _UNITS[metric]
                rows.append({"id": org.get("id"), "kind": org.get("kind"),
                             "ministry": _ministry_of(org, by_id), "year": int(year),
                             "metric": metric, "unit": unit,
                             "value": float(value),
                             "value_eur": _euros(value) if unit == "EUR" else None,
                             "source": (sources.get(year) or {}).get(metric)})
    return _frame(rows, ["id", "kind", "ministry", "year", "metric", "unit", "value",
                         "value_eur", "source"])


def _report_frame(report):
    rows = [{"severity": f.get_severity().value_nick, "code": f.get_code(),
             "message": f.get_message(), "subject": f.get_subject(),
             "pointer": f.get_pointer(), "line": f.get_line() or None,
             "column": f.get_column() or None} for f in report]
    frame = _frame(rows, ["severity", "code", "message", "subject", "pointer", "line",
                          "column"])
    for name in ("line", "column"):
        frame[name] = frame[name].astype("Int64")
    return frame


def _taakstelling_years_frame(data):
    rows = []
    for taak in data.get("taakstellingen", []):
        years = set()
        for member in ("targets", "realized"):
            years.update((taak.get(member) or {}).keys())
        for year in sorted(y for y in years if y.isdigit()):
            target = (taak.get("targets") or {}).get(year)
            realized = (taak.get("realized") or {}).get(year)
            rows.append({"id": taak.get("id"), "year": int(year),
                         "target_eur": _euros(target), "realized_eur": _euros(realized)})
    return _frame(rows, ["id", "year", "target_eur", "realized_eur"])


_RECORD_TABLES = ("uitvoeringstoetsen", "noodremmen", "taakstellingen", "rule_changes",
                  "rule_targets", "commitments", "fte_targets")
_TABLES = ("organizations", "figures", "findings", "taakstelling_years", "sources",
           *_RECORD_TABLES)


def _dataset_frame(self, table):
    """The records of one table as a pandas DataFrame, with the format's
    names: "organizations", "figures" (long: id, kind, ministry, year,
    metric, unit, value, value_eur, source), "findings" (of validate()),
    "taakstelling_years" (id, year, target_eur, realized_eur), "sources",
    "uitvoeringstoetsen", "noodremmen", "taakstellingen", "rule_changes",
    "rule_targets", "commitments" or "fte_targets". Enums are categories,
    days datetime.date, Kaderwet-like facts nullable booleans, what is
    absent NaN or None (never 0); amounts in euro are exact Decimals in the
    columns ending in _eur."""
    if table not in _TABLES:
        raise ValueError(f"no table {table!r}: one of {', '.join(_TABLES)}")
    if table == "findings":
        return _report_frame(self.validate())
    data = _dataset_json(self)
    if table == "organizations":
        return _organizations_frame(data)
    if table == "figures":
        return _figures_frame(data)
    if table == "taakstelling_years":
        return _taakstelling_years_frame(data)
    if table == "sources":
        rows = [{"id": key, **_flatten(value)} for key, value in
                (data.get("sources") or {}).items()]
        return _frame(rows)
    rows = [_flatten(record, skip=("targets", "realized") if table == "taakstellingen" else ())
            for record in data.get(table, [])]
    return _frame(rows)


def _update_from_frame(self, frame):
    """Sets figures from a frame with the columns of frame("figures"): id,
    year, metric and value (or value_eur for amounts, exact). A row whose
    value is missing (NaN/None) makes the figure absent. Raises ValueError,
    naming the row, for an unknown organization or metric; nothing is set
    then. Validate afterwards: the figures are not judged here."""
    pandas = _pandas()
    missing = [c for c in ("id", "year", "metric") if c not in frame.columns]
    if missing or ("value" not in frame.columns and "value_eur" not in frame.columns):
        raise ValueError("a figures frame needs the columns id, year, metric and value "
                         f"(or value_eur); missing: {', '.join(missing) or 'value'}")
    metrics = {Slk.Metric.to_string(m): m for m in Slk.Metric.__enum_values__.values()}
    changes = []
    for index, row in frame.iterrows():
        org = self.lookup_organization(str(row["id"]))
        if org is None:
            raise ValueError(f"row {index}: no organization {row['id']!r}")
        metric = metrics.get(str(row["metric"]))
        if metric is None:
            raise ValueError(f"row {index}: no metric {row['metric']!r}: one of "
                             f"{', '.join(sorted(metrics))}")
        value = row.get("value_eur") if "value_eur" in frame.columns else None
        if value is None or (not isinstance(value, decimal.Decimal) and pandas.isna(value)):
            value = row.get("value")
        changes.append((org, int(row["year"]), metric,
                        None if value is None or pandas.isna(value) else value))
    for org, year, metric, value in changes:
        if value is None:
            org.unset_figure(year, metric)
        elif Slk.metric_is_amount(metric):
            cents = decimal.Decimal(str(value)) * 100
            if cents != cents.to_integral_value():
                raise ValueError(f"{org.get_id()} {year} {Slk.Metric.to_string(metric)}: "
                                 f"{value} is not whole cents")
            org.set_amount(year, metric, int(cents))
        else:
            org.set_figure(year, metric, float(value))


def _from_frame(frame, title=None):
    """A new dataset of the organizations in a figures frame: each id once,
    of its kind (ministry when none), with its figures."""
    dataset = Dataset(title=title) if title else Dataset()   # the override's, at call time
    kinds = {"ministry": Slk.Ministry, "zbo": Slk.Zbo, "agency": Slk.Agency,
             "inspection": Slk.Inspection, "decentral": Slk.DecentralBody}
    seen = {}
    for _, row in frame.iterrows():
        key = str(row["id"])
        if key in seen:
            continue
        kind = str(row["kind"]) if "kind" in frame.columns and row["kind"] == row["kind"] \
            else "ministry"
        if kind not in kinds:
            raise ValueError(f"no kind {kind!r}: one of {', '.join(kinds)}")
        org = kinds[kind](id=key, name=key)
        if kind != "ministry" and "ministry" in frame.columns and \
                isinstance(row["ministry"], str) and row["ministry"] != key:
            org.set_parent_id(row["ministry"])
        dataset.add_organization(org)
        seen[key] = org
    dataset.update_from_frame(frame)
    return dataset


def _monitor_frame(self):
    """A row per ministry and one for the Rijksdienst (ministry "rijksdienst"),
    a column per field of get_fields(); NaN where there is no data. One GI
    call per column."""
    pandas = _pandas()
    columns = {"ministry": list(self.get_ministries()) + ["rijksdienst"]}
    for field in self.get_fields():
        given, total = self.get_rijksdienst_value(field)
        columns[field] = list(self.get_column(field)) + [total if given else math.nan]
    return pandas.DataFrame(columns)


def _rollup_frame(self):
    """Long: group, year, metric, unit and the sum (NaN where no
    organization gives it), one GI call per metric and year."""
    groups = list(self.get_groups())
    rows = []
    for year in self.get_years():
        for metric in Slk.Metric.__enum_values__.values():
            name = Slk.Metric.to_string(metric)
            if _UNITS.get(name) == "share":
                continue   # a share is never summed
            for group, value in zip(groups, self.get_column(metric, year)):
                rows.append({"group": group, "year": year, "metric": name,
                             "unit": _UNITS.get(name), "value": value})
    return _frame(rows, ["group", "year", "metric", "unit", "value"])


class Dataset(Slk.Dataset):
    """A dataset of the slagvaardige overheid: organizations with their
    figures per year, instruments (uitvoeringstoetsen, noodremmen),
    taakstellingen, rule changes and the agenda (commitments, FTE targets).

    Load with ``load_from_file`` or start from ``Slk.Dataset.new_default()``
    (the real Rijksdienst); check with ``validate()``; aggregate with
    ``Slk.Rollup`` and ``Slk.Monitor``."""

    reference_date = _date_property("dup_reference_date", "set_reference_date",
                                    "The day the data describe (datetime.date or None).")
    set_reference_date = _takes_dates(Slk.Dataset.set_reference_date)
    list_overdue_noodremmen = _takes_dates(Slk.Dataset.list_overdue_noodremmen)

    frame = _dataset_frame
    update_from_frame = _update_from_frame
    from_frame = staticmethod(_from_frame)

    def to_text(self):
        """The dataset as JSON text (a str). ``to_data()`` gives the text
        and its length, as GObject introspection does."""
        return Slk.Dataset.to_data(self)[0]

    def __repr__(self):
        date = self.dup_reference_date()
        parts = [_count(self.get_n_organizations(), "organization")]
        for one, many, lister in (
                ("uitvoeringstoets", "uitvoeringstoetsen", self.list_uitvoeringstoetsen),
                ("noodrem", "noodremmen", self.list_noodremmen),
                ("taakstelling", "taakstellingen", self.list_taakstellingen),
                ("rule change", None, self.list_rule_changes),
                ("commitment", None, self.list_commitments)):
            n = len(lister())
            if n:
                parts.append(_count(n, one, many))
        title = f" {self.get_title()!r}" if self.get_title() else ""
        reference = f" reference {date.format('%F')}" if date else ""
        return f"<Slk.Dataset{title}{reference}: {', '.join(parts)}>"


Dataset = override(Dataset)
__all__.append("Dataset")


class Report(Slk.Report):
    """The findings of a validation in file order: a sequence of
    Slk.Finding (``len(report)``, ``for finding in report``), with counts by
    severity and ``write_text``/``write_json`` for large reports."""

    def frame(self):
        """The findings as a DataFrame: severity, code, message, subject,
        pointer, line, column."""
        return _report_frame(self)

    def __repr__(self):
        return (f"<Slk.Report {_count(self.get_n_errors(), 'error')}, "
                f"{_count(self.get_n_warnings(), 'warning')}, "
                f"{_count(self.get_n_infos(), 'info')}>")


Report = override(Report)
__all__.append("Report")


class Monitor(Slk.Monitor):
    """The Monitor Slagvaardige Overheid for a year, period and scope: a
    row per ministry and one for the Rijksdienst. ``get_fields()`` names the
    columns, ``get_column(field)`` gives one, ``render(format)`` all, and
    ``frame()`` the whole table as a DataFrame."""

    frame = _monitor_frame

    # A field name is typed by people: an unknown one raises GLib.Error
    # (Slk.MonitorError.UNKNOWN_FIELD, with the names and a did-you-mean)
    # instead of reaching the C functions, which treat it as a bug.
    def get_column(self, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.get_column(self, field)

    def get_rijksdienst_value(self, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.get_rijksdienst_value(self, field)

    def get_coverage(self, ministry_id, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.get_coverage(self, ministry_id, field)

    def get_latest_year(self, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.get_latest_year(self, field)

    def explain(self, ministry_id, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.explain(self, ministry_id, field)

    def dup_column(self, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.dup_column(self, field)

    def list_contributions(self, ministry_id, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.list_contributions(self, ministry_id, field)

    def get_cents(self, ministry_id, field):
        Slk.Monitor.check_field(field)
        return Slk.Monitor.get_cents(self, ministry_id, field)

    def __repr__(self):
        return (f"<Slk.Monitor {self.get_year()} {self.get_period().value_nick} "
                f"{self.get_scope().value_nick}: "
                f"{_count(len(self.get_ministries()), 'ministry', 'ministries')}>")


Monitor = override(Monitor)
__all__.append("Monitor")


class Finding(Slk.Finding):
    def __repr__(self):
        where = f"{self.get_line()}:{self.get_column()} " if self.get_line() else ""
        return f"<Slk.Finding {where}{self.get_code()} {self.get_pointer()!r}>"


Finding = override(Finding)
__all__.append("Finding")


class Organization(Slk.Organization):
    established = _date_property("dup_established", "set_established",
                                 "The day the body began (datetime.date or None).")
    ended = _date_property("dup_ended", "set_ended",
                           "The day the body ceased (datetime.date or None).")
    set_established = _takes_dates(Slk.Organization.set_established)
    set_ended = _takes_dates(Slk.Organization.set_ended)

    def __repr__(self):
        return (f"<Slk.{type(self).__name__} {self.get_id()!r} "
                f"{self.get_name()!r}>")

    def figures(self):
        """The figures as ``{year: {metric_name: value}}``; absent figures
        are left out, never filled with 0. Amounts are in euro."""
        result = {}
        for year in self.get_years():
            row = {}
            for metric in Slk.Metric.__enum_values__.values():
                given, value = self.get_figure(year, metric)
                if given:
                    row[Slk.Metric.to_string(metric)] = value
            result[year] = row
        return result


Organization = override(Organization)
__all__.append("Organization")


class Uitvoeringstoets(Slk.Uitvoeringstoets):
    date = _date_property("dup_date", "set_date", "The day of the toets.")
    decision_date = _date_property("dup_decision_date", "set_decision_date",
                                   "The day of the decision it was for.")
    set_date = _takes_dates(Slk.Uitvoeringstoets.set_date)
    set_decision_date = _takes_dates(Slk.Uitvoeringstoets.set_decision_date)

    def __repr__(self):
        return (f"<Slk.Uitvoeringstoets {self.get_id()!r} "
                f"{self.get_verdict().value_nick} {self.get_proposal()!r}>")


Uitvoeringstoets = override(Uitvoeringstoets)
__all__.append("Uitvoeringstoets")


class Noodrem(Slk.Noodrem):
    response_deadline = _date_property("dup_response_deadline", "set_response_deadline",
                                       "The day by which the addressee must respond.")

    def __repr__(self):
        return (f"<Slk.Noodrem {self.get_id()!r} {self.get_kind().value_nick} "
                f"state={self.get_state().value_nick}>")


for _name in ("set_response_deadline", "take_step", "signal", "escalate_official",
              "escalate_political", "pull", "acknowledge", "comply", "explain", "close",
              "withdraw", "is_overdue"):
    setattr(Noodrem, _name, _takes_dates(getattr(Slk.Noodrem, _name)))
del _name

Noodrem = override(Noodrem)
__all__.append("Noodrem")


class NoodremEvent(Slk.NoodremEvent):
    date = _date_property("dup_date", doc="The day of the step.")

    def __repr__(self):
        date = self.dup_date()
        return (f"<Slk.NoodremEvent {self.get_step().value_nick} "
                f"{date.format('%F') if date else 'undated'}>")


NoodremEvent = override(NoodremEvent)
__all__.append("NoodremEvent")


class Zbo(Slk.Zbo):
    last_evaluation = _date_property("dup_last_evaluation", "set_last_evaluation",
                                     "The day of the last evaluation (datetime.date or None).")
    set_last_evaluation = _takes_dates(Slk.Zbo.set_last_evaluation)


Zbo = override(Zbo)
__all__.append("Zbo")


class RuleChange(Slk.RuleChange):
    date = _date_property("dup_date", "set_date", "The day of the change.")
    set_date = _takes_dates(Slk.RuleChange.set_date)


RuleChange = override(RuleChange)
__all__.append("RuleChange")


class Commitment(Slk.Commitment):
    due = _date_property("dup_due", doc="The last day it is due by (set it with set_due: "
                                        "'2026-12-31' or '2026-Q4').")
    delivered = _date_property("dup_delivered", "set_delivered", "The day it was delivered.")
    set_delivered = _takes_dates(Slk.Commitment.set_delivered)


Commitment = override(Commitment)
__all__.append("Commitment")


class Rollup(Slk.Rollup):
    frame = _rollup_frame


Rollup = override(Rollup)
__all__.append("Rollup")


# PyGObject's enums compare through a C long: comparing one with an int
# past 64 bits raises OverflowError, and pandas does exactly that when it
# sniffs a column (pd.Series([Slk.Metric.FTE]) failed with SystemError).
# Slk's enums compare as the ints they are. (At the end of the module: looking
# every name up loads the classes, which must find the overrides above.)
def _int_compare(operator_name):
    compare = getattr(int, operator_name)

    def method(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return compare(int(self), int(other))
    method.__name__ = operator_name
    return method


for _name in dir(Slk):
    _kind = getattr(Slk, _name, None)
    if isinstance(_kind, type) and issubclass(_kind, (GObject.GEnum, GObject.GFlags)):
        for _operator in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
            setattr(_kind, _operator, _int_compare(_operator))
        _kind.__hash__ = int.__hash__
