"""Use cases: record finalized visits (the form and ``visits add`` share these rules), list them,
drafts and corrections. What the record says about a case (promises, history) is read in
services/visit_record.py.

- Same ``visit_id`` and same content again: a no-op (reported as a duplicate).
- Same ``visit_id`` with other content: refused, nothing of the batch is written.
- A correction is a new visit with ``replaces``; it gets the next version number.
- Recording outside lawful hours or for a blocked case is allowed (records are evidence) but the
  visit carries warnings, which supervisors see as compliance exceptions.
- A promise to pay dated on a Sunday or a public holiday carries a warning naming the next
  business day to agree explicitly, and one dated beyond the three days a promise is pinned to
  (a 2099 date) a warning to check it (services/promise_days.py).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from fieldvisit.domain.cases import Flag
from fieldvisit.domain.planning import DEFAULT_LAWFUL, agreed_on, lawful_interval
from fieldvisit.domain.text import clip, msg
from fieldvisit.domain.visits import Outcome, VisitError, check_visit_keys, parse_visit
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork, WriteConflict
from fieldvisit.services.prep import sheet_from_history
from fieldvisit.services.promise_days import promise_notes
from fieldvisit.services.visit_batch import BatchRecords
from fieldvisit.services.visit_record import current_visits

__all__ = ["OUTCOME_FLAGS", "compliance_warnings", "preview_warnings", "record_visits", "list_visits", "save_draft",
           "drafts", "finalize_draft", "discard_draft", "correction_of"]

#: Outcomes that tell the office something the case's flags must now say.
OUTCOME_FLAGS = {Outcome.DISPUTE: Flag.DISPUTE, Outcome.CEASE: Flag.CEASE, Outcome.LAWYER: Flag.LAWYER,
                 Outcome.BANKRUPT: Flag.BANKRUPTCY, Outcome.DECEASED: Flag.DECEASED,
                 Outcome.HARDSHIP: Flag.VULNERABLE}


def _refused(n: int | None, problem) -> UserError:
    """A refusal of a batch, naming the visit when the batch has several."""
    return UserError(msg("Visit {n}: {problem}", n=n, problem=problem) if n else problem)


def compliance_warnings(case, visit, rule=None, earlier_visits: list[date] = (), earlier_third_party: int = 0,
                        workdays: frozenset[date] = frozenset()) -> list[str]:
    """Why a visit breaks the conduct rules of the case's rule set (empty when it does not).
    ``workdays``: weekend days the case's country made official working days (调休)."""
    warnings = []
    zone = ZoneInfo(case.timezone or "UTC")
    local_day = visit.arrived_at.astimezone(zone).date()
    hours = rule.contact_hours if rule else DEFAULT_LAWFUL
    start, end = lawful_interval(local_day, case.timezone or "UTC", hours)
    if visit.arrived_at < start or visit.left_at > end:
        times = dict(start=f"{hours[0]:%H:%M}", end=f"{hours[1]:%H:%M}", zone=case.timezone,
                     arrived=f"{visit.arrived_at.astimezone(zone):%H:%M}", left=f"{visit.left_at.astimezone(zone):%H:%M}")
        if rule:
            warnings.append(msg("outside lawful contact hours ({start}–{end} {zone} under {rules}): {arrived}–{left}",
                                rules=rule.name, **times))
        else:
            warnings.append(msg("outside lawful contact hours ({start}–{end} {zone}): {arrived}–{left}", **times))
    if (rule is not None and not rule.contact_day(local_day, make_up_workday=local_day in workdays)
            and not agreed_on(case, local_day)):
        warnings.append(msg("{day} is not a contact day under {rules} and no visit was agreed for it",
                            day=local_day.isoformat(), rules=rule.name))
    blocked = sorted(f.value for f in (case.flags & rule.blocking_flags if rule else case.blocking_flags))
    if blocked:
        warnings.append(msg("the case was blocked from visits ({flags})", flags=", ".join(blocked)))
    if rule is not None and Flag.VULNERABLE in case.flags and rule.vulnerable == "block":
        warnings.append(msg("vulnerable customer: visits are not allowed under {rules}", rules=rule.name))
    if rule is not None:
        recent = [d for d in earlier_visits if 0 <= (local_day - d).days < rule.cap_days]
        if len(recent) >= rule.cap_visits:
            warnings.append(msg("beyond the visit cap ({n} per {days} days)", n=rule.cap_visits, days=rule.cap_days))
        if (visit.person_met.value == "third_party" and rule.third_party_contacts_max is not None
                and earlier_third_party >= rule.third_party_contacts_max):
            warnings.append(msg("third-party contact number {n} (at most {most} under {rules})",
                                n=earlier_third_party + 1, most=rule.third_party_contacts_max, rules=rule.name))
    if warnings and not visit.reason:
        warnings.append(msg("no reason given for the exception"))
    return warnings


def _recorded_by(me: dict | None, case) -> str | None:
    """Who a visit is filed under: whoever recorded it — this workspace's identity (a collector's
    laptop, or the office when a supervisor records a visit there); a workspace without an
    identity files it under the case's collector."""
    return me["name"] if me and me.get("name") else case.collector


def _earlier(uow: UnitOfWork, visit) -> list[dict]:
    """The case's current visits other than the one ``visit`` corrects."""
    return [r for r in current_visits(uow.visits.list(visit.case_id)) if r["visit_id"] != visit.replaces]


def _warnings(uow: UnitOfWork, case, visit, rules, earlier_rows: list[dict] | None = None) -> list[str]:
    earlier_rows = _earlier(uow, visit) if earlier_rows is None else earlier_rows
    earlier = [datetime.fromisoformat(r["data"]["arrived_at"]).date() for r in earlier_rows]
    third = sum(1 for r in earlier_rows if r["data"]["person_met"] == "third_party")
    year = visit.arrived_at.year
    try:
        workdays = uow.workdays(case.country or "", "", [year - 1, year, year + 1]) if case.country else frozenset()
    except ValueError:
        workdays = frozenset()
    return compliance_warnings(case, visit, rules.for_country(case.country) if rules else None, earlier, third,
                               workdays=workdays)


def preview_warnings(uow: UnitOfWork, data: dict, rules=None) -> list[str]:
    """The compliance warnings a visit would carry, without recording it (the form asks for a
    reason when there are any). Raises UserError for an invalid visit or an unknown case."""
    with uow:
        case = uow.cases.get(str(data.get("case_id") or ""))
        if case is None:
            raise UserError(msg('No case with id {get}.', get=clip(str(data.get('case_id')))))
        try:
            visit = parse_visit(data, default_currency=case.currency, now=datetime.now(UTC))
        except VisitError as exc:
            raise UserError(str(exc)) from None
        return [w for w in _warnings(uow, case, visit, rules) if w != "no reason given for the exception"]


def record_visits(uow: UnitOfWork, items: list[dict], now: datetime | None = None, rules=None) -> list[dict]:
    """Record a batch of visits in one transaction. Returns ``[{visit_id, warnings, duplicate}]``.
    ``rules`` (a RuleBook) decides the lawful hours, blocking flags and caps behind the warnings.

    Every visit is checked and its warnings and prep snapshot worked out first, reading each
    case's record once (:mod:`.visit_batch`); the batch is then written at the end in a few bulk
    statements, so the workspace's write lock is held for the writing only, and other writers
    get through while a long file is checked. Another writer that records one of the batch's
    visits meanwhile: the batch is checked again (WriteConflict)."""
    now = now or datetime.now(UTC)
    for attempt in range(RETRIES):
        try:
            return _record_batch(uow, items, now, rules)
        except WriteConflict:
            if attempt == RETRIES - 1:
                raise UserError(msg("Another FieldVisit kept recording the same visits; nothing was recorded. "
                                    "Try again.")) from None
    raise AssertionError("unreachable")


#: How often a batch is checked again when another writer recorded some of its visits first.
RETRIES = 3


def _record_batch(uow: UnitOfWork, items: list[dict], now: datetime, rules) -> list[dict]:
    results: list[dict] = []
    with uow:
        records = BatchRecords(uow)
        pending: dict[str, dict] = {}  # visit_id → what the batch records (a later item may correct it)
        corrected: dict[str, str] = {}  # replaced visit_id → the batch's visit that replaces it
        cases: dict[str, object] = {}
        me = uow.keys.identity()
        stored = uow.visits.hashes(sorted({str(i["visit_id"]) for i in items
                                           if isinstance(i, dict) and isinstance(i.get("visit_id"), str)}))
        writes, audit, flagged = [], [], {}
        for n, item in enumerate(items, start=1):
            where = n if len(items) > 1 else None
            cid = str(item.get("case_id") or "") if isinstance(item, dict) else ""
            if cid and cid not in cases:
                cases[cid] = uow.cases.get(cid)
            case = cases.get(cid)
            try:
                check_visit_keys(item)
                visit = parse_visit(item, default_currency=case.currency if case else "", now=now)
            except VisitError as exc:
                raise _refused(where, msg('{exc} Nothing was recorded.', exc=exc)) from None
            if case is None:
                raise _refused(where, msg('No case with id {case_id}; nothing was recorded.',
                                    case_id=visit.case_id))
            if visit.visit_id in pending:
                raise _refused(where, msg('visit {visit_id} appears twice in the file; nothing was recorded.',
                                    visit_id=visit.visit_id))
            digest = visit.content_hash()
            existing = uow.visits.get(visit.visit_id) if visit.visit_id in stored else None
            if existing is not None:
                if existing["content_hash"] == digest:
                    pending[visit.visit_id] = {"case_id": existing["case_id"], "version": existing["version"]}
                    results.append({"visit_id": visit.visit_id, "warnings": existing["warnings"], "duplicate": True})
                    continue
                raise _refused(where, msg('visit {visit_id} was already recorded with different content; a '
                                    "correction is a new visit that names it in 'replaces'. Nothing was recorded.",
                                    visit_id=visit.visit_id))
            version = 1
            if visit.replaces:
                old = pending.get(visit.replaces) or uow.visits.get(visit.replaces)
                if old is None:
                    raise _refused(where, msg('the visit it replaces ({replaces}) is not recorded; nothing was '
                                        'recorded.', replaces=visit.replaces))
                if old["case_id"] != visit.case_id:
                    raise _refused(where, msg('a correction must stay on case {case_id}; nothing was recorded.',
                                        case_id=old['case_id']))
                newer = corrected.get(visit.replaces) or uow.visits.replaced_by(visit.replaces)
                if newer:
                    raise _refused(where, msg('visit {replaces} was already corrected by {newer}; correct the newest'
                                        ' version. Nothing was recorded.',
                                        replaces=visit.replaces, newer=newer))
                version = old["version"] + 1
                corrected[visit.replaces] = visit.visit_id
            pending[visit.visit_id] = {"case_id": visit.case_id, "version": version}
            record = records.of(case.case_id)
            warnings = _batch_warnings(uow, case, visit, rules, record)
            local_day = visit.arrived_at.astimezone(ZoneInfo(case.timezone or "UTC")).date()
            if visit.promise is not None:  # a far date, a Sunday or a holiday: not a conduct exception
                warnings.extend(promise_notes(uow, case, visit.promise.date, local_day))  # (no reason needed)
            prep = (None if case.balance is not None and case.balance <= 0 else  # nothing outstanding
                    sheet_from_history(uow, case, record.history(local_day, visit.replaces), local_day,
                                       rules=rules, context=records.day_context(local_day)).as_json())
            writes.append({"visit": visit, "version": version, "content_hash": digest, "warnings": warnings,
                           "recorded_at": now, "prep": prep, "collector": _recorded_by(me, case)})
            record.add({"visit_id": visit.visit_id, "replaces": visit.replaces, "data": visit.as_json()})
            audit.append(("visit", visit.case_id, {"visit_id": visit.visit_id, "version": version,
                                                   "outcome": visit.outcome.value, "warnings": warnings,
                                                   "hash": digest}))
            flag = OUTCOME_FLAGS.get(visit.outcome)
            if flag and flag not in case.flags:
                case.flags = case.flags | {flag}
                flagged[case.case_id] = case.flags
                audit.append(("flag", visit.case_id, {"added": flag.value, "by_visit": visit.visit_id}))
            results.append({"visit_id": visit.visit_id, "version": version, "warnings": warnings, "duplicate": False})
        uow.visits.add_many(writes)  # the write lock is taken here, for the writing only
        for case_id, flags in flagged.items():
            uow.cases.set_flags(case_id, flags)
        if audit:
            uow.audit.append_many(audit)
        uow.commit()
    return results


def _batch_warnings(uow: UnitOfWork, case, visit, rules, record) -> list[str]:
    """:func:`compliance_warnings` of ``visit`` against its case's record as the batch left it."""
    rule = rules.for_country(case.country) if rules else None
    local_day = visit.arrived_at.astimezone(ZoneInfo(case.timezone or "UTC")).date()
    span = rule.cap_days if rule is not None else 1
    year = visit.arrived_at.year
    try:
        workdays = uow.workdays(case.country or "", "", [year - 1, year, year + 1]) if case.country else frozenset()
    except ValueError:
        workdays = frozenset()
    return compliance_warnings(case, visit, rule, record.recent_days(local_day, span, visit.replaces),
                               record.third_party_before(visit.replaces), workdays=workdays)


def list_visits(uow: UnitOfWork, case_id: str | None = None) -> list[dict]:
    with uow:
        rows = uow.visits.list(case_id)
        reviews = uow.reviews.latest([r["visit_id"] for r in rows])
    replaced_by = {r["replaces"]: r["visit_id"] for r in rows if r["replaces"]}
    return [{**r["data"], "version": r["version"], "warnings": r["warnings"],
             "replaced_by": replaced_by.get(r["visit_id"]), "recorded_at": r["recorded_at"].isoformat(),
             "collector": r["collector"], "review": _review_json(reviews.get(r["visit_id"])),
             "acknowledged": r["acknowledged_at"] is not None or r["received_at"] is not None}
            for r in rows]


def _review_json(review: dict | None) -> dict:
    if review is None:
        return {"status": "received", "comment": "", "by": "", "at": None}
    return {**review, "at": review["at"].isoformat()}


def save_draft(uow: UnitOfWork, draft_id: str, case_id: str, data: dict) -> None:
    """Autosave: a draft survives a crash or power cut (SQLite with synchronous=FULL)."""
    with uow:
        uow.drafts.save(draft_id, case_id, data)
        uow.commit()


def drafts(uow: UnitOfWork) -> list[dict]:
    with uow:
        return uow.drafts.list()


def finalize_draft(uow: UnitOfWork, draft_id: str, data: dict, rules=None) -> dict:
    """Record the visit and drop its draft (the draft stays if the visit is refused)."""
    result = record_visits(uow, [data], rules=rules)[0]
    with uow:
        uow.drafts.delete(draft_id)
        uow.commit()
    return result


def discard_draft(uow: UnitOfWork, draft_id: str) -> None:
    with uow:
        uow.drafts.delete(draft_id)
        uow.commit()


def correction_of(uow: UnitOfWork, visit_id: str) -> dict:
    """A new draft that corrects a finalized visit: same content, new UUID, ``replaces`` set."""
    import uuid

    with uow:
        row = uow.visits.get(visit_id)
        newer = uow.visits.replaced_by(visit_id)
    if row is None:
        raise UserError(msg('No visit {visit_id}.', visit_id=visit_id))
    if newer:
        raise UserError(msg('Visit {visit_id} was already corrected by {newer}; correct the newest version.',
                            visit_id=visit_id, newer=newer))
    return {**row["data"], "visit_id": str(uuid.uuid4()), "replaces": visit_id}
