"""CLI commands that plan days: ``plan`` (one collector's day), ``plan-team`` (all collectors at
once), ``plan-week`` (the next working days) and ``bench`` (a public routing benchmark instance).
JSON keys: CLI.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldvisit.cli.io import _emit, counted
from fieldvisit.domain.text import quoted
from fieldvisit.domain.plan_times import hhmm, plan_zone, span_clock, zone_city
from fieldvisit.services.errors import UserError


def _time_limit(args, default: float) -> float:
    """``--time-limit`` in seconds (positive), else ``default``; UserError for zero or less."""
    if args.time_limit is None:
        return default
    if not 0 < args.time_limit < float("inf"):
        raise UserError(f"--time-limit {args.time_limit:g} is not a number of seconds; give more than 0, e.g. 2.")
    return args.time_limit


def travel_kind(travel) -> str:
    from fieldvisit.services.day_plans import travel_kind as kind  # imported when a plan is made

    return kind(travel)


def _travel(app, mode):
    return app.travel(mode)


def _only_collector(app, given):
    if given:
        return given
    with app.uow() as uow:
        names = [c.name for c in uow.collectors.list()]
    if len(names) != 1:
        raise UserError("Which collector? Give --collector NAME (known: " + (", ".join(names) or "none") + ").")
    return names[0]


def _plan_text(data: dict) -> str:
    """The day for a terminal: every time in the collector's day zone (named in the first line
    when known); a stop whose own zone reads another wall clock also shows its local time, e.g.
    ``09:25-09:45 (08:25-08:45 Lisbon time)``."""
    zone = plan_zone(data)
    name = data.get("timezone")
    lines = [f"{data['collector']} on {data['date']}: {counted(len(data['stops']), 'visit')}, "
             f"{data['total_distance_m'] / 1000:.1f} km, {data['total_travel_seconds'] // 60} min on the road; "
             f"leave {hhmm(data['leave_at'], zone)}, back {hhmm(data['return_at'], zone)}"
             + (f" ({zone_city(name)} time)" if name else "")
             + ("" if data["valid"] else "  [PLAN HAS PROBLEMS]")]
    for i, s in enumerate(data["stops"], 1):
        local = s.get("timezone")
        window = (f"  window {span_clock(s['window']['start'], s['window']['end'], local, zone, dash='-')}" if s["window"] else "")
        wait = (f"  (at the door {hhmm(s['arrival'], zone)}, waits {s['wait_seconds'] // 60} min)"
                if s.get("wait_seconds", 0) >= 60 else "")
        lines.append(f"{i:>3}. {span_clock(s['start'], s['departure'], local, zone, dash='-')}  {s['case_id']:<12} {s['name']}"
                     f"{window}{wait}")
    if data.get("lunch_at"):
        lines.append(f"     lunch from {hhmm(data['lunch_at'], zone)}")
    lines += [f"  ! {v}" for v in data["violations"]]
    if data.get("travel") == "roads":
        lines.append("travel: roads")
    elif data.get("travel"):
        lines.append("travel: straight line × detour (no region pack holds the whole day for this mode; "
                     "see `fieldvisit region list`)")
    return "\n".join(lines)


def cmd_plan(app, args) -> None:
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request, run_plan

    limit = _time_limit(args, 1.5)  # bad options first, whatever day or hour it is
    req = make_request(app.uow(), day=args.date, collector=_only_collector(app, args.collector),
                       start=args.start, end=args.end, shift=args.shift or app.setting("shift") or None,
                       tz=args.tz, zones=app.zones, system_tz=app.default_timezone,
                       mode=args.mode or app.setting("travel_mode") or "car",
                       lunch=args.lunch, lunch_minutes=args.lunch_minutes,
                       service_minutes=args.service or int(app.setting("service_minutes") or 0) or None, locks=args.lock,
                       as_of=args.as_of)
    travel = _travel(app, req.mode)
    data = run_plan(app.uow(), req, args.as_of or date.today(), travel, routing_solver(),
                    limit, rules=app.rules())
    data["travel"] = travel_kind(travel)
    text = _plan_text(data)
    if data["unplanned"]:
        text += f"\n{len(data['unplanned'])} not planned:" + "".join(
            f"\n  {u['case_id']:<12} {u['text']}" for u in data["unplanned"][:40])
    _emit(args, data, text)


def _per_collector(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UserError(f"{quoted(item)} is not NAME={what}; write e.g. 'Ana={'09:00-17:00' if what == 'SHIFT' else 'walk'}'.")
        out[name.strip()] = value.strip()
    return out


def cmd_plan_team(app, args) -> None:
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request, run_plan_team
    from fieldvisit.services.settings import MODES

    limit = _time_limit(args, 10.0)  # bad options first, whatever day or hour it is
    with app.uow() as uow:
        names = args.collectors or [c.name for c in uow.collectors.list()]
    if not names:
        raise UserError("No collectors in this workspace yet; assign cases to collectors first.")
    mode = args.mode or app.setting("travel_mode") or "car"
    shifts = _per_collector(args.collector_shift, "SHIFT")
    modes = _per_collector(args.collector_mode, "MODE")
    for name, m in modes.items():
        if m not in MODES:
            raise UserError(f"{quoted(m)} is not a travel mode for {quoted(name)}; use one of {', '.join(MODES)}.")
    unknown = sorted((set(shifts) | set(modes)) - set(names))
    if unknown:
        raise UserError(f"{', '.join(unknown)}: not among the collectors planned ({', '.join(names)}).")
    requests = [make_request(app.uow(), day=args.date, collector=n, start=None,
                             shift=shifts.get(n) or args.shift or app.setting("shift") or None,
                             tz=args.tz, zones=app.zones, system_tz=app.default_timezone, mode=modes.get(n, mode),
                             service_minutes=args.service or int(app.setting("service_minutes") or 0) or None,
                             as_of=args.as_of)
                for n in names]
    made = []

    def travel_for(*a, **kw):
        made.append(app.travel(*a, **kw))
        return made[-1]

    data = run_plan_team(app.uow(), requests, args.as_of or date.today(), travel_for,
                         routing_solver(), limit, rules=app.rules())
    kinds = {travel_kind(t) for t in made}
    data["travel"] = kinds.pop() if len(kinds) == 1 else "geodesic" if not kinds else "mixed"
    text = "\n\n".join(_plan_text(r) for r in data["routes"])
    text += f"\n\n{counted(len(data['unplanned']), 'case')} not planned."
    _emit(args, data, text)


def cmd_plan_week(app, args) -> None:
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import DayPassed, make_request
    from fieldvisit.services.week_plans import plan_week

    collector = _only_collector(app, args.collector)
    shift = args.shift or app.setting("shift") or None
    tz = args.tz
    mode = args.mode or app.setting("travel_mode") or "car"
    service = args.service or int(app.setting("service_minutes") or 0) or None
    # bad input refused before any day is planned (days that have passed are skipped by the week)
    try:
        make_request(app.uow(), day=args.start_day, collector=collector, start=args.start, shift=shift, tz=tz,
                     mode=mode, service_minutes=service, zones=app.zones, system_tz=app.default_timezone,
                     as_of=args.as_of)
    except DayPassed:
        pass

    def request_for(day):
        return make_request(app.uow(), day=day, collector=collector, start=args.start, shift=shift, tz=tz,
                            mode=mode, service_minutes=service, zones=app.zones, system_tz=app.default_timezone,
                            as_of=args.as_of)

    data = plan_week(app.uow(), request_for, args.start_day, args.days, args.as_of or date.today(),
                     app.travel(mode), routing_solver(), _time_limit(args, 1.0), rules=app.rules(),
                     replace=args.replace)
    lines = [f"{collector}: {counted(len(data['days']), 'working day')} from {data['from']}"
             + (f" (holidays skipped: {', '.join(data['holidays'])})" if data["holidays"] else "")
             + (f" (make-up working days: {', '.join(data['workdays'])})" if data["workdays"] else "")]
    for d in data["days"]:
        follow = sum(bool(s.get("follow_up")) for s in d["stops"])
        lines.append(f"  {d['date']}: {counted(len(d['stops']), 'visit')}" + (f", {counted(follow, 'follow-up')}"
                                                                             if follow else "")
                     + (" (kept: already planned)" if d["kept"] else "")
                     + ("" if d["valid"] else "  [PLAN HAS PROBLEMS]"))
    if data["kept"]:
        lines.append(f"{counted(len(data['kept']), 'day already planned was', 'days already planned were')} "
                     "kept; --replace plans them again.")
    lines.append(f"{counted(len(data['unplanned']), 'case')} planned on no day.")
    _emit(args, data, "\n".join(lines))


def cmd_bench(args) -> None:
    from fieldvisit.bootstrap import instance_reader, routing_solver
    from fieldvisit.services.bench import solve_instance

    if not Path(args.file).is_file():
        raise UserError(f"The instance file {args.file} does not exist.")
    _time_limit(args, 10.0)
    instance = instance_reader(args.format)(args.file)
    data = solve_instance(instance, routing_solver(args.solver), args.time_limit, args.seed)
    data["solver"] = args.solver
    _emit(args, data, f"{data['instance']}: cost {data['cost']} with {data['vehicles']} vehicles, "
                      f"{'feasible' if data['feasible'] else 'INFEASIBLE'}, {data['seconds']:.2f} s "
                      f"({data['solver']})")


PLAN_COMMANDS = {
    ("plan", None): cmd_plan,
    ("plan-team", None): cmd_plan_team,
    ("plan-week", None): cmd_plan_week,
}
