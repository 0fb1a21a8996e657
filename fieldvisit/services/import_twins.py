"""Import step: case ids that differ from another only by punctuation or spacing (``A001`` beside
``A-001``, in the same file or already stored) are imported as the new cases they may be, each
with a note to check on its row (BRK14 #13): which case it looks like, and whether the name and
address match too. Never a rejection: lenders do use ``A1`` and ``A-1`` for two accounts."""

from __future__ import annotations

from fieldvisit.domain.case_ids import StoredIds, id_key, loose_key
from fieldvisit.domain.case_moves import address_key
from fieldvisit.domain.names import fold
from fieldvisit.domain.text import msg
from fieldvisit.services.ports import UnitOfWork


def _same_fields(case, other) -> str:
    """``"; the name and address match too"`` (or one of them), ``""`` when neither does."""
    name = bool(case.name.strip()) and fold(case.name) == fold(other.name)
    address = bool(case.address.strip()) and address_key(case.address) == address_key(other.address)
    if name and address:
        return "; the name and address match too"
    return "; the address matches too" if address else "; the name matches too" if name else ""


def twin_notes(good: list, stored: dict | None = None, stored_case=None) -> list[dict]:
    """The ``case_id`` review notes (``{row, column, case_id, text, error}``) of the new cases of
    ``good`` (``[(row, case, …)]``, in file order) whose id looks like an earlier row's or, given
    ``stored`` (case id → anything) and ``stored_case(case_id) -> Case | None``, a stored case's."""
    loose_keys = list(map(loose_key, [g[1].case_id for g in good]))
    new = [i for i, (_, case, *_) in enumerate(good) if not stored or case.case_id not in stored]
    if not new or (len(set(loose_keys)) == len(loose_keys) and not stored):
        return []  # no new case, or no two ids of the file alike and nothing stored: the usual import
    ids: StoredIds | None = None  # built for the first new case only
    seen: dict[str, int] = {}  # loose key → the index of the first row with it
    for i, loose in enumerate(loose_keys):
        if loose:
            seen.setdefault(loose, i)
    notes = []
    for i in new:
        number, case = good[i][0], good[i][1]
        loose = loose_keys[i]
        if not loose:
            continue
        first_number, first = good[seen[loose]][0], good[seen[loose]][1]
        if seen[loose] < i and id_key(first.case_id) != id_key(case.case_id):
            other, where, same = first.case_id, f"row {first_number}", _same_fields(case, first)
        elif stored and (twin := (ids := ids or StoredIds(stored)).looks_like(case.case_id)) is not None:
            found = stored_case(twin) if stored_case else None
            other, where, same = twin, "stored", _same_fields(case, found) if found is not None else ""
        else:
            continue
        notes.append({
            "row": number, "column": "case_id", "case_id": case.case_id, "text": case.case_id,
            "error": msg("{case_id} looks like case {other} ({where}; the same id but for punctuation or "
                         "spaces){same}; it is imported as another case: if it is the same account, correct the "
                         "id in the file and import again", case_id=case.case_id, other=other, where=where,
                         same=same)})
    return notes


def note_near_twins(uow: UnitOfWork, good: list, stored: dict[str, int], summary) -> None:
    """:func:`twin_notes` of an import (``good``: ``[(row, case, present)]``) added to
    ``summary.notes`` (nothing in the review queue settles an id: the file is corrected), inside the
    caller's transaction (stored cases are read from ``uow``)."""
    summary.notes.extend({"row": n["row"], "case_id": n["case_id"], "column": "case_id", "note": n["error"]}
                         for n in twin_notes(good, stored, uow.cases.get))
