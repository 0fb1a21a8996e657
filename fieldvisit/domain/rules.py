"""Conduct rule sets: per country, the lawful contact hours (debtor's local time), the flags that
block a visit, what a vulnerable customer means (block or supervisor approval), notice before a
first visit, a visit-frequency cap, and the source of each rule. Data, not code: the file lives
in ``resources/rulesets.json`` and an office may edit its own copy."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time

from fieldvisit.domain.cases import Flag
from fieldvisit.domain.text import msg

#: Monday to Friday: a rule set whose contact days include them allows visits on working days.
WORKING_DAYS = frozenset(range(5))


class RuleSetError(ValueError):
    """A rule-set file that cannot be used; the message says where."""


DAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class VisitingDays:
    """The day rule of one rule set: the weekdays (0 = Monday) a visit may be made without an
    appointment the customer agreed for that very day. The planner (through
    :meth:`RuleSet.contact_day`) and the import, the review queue and its editor (through
    :mod:`fieldvisit.domain.lawful_windows`) all ask it. ``code``: the rule set's code (``ES``);
    ``source``: where the rule comes from (its ``contact_days`` source, else the rule set's name).
    Hashable: readings of a text are cached by it."""

    code: str
    weekdays: frozenset[int]
    source: str = ""

    def allows(self, weekday: int) -> bool:
        """Whether a visit may be made on this weekday (0 = Monday) without an agreed appointment."""
        return weekday in self.weekdays

    def allows_day(self, day: date, *, make_up_workday: bool = False) -> bool:
        """Whether ``day`` is a contact day: its weekday is allowed, or the rule set allows every
        working day (Monday to Friday) and the debtor's country made this weekend day an official
        working day (``make_up_workday``: China's 调休 make-up Saturdays and Sundays)."""
        return self.allows(day.weekday()) or (make_up_workday and WORKING_DAYS <= self.weekdays)

    def refused(self, weekdays) -> str:
        """The sentence for ``weekdays`` (0 = Monday) this rule set forbids: ``"Saturday is not a
        visiting day in ES (Spain — CCD2 art. 35, customary practice)"``."""
        names = [DAY_WORDS[d] for d in sorted(set(weekdays))]
        if len(names) == 1:
            return msg("{day} is not a visiting day in {code} ({source})", day=names[0], code=self.code,
                       source=self.source)
        return msg("{days} are not visiting days in {code} ({source})", code=self.code, source=self.source,
                   days=", ".join(names[:-1]) + " and " + names[-1])


@dataclass(frozen=True, slots=True)
class RuleSet:
    code: str
    name: str
    contact_hours: tuple[time, time]
    blocking_flags: frozenset[Flag]
    vulnerable: str  # "block" or "approval"
    first_visit_notice_days: int
    cap_visits: int
    cap_days: int
    sources: dict = field(default_factory=dict)
    third_party_contacts_max: int | None = None
    #: weekdays (0 = Monday) a visit may be made without an appointment the customer agreed for that day
    #: (asked through :attr:`visiting_days`, never directly)
    contact_days: frozenset[int] = frozenset(range(7))

    def source(self, rule: str) -> str:
        return self.sources.get(rule, "")

    @property
    def visiting_days(self) -> VisitingDays:
        """This rule set's day rule (``contact_days`` with its source), shared by every path."""
        return VisitingDays(self.code, self.contact_days, self.source("contact_days") or self.name)

    def contact_day(self, day: date, *, make_up_workday: bool = False) -> bool:
        """Whether ``day`` is a contact day (a visit needs no appointment agreed for it); see
        :meth:`VisitingDays.allows_day`."""
        return self.visiting_days.allows_day(day, make_up_workday=make_up_workday)


@dataclass(frozen=True, slots=True)
class RuleBook:
    sets: dict[str, RuleSet]
    default: str

    def for_country(self, country: str) -> RuleSet:
        return self.sets.get((country or "").upper()) or self.sets[self.default]


def _time(text: str, where: str) -> time:
    try:
        hh, mm = str(text).split(":")
        return time(int(hh), int(mm)) if int(hh) < 24 else time(0)
    except (ValueError, TypeError):
        raise RuleSetError(f"{where}: {text!r} is not a time such as 08:00") from None


DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _days(names, where: str) -> frozenset[int]:
    """``contact_days`` as weekday numbers (absent: every day)."""
    if names is None:
        return frozenset(range(7))
    try:
        days = frozenset(DAY_NAMES.index(str(n).lower()[:3]) for n in names)
    except ValueError:
        raise RuleSetError(f"{where}: contact_days takes day names such as mon, tue … sun") from None
    if not days:
        raise RuleSetError(f"{where}: contact_days needs at least one day")
    return days


def parse_rulebook(data: dict) -> RuleBook:
    """The rule book of a rule-set file's data: ``{"default": code, "sets": {code: {...}}}``; a set
    may name ``countries`` it also covers (each gets a copy under its own code unless it has a set
    of its own). Raises RuleSetError naming the set and the field that cannot be used."""
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict) or not data["sets"]:
        raise RuleSetError("the rule-set file needs a 'sets' object with at least one rule set")
    sets = {}
    for code, raw in data["sets"].items():
        where = f"rule set {code}"
        try:
            hours = raw["contact_hours"]
            start, end = _time(hours[0], where), _time(hours[1], where)
            flags = frozenset(Flag(f) for f in raw.get("blocking_flags", []))
            vulnerable = raw.get("vulnerable", "approval")
            if vulnerable not in ("block", "approval"):
                raise RuleSetError(f"{where}: vulnerable must be 'block' or 'approval'")
            cap = raw.get("cap", {"visits": 1, "days": 7})
            sets[code.upper() if code != "generic" else code] = RuleSet(
                code=code, name=str(raw.get("name", code)), contact_hours=(start, end), blocking_flags=flags,
                vulnerable=vulnerable, first_visit_notice_days=int(raw.get("first_visit_notice_days", 0)),
                cap_visits=int(cap["visits"]), cap_days=int(cap["days"]), sources=dict(raw.get("sources", {})),
                third_party_contacts_max=(None if raw.get("third_party_contacts_max") is None
                                          else int(raw["third_party_contacts_max"])),
                contact_days=_days(raw.get("contact_days"), where))
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            if isinstance(exc, RuleSetError):
                raise
            raise RuleSetError(f"{where}: {exc}") from None
    for code, raw in data["sets"].items():  # "countries": the other countries a set covers (EU members)
        covered = raw.get("countries") or []
        if not isinstance(covered, list) or not all(isinstance(c, str) and len(c.strip()) == 2 for c in covered):
            raise RuleSetError(f"rule set {code}: countries takes ISO country codes such as DE, FR")
        own = sets[code.upper() if code != "generic" else code]
        for country in covered:  # a country with a set of its own keeps it
            sets.setdefault(country.strip().upper(), replace(own, code=country.strip().upper()))
    default = str(data.get("default", "generic"))
    if default not in sets:
        raise RuleSetError(f"the default rule set {default!r} is not defined")
    return RuleBook(sets, default)
