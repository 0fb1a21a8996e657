"""Use cases of the review queue: what an import could not read for sure — appointment texts, and
values whose reading the file left open (an amount ``1.234``, a date ``03/04/2026``: the field is
left unset, the case shows "to review") — waits here (in the workspace, across restarts) until a
person types a corrected text — parsed exactly as an import would — or dismisses it. Condition
cells that hold a case, undecided time zones and implausible coordinates wait here too, settled
by :mod:`fieldvisit.services.hold_review`. Every decision is audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from functools import partial

from fieldvisit.domain.field_review import MONEY_FIELDS, VALUE_FIELDS, WINDOW_FIELDS, ValueReviewError, candidates
from fieldvisit.domain.field_review import read_amount, read_value
from fieldvisit.domain.row_money import currency_open_in, open_symbol
from fieldvisit.domain.text import msg
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.rules import VisitingDays
from fieldvisit.domain.window_parser import DEFAULT_LAWFUL, ParsedWindows, parse_windows
from fieldvisit.domain.window_days import m_readings
from fieldvisit.domain.windows import Window
from fieldvisit.domain.hold_review import review_kind
from fieldvisit.services.errors import UserError
from fieldvisit.services.hold_review import apply_hold_decisions, describe_hold, reread_held, resolve_hold, zone_pending
from fieldvisit.services.ports import UnitOfWork


def lawful_hours(rules, country: str) -> tuple[time, time]:
    """The lawful contact hours of ``country``'s rule set (local time), or the default 08:00-21:00."""
    return rules.for_country(country).contact_hours if rules is not None else DEFAULT_LAWFUL


def visiting_days(rules, country: str) -> VisitingDays | None:
    """The visiting days of ``country``'s rule set (the planner's day rule), or None (every day)."""
    return rules.for_country(country).visiting_days if rules is not None else None


def corrections_for(rules, country: str):
    """:func:`read_correction` bound to ``country``'s visiting days (for the hold and zone paths,
    which pass the lawful hours themselves)."""
    return partial(read_correction, days=visiting_days(rules, country))


def review_count(uow: UnitOfWork) -> int:
    with uow:
        return uow.window_reviews.count()


def fields_to_review(uow: UnitOfWork, *, windows: bool = False, every: bool = False) -> dict[str, set[str]]:
    """``case_id → {field, ...}`` of the values waiting for review (``balance``, ``due_date``...):
    those fields are unset, never 0 — show "to review". ``windows``: also the appointment texts
    waiting (``appointment``, ``inconvenient``) and an undecided time zone (``timezone``). A due
    date kept while its item offers two readings is listed too (its days past due are not known);
    ``every``: every open item's column (flag holds ``flag:<code>``, coordinates ``lat`` too), as
    ``cases list`` shows them. Call inside or outside ``with uow``."""
    out: dict[str, set[str]] = {}
    for item in uow.window_reviews.pending():
        # a due date the days past due contradict is kept meanwhile, but waits all the same: its days
        # past due are not known until a person picks (never graded or shown as the file's 272 days)
        if every or item["column"] in VALUE_FIELDS or (windows and item["column"] in (*WINDOW_FIELDS, "timezone")):
            out.setdefault(item["case_id"], set()).add(item["column"])
            if item["column"] == "currency" or currency_open_in(item["error"] or ""):
                # the currency waits: no amount of the case is known in it (never the workspace's)
                out[item["case_id"]].update(("balance", "currency"))
    return out


def pending_reviews(uow: UnitOfWork) -> list[dict]:
    """Open items ``{id, case_id, name, country, timezone, currency, column, kind, text, error,
    row, created_at, windows, candidates, now}`` by case id. ``kind``: ``"window"`` (appointment
    texts; ``windows``: what the case has now for that column), ``"value"`` (an amount or date
    left unset; ``candidates``: its possible readings, e.g. ``["1234.00", "1.234"]``;
    ``currency_open``: an amount that waits with its currency, read as ``["12345.00 CNY",
    "12345 JPY"]``; for a window
    whose Spanish ``M`` could be martes or miércoles, the text written both ways), or a hold
    (:mod:`fieldvisit.services.hold_review`): ``"flag"`` (an unclear condition cell; the case is
    held; ``candidates``: flags and ``none``; ``now``: its flags), ``"timezone"`` (``candidates``:
    the country's zones; ``now``: the zone it fell back to) or ``"position"`` (``text``: the
    coordinates as written; ``candidates``: ``as written``, ``swapped``, ``geocode``). Items of
    cases no longer in the workspace are left out."""
    with uow:
        items = uow.window_reviews.pending()
        out = []
        for item in items:
            case = uow.cases.get(item["case_id"])
            if case is None:
                continue
            base = {**item, "name": case.name, "country": case.country, "timezone": case.timezone,
                    "currency": case.currency, "windows": [], "now": ""}
            if review_kind(item["column"]):  # the error names the header: shown whole
                out.append({**base, **describe_hold(item, case)})
                continue
            shown = f"{item['text'].strip()!r}"  # the parser names the part; here it is the whole text
            error = item["error"]
            for prefix in (shown + ": ", shown + " "):
                if error.startswith(prefix):
                    error = error[len(prefix):]
                    break
            inconvenient = item["column"] == "inconvenient"
            value = item["column"] in VALUE_FIELDS
            open_ = value and currency_open_in(item["error"])
            symbol = open_symbol(item["error"]) if open_ else None
            out.append({**base, "error": error, "kind": "value" if value else "window", "currency_open": open_,
                        "symbol": symbol,
                        "candidates": candidates(item["column"], item["text"], case.currency, open_, symbol) if value else
                        m_readings(item["text"]),
                        "windows": [] if value else [w for w in case.windows if w.inconvenient == inconvenient]})
    return out


def read_correction(text: str, timezone: str, *, lawful: tuple[time, time] = DEFAULT_LAWFUL,
                    today: date | None = None, dayfirst: bool = True, inconvenient: bool = False,
                    days: VisitingDays | None = None) -> ParsedWindows:
    """Parse a corrected text as an import would (for the editor's live reading): appointment
    windows are kept to the ``lawful`` hours and the rule set's visiting ``days`` (None: every
    day; :mod:`fieldvisit.domain.lawful_windows`); a window with no lawful part, or a text naming
    only days the rule set forbids, is an error. ``inconvenient``: the times not to come, taken as
    written."""
    parsed = parse_windows(text, timezone, dayfirst=dayfirst, today=today or date.today(), lawful=lawful)
    if not inconvenient:
        parsed.windows, outside = within_lawful(parsed.windows, lawful, days=days, refused=parsed.refused)
        parsed.errors.extend(outside)
    return parsed


def _open_item(uow: UnitOfWork, review_id: int) -> dict:
    item = uow.window_reviews.get(review_id)
    if item is None or item["resolved_at"] is not None:
        if item is not None and item["column"] in WINDOW_FIELDS:
            raise UserError(msg("Appointment text {review_id} is not waiting for review any more; refresh the list.",
                                review_id=review_id))
        raise UserError(msg("Review item {review_id} is not waiting for review any more; refresh the list.",
                            review_id=review_id))
    return item


def resolve_review(uow: UnitOfWork, review_id: int, text: str, *, rules=None, today: date | None = None,
                   by: str = "") -> list:
    """Appointment items: replace the case's windows of that column with those of ``text``;
    returns the new windows. Value items (amounts, dates): set the field to ``text`` read by
    :func:`~fieldvisit.domain.field_review.read_value`; returns ``[value]``. Closes the item.

    Raises UserError when the item is closed, the case gone, or ``text`` cannot be read in full."""
    with uow:
        item = _open_item(uow, review_id)
        case = uow.cases.get(item["case_id"])
        if case is None:
            raise UserError(msg("No case with id {case_id}; check it with 'fieldvisit cases list'.",
                                case_id=item["case_id"]))
        if item["column"] in VALUE_FIELDS:
            return [_resolve_value(uow, item, case, text, by)]
        dayfirst = (uow.settings.get("country") or "") != "US"
        if review_kind(item["column"]):  # a flag hold, a time zone, coordinates
            return [resolve_hold(uow, item, case, text, by=by, lawful=lawful_hours(rules, case.country),
                                 today=today, dayfirst=dayfirst, read_correction=corrections_for(rules, case.country))]
        if item["column"] == "appointment" and (zone := zone_pending(uow, case.case_id)):
            raise UserError(msg("Choose the time zone of {case_id} first (review item {zone_id}): the appointment "
                                "times are read in it.", case_id=case.case_id, zone_id=zone["id"]))
        parsed = read_correction(text, case.timezone, lawful=lawful_hours(rules, case.country), today=today,
                                 dayfirst=dayfirst, inconvenient=item["column"] == "inconvenient",
                                 days=visiting_days(rules, case.country))
        if parsed.refused and parsed.errors == parsed.refused:  # read in full, on days the rules forbid
            raise UserError(msg("{reason}.", reason=parsed.refused[0]))
        if parsed.errors or not parsed.windows:
            reason = parsed.errors[0] if parsed.errors else repr(text)
            raise UserError(msg("The corrected text cannot be read either ({reason}); write e.g. "
                                "Tue and Thu 16:00-18:00 or 2026-11-24 10:00-12:00.", reason=reason))
        inconvenient = item["column"] == "inconvenient"
        new = [replace(w, inconvenient=inconvenient) for w in parsed.windows]
        case.windows = [w for w in case.windows if w.inconvenient != inconvenient] + new
        key = uow.cases.keys()[case.case_id]
        uow.cases.update_many([(key, case, frozenset({"windows"}))], None)
        uow.window_reviews.resolve(review_id, by, text)
        uow.audit.append("window_review", case.case_id, {
            "column": item["column"], "before": item["text"], "after": text,
            "windows": [w.describe() for w in new]})
        uow.commit()
    return new


def _resolve_value(uow: UnitOfWork, item: dict, case, text: str, by: str):
    """Set the reviewed field of ``case`` (inside ``with uow``); audited with before/after."""
    column = item["column"]
    try:
        fields = _set_value(case, item, text)
    except ValueReviewError as exc:
        raise UserError(str(exc)) from None
    value = getattr(case, column)
    key = uow.cases.keys([case.case_id])[case.case_id]
    uow.cases.update_many([(key, case, frozenset(fields))], None)
    uow.window_reviews.resolve(item["id"], by, text)
    uow.audit.append("field_review", case.case_id, {"column": column, "before": item["text"], "after": str(value),
                                                     **({"currency": case.currency} if "currency" in fields else {})})
    uow.commit()
    return value


def _set_value(case, item: dict, text: str) -> set[str]:
    """Set the reviewed field of ``case`` to ``text`` read for it; an amount may name its currency
    (``12345 JPY``): one whose currency waits (``¥12,345`` in a EUR file) must, and sets the
    case's currency with it. Returns the fields set. Raises ValueReviewError."""
    column = item["column"]
    if column not in MONEY_FIELDS:
        setattr(case, column, read_value(column, text, case.currency))
        return {column}
    open_ = currency_open_in(item["error"] or "")
    value, code = read_amount(text, case.currency, original=item["text"], currency_open=open_,
                              symbol=open_symbol(item["error"] or "") if open_ else None)
    setattr(case, column, value)
    if code == case.currency and not open_:
        return {column}
    case.currency = code
    return {column, "currency"}


def review_currency(uow: UnitOfWork, review_id: int) -> str:
    """The currency of the case of review item ``review_id`` now ("" when none or gone)."""
    with uow:
        item = uow.window_reviews.get(review_id)
        case = uow.cases.get(item["case_id"]) if item is not None else None
        return case.currency if case is not None else ""


def dismiss_review(uow: UnitOfWork, review_id: int, *, by: str = "", reason: str = "") -> None:
    """Close an item without a window (the text held no time to visit); audited with the reason."""
    with uow:
        item = _open_item(uow, review_id)
        uow.window_reviews.resolve(review_id, by, reason or "no window", action="dismissed")
        uow.audit.append("window_review", item["case_id"], {
            "column": item["column"], "before": item["text"], "dismissed": reason or "no window"})
        uow.commit()


def apply_decisions(uow: UnitOfWork, cases: list, review: list[dict], *, reread,
                    readings: dict | None = None) -> tuple[list[dict], int]:
    """At import: a text a person already decided for that case (same column, same words) gets that
    decision again — the corrected windows, or none if dismissed — instead of a new queue item.
    ``cases`` are the import's Case objects (changed in place); ``reread(case, text)`` parses a
    corrected text as the import would. A value a person set (an amount, a date, a phone) is set
    again, and its item marked ``decided`` (the caller stores that field). Returns the items still
    to review and how many were reused. Flag holds, zones and coordinates: see
    :func:`~fieldvisit.services.hold_review.apply_hold_decisions` (``readings``: the rows' flag
    readings); an appointment held for want of a zone is read once the zone is known."""
    if not review:
        return review, 0
    decided = uow.window_reviews.decisions(sorted({i["case_id"] for i in review}))
    by_id = {c.case_id: c for c in cases}
    review, reused, zoned = apply_hold_decisions(uow, by_id, review, decided, readings)
    left = []
    for item in review:
        decision = decided.get((item["case_id"], item["column"], item["text"]))
        case = by_id.get(item["case_id"])
        if case is not None and case.case_id in zoned and reread_held(item, case, reread):
            reused += 1
            continue
        if decision is None or case is None:
            left.append(item)
            continue
        action, resolution = decision
        if item["column"] in VALUE_FIELDS:  # the value a person set for this very text, set again
            if action != "corrected":
                reused += 1
                continue
            try:
                fields = _set_value(case, item, resolution)
            except ValueReviewError:
                left.append(item)
                continue
            item["decided"] = fields
            reused += 1
            continue
        inconvenient = item["column"] == "inconvenient"
        new = [] if action == "dismissed" else [replace(w, inconvenient=inconvenient) for w in reread(case, resolution)]
        case.windows = [w for w in case.windows if w.inconvenient != inconvenient] + new
        reused += 1
    return left, reused
