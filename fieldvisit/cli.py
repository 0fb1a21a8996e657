"""The command-line face of FieldVisit (CLI.md is the contract: names, exit codes, JSON keys).

Exit 0 on success, 2 on bad input or a refused operation (one sentence on stderr), 1 on an
unexpected failure. ``--json`` prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from datetime import date
from pathlib import Path

from fieldvisit.cli_args import build_parser
from fieldvisit.cli_collectors import COLLECTOR_COMMANDS
from fieldvisit.cli_import import cmd_cases_import, cmd_cases_profiles
from fieldvisit.cli_io import _emit, read_json_input
from fieldvisit.cli_review import REVIEW_COMMANDS
from fieldvisit.cli_route import ROUTE_COMMANDS
from fieldvisit.cli_sync import SYNC_COMMANDS
from fieldvisit.cli_workspace import WORKSPACE_COMMANDS
from fieldvisit.services.errors import UserError, safe_description


#: The most demo cases one command makes (more is a typing mistake, and takes minutes).
MAX_DEMO_CASES = 100_000


def _time_limit(args, default: float) -> float:
    """``--time-limit`` in seconds (positive), else ``default``; UserError for zero or less."""
    if args.time_limit is None:
        return default
    if not 0 < args.time_limit < float("inf"):
        raise UserError(f"--time-limit {args.time_limit:g} is not a number of seconds; give more than 0, e.g. 2.")
    return args.time_limit


def cmd_demo(app, args) -> None:
    from fieldvisit.services.demo import build_demo

    if not 1 <= args.cases <= MAX_DEMO_CASES:
        raise UserError(f"--cases {args.cases} is out of range; give a number from 1 to {MAX_DEMO_CASES:,}.")
    count = build_demo(app.uow(), count=args.cases, as_of=args.as_of, seed=args.seed)
    _emit(args, {"cases": count, "db": app.url}, f"Demo workspace ready: {count} cases in {app.url}")


def cmd_cases_list(app, args) -> None:
    from fieldvisit.services.cases import case_json, list_cases
    from fieldvisit.services.visits import promise_index

    as_of = args.as_of or date.today()
    if args.status is not None:
        from fieldvisit.domain.cases import CaseStatus

        if args.status not in {s.value for s in CaseStatus}:
            raise UserError(f"{args.status!r} is not a case status; use one of: "
                            f"{', '.join(s.value for s in CaseStatus)}.")
    cases = list_cases(app.uow(), status=args.status, collector=args.collector)
    promises = promise_index(app.uow(), as_of)
    rows = [case_json(c, as_of, (promises.get(c.case_id) or [None])[-1]) for c in cases]
    text = "\n".join(f"{r['case_id']:<14} {r['bucket']:<4} {r['days_past_due']:>4}d {r['balance']:>12} "
                     f"{r['currency']:<3} {r['status']:<8} {','.join(r['flags']):<20} {r['name']}"
                     for r in rows) or "No cases."
    _emit(args, {"as_of": as_of.isoformat(), "cases": rows}, text)


def cmd_cases_assign(app, args) -> None:
    from fieldvisit.services.cases import assign_cases_to

    r = assign_cases_to(app.uow(), args.collector, args.case_ids or (), unassigned=args.unassigned)
    _emit(args, {"assigned": r["assigned"], "collector": r["collector"], "new": r["new"]},
          f"{r['assigned']} cases assigned to {'new collector ' if r['new'] else ''}{r['collector']}.")


def _resolve_collector_options(app, args) -> None:
    """Every ``--collector`` names a known collector, whatever its accents and case (``Gomez``
    finds ``Gómez``); none matching: exit 2 with a "did you mean". ``cases assign`` may name a new
    collector (refused when it is a near miss of a known one, unless ``--new``)."""
    from fieldvisit.services.cases import resolve_collector

    assign = (args.command, getattr(args, "cases_command", None)) == ("cases", "assign")
    if getattr(args, "collector", None):
        if assign and getattr(args, "new", False):
            return
        args.collector = resolve_collector(app.uow(), args.collector, new_ok=assign)
    if getattr(args, "collectors", None):
        args.collectors = [resolve_collector(app.uow(), n) for n in args.collectors]


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
    lines = [f"{data['collector']} on {data['date']}: {len(data['stops'])} visits, "
             f"{data['total_distance_m'] / 1000:.1f} km, {data['total_travel_seconds'] // 60} min on the road; "
             f"leave {data['leave_at'][11:16]}, back {data['return_at'][11:16]}"
             + ("" if data["valid"] else "  [PLAN HAS PROBLEMS]")]
    for i, s in enumerate(data["stops"], 1):
        window = f"  window {s['window']['start'][11:16]}-{s['window']['end'][11:16]}" if s["window"] else ""
        lines.append(f"{i:>3}. {s['start'][11:16]}-{s['departure'][11:16]}  {s['case_id']:<12} {s['name']}{window}")
    if data.get("lunch_at"):
        lines.append(f"     lunch from {data['lunch_at'][11:16]}")
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

    req = make_request(app.uow(), day=args.date, collector=_only_collector(app, args.collector),
                       start=args.start, end=args.end, shift=args.shift or app.setting("shift") or None,
                       tz=args.tz, zones=app.zones, system_tz=app.default_timezone,
                       mode=args.mode or app.setting("travel_mode") or "car",
                       lunch=args.lunch, lunch_minutes=args.lunch_minutes,
                       service_minutes=args.service or int(app.setting("service_minutes") or 0) or None, locks=args.lock)
    travel = _travel(app, req.mode)
    data = run_plan(app.uow(), req, args.as_of or date.today(), travel, routing_solver(),
                    _time_limit(args, 1.5), rules=app.rules())
    data["travel"] = travel_kind(travel)
    text = _plan_text(data)  # after "travel" is known: the text says how the day was timed
    if data["unplanned"]:
        text += f"\n{len(data['unplanned'])} not planned:" + "".join(
            f"\n  {u['case_id']:<12} {u['text']}" for u in data["unplanned"][:40])
    _emit(args, data, text)


def _per_collector(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UserError(f"{item!r} is not NAME={what}; write e.g. 'Ana={'09:00-17:00' if what == 'SHIFT' else 'walk'}'.")
        out[name.strip()] = value.strip()
    return out


def cmd_plan_team(app, args) -> None:
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request, run_plan_team
    from fieldvisit.services.settings import MODES

    with app.uow() as uow:
        names = args.collectors or [c.name for c in uow.collectors.list()]
    if not names:
        raise UserError("No collectors in this workspace yet; assign cases to collectors first.")
    mode = args.mode or app.setting("travel_mode") or "car"
    shifts = _per_collector(args.collector_shift, "SHIFT")
    modes = _per_collector(args.collector_mode, "MODE")
    for name, m in modes.items():
        if m not in MODES:
            raise UserError(f"{m!r} is not a travel mode for {name}; use one of {', '.join(MODES)}.")
    unknown = sorted((set(shifts) | set(modes)) - set(names))
    if unknown:
        raise UserError(f"{', '.join(unknown)}: not among the collectors planned ({', '.join(names)}).")
    requests = [make_request(app.uow(), day=args.date, collector=n, start=None,
                             shift=shifts.get(n) or args.shift or app.setting("shift") or None,
                             tz=args.tz, zones=app.zones, system_tz=app.default_timezone, mode=modes.get(n, mode),
                             service_minutes=args.service or int(app.setting("service_minutes") or 0) or None)
                for n in names]
    made = []

    def travel_for(*a, **kw):
        made.append(app.travel(*a, **kw))
        return made[-1]

    data = run_plan_team(app.uow(), requests, args.as_of or date.today(), travel_for,
                         routing_solver(), _time_limit(args, 10.0), rules=app.rules())
    kinds = {travel_kind(t) for t in made}
    data["travel"] = kinds.pop() if len(kinds) == 1 else "geodesic" if not kinds else "mixed"
    text = "\n\n".join(_plan_text(r) for r in data["routes"])
    text += f"\n\n{len(data['unplanned'])} cases not planned."
    _emit(args, data, text)


def cmd_plan_week(app, args) -> None:
    from fieldvisit.bootstrap import routing_solver
    from fieldvisit.services.day_plans import make_request
    from fieldvisit.services.week_plans import plan_week

    collector = _only_collector(app, args.collector)
    shift = args.shift or app.setting("shift") or None
    tz = args.tz
    mode = args.mode or app.setting("travel_mode") or "car"
    service = args.service or int(app.setting("service_minutes") or 0) or None
    # bad input refused before any day is planned
    make_request(app.uow(), day=args.start_day, collector=collector, start=args.start, shift=shift, tz=tz,
                 mode=mode, service_minutes=service, zones=app.zones, system_tz=app.default_timezone)

    def request_for(day):
        return make_request(app.uow(), day=day, collector=collector, start=args.start, shift=shift, tz=tz,
                            mode=mode, service_minutes=service, zones=app.zones, system_tz=app.default_timezone)

    data = plan_week(app.uow(), request_for, args.start_day, args.days, args.as_of or date.today(),
                     app.travel(mode), routing_solver(), _time_limit(args, 1.0), rules=app.rules(),
                     replace=args.replace)
    lines = [f"{collector}: {len(data['days'])} working days from {data['from']}"
             + (f" (holidays skipped: {', '.join(data['holidays'])})" if data["holidays"] else "")]
    for d in data["days"]:
        follow = sum(bool(s.get("follow_up")) for s in d["stops"])
        lines.append(f"  {d['date']}: {len(d['stops'])} visits" + (f", {follow} follow-ups" if follow else "")
                     + (" (kept: already planned)" if d["kept"] else "")
                     + ("" if d["valid"] else "  [PLAN HAS PROBLEMS]"))
    if data["kept"]:
        lines.append(f"{len(data['kept'])} days already planned were kept; --replace plans them again.")
    lines.append(f"{len(data['unplanned'])} cases planned on no day.")
    _emit(args, data, "\n".join(lines))


def cmd_geocode(app, args) -> None:
    from fieldvisit.bootstrap import geocoder
    from fieldvisit.services.geocode import geocode_pending
    from fieldvisit.services.progress import run

    provider = args.provider or app.setting("geocoder") or "nominatim"
    summary = run(geocode_pending(app.uow(), geocoder(provider, args.url or app.setting("geocoder_url") or None),
                                  app.zones))
    text = (f"{summary.geocoded} geocoded, {summary.cached} from the cache, {summary.failed} not found"
            + (f"; offline: {summary.pending} addresses wait in the queue (pin them on the map or try again "
               "when connected)" if summary.offline else ""))
    _emit(args, summary.as_json(), text)
    if summary.refused:
        raise UserError(summary.refusal)


def cmd_prep(app, args) -> None:
    from fieldvisit.services.prep import day_pack, prep_sheet

    as_of = args.as_of or date.today()
    if args.day:
        plan, sheets = day_pack(app.uow(), args.day, args.collector, as_of)
        if not args.pdf:
            raise UserError("A day pack is a PDF: give --pdf FILE.")
        from fieldvisit.adapters.handoff.itinerary import draw_document, itinerary_document
        from fieldvisit.adapters.pdf import write_sheets_pdf
        from fieldvisit.services.route_export import day_itinerary

        from fieldvisit.adapters.handoff.files import workspace_tiles

        doc = itinerary_document(day_itinerary(app.uow(), args.day, plan["collector"]), as_of,
                                 tiles=workspace_tiles(app.setting("tile_pack")))
        lead = {}
        pages = write_sheets_pdf(args.pdf, sheets, plan["stops"], title=f"{plan['collector']} {plan['date']}",
                                 lead=lambda writer, painter: lead.setdefault("pages", draw_document(writer, painter, doc)))
        _emit(args, {"out": args.pdf, "pages": pages, "stops": len(plan["stops"]), "itinerary_pages": lead["pages"]},
              f"Day pack for {plan['collector']} on {plan['date']}: {pages} pages in {args.pdf}")
        return
    if not args.case_id:
        raise UserError("Give a CASE_ID, or --day DATE --pdf FILE for a day pack.")
    sheet = prep_sheet(app.uow(), args.case_id, as_of)
    data = sheet.as_json()
    if args.pdf:
        from fieldvisit.adapters.pdf import write_sheets_pdf

        write_sheets_pdf(args.pdf, [sheet], title=f"{sheet.case.case_id}")
        data["pdf"] = args.pdf
    p = sheet.proposal
    text = "\n".join([
        f"{sheet.case.name} ({sheet.case.case_id}) — {data['bucket']}, {data['days_past_due']} days, "
        f"{data['balance']} {data['currency']}",
        f"Intent: {sheet.intent.verdict}; ability: {sheet.ability.verdict}; willingness: {sheet.willingness.verdict}"
        f" → {sheet.quadrant}", sheet.approach, *(f"  - {q}" for q in sheet.find_out),
        "Proposal: " + ", ".join(f"{i.date:%d %b} {i.amount}" for i in p.installments) + f" {p.currency}",
        *(f"  {n}" for n in p.notes)])
    _emit(args, data, text)


def cmd_visits_add(app, args) -> None:
    from fieldvisit.services.visits import record_visits

    try:
        data = read_json_input(args.json_file, "visit file")
    except json.JSONDecodeError as exc:
        raise UserError(f"{args.json_file} is not valid JSON (line {exc.lineno}); nothing was recorded.") from exc
    items = data if isinstance(data, list) else [data]
    results = record_visits(app.uow(), items, rules=app.rules())
    text = "\n".join(f"{r['visit_id']}: {'already recorded (no change)' if r['duplicate'] else 'recorded'}"
                     + "".join(f"\n  warning: {w}" for w in r["warnings"]) for r in results)
    _emit(args, {"visits": results}, text)


def cmd_visits_list(app, args) -> None:
    from fieldvisit.services.visits import list_visits

    rows = list_visits(app.uow(), args.case)
    if args.exceptions:
        rows = [r for r in rows if r["warnings"] and not r["replaced_by"]]
    text = "\n".join(f"{r['arrived_at'][:16]} {r['case_id']:<12} {r['outcome']:<16} v{r['version']}"
                     + (" (corrected)" if r["replaced_by"] else "") + (f"  ⚠ {len(r['warnings'])}" if r["warnings"] else "")
                     for r in rows) or "No visits."
    _emit(args, {"visits": rows}, text)


def cmd_override(app, args) -> None:
    from fieldvisit.services.audit import override

    data = override(app.uow(), args.case_id, by=args.by, reason=args.reason, day=args.date)
    _emit(args, data, f"Override recorded for {args.case_id} by {args.by}" + (f" on {args.date}" if args.date else ""))


def cmd_audit_verify(app, args) -> None:
    from fieldvisit.services.audit import verify_audit

    data = verify_audit(app.uow())
    if not data["valid"]:
        broken = data["first_broken"]
        _emit(args, data, "")
        raise UserError(f"The audit log was altered at entry {broken['id']}: {broken['problem']}.")
    _emit(args, data, f"Audit log intact: {data['entries']} entries, every link checked.")


def cmd_audit_list(app, args) -> None:
    from fieldvisit.services.audit import audit_entries

    rows = audit_entries(app.uow(), args.limit)
    _emit(args, {"entries": rows}, "\n".join(f"{r['id']:>6} {r['at'][:19]} {r['actor']:<12} {r['action']:<9} {r['subject']}"
                                             for r in rows) or "No entries.")


def cmd_keys_init(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import init_identity

    data = init_identity(app.uow(), crypto, role=args.role, name=args.name)
    _emit(args, data, f"{data['name']} ({data['role']}) — fingerprint {data['fingerprint']}")


def cmd_keys_export(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import identity_file_text

    text, doc = identity_file_text(app.uow(), crypto)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    out.write_text(text, encoding="utf-8")
    _emit(args, {"out": str(out), "fingerprint": doc["fingerprint"], "name": doc["name"], "role": doc["role"]},
          f"Public identity of {doc['name']} written to {out}; compare the fingerprint {doc['fingerprint']} "
          "with the other side by phone or in person.")


def cmd_keys_trust(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import trust

    try:
        doc = read_json_input(args.file, "identity file")
    except json.JSONDecodeError:
        raise UserError(f"{args.file} is not a FieldVisit identity file.") from None
    data = trust(app.uow(), crypto, doc)
    _emit(args, data, f"{'Trusted' if data['new'] else 'Already trusted'}: {data['name']} ({data['role']}), "
                      f"fingerprint {data['fingerprint']}")


def cmd_keys_list(app, args) -> None:
    from fieldvisit.services.identities import list_peers

    data = list_peers(app.uow())
    me = data["identity"]
    lines = [f"This workspace: {me['name']} ({me['role']}) {me['fingerprint']}" if me else "No identity yet."]
    lines += [f"  trusts {p['name']} ({p['role']}) {p['fingerprint']}" for p in data["trusted"]]
    _emit(args, data, "\n".join(lines))


def cmd_map(app, args) -> None:
    from fieldvisit.adapters.map_texts import case_marker
    from fieldvisit.adapters.maps.page import build_page, route_from_plan
    from fieldvisit.services.day_state import stop_states, with_states
    from fieldvisit.services.map_export import day_map_data

    cases, plan = day_map_data(app.uow(), args.date, args.collector)
    plan = with_states(plan, stop_states(app.uow(), plan))
    as_of = args.as_of or date.today()
    page = build_page([case_marker(c, as_of) for c in cases], route_from_plan(plan), standalone=True,
                      title=f"{plan['collector']} — {plan['date']}")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist; create it or choose another --out.")
    from fieldvisit.adapters.files.safe_write import write_bytes_atomic

    write_bytes_atomic(out, page.encode("utf-8"))
    _emit(args, {"out": str(out), "stops": len(plan["stops"]), "cases": len(cases)},
          f"Map of {plan['collector']}'s day ({len(plan['stops'])} stops) written to {out}")


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


COMMANDS = {
    ("demo", None): cmd_demo,
    ("cases", "import"): cmd_cases_import,
    ("cases", "profiles"): cmd_cases_profiles,
    ("cases", "list"): cmd_cases_list,
    ("cases", "assign"): cmd_cases_assign,
    ("plan", None): cmd_plan,
    ("plan-team", None): cmd_plan_team,
    ("plan-week", None): cmd_plan_week,
    ("map", None): cmd_map,
    ("geocode", None): cmd_geocode,
    ("prep", None): cmd_prep,
    ("visits", "add"): cmd_visits_add,
    ("visits", "list"): cmd_visits_list,
    ("override", None): cmd_override,
    ("keys", "init"): cmd_keys_init,
    ("keys", "export"): cmd_keys_export,
    ("keys", "trust"): cmd_keys_trust,
    ("keys", "list"): cmd_keys_list,
    ("audit", "verify"): cmd_audit_verify,
    ("audit", "list"): cmd_audit_list,
    **SYNC_COMMANDS,
    **REVIEW_COMMANDS,
    **WORKSPACE_COMMANDS,
    **COLLECTOR_COMMANDS,
    **ROUTE_COMMANDS,
}


def run_gui(db: str | None, demo: bool) -> int:
    from fieldvisit.ui.app import run_app

    return run_app(db, demo=demo)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db = getattr(args, "db", None)
    if args.command is None:
        try:
            return run_gui(db, args.demo)
        except UserError as exc:
            sys.stderr.write(f"fieldvisit: {exc}\n")
            return 2
    if args.command == "region":  # packs belong to the installation, not to a workspace
        from fieldvisit.cli_regions import REGION_COMMANDS

        try:
            REGION_COMMANDS[(args.command, args.region_command)](args)
            return 0
        except UserError as exc:
            sys.stderr.write(f"fieldvisit: {exc}\n")
            return 2
        except KeyboardInterrupt:
            sys.stderr.write("fieldvisit: interrupted; the unfinished region pack was removed.\n")
            return 130
    if args.command == "bench" or (args.command, getattr(args, "workspace_command", None)) == ("workspace", "recover"):
        try:  # these need no (or cannot open the) workspace
            if args.command == "bench":
                cmd_bench(args)
            else:
                from fieldvisit.cli_workspace import cmd_workspace_recover

                cmd_workspace_recover(args)
            return 0
        except UserError as exc:
            sys.stderr.write(f"fieldvisit: {exc}\n")
            return 2
    handler = COMMANDS[(args.command, getattr(args, f"{args.command.replace('-', '_')}_command", None))]
    app = None
    try:
        from fieldvisit.bootstrap import open_app

        if getattr(args, "time_limit", None) is not None:
            _time_limit(args, 0.0)  # a bad option is refused before anything is opened or planned
        app = open_app(db)
        _resolve_collector_options(app, args)
        handler(app, args)
        return 0
    except UserError as exc:
        sys.stderr.write(f"fieldvisit: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("fieldvisit: interrupted; nothing was saved from the unfinished step.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the contract: exit 1, short message
        sys.stderr.write(f"fieldvisit: unexpected error: {safe_description(exc)}\n")
        if os.environ.get("FIELDVISIT_DEBUG"):
            traceback.print_exc()
        return 1
    finally:
        if app is not None:
            app.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
