"""CLI commands about visits: ``prep`` (the preparation sheet of a case, or a day pack),
``visits add/list``, ``override`` (a supervisor allows a visit the rules would block), ``audit``
(the tamper-evident trail) and ``report`` (the team's visits over a period). JSON keys: CLI.md."""

from __future__ import annotations

import json
from datetime import date

from fieldvisit.cli.io import _emit, counted, out_path, read_json_input
from fieldvisit.services.errors import UserError


def cmd_prep(app, args) -> None:
    from fieldvisit.services.prep import day_pack, prep_sheet

    as_of = args.as_of or date.today()
    if args.pdf:
        args.pdf = str(out_path(args.pdf))  # a device, a FIFO or a missing folder refused before any work
    if args.day:
        plan, sheets = day_pack(app.uow(), args.day, args.collector, as_of, app.rules())
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
    sheet = prep_sheet(app.uow(), args.case_id, as_of, app.rules())
    data = sheet.as_json()
    if args.pdf:
        from fieldvisit.adapters.pdf import write_sheets_pdf

        write_sheets_pdf(args.pdf, [sheet], title=f"{sheet.case.case_id}")
        data["pdf"] = args.pdf
    p = sheet.proposal
    text = "\n".join([
        *(["BLOCKED: no repayment offer, no promise to pay."] if sheet.blocked else []),
        *(f"  {b.meaning}" + (f" ({b.source})" if b.source else "") for b in sheet.blocks),
        *([f"Override by {sheet.override.get('by', '')}: {sheet.override.get('reason', '')}"]
          if sheet.override is not None and sheet.blocks else []),
        f"{sheet.case.name} ({sheet.case.case_id}) — "
        + (("days past due to review, " if "due_date" in sheet.to_review else "days past due unknown, ")
           if sheet.due_unknown else f"{data['bucket']}, {counted(data['days_past_due'], 'day')}, ")
        + (f"{data['balance']} {data['currency']}" if data["balance"] is not None else
           "balance to review" if "balance" in sheet.to_review else "balance unknown"),
        *(["To review: " + ", ".join(f.replace("_", " ") for f in data["to_review"])] if data["to_review"] else []),
        f"Intent: {sheet.intent.verdict}; ability: {sheet.ability.verdict}; willingness: {sheet.willingness.verdict}"
        f" → {sheet.quadrant}", sheet.approach, *(f"  - {q}" for q in sheet.find_out),
        ("Proposal: " + ", ".join(f"{i.date:%d %b} {i.amount}" for i in p.installments) + f" {p.currency}")
        if p.installments else ("Proposal: none (blocked)" if sheet.blocked
                                else "Proposal: none until the balance is reviewed" if "balance" in sheet.to_review
                                else "Proposal: none until the balance is known"),
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


def cmd_report(app, args) -> None:
    from fieldvisit.adapters.report_files import WRITERS, write_pdf
    from fieldvisit.services.reports import team_report

    out = out_path(args.out)
    report = team_report(app.uow(), args.date_from, args.date_to, collector=args.collector)
    if args.format == "pdf":
        write_pdf(out, report, "FieldVisit team report")
    else:
        WRITERS[args.format](out, report)
    _emit(args, {"out": str(out), "visits": len(report["visits"]), "days": len(report["days"]),
                 "totals": report["totals"]},
          f"{counted(len(report['visits']), 'visit')} ({report['from']} – {report['to']}) written to {out}")


VISIT_COMMANDS = {
    ("prep", None): cmd_prep,
    ("visits", "add"): cmd_visits_add,
    ("visits", "list"): cmd_visits_list,
    ("override", None): cmd_override,
    ("audit", "verify"): cmd_audit_verify,
    ("audit", "list"): cmd_audit_list,
    ("report", None): cmd_report,
}
