"""Conduct scenarios across the shipped rule sets: lawful hours in the debtor's zone (also for a
collector elsewhere and on DST days), every blocking flag, vulnerable customers, notice before a
first visit, visit caps and supervisor approval — for planning and for recorded visits."""

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from fieldvisit.domain.cases import Case, Flag, GeoStatus
from fieldvisit.domain.planning import DayRequest, Reason, build_candidates
from fieldvisit.domain.rules import RuleSetError, parse_rulebook
from fieldvisit.domain.visits import parse_visit
from fieldvisit.domain.windows import Window
from fieldvisit.services.visits import compliance_warnings
from resources import HERE

RULES = parse_rulebook(json.loads((HERE / "rulesets.json").read_text(encoding="utf-8")))
ZONES = {"US": "America/Chicago", "GB": "Europe/London", "IN": "Asia/Kolkata", "CN": "Asia/Shanghai",
         "ES": "Europe/Madrid", "XX": "Africa/Nairobi"}
DAY = date(2026, 11, 25)  # a Wednesday


def case(country="ES", flags=(), windows=(), cid="K"):
    tz = ZONES[country]
    return Case(case_id=cid, lat=10.0, lon=10.0, geo_status=GeoStatus.FROM_FILE, country=country, timezone=tz,
                balance=Decimal("500"), currency="EUR", due_date=DAY - timedelta(days=40), flags=frozenset(flags),
                windows=list(windows))


def req(day=DAY, collector_zone="UTC", shift=(0, 23, 59), **kw):
    z = ZoneInfo(collector_zone)
    return DayRequest(day=day, collector="A", start=(10.0, 10.0), rules=RULES,
                      shift_start=datetime.combine(day, time(shift[0]), z) - timedelta(hours=12),
                      shift_end=datetime.combine(day, time(shift[1], shift[2]), z) + timedelta(hours=12), **kw)


def window(country, h1, m1, h2, m2, day=DAY):
    z = ZoneInfo(ZONES[country])
    return Window.once(datetime.combine(day, time(h1, m1), z), datetime.combine(day, time(h2, m2), z))


def plan_reason(c, r=None):
    cands, skipped = build_candidates([c], r or req(), DAY)
    return (None, cands[0]) if cands else (skipped[0].reason, skipped[0])


# ---- lawful hours: windows straddling the limits, in the debtor's own zone (15 rows) ----------
HOURS = [
    ("US", (7, 0, 8, 30), (8, 0)), ("US", (20, 30, 22, 0), (20, 30)), ("US", (21, 0, 22, 0), None),
    ("GB", (7, 30, 8, 30), (8, 0)), ("GB", (20, 50, 21, 30), None), ("GB", (20, 30, 21, 30), (20, 30)),
    ("IN", (18, 0, 20, 0), (18, 0)), ("IN", (18, 45, 20, 0), None), ("IN", (7, 0, 9, 0), (8, 0)),
    ("CN", (21, 30, 23, 0), (21, 30)), ("CN", (21, 45, 23, 0), None), ("CN", (6, 0, 8, 30), (8, 0)), ("CN", (6, 0, 8, 10), None),
    ("ES", (20, 0, 21, 0), (20, 0)), ("ES", (6, 0, 7, 59), None), ("XX", (20, 40, 22, 0), (20, 40)),
]


@pytest.mark.parametrize(("country", "span", "earliest"), HOURS)
def test_whole_visit_inside_the_rule_sets_hours(country, span, earliest):
    reason, result = plan_reason(case(country, windows=[window(country, *span)]))
    if earliest is None:
        assert reason == Reason.OUTSIDE_LAWFUL
    else:
        assert reason is None
        zone = ZoneInfo(ZONES[country])
        s, e = result.starts[0]
        assert s.astimezone(zone).time() == time(*earliest)
        hours = RULES.for_country(country).contact_hours
        end = datetime.combine(DAY, hours[1], zone)
        assert e + timedelta(seconds=result.service) <= end  # the whole visit fits


# ---- every blocking flag under every rule set (6 x 6 = 36 rows) ---------------------------------
@pytest.mark.parametrize("country", ["US", "GB", "IN", "CN", "ES", "XX"])
@pytest.mark.parametrize("flag", ["dispute", "cease", "lawyer", "bankruptcy", "deceased", "do_not_visit"])
def test_every_blocking_flag_blocks_with_its_rule(country, flag):
    reason, item = plan_reason(case(country, flags={Flag(flag)}))
    assert reason == Reason.BLOCKED and flag in item.detail


# ---- vulnerable customers: GB blocks, elsewhere a supervisor approves (7 rows) -------------------
@pytest.mark.parametrize(("country", "approved", "expected"), [
    ("GB", False, Reason.BLOCKED),
    ("GB", True, Reason.NEEDS_NOTICE),  # the override lifts the block; notice before a first visit still applies
    ("US", False, Reason.NEEDS_APPROVAL),
    ("US", True, None), ("IN", False, Reason.NEEDS_APPROVAL), ("CN", True, None), ("ES", False, Reason.NEEDS_APPROVAL),
])
def test_vulnerable_customers(country, approved, expected):
    r = req(approved={"K"} if approved else set())
    reason, _ = plan_reason(case(country, flags={Flag.VULNERABLE}), r)
    assert reason == expected


# ---- notice before a first visit (GB) and visit caps (6 rows) ------------------------------------
@pytest.mark.parametrize(("country", "earlier", "appointment", "expected"), [
    ("GB", [], False, Reason.NEEDS_NOTICE),
    ("GB", [], True, None),                          # an agreed appointment is notice given
    ("GB", [DAY - timedelta(days=30)], False, None),  # not a first visit
    ("ES", [], False, None),
    ("ES", [DAY - timedelta(days=3)], False, Reason.CAPPED),
    ("US", [DAY - timedelta(days=7)], False, None),  # the 7-day window has passed
])
def test_notice_and_caps(country, earlier, appointment, expected):
    windows = [window(country, 10, 0, 12, 0)] if appointment else []
    reason, _ = plan_reason(case(country, windows=windows), req(visit_dates={"K": earlier}))
    assert reason == expected


# ---- collector in another zone; DST days (4 rows) ------------------------------------------------
def test_collector_elsewhere_plans_in_the_debtors_hours():
    # Collector in Madrid; debtor in Kolkata (IN, 08:00-19:00 IST = 03:30-14:30 Madrid).
    reason, cand = plan_reason(case("IN"), req(collector_zone="Europe/Madrid"))
    assert reason is None
    s, e = cand.starts[0]
    assert s == datetime.combine(DAY, time(8), ZoneInfo("Asia/Kolkata"))
    assert s.astimezone(ZoneInfo("Europe/Madrid")).time() == time(3, 30)


@pytest.mark.parametrize(("country", "day", "offset"), [
    ("US", date(2026, 3, 8), -5), ("GB", date(2026, 3, 29), 1), ("ES", date(2026, 10, 25), 1),
])
def test_dst_days_keep_wall_clock_hours(country, day, offset):
    # clocks change on a Sunday: no rule set makes cold visits on Sundays (BRK15b #2), so each
    # debtor is visited then only at an appointment they agreed
    c = case(country, windows=[window(country, 7, 0, 12, 0, day=day)])
    c.due_date = day - timedelta(days=40)
    cands, _ = build_candidates([c], req(day=day, visit_dates={"K": [day - timedelta(days=30)]}), day)
    s, _ = cands[0].starts[0]
    assert s.astimezone(ZoneInfo(ZONES[country])).time() == RULES.for_country(country).contact_hours[0]
    assert s.utcoffset() == timedelta(hours=offset)


# ---- recorded visits carry warnings by the same rules (6 rows) -----------------------------------
@pytest.mark.parametrize(("country", "arrive", "leave", "flags", "earlier", "phrases"), [
    ("CN", "22:30", "22:45", (), [], ["outside lawful contact hours"]),
    ("CN", "21:30", "21:50", (), [], []),
    ("IN", "19:10", "19:30", (), [], ["outside lawful contact hours"]),
    ("ES", "10:00", "10:20", ("dispute",), [], ["blocked from visits (dispute)"]),
    ("GB", "10:00", "10:20", ("vulnerable",), [], ["vulnerable customer"]),
    ("US", "10:00", "10:20", (), [DAY - timedelta(days=2)], ["beyond the visit cap"]),
])
def test_recorded_visit_warnings(country, arrive, leave, flags, earlier, phrases):
    zone = ZoneInfo(ZONES[country])
    c = case(country, flags={Flag(f) for f in flags})
    a = datetime.combine(DAY, time.fromisoformat(arrive), zone).isoformat()
    b = datetime.combine(DAY, time.fromisoformat(leave), zone).isoformat()
    v = parse_visit({"case_id": "K", "arrived_at": a, "left_at": b, "outcome": "not_home", "person_met": "nobody"})
    warnings = compliance_warnings(c, v, RULES.for_country(country), earlier)
    for phrase in phrases:
        assert any(phrase in w for w in warnings), warnings
    if not phrases:
        assert warnings == []


def test_bad_rule_files_are_refused_with_where():
    with pytest.raises(RuleSetError, match="sets"):
        parse_rulebook({})
    with pytest.raises(RuleSetError, match="rule set XX"):
        parse_rulebook({"sets": {"XX": {"contact_hours": ["8am", "9pm"]}}, "default": "XX"})
    with pytest.raises(RuleSetError, match="default"):
        parse_rulebook({"sets": {"XX": {"contact_hours": ["08:00", "21:00"]}}, "default": "generic"})


@pytest.mark.parametrize(("country", "earlier_third", "warned"), [("US", 0, False), ("US", 1, True), ("ES", 3, False)])
def test_third_party_contacts_are_counted(country, earlier_third, warned):
    zone = ZoneInfo(ZONES[country])
    a = datetime.combine(DAY, time(10), zone).isoformat()
    b = datetime.combine(DAY, time(10, 5), zone).isoformat()
    v = parse_visit({"case_id": "K", "arrived_at": a, "left_at": b, "outcome": "third_party",
                     "person_met": "third_party"})
    warnings = compliance_warnings(case(country), v, RULES.for_country(country), [], earlier_third)
    assert any("third-party contact" in w for w in warnings) == warned


def inconvenient(country, text):
    from dataclasses import replace

    from fieldvisit.domain.window_parser import parse_windows

    return [replace(w, inconvenient=True) for w in parse_windows(text, ZONES[country], today=DAY).windows]


@pytest.mark.parametrize(("text", "allowed", "forbidden"), [
    ("weekdays 12:00-15:00", ["11:30", "15:00"], ["11:50", "12:30", "14:59"]),   # lunch-time at home: no
    ("daily 08:00-10:00", ["10:00", "20:00"], ["08:00", "09:45"]),
    ("miércoles 17:00-21:00", ["16:30", "16:40"], ["16:45", "18:00"]),
])
def test_customer_stated_inconvenient_times_are_honoured(text, allowed, forbidden):
    zone = ZoneInfo(ZONES["ES"])
    cands, _ = build_candidates([case("ES", windows=inconvenient("ES", text))], req(), DAY)
    starts = cands[0].starts

    def ok(hhmm):
        t = datetime.combine(DAY, time.fromisoformat(hhmm), zone)
        return any(s <= t <= e for s, e in starts)

    assert all(ok(t) for t in allowed), starts
    assert not any(ok(t) for t in forbidden), starts


def test_inconvenient_place_drops_work_windows():
    from dataclasses import replace

    from fieldvisit.domain.window_parser import parse_window

    work = parse_window(f"work: {DAY.isoformat()} 10:00-12:00", ZONES["ES"], today=DAY)
    home = parse_window(f"home: {DAY.isoformat()} 18:00-20:00", ZONES["ES"], today=DAY)
    not_at_work = replace(parse_window("work: daily 00:00-24:00", ZONES["ES"], today=DAY), inconvenient=True)
    cands, _ = build_candidates([case("ES", windows=[work, home, not_at_work])], req(), DAY)
    assert [w[0].hour for w in cands[0].windows] == [18]


@pytest.mark.parametrize(("agreed", "warned"), [(False, True), (True, False)])
def test_a_sunday_visit_in_spain_is_warned_unless_agreed(agreed, warned):
    """Spain's rule set contacts on weekdays only: a visit recorded on a Sunday carries a warning,
    unless the customer agreed an appointment for that day."""
    sunday = DAY + timedelta(days=4)
    zone = ZoneInfo(ZONES["ES"])
    windows = [window("ES", 11, 0, 12, 0, day=sunday)] if agreed else []
    v = parse_visit({"case_id": "K", "arrived_at": datetime.combine(sunday, time(11, 10), zone).isoformat(),
                     "left_at": datetime.combine(sunday, time(11, 30), zone).isoformat(),
                     "outcome": "not_home", "person_met": "nobody", "reason": "agreed by phone"})
    warnings = compliance_warnings(case("ES", windows=windows), v, RULES.for_country("ES"))
    assert any("not a contact day" in w for w in warnings) == warned, warnings
