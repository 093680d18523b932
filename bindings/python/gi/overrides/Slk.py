# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject sugar for libslagkracht: representations and a figures dict.

Nothing here adds behaviour; everything is reachable through plain GI.
"""
from ..importer import modules
from ..overrides import override

Slk = modules["Slk"]._introspection_module

__all__ = []


class Finding(Slk.Finding):
    def __repr__(self):
        where = f"{self.get_line()}:{self.get_column()} " if self.get_line() else ""
        return f"<Slk.Finding {where}{self.get_code()} {self.get_pointer()!r}>"


Finding = override(Finding)
__all__.append("Finding")


class Organization(Slk.Organization):
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
    def __repr__(self):
        return (f"<Slk.Uitvoeringstoets {self.get_id()!r} "
                f"{self.get_verdict().value_nick} {self.get_proposal()!r}>")


Uitvoeringstoets = override(Uitvoeringstoets)
__all__.append("Uitvoeringstoets")


class Noodrem(Slk.Noodrem):
    def __repr__(self):
        return (f"<Slk.Noodrem {self.get_id()!r} {self.get_kind().value_nick} "
                f"state={self.get_state().value_nick}>")


Noodrem = override(Noodrem)
__all__.append("Noodrem")


class NoodremEvent(Slk.NoodremEvent):
    def __repr__(self):
        date = self.dup_date()
        return (f"<Slk.NoodremEvent {self.get_step().value_nick} "
                f"{date.format('%F') if date else 'undated'}>")


NoodremEvent = override(NoodremEvent)
__all__.append("NoodremEvent")
