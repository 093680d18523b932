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
import functools

from ..importer import modules
from ..overrides import override
from gi.repository import GLib

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

    def __repr__(self):
        return (f"<Slk.Report {_count(self.get_n_errors(), 'error')}, "
                f"{_count(self.get_n_warnings(), 'warning')}, "
                f"{_count(self.get_n_infos(), 'info')}>")


Report = override(Report)
__all__.append("Report")


class Monitor(Slk.Monitor):
    """The Monitor Slagvaardige Overheid for a year, period and scope: a
    row per ministry and one for the Rijksdienst. ``get_fields()`` names the
    columns, ``get_column(field)`` gives one, ``render(format)`` all."""

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
