"""CLI of the review queues: what an import could not read for sure (``fieldvisit cases review``:
appointment texts, amounts or dates whose reading the file left open, condition cells that hold a
case (``Deceased: maybe``), time zones and coordinates — list them with their possible readings,
settle one with ``--text``, or dismiss it) and the supervisor's review
of a visit (``fieldvisit visits review``: approve it or send it back)."""

from __future__ import annotations

from datetime import date

from fieldvisit.cli.io import _emit, counted


def cmd_cases_review(app, args) -> None:
    from decimal import Decimal

    from fieldvisit.services.window_review import dismiss_review, pending_reviews, resolve_review, review_currency

    if args.resolve is not None:
        result = resolve_review(app.uow(), args.resolve, args.text or "", rules=app.rules(),
                                today=args.as_of or date.today(), by=app.actor)
        if result and isinstance(result[0], Decimal):  # an amount: in the case's currency, maybe just set
            currency = review_currency(app.uow(), args.resolve)
            _emit(args, {"resolved": args.resolve, "value": str(result[0]), "currency": currency},
                  f"Review item {args.resolve} corrected: {result[0]} {currency}".rstrip())
            return
        if result and not hasattr(result[0], "describe"):  # a date, flags, a zone, coordinates
            _emit(args, {"resolved": args.resolve, "value": str(result[0])},
                  f"Review item {args.resolve} corrected: {result[0]}")
            return
        described = [w.describe() for w in result]
        _emit(args, {"resolved": args.resolve, "windows": described},
              f"Appointment text {args.resolve} corrected: {'; '.join(described)}")
        return
    if args.dismiss is not None:
        dismiss_review(app.uow(), args.dismiss, by=app.actor, reason=args.text or "")
        _emit(args, {"dismissed": args.dismiss}, f"Review item {args.dismiss} dismissed.")
        return
    from fieldvisit.domain.row_money import currency_open_in

    items = pending_reviews(app.uow())
    rows = [{"id": i["id"], "case_id": i["case_id"], "name": i["name"], "column": i["column"], "kind": i["kind"],
             "text": i["text"], "error": i["error"], "row": i["row"], "candidates": i["candidates"], "now": i["now"],
             **({"header": i["header"]} if "header" in i else {})}
            for i in items]
    lines = [f"{counted(len(rows), 'value needs', 'values need')} review."] if rows else ["No values need review."]
    for r in rows:
        shown = "" if repr(r["text"]) in r["error"] else f"{r['text']!r} — "  # a flag's reason quotes its cell
        line = f"  [{r['id']}] {r['case_id']} ({r['column']}): {shown}{r['error']}"
        if r["candidates"]:
            line += f" (could be: {' or '.join(r['candidates'])})"
        lines.append(line)
    if any(r["kind"] == "window" for r in rows):
        lines.append("Correct an appointment with: fieldvisit cases review --resolve ID --text 'Tue and Thu 16:00-18:00'")
    if any(r["kind"] == "value" for r in rows):
        lines.append("Set an amount or date with: fieldvisit cases review --resolve ID --text 1234.00 (or 2026-03-04)")
    if any(currency_open_in(r["error"]) for r in rows):
        lines.append("Set an amount with its currency with: fieldvisit cases review --resolve ID --text '12345 JPY'")
    if any(r["kind"] == "flag" for r in rows):
        lines.append("Say which flags a held case's text means with: fieldvisit cases review --resolve ID --text "
                     "deceased (or 'none' to lift the hold)")
    if any(r["kind"] == "timezone" for r in rows):
        lines.append("Choose a case's time zone with: fieldvisit cases review --resolve ID --text America/Chicago")
    if any(r["kind"] == "position" and r["column"] != "geocoded" for r in rows):
        lines.append("Settle coordinates with: fieldvisit cases review --resolve ID --text 'as written' "
                     "(or swapped, or geocode to leave them out)")
    if any(r["column"] == "geocoded" for r in rows):
        lines.append("Keep a geocoder's answer with: fieldvisit cases review --resolve ID --text 'as written' (or "
                     "geocode to leave it out, then correct the address or place the case on the map)")
    _emit(args, {"count": len(rows), "reviews": rows}, "\n".join(lines))


def cmd_visits_review(app, args) -> None:
    from fieldvisit.services.sync import review_visit

    r = review_visit(app.uow(), args.visit_id, args.status, args.comment or "")
    _emit(args, r, f"Visit {r['visit_id']}: {r['status']}" + (f" — {r['comment']}" if r["comment"] else ""))


REVIEW_COMMANDS = {("cases", "review"): cmd_cases_review, ("visits", "review"): cmd_visits_review}
