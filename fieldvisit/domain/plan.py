"""A planned day: timings computed from an order of visits (solver's or hand-made), and an
independent checker of any plan against the rules (windows, lawful hours, shift, travel, flags).

``schedule`` is what the app calls after every drag in the timeline, so it is plain arithmetic
over a precomputed matrix (well under a millisecond for a 60-stop day).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.planning import Candidate, DayRequest, Interval, Unplanned, agreed_on, lawful_interval
from fieldvisit.domain.text import msg
from fieldvisit.domain.windows import Place

LUNCH = "__lunch__"


@dataclass(slots=True)
class DayMatrix:
    """Travel between the day's points: index 0 the start, 1 the end, 2.. the candidates."""

    seconds: list[list[int]]
    metres: list[list[int]]


@dataclass(slots=True)
class PlannedStop:
    case_id: str
    lat: float
    lon: float
    arrival: datetime
    start: datetime
    departure: datetime
    window: Interval | None
    travel_seconds: int
    distance_m: int
    wait_seconds: int
    appointment: bool = False
    locked: bool = False
    late_seconds: int = 0  # > 0 when the order misses the window (hand-made orders)
    slack_seconds: int = 0  # how much later the visit could start and still be allowed
    follow_up: bool = False  # broken-promise follow-up
    timezone: str = ""  # the case's own zone (IANA): lawful hours and windows are read in it


@dataclass(slots=True)
class Plan:
    day: date
    collector: str
    start_point: tuple[float, float]
    end_point: tuple[float, float]
    leave_at: datetime
    return_at: datetime
    stops: list[PlannedStop]
    unplanned: list[Unplanned]
    total_travel_seconds: int
    total_distance_m: int
    lunch_at: datetime | None = None
    violations: list[str] = field(default_factory=list)
    timezone: str = ""  # the collector's day zone (IANA; the shift's zone): the zone the day is printed in


def schedule(order: list[Candidate | str], candidates: list[Candidate], matrix: DayMatrix,
             req: DayRequest, unplanned: list[Unplanned] | None = None) -> Plan:
    """Timings of visiting ``order`` (candidates, and optionally the LUNCH marker) in turn.

    Leaves the start as late as possible without delaying the first visit; each visit starts at
    arrival or when its earliest fitting window opens. A window that cannot be met is reported in
    ``violations`` (and the stop's ``late_seconds``), never hidden.
    """
    index = {id(c): i + 2 for i, c in enumerate(candidates)}
    stops: list[PlannedStop] = []
    violations: list[str] = []
    here = 0
    t = req.shift_start
    day_zone = req.shift_start.tzinfo
    total_s = total_m = 0
    lunch_at = None
    first = True
    for item in order:
        if item == LUNCH:
            if req.lunch is not None:
                lunch_at = max(t, req.lunch.earliest).astimezone(day_zone)
                if lunch_at > req.lunch.latest:
                    violations.append(msg('lunch starts at {lunch_at}, after {latest}',
                                          lunch_at=format(lunch_at, '%H:%M'), latest=format(req.lunch.latest, '%H:%M')))
                t = lunch_at + timedelta(minutes=req.lunch.minutes)
            continue
        cand: Candidate = item  # type: ignore[assignment]
        j = index[id(cand)]
        travel, metres = int(matrix.seconds[here][j]), int(matrix.metres[here][j])
        arrival = t + timedelta(seconds=travel)
        fitting = [iv for iv in cand.starts if iv[1] >= arrival]
        if fitting:
            iv = min(fitting, key=lambda v: v[0])
            start = max(arrival, iv[0])
            window = cand.windows[cand.starts.index(iv)] if cand.windows else None
            late = 0
            slack = int((iv[1] - start).total_seconds())
        else:
            iv = cand.starts[-1]
            start = arrival
            window = cand.windows[-1] if cand.windows else None
            late = int((arrival - iv[1]).total_seconds())
            slack = 0
            violations.append(msg('{case_id}: arrives {minutes} min after the latest start ({latest})',
                                  case_id=cand.case.case_id, minutes=late // 60,
                                  latest=format(iv[1].astimezone(ZoneInfo(cand.case.timezone)), '%H:%M')))
        if first:
            # Leave later instead of waiting at the first door.
            later = start - arrival
            t += later
            arrival = start
            first = False
        wait = int((start - arrival).total_seconds())
        # Every time of the day in the collector's day zone (a window or lawful bound read in the
        # case's zone would otherwise carry that zone's offset into the rest of the day).
        arrival, start = arrival.astimezone(day_zone), start.astimezone(day_zone)
        departure = start + timedelta(seconds=cand.service)
        stops.append(PlannedStop(case_id=cand.case.case_id, lat=cand.case.lat, lon=cand.case.lon,
                                 arrival=arrival, start=start, departure=departure, window=window,
                                 travel_seconds=travel, distance_m=metres, wait_seconds=wait,
                                 appointment=cand.appointment, locked=cand.case.case_id in req.locked,
                                 late_seconds=late, slack_seconds=slack, follow_up=cand.follow_up,
                                 timezone=cand.case.timezone or ""))
        total_s += travel
        total_m += metres
        here = j
        t = departure
    back_s, back_m = int(matrix.seconds[here][1]), int(matrix.metres[here][1])
    return_at = t + timedelta(seconds=back_s)
    if return_at > req.shift_end:
        violations.append(msg('back at {return_at}, after the shift ends at {shift_end}',
                              return_at=format(return_at, '%H:%M'), shift_end=format(req.shift_end, '%H:%M')))
    leave_at = stops[0].arrival - timedelta(seconds=stops[0].travel_seconds) if stops else req.shift_start
    end = req.end or req.start
    return Plan(day=req.day, collector=req.collector, start_point=req.start, end_point=end,
                leave_at=leave_at, return_at=return_at, stops=stops, unplanned=list(unplanned or []),
                total_travel_seconds=total_s + back_s, total_distance_m=total_m + back_m,
                lunch_at=lunch_at, violations=violations, timezone=getattr(req.shift_start.tzinfo, "key", "") or "")


def validate(plan: Plan, cases: dict[str, Case], req: DayRequest, travel_seconds) -> list[str]:
    """Check a plan from first principles. ``travel_seconds(a, b)`` gives the travel time between
    two (lat, lon) points with the same model the planner used. Returns every broken rule."""
    problems: list[str] = []
    seen: set[str] = set()
    here = plan.start_point
    t = plan.leave_at
    if plan.leave_at < req.shift_start:
        problems.append(msg('leaves at {leave_at}, before the shift starts', leave_at=format(plan.leave_at, '%H:%M')))
    for s in plan.stops:
        case = cases.get(s.case_id)
        if case is None:
            problems.append(msg('{case_id}: not a known case', case_id=s.case_id))
            continue
        if s.case_id in seen:
            problems.append(msg('{case_id}: planned twice', case_id=s.case_id))
        seen.add(s.case_id)
        blocking = req.blocking(case)
        if blocking and s.case_id not in req.approved:
            problems.append(msg('{case_id}: blocked by {flags}',
                                case_id=s.case_id, flags=', '.join(sorted(f.value for f in blocking))))
        if Flag.VULNERABLE in case.flags and s.case_id not in req.locked and s.case_id not in req.approved:
            problems.append(msg('{case_id}: vulnerable customer planned without approval', case_id=s.case_id))
        rule = req.rules.for_country(case.country) if req.rules else None
        if (rule is not None and Flag.VULNERABLE in case.flags and rule.vulnerable == "block"
                and s.case_id not in req.approved):
            problems.append(msg('{case_id}: vulnerable customer may not be visited under {rules}',
                                case_id=s.case_id, rules=rule.name))
        if rule is not None and not req.contact_day(rule, case) and not agreed_on(case, req.day):
            problems.append(msg('{case_id}: no visit on a {weekday} under {rules} without an agreed appointment',
                                case_id=s.case_id, weekday=f"{req.day:%A}", rules=rule.name))
        needed = travel_seconds(here, (case.lat, case.lon))
        if lunch_between(plan, t, s.arrival):
            t += timedelta(minutes=req.lunch.minutes)  # type: ignore[union-attr]
        if s.arrival < t + timedelta(seconds=needed):
            problems.append(msg('{case_id}: arrives {arrival}, but the trip takes {minutes} min',
                                case_id=s.case_id, arrival=format(s.arrival, '%H:%M'), minutes=needed // 60))
        if s.start < s.arrival:
            problems.append(msg('{case_id}: starts before arriving', case_id=s.case_id))
        lawful = lawful_interval(req.day, case.timezone, req.lawful(case.country))
        if s.start < lawful[0] or s.departure > lawful[1]:
            zone = ZoneInfo(case.timezone)
            problems.append(msg('{case_id}: visit {start}–{end} is outside lawful hours in {timezone}',
                                case_id=s.case_id, start=format(s.start.astimezone(zone), '%H:%M'),
                                end=format(s.departure.astimezone(zone), '%H:%M'), timezone=case.timezone))
        for a_start, a_end in (iv for w in case.windows if w.inconvenient and w.place != Place.WORK
                               for iv in w.on(req.day)):
            if s.start < a_end and s.departure > a_start:
                problems.append(msg('{case_id}: visit {start}–{departure} falls in a time the customer said is inconvenient',
                                    case_id=s.case_id, start=format(s.start, '%H:%M'),
                                    departure=format(s.departure, '%H:%M')))
        windows = [iv for w in case.windows if not w.inconvenient for iv in w.on(req.day)]
        if windows and not any(ws <= s.start <= we for ws, we in windows):
            problems.append(msg('{case_id}: starts at {start}, outside every agreed window',
                                case_id=s.case_id, start=format(s.start, '%H:%M')))
        elif not windows and any(not w.recurring and not w.inconvenient and w.start.date() > req.day
                                 for w in case.windows):
            problems.append(msg('{case_id}: visited on a day other than the agreed appointment', case_id=s.case_id))
        if s.departure <= s.start:
            problems.append(msg('{case_id}: leaves before the visit starts', case_id=s.case_id))
        here, t = (case.lat, case.lon), s.departure
    back = t + timedelta(seconds=travel_seconds(here, plan.end_point))
    if plan.lunch_at is not None and plan.lunch_at >= t:
        back += timedelta(minutes=req.lunch.minutes)  # type: ignore[union-attr]
    if back > req.shift_end:
        problems.append(msg('back at {back}, after the shift ends at {shift_end}',
                            back=format(back, '%H:%M'), shift_end=format(req.shift_end, '%H:%M')))
    return problems


def lunch_between(plan: Plan, left: datetime, arrived: datetime) -> bool:
    return plan.lunch_at is not None and left <= plan.lunch_at < arrived
