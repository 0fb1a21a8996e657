"""A collector with thousands of cases: the day is planned from the most urgent lawful
candidates that could fit (appointments, follow-ups and locked visits first, then priority), not
from all of them; the rest are listed with the reason. The same for the team and the week."""

import random
from dataclasses import replace

from fieldvisit.adapters.routing.pyvrp_solver import solve
from fieldvisit.adapters.routing.travel import GeodesicTravel
from fieldvisit.domain.planning import MAX_SHORTLIST, Reason, build_candidates, priority, shortlist
from fieldvisit.services.plan_day import plan_day, plan_team, prepare_day
from tests.integration.test_plan_day import AS_OF, at, check, make_case, req


def many(n, seed=3, appointments=0.0, collector="Ana"):
    rng = random.Random(seed)
    return [replace(make_case(f"{collector[0]}{i}", rng, appointment=rng.random() < appointments),
                    collector=collector) for i in range(n)]


def test_a_day_is_planned_from_its_most_urgent_cases_only():
    cases = many(3000, appointments=0.01)
    r = req(mode="car", locked={cases[-1].case_id: None})
    travel = GeodesicTravel("car")
    session = prepare_day(cases, r, AS_OF, travel)
    cands = session.candidates
    # 9 h of 20-min visits hold 27: eight times that, never more than MAX_SHORTLIST
    assert len(cands) == min(MAX_SHORTLIST, 8 * 27) and len(session.matrix.seconds) == len(cands) + 2
    everyone, _ = build_candidates(cases, r, AS_OF)
    appts = {c.case.case_id for c in everyone if c.appointment}
    assert appts and appts <= {c.case.case_id for c in cands}
    assert cases[-1].case_id in {c.case.case_id for c in cands}  # locked: always kept
    lowest_kept = min(c.value for c in cands if not c.appointment and c.case.case_id not in r.locked)
    left = [u for u in session.skipped if u.reason == Reason.NOT_SHORTLISTED]
    assert len(left) == 3000 - len(cands)
    by_id = {c.case_id: c for c in cases}
    assert all(priority(by_id[u.case_id], AS_OF) <= lowest_kept for u in left)
    assert left[0].text == "not among the day's 216 most urgent cases"
    plan = plan_day(cases, r, AS_OF, travel, solve, time_limit=1, session=session)
    check(plan, cases, r, travel)
    assert len(plan.stops) >= 10 and cases[-1].case_id in {s.case_id for s in plan.stops}
    assert {u.case_id for u in plan.unplanned} | {s.case_id for s in plan.stops} == set(by_id)


def test_a_short_day_keeps_fewer_and_a_small_day_keeps_all():
    cases = many(400)
    short = req(shift_start=at(9), shift_end=at(11))  # 6 visits at most: 48 candidates
    kept, rest = shortlist(build_candidates(cases, short, AS_OF)[0], short)
    assert len(kept) == 48 and len(rest) == 352
    small = many(30)
    cands, _ = build_candidates(small, req(), AS_OF)
    assert shortlist(cands, req()) == (cands, [])


def test_the_team_shortlists_each_collector():
    cases = many(1500, seed=4, collector="Ana") + many(1500, seed=5, collector="Bo")
    requests = [req(collector="Ana"), req(collector="Bo", start=(40.43, -3.69))]
    plans, unplanned = plan_team(cases, requests, AS_OF, GeodesicTravel("car"), solve, time_limit=2)
    reasons = [u for u in unplanned if u.reason == Reason.NOT_SHORTLISTED]
    assert len(reasons) == 3000 - 2 * 216
    for p in plans:
        assert p.stops and not p.violations
