"""Planning with the real solver (PyVRP) and the real travel model: every plan passes the
independent validator; blocked cases never appear; appointments are kept when reachable."""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldvisit.adapters.routing.pyvrp_solver import solve
from fieldvisit.adapters.routing.travel import GeodesicTravel
from fieldvisit.domain.cases import BLOCKING_FLAGS, Case, Flag, GeoStatus
from fieldvisit.domain.plan import schedule, validate
from fieldvisit.domain.planning import DayRequest, Lunch, Reason, build_candidates
from fieldvisit.domain.windows import Window
from fieldvisit.services.plan_day import plan_day, plan_team

MAD = ZoneInfo("Europe/Madrid")
AS_OF = date(2026, 11, 23)
DAY = date(2026, 11, 25)
HOME = (40.4168, -3.7038)


def at(h, m=0, day=DAY, zone=MAD):
    return datetime.combine(day, time(h, m), zone)


def make_case(cid, rng, day=DAY, appointment=False, flags=(), tz="Europe/Madrid"):
    windows = []
    if appointment:
        start = at(rng.randint(9, 16), rng.choice([0, 30]), day=day, zone=ZoneInfo(tz))
        windows.append(Window.once(start, start + timedelta(hours=rng.choice([1, 2]))))
    return Case(case_id=cid, lat=HOME[0] + rng.uniform(-0.04, 0.04), lon=HOME[1] + rng.uniform(-0.05, 0.05),
                geo_status=GeoStatus.FROM_FILE, timezone=tz, country="ES",
                due_date=AS_OF - timedelta(days=rng.randint(1, 200)),
                balance=Decimal(rng.randint(100, 9000)), currency="EUR", flags=frozenset(flags), windows=windows)


def req(day=DAY, **kw):
    base = dict(day=day, collector="Ana", start=HOME, shift_start=at(9, day=day), shift_end=at(18, day=day))
    base.update(kw)
    return DayRequest(**base)


def check(plan, cases, r, travel):
    assert validate(plan, {c.case_id: c for c in cases}, r, travel.seconds) == []
    assert plan.violations == []


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(1, 25), share_appt=st.floats(0, 0.5),
       mode=st.sampled_from(["walk", "car", "motorbike"]), lunch=st.booleans())
def test_generated_days_always_pass_the_validator(seed, n, share_appt, mode, lunch):
    rng = random.Random(seed)
    flags = list(BLOCKING_FLAGS)
    cases = [make_case(f"C{i}", rng, appointment=rng.random() < share_appt,
                       flags={rng.choice(flags)} if rng.random() < 0.15 else ()) for i in range(n)]
    r = req(mode=mode, lunch=Lunch(at(13), at(14, 30), 30) if lunch else None)
    travel = GeodesicTravel(mode)
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=0.3)
    check(plan, cases, r, travel)
    planned = {s.case_id for s in plan.stops}
    blocked = {c.case_id for c in cases if c.blocking_flags}
    assert not planned & blocked
    assert {u.case_id for u in plan.unplanned} | planned == {c.case_id for c in cases}
    assert all(u.reason == Reason.BLOCKED for u in plan.unplanned if u.case_id in blocked)


def test_reachable_appointments_are_all_kept_over_valuable_optional_visits():
    rng = random.Random(3)
    appts = []
    for i, h in enumerate((9, 11, 14, 16)):
        c = make_case(f"APPT{i}", rng)
        c.balance = Decimal("50")
        c.windows = [Window.once(at(h, 30), at(h + 1))]
        appts.append(c)
    rich = [make_case(f"RICH{i}", rng) for i in range(40)]
    for c in rich:
        c.balance, c.due_date = Decimal("25000"), AS_OF - timedelta(days=300)
    cases = appts + rich
    r = req()
    travel = GeodesicTravel("car")
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=1)
    check(plan, cases, r, travel)
    planned = {s.case_id for s in plan.stops}
    assert {c.case_id for c in appts} <= planned
    assert all(u.reason == Reason.LOWER_PRIORITY for u in plan.unplanned)


def test_unreachable_appointment_is_reported_not_forced():
    far = Case(case_id="FAR", lat=41.65, lon=-0.88, geo_status=GeoStatus.FROM_FILE, timezone="Europe/Madrid",
               country="ES", windows=[Window.once(at(9, 0), at(9, 20))])  # Zaragoza at 09:00 from Madrid
    plan = plan_day([far], req(), AS_OF, GeodesicTravel("car"), solve, time_limit=0.3)
    # 270 km: there and back do not fit in a 9-hour shift at all, and the reason says how far
    assert plan.stops == [] and plan.unplanned[0].reason == Reason.TOO_FAR
    assert "km" in plan.unplanned[0].text
    near = Case(case_id="NEAR", lat=40.42, lon=-3.1, geo_status=GeoStatus.FROM_FILE, timezone="Europe/Madrid",
                country="ES", windows=[Window.once(at(9, 0), at(9, 20))])  # 50 km: the day fits, 09:00 does not
    plan = plan_day([near], req(), AS_OF, GeodesicTravel("car"), solve, time_limit=0.3)
    assert plan.stops == [] and plan.unplanned[0].reason == Reason.UNREACHABLE


def test_a_day_across_the_dst_change():
    day = date(2026, 3, 29)  # clocks go forward at 02:00 in Madrid
    rng = random.Random(5)
    cases = [make_case(f"D{i}", rng, day=day, appointment=i < 3) for i in range(8)]
    r = req(day=day)
    assert r.shift_start.utcoffset() == timedelta(hours=2)
    travel = GeodesicTravel("car")
    plan = plan_day(cases, r, day - timedelta(days=2), travel, solve, time_limit=0.5)
    check(plan, cases, r, travel)
    for s in plan.stops:
        local = s.start.astimezone(MAD)
        assert time(9) <= local.time() and local.date() == day
        if s.window:
            assert s.window[0] <= s.start <= s.window[1]


def test_debtors_in_another_zone_are_visited_in_their_lawful_hours():
    # Collector's shift 06:00-12:00 Madrid; debtors on Lisbon time (one hour behind) may not be
    # visited before 08:00 Lisbon = 09:00 Madrid.
    rng = random.Random(9)
    cases = [make_case(f"L{i}", rng, tz="Europe/Lisbon") for i in range(5)]
    r = req(shift_start=at(6), shift_end=at(12))
    travel = GeodesicTravel("car")
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=0.5)
    check(plan, cases, r, travel)
    assert plan.stops and all(s.start >= at(9) for s in plan.stops)


def test_locked_stop_at_a_fixed_time_is_kept():
    rng = random.Random(11)
    cases = [make_case(f"K{i}", rng) for i in range(10)]
    r = req(locked={"K7": at(15, 0)})
    travel = GeodesicTravel("car")
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=0.5)
    check(plan, cases, r, travel)
    (k7,) = [s for s in plan.stops if s.case_id == "K7"]
    assert k7.start == at(15) and k7.locked


def test_manual_reorder_recomputes_etas_and_shows_violations():
    rng = random.Random(2)
    cases = [make_case(f"M{i}", rng, appointment=True) for i in range(6)]
    r = req()
    travel = GeodesicTravel("car")
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=0.5)
    cands, _ = build_candidates(cases, r, AS_OF)
    by_id = {c.case.case_id: c for c in cands}
    order = [by_id[s.case_id] for s in reversed(plan.stops)]
    from fieldvisit.domain.plan import DayMatrix
    points = [r.start, r.start] + [(c.case.lat, c.case.lon) for c in cands]
    secs, metres = travel.matrix(points)
    redone = schedule(order, cands, DayMatrix(secs, metres), r)
    assert [s.case_id for s in redone.stops] == [s.case_id for s in reversed(plan.stops)]
    if len(plan.stops) > 1:
        assert redone.violations  # the reverse of a window-ordered day misses windows


def test_team_planning_two_collectors():
    rng = random.Random(4)
    cases = [make_case(f"T{i}", rng, appointment=i % 5 == 0) for i in range(30)]
    travel = GeodesicTravel("car")
    reqs = [req(collector="Ana"), req(collector="Luis", start=(40.45, -3.68), shift_start=at(10), shift_end=at(19))]
    plans, unplanned = plan_team(cases, reqs, AS_OF, travel, solve, time_limit=1.5)
    assert [p.collector for p in plans] == ["Ana", "Luis"]
    ids = [s.case_id for p in plans for s in p.stops]
    assert len(ids) == len(set(ids))
    for p, r in zip(plans, reqs, strict=True):
        check(p, cases, r, travel)
        assert p.stops, "both collectors get work"
    assert abs(len(plans[0].stops) - len(plans[1].stops)) <= 3
    assert set(ids) | {u.case_id for u in unplanned} == {c.case_id for c in cases}


def test_flag_vulnerable_needs_approval_unless_locked_by_a_supervisor():
    rng = random.Random(1)
    c = make_case("V", rng, flags={Flag.VULNERABLE})
    plan = plan_day([c], req(), AS_OF, GeodesicTravel("car"), solve, time_limit=0.2)
    assert plan.unplanned[0].reason == Reason.NEEDS_APPROVAL


def test_broken_promise_raises_priority():
    from fieldvisit.domain.planning import build_candidates as build

    rng = random.Random(8)
    c = make_case("BP", rng)
    (plain,), _ = build([c], req(), AS_OF)
    (boosted,), _ = build([c], req(broken_promises={"BP": 1}), AS_OF)
    assert boosted.value > plain.value
