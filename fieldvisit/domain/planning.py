"""The collector's day as a planning problem: which cases can be visited when, and how much each
visit is worth. Pure rules; the solver and travel model are adapters. On a public holiday (or an
office closure) only appointments the customer agreed for that very day are visited; every other
case is listed as unplanned with the holiday's name.

Every time is timezone-aware: the shift in the collector's zone, windows and lawful hours in the
debtor's zone. A visit's *start* must fall in one of its allowed intervals, and the whole visit
(arrival to departure) must lie inside lawful hours and inside the appointment window when the
window is long enough for it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fieldvisit.domain.cases import BLOCKING_FLAGS, Bucket, Case, CaseStatus, Flag
from fieldvisit.domain.rules import RuleBook
from fieldvisit.domain.text import counted, msg
from fieldvisit.domain.windows import Place

DEFAULT_LAWFUL = (time(8), time(21))
DEFAULT_SERVICE_MINUTES = 20
Interval = tuple[datetime, datetime]


class Reason(enum.StrEnum):
    BLOCKED = "blocked_by_flag"
    NEEDS_APPROVAL = "needs_supervisor_approval"
    NO_COORDINATES = "no_coordinates"
    NOT_OPEN = "not_open"
    OTHER_DAY = "appointment_on_another_day"
    OUTSIDE_LAWFUL = "outside_lawful_hours"
    OUTSIDE_SHIFT = "outside_shift"
    NOT_AVAILABLE = "not_available_that_day"
    CAPPED = "visit_cap_reached"
    NEEDS_NOTICE = "needs_notice_before_first_visit"
    UNREACHABLE = "window_unreachable"
    LOWER_PRIORITY = "lower_priority"
    TOO_FAR = "too_far_for_the_shift"
    HOURS_OUT_OF_REACH = "visiting_hours_out_of_reach"
    DAY_FULL = "day_full"
    NOT_FITTED = "not_fitted_into_the_day"
    HOLIDAY = "public_holiday"
    FAILED_CHECK = "failed_plan_check"
    TO_REVIEW = "appointment_to_review"
    ZONE_TO_REVIEW = "time_zone_to_review"
    NOT_SHORTLISTED = "not_among_most_urgent"
    REMOVED = "removed_by_hand"


#: Templates for ``msg`` (listed for translation by scripts/domain_texts.py).
REASON_TEXT = {
    Reason.BLOCKED: "blocked by flag: {detail}",
    Reason.NEEDS_APPROVAL: "vulnerable customer: a visit needs a supervisor's approval",
    Reason.NO_COORDINATES: "no coordinates yet: geocode the address or pin it on the map",
    Reason.NOT_OPEN: "case is {detail}",
    Reason.OTHER_DAY: "the agreed appointment is on another day ({detail})",
    Reason.OUTSIDE_LAWFUL: "every window falls outside lawful contact hours ({detail})",
    Reason.OUTSIDE_SHIFT: "every window falls outside the collector's shift",
    Reason.NOT_AVAILABLE: "not available on that weekday (available: {detail})",
    Reason.CAPPED: "visit cap reached: {detail}",
    Reason.NEEDS_NOTICE: "a first visit needs notice: {detail}",
    Reason.UNREACHABLE: "the window cannot be reached in time from the route",
    Reason.LOWER_PRIORITY: "lower priority than the visits planned; no time left in the day",
    Reason.TOO_FAR: "too far for the shift ({detail}): the way there, the visit and the way back do not fit; "
                    "plan it from a nearer start or with a longer shift",
    Reason.HOURS_OUT_OF_REACH: "its visiting hours cannot be reached from the start in time ({detail}): "
                               "plan it from a nearer start or with an earlier shift",
    Reason.DAY_FULL: "no time left in the day beside the visits planned: plan it on another day",
    Reason.NOT_FITTED: "it could not be fitted into the shift ({detail}): plan it with a longer shift or on another day",
    Reason.HOLIDAY: "{detail} is a day off: only appointments agreed for that day are visited",
    Reason.FAILED_CHECK: "left out: the plan check found it could not be kept lawfully and on time ({detail})",
    Reason.NOT_SHORTLISTED: "not among the day's {detail} most urgent cases",
    Reason.REMOVED: "taken out of the day by hand (Ctrl+Z puts it back; planning again leaves it out)",
    Reason.TO_REVIEW: "its appointment text waits in the review queue ({detail}): resolve or dismiss it first",
    Reason.ZONE_TO_REVIEW: "its time zone waits in the review queue: lawful visiting hours are local, choose it first",
}


@dataclass(frozen=True, slots=True)
class Unplanned:
    case_id: str
    reason: Reason
    detail: str = ""

    @property
    def text(self) -> str:
        """Why, as a sentence (English ``str``; translatable through its template)."""
        return msg(REASON_TEXT[self.reason], detail=self.detail)


@dataclass(slots=True)
class Lunch:
    earliest: datetime
    latest: datetime
    minutes: int = 30


@dataclass(slots=True)
class DayRequest:
    day: date
    collector: str
    start: tuple[float, float]
    shift_start: datetime
    shift_end: datetime
    end: tuple[float, float] | None = None
    mode: str = "car"
    lunch: Lunch | None = None
    service_minutes: dict[Bucket, int] = field(default_factory=dict)
    lawful_hours: dict[str, tuple[time, time]] = field(default_factory=dict)  # by country
    locked: dict[str, datetime | None] = field(default_factory=dict)  # case_id → fixed start or None
    broken_promises: dict[str, int] = field(default_factory=dict)
    days_since_visit: dict[str, int] = field(default_factory=dict)
    rules: RuleBook | None = None
    visit_dates: dict[str, list[date]] = field(default_factory=dict)  # other visits per case (done or planned)
    approved: set[str] = field(default_factory=set)  # supervisor-approved visits (vulnerable)
    #: public holidays and office closures {date: name}: no visits unless agreed for that very day
    holidays: dict[date, str] = field(default_factory=dict)
    #: the public holiday on this day of each debtor's country {ISO code: name}: treated the same way
    country_holidays: dict[str, str] = field(default_factory=dict)
    #: the public holiday on this day of the region each debtor may live in {case id: name}
    #: (a holiday in any region the case may be in counts): treated the same way
    case_holidays: dict[str, str] = field(default_factory=dict)
    #: the debtors' countries (ISO codes) that made this weekend day an official working day (调休)
    country_workdays: set[str] = field(default_factory=set)
    #: cases whose promise to pay fell due before this day unpaid, not visited since: follow-ups
    follow_ups: set[str] = field(default_factory=set)
    #: cases whose balance waits in the review queue (stored 0 until a person sets it): their
    #: priority takes the middle of the balance points, never the points of a zero balance
    balance_unknown: set[str] = field(default_factory=set)
    due_to_review: set[str] = field(default_factory=set)  # a due date kept while its readings wait: days unknown
    #: cases whose appointment text waits in the review queue {case id: columns}: not planned at
    #: an arbitrary time until the review is resolved or dismissed
    windows_to_review: dict[str, set[str]] = field(default_factory=dict)
    #: cases whose time zone waits in the review queue: their local (lawful) hours cannot be placed
    zones_to_review: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.shift_start.tzinfo is None or self.shift_end.tzinfo is None:
            raise ValueError("shift times must be timezone-aware")
        if self.shift_end <= self.shift_start:
            raise ValueError("the shift must end after it starts")

    def lawful(self, country: str) -> tuple[time, time]:
        if country in self.lawful_hours or "" in self.lawful_hours:
            return self.lawful_hours.get(country) or self.lawful_hours[""]
        if self.rules is not None:
            return self.rules.for_country(country).contact_hours
        return DEFAULT_LAWFUL

    def contact_day(self, rule, case: Case) -> bool:
        """Whether this day is a contact day for ``case`` under ``rule`` (a make-up working day of
        the case's country counts where the rule set allows working days)."""
        return rule.contact_day(self.day, make_up_workday=(case.country or "").upper() in self.country_workdays)

    def blocking(self, case: Case) -> frozenset[Flag]:
        """The case's flags that block a visit under its rule set."""
        flags = self.rules.for_country(case.country).blocking_flags if self.rules else BLOCKING_FLAGS
        return case.flags & flags

    def service(self, bucket: Bucket) -> int:
        """Service time in seconds for a bucket."""
        return 60 * self.service_minutes.get(bucket, self.service_minutes.get(None, DEFAULT_SERVICE_MINUTES))


@dataclass(slots=True)
class Candidate:
    case: Case
    starts: list[Interval]  # allowed visit start intervals, aware
    service: int  # seconds
    value: int  # priority points
    appointment: bool  # an agreed one-off appointment on this day
    windows: list[Interval | None] = field(default_factory=list)  # agreed window behind each start (None: none agreed)
    follow_up: bool = False  # broken-promise follow-up: planned first after appointments


BUCKET_POINTS = {Bucket.CURRENT: 5, Bucket.M1: 20, Bucket.M2: 30, Bucket.M3: 45, Bucket.M4: 55,
                 Bucket.M5_PLUS: 60}


#: Balance points of a case whose balance waits for review (the middle of 0..30).
UNKNOWN_BALANCE_POINTS = 15


def priority(case: Case, as_of: date, broken_promises: int = 0, days_since_visit: int | None = None,
             balance_unknown: bool = False) -> int:
    """Points that order optional visits: bucket, balance (log; ``balance_unknown``: the middle
    points), days past due, broken promises, time since the last visit. Agreed appointments are
    handled separately (always first)."""
    bucket = case.bucket(as_of)
    balance_unknown = balance_unknown or case.balance is None  # the file gave none: the middle, not 0
    balance = float(case.balance) if not balance_unknown and case.balance > 0 else 0.0
    points = BUCKET_POINTS[bucket]
    points += UNKNOWN_BALANCE_POINTS if balance_unknown else min(30, int(10 * math.log10(1 + balance / 100)))
    points += min(20, case.days_past_due(as_of) // 15)
    points += 25 * broken_promises
    if days_since_visit is not None:
        points += min(15, days_since_visit // 7)
    return points


def lawful_interval(day: date, tz: str, hours: tuple[time, time]) -> Interval:
    zone = ZoneInfo(tz)
    start = datetime.combine(day, hours[0], zone)
    end = datetime.combine(day, hours[1], zone) if hours[1] != time(0) else \
        datetime.combine(day + timedelta(days=1), time(0), zone)
    return start, end


def _clip(a: Interval, b: Interval) -> Interval | None:
    s, e = max(a[0], b[0]), min(a[1], b[1])
    return (s, e) if s <= e else None


def _minus(iv: Interval, avoid: list[Interval], service: int) -> list[Interval]:
    """Start times in ``iv`` whose whole visit (``service`` seconds) misses every ``avoid`` span."""
    pieces = [iv]
    length = timedelta(seconds=service)
    for a_start, a_end in avoid:
        out = []
        for s, e in pieces:
            if e < a_start - length or s > a_end:  # cannot touch this span
                out.append((s, e))
                continue
            if s <= a_start - length:
                out.append((s, a_start - length))
            if e >= a_end:
                out.append((max(s, a_end), e))
        pieces = out
    return pieces


def agreed_on(case: Case, day: date) -> bool:
    """Whether the customer agreed an appointment (a one-off window) for ``day``."""
    return any(not w.recurring and not w.inconvenient and w.on(day) for w in case.windows)


def build_candidates(cases: list[Case], req: DayRequest, as_of: date) -> tuple[list[Candidate], list[Unplanned]]:
    """Turn cases into candidates for ``req.day`` or the reason each cannot be visited."""
    out: list[Candidate] = []
    skipped: list[Unplanned] = []
    for case in cases:
        case = replace(case, due_date=None) if case.case_id in req.due_to_review else case  # not graded on it
        if case.status != CaseStatus.OPEN:
            skipped.append(Unplanned(case.case_id, Reason.NOT_OPEN, case.status.value))
            continue
        day_off = (req.holidays.get(req.day) or req.country_holidays.get((case.country or "").upper())
                   or req.case_holidays.get(case.case_id))
        if day_off and not agreed_on(case, req.day):
            skipped.append(Unplanned(case.case_id, Reason.HOLIDAY, f"{req.day.isoformat()} ({day_off})"))
            continue
        rule = req.rules.for_country(case.country) if req.rules else None
        if rule is not None and not req.contact_day(rule, case) and not agreed_on(case, req.day):
            skipped.append(Unplanned(case.case_id, Reason.OUTSIDE_LAWFUL,
                                     f"no visits on a {req.day:%A} under {rule.name}"))
            continue
        blocking = req.blocking(case)
        if blocking and case.case_id not in req.approved:
            names = sorted(f.value for f in blocking)
            sources = "; ".join(s for s in (rule.source(n) for n in names) if s) if rule else ""
            skipped.append(Unplanned(case.case_id, Reason.BLOCKED, ", ".join(names) + (f" ({sources})" if sources else "")))
            continue
        if case.case_id in req.zones_to_review:
            skipped.append(Unplanned(case.case_id, Reason.ZONE_TO_REVIEW, ""))
            continue
        if case.case_id in req.windows_to_review:
            skipped.append(Unplanned(case.case_id, Reason.TO_REVIEW, ", ".join(sorted(req.windows_to_review[case.case_id]))))
            continue
        if Flag.VULNERABLE in case.flags:
            if rule is not None and rule.vulnerable == "block" and case.case_id not in req.approved:
                skipped.append(Unplanned(case.case_id, Reason.BLOCKED,
                                         f"vulnerable customer under {rule.name} ({rule.source('vulnerable')})"))
                continue
            if case.case_id not in req.locked and case.case_id not in req.approved:
                skipped.append(Unplanned(case.case_id, Reason.NEEDS_APPROVAL))
                continue
        if rule is not None:
            dates = req.visit_dates.get(case.case_id, [])
            earlier = [d for d in dates if d <= req.day]
            # visits already planned on later days (a kept day of the week) count too: the cap
            # holds over every span of cap_days around this day
            recent = [d for d in dates if abs((req.day - d).days) < rule.cap_days]
            if len(recent) >= rule.cap_visits:
                later = "" if len(recent) == len([d for d in earlier if (req.day - d).days < rule.cap_days]) \
                    else " (some already planned on later days)"
                skipped.append(Unplanned(case.case_id, Reason.CAPPED,
                                         f"{counted(len(recent), 'visit')} within {counted(rule.cap_days, 'day')} of this day "
                                         f"(max {rule.cap_visits}){later}"))
                continue
            agreed = any(not w.recurring and not w.inconvenient for w in case.windows)
            if rule.first_visit_notice_days and not earlier and not agreed:
                skipped.append(Unplanned(case.case_id, Reason.NEEDS_NOTICE,
                                         f"{rule.first_visit_notice_days} days under {rule.name}; agree an appointment first"))
                continue
        if not case.has_coordinates:
            skipped.append(Unplanned(case.case_id, Reason.NO_COORDINATES))
            continue
        # "Not at work" (an inconvenient window at the work place) removes work appointments that
        # overlap it; other inconvenient windows are times not to come at all.
        avoid = [w for w in case.windows if w.inconvenient and w.place != Place.WORK]
        not_at_work = [iv for w in case.windows if w.inconvenient and w.place == Place.WORK for iv in w.on(req.day)]

        def work_blocked(w) -> bool:
            if Flag.NO_WORKPLACE in case.flags:
                return True
            return any(s < ae and e > a for s, e in w.on(req.day) for a, ae in not_at_work)

        windows = [w for w in case.windows if not w.inconvenient and not (w.place == Place.WORK and work_blocked(w))]
        avoid_today = [iv for w in avoid for iv in w.on(req.day)]
        one_off_today = [iv for w in windows if not w.recurring for iv in w.on(req.day)]
        recurring_today = [iv for w in windows if w.recurring for iv in w.on(req.day)]
        future_other = sorted(w.start.date() for w in windows
                              if not w.recurring and w.start.astimezone(ZoneInfo(w.tz)).date() > req.day)
        service = req.service(case.bucket(as_of))
        lawful = lawful_interval(req.day, case.timezone, req.lawful(case.country))
        if one_off_today or recurring_today:
            source = one_off_today or recurring_today
        elif future_other and not any(w.recurring for w in windows):
            skipped.append(Unplanned(case.case_id, Reason.OTHER_DAY, future_other[0].isoformat()))
            continue
        elif windows and any(w.recurring for w in windows):
            skipped.append(Unplanned(case.case_id, Reason.NOT_AVAILABLE,
                                     "; ".join(w.describe() for w in windows if w.recurring)))
            continue
        else:
            source = [lawful]
        agreed = source is not None and source != [lawful]
        locked_at = req.locked.get(case.case_id)
        starts: list[Interval] = []
        used_windows: list[Interval] = []
        lawful_ok = False
        for ws, we in source:
            latest = we - timedelta(seconds=service) if we - ws >= timedelta(seconds=service) else ws
            iv = _clip((ws, latest), (lawful[0], lawful[1] - timedelta(seconds=service)))
            if iv is None:
                continue
            lawful_ok = True
            iv = _clip(iv, (req.shift_start, req.shift_end - timedelta(seconds=service)))
            if iv is None:
                continue
            for piece in _minus(iv, avoid_today, service):
                if locked_at is not None:
                    if not piece[0] <= locked_at <= piece[1]:
                        continue
                    piece = (locked_at, locked_at)
                starts.append(piece)
                used_windows.append((ws, we) if agreed else None)
        if not starts:
            if not lawful_ok:
                zone = ZoneInfo(case.timezone)
                detail = f"{lawful[0].astimezone(zone):%H:%M}–{lawful[1].astimezone(zone):%H:%M} {case.timezone}"
                skipped.append(Unplanned(case.case_id, Reason.OUTSIDE_LAWFUL, detail))
            else:
                skipped.append(Unplanned(case.case_id, Reason.OUTSIDE_SHIFT))
            continue
        value = priority(case, as_of, req.broken_promises.get(case.case_id, 0),
                         req.days_since_visit.get(case.case_id), case.case_id in req.balance_unknown)
        out.append(Candidate(case=case, starts=starts, service=service, value=value,
                             appointment=bool(one_off_today), windows=used_windows,
                             follow_up=case.case_id in req.follow_ups))
    return out, skipped


#: A day is planned from at most this many candidates (the travel matrix grows with the square).
MAX_SHORTLIST = 400
#: ... and from at most this many times the visits its shift could hold.
SHORTLIST_FACTOR = 8


def day_capacity(req: DayRequest, cands: list[Candidate]) -> int:
    """How many visits the shift could hold at most: its length over the shortest visit (travel
    not counted, so never an underestimate), at least 1."""
    shortest = min((c.service for c in cands), default=60 * DEFAULT_SERVICE_MINUTES) or 60
    return max(1, int((req.shift_end - req.shift_start).total_seconds()) // shortest)


def urgency(c: Candidate, locked: dict | set = ()) -> tuple:
    """Sort key, most urgent first: locked visits, agreed appointments, broken-promise follow-ups,
    then priority points (case id last, so the order is the same every time)."""
    return (c.case.case_id not in locked, not c.appointment, not c.follow_up, -c.value, c.case.case_id)


def shortlist(cands: list[Candidate], req: DayRequest, limit: int | None = None,
              ) -> tuple[list[Candidate], list[Unplanned]]:
    """The candidates the day is planned from: all of them when few, else the ``limit`` most
    urgent (default: ``SHORTLIST_FACTOR`` × ``day_capacity``, at most ``MAX_SHORTLIST``; locked
    visits are always kept), in their given order; the rest as ``NOT_SHORTLISTED``."""
    if limit is None:
        limit = min(MAX_SHORTLIST, SHORTLIST_FACTOR * day_capacity(req, cands))
    limit = max(limit, sum(1 for c in cands if c.case.case_id in req.locked))
    if len(cands) <= limit:
        return cands, []
    keep = {id(c) for c in sorted(cands, key=lambda c: urgency(c, req.locked))[:limit]}
    return ([c for c in cands if id(c) in keep],
            [Unplanned(c.case.case_id, Reason.NOT_SHORTLISTED, str(limit)) for c in cands if id(c) not in keep])
