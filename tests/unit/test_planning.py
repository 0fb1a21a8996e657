"""The day model, schedule (ETAs for any order) and the independent plan validator."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.cases import Case, Flag, GeoStatus
from fieldvisit.domain.plan import LUNCH, DayMatrix, schedule, validate
from fieldvisit.domain.planning import DayRequest, Lunch, Reason, build_candidates, priority
from fieldvisit.domain.windows import Place, Window

MAD = ZoneInfo("Europe/Madrid")
DAY = date(2026, 11, 25)
AS_OF = date(2026, 11, 23)


def at(h, m=0, zone=MAD, day=DAY):
    return datetime.combine(day, time(h, m), zone)


def case(cid, lat=40.42, lon=-3.70, windows=(), flags=(), tz="Europe/Madrid", dpd=60, balance="1000", country="ES"):
    return Case(case_id=cid, lat=lat, lon=lon, geo_status=GeoStatus.FROM_FILE, timezone=tz, country=country,
                due_date=AS_OF - timedelta(days=dpd), balance=Decimal(balance), currency="EUR",
                flags=frozenset(flags), windows=list(windows))


def request(**kw):
    base = dict(day=DAY, collector="Ana", start=(40.42, -3.70), shift_start=at(9), shift_end=at(18))
    base.update(kw)
    return DayRequest(**base)


def flat_matrix(n, seconds=600):
    return DayMatrix([[0 if i == j else seconds for j in range(n)] for i in range(n)],
                     [[0 if i == j else 3000 for j in range(n)] for i in range(n)])


def travel_600(a, b):
    return 0 if a == b else 600


@pytest.mark.parametrize("flag", ["dispute", "cease", "lawyer", "bankruptcy", "deceased", "do_not_visit"])
def test_blocking_flags_are_never_candidates(flag):
    cands, skipped = build_candidates([case("A", flags={Flag(flag)})], request(), AS_OF)
    assert cands == [] and skipped[0].reason == Reason.BLOCKED and flag in skipped[0].text


def test_reasons_for_cases_that_cannot_be_visited():
    cases = [
        case("NOCOORD", lat=None, lon=None),
        case("VULN", flags={Flag.VULNERABLE}),
        case("OTHERDAY", windows=[Window.once(at(10, day=DAY + timedelta(days=2)), at(11, day=DAY + timedelta(days=2)))]),
        case("NIGHT", windows=[Window.once(at(21, 30), at(23))]),
        case("EVENING", windows=[Window.once(at(19), at(20, 30))]),  # lawful, but after the shift
        case("TUESDAYS", windows=[Window.weekly((1,), time(10), time(12), "Europe/Madrid")]),
    ]
    _, skipped = build_candidates(cases, request(), AS_OF)
    reasons = {u.case_id: u.reason for u in skipped}
    assert reasons == {"NOCOORD": Reason.NO_COORDINATES, "VULN": Reason.NEEDS_APPROVAL,
                       "OTHERDAY": Reason.OTHER_DAY, "NIGHT": Reason.OUTSIDE_LAWFUL,
                       "EVENING": Reason.OUTSIDE_SHIFT, "TUESDAYS": Reason.NOT_AVAILABLE}


def test_whole_visit_inside_lawful_hours_and_window():
    c = case("A", windows=[Window.once(at(20), at(22))])
    (cand,), _ = build_candidates([c], request(shift_end=at(23)), AS_OF)
    # lawful until 21:00 and 20 min service: the latest start is 20:40
    assert cand.starts == [(at(20), at(20, 40))]


def test_work_windows_dropped_when_workplace_contact_is_forbidden():
    c = case("A", flags={Flag.NO_WORKPLACE}, windows=[Window.once(at(10), at(11), place=Place.WORK),
                                                      Window.once(at(15), at(16), place=Place.HOME)])
    (cand,), _ = build_candidates([c], request(), AS_OF)
    assert cand.windows == [(at(15), at(16))]


def test_debtor_in_another_zone_uses_their_lawful_hours():
    # Collector in Madrid from 07:00; a debtor in London may not be visited before 08:00 London (09:00 Madrid).
    c = case("UK", tz="Europe/London", country="GB")
    (cand,), _ = build_candidates([c], request(shift_start=at(7)), AS_OF)
    assert cand.starts[0][0] == datetime.combine(DAY, time(8), ZoneInfo("Europe/London"))
    assert cand.starts[0][0] == at(9)


def test_priority_orders_by_bucket_balance_and_broken_promises():
    low = case("L", dpd=10, balance="100")
    high = case("H", dpd=150, balance="20000")
    assert priority(high, AS_OF) > priority(low, AS_OF)
    assert priority(low, AS_OF, broken_promises=1) > priority(low, AS_OF)


def test_schedule_waits_for_windows_and_reports_misses_for_hand_made_orders():
    a = case("A", windows=[Window.once(at(10, 30), at(11))])
    b = case("B", windows=[Window.once(at(9, 30), at(9, 45))])
    req = request()
    cands, _ = build_candidates([a, b], req, AS_OF)
    m = flat_matrix(4)
    good = schedule([cands[1], cands[0]], cands, m, req)
    assert good.violations == [] and good.stops[0].start == at(9, 30)
    assert good.leave_at == at(9, 20)  # leaves late rather than waiting at the door
    assert good.stops[1].start == at(10, 30) and good.stops[1].wait_seconds == 30 * 60
    assert good.stops[1].slack_seconds == 10 * 60  # 11:00 window end - 20 min visit - 10:30
    assert validate(good, {"A": a, "B": b}, req, travel_600) == []
    bad = schedule([cands[0], cands[1]], cands, m, req)
    assert bad.stops[1].late_seconds > 0 and any("B" in v for v in bad.violations)


def test_schedule_with_lunch_and_shift_overrun():
    cs = [case(f"C{i}") for i in range(3)]
    req = request(shift_end=at(10), lunch=Lunch(at(9), at(9, 30), 30))
    cands, _ = build_candidates(cs, req, AS_OF)
    plan = schedule([cands[0], LUNCH, cands[1], cands[2]], cands, flat_matrix(5), req)
    assert plan.lunch_at == at(9, 30)
    assert any("after the shift ends" in v for v in plan.violations)


def test_validator_catches_every_broken_rule():
    a = case("A", windows=[Window.once(at(10), at(11))])
    blocked = case("X", flags={Flag.DISPUTE})
    req = request()
    cands, _ = build_candidates([a], req, AS_OF)
    plan = schedule(cands, cands, flat_matrix(3), req)
    cases = {"A": a, "X": blocked}
    assert validate(plan, cases, req, travel_600) == []
    # Too little travel time
    plan.stops[0].arrival -= timedelta(minutes=30)
    assert any("trip takes" in p for p in validate(plan, cases, req, travel_600))
    plan = schedule(cands, cands, flat_matrix(3), req)
    # Outside the agreed window and outside lawful hours
    plan.stops[0].start = plan.stops[0].arrival = at(21, 50)
    plan.stops[0].departure = at(22, 10)
    problems = validate(plan, cases, req, travel_600)
    assert any("lawful hours" in p for p in problems) and any("window" in p for p in problems)
    # A blocked case and a duplicate
    plan = schedule(cands, cands, flat_matrix(3), req)
    plan.stops.append(plan.stops[0])
    extra = schedule(cands, cands, flat_matrix(3), req).stops[0]
    extra.case_id = "X"
    plan.stops.append(extra)
    problems = validate(plan, cases, req, travel_600)
    assert any("planned twice" in p for p in problems) and any("blocked by dispute" in p for p in problems)
