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
    ids = StoredIds(stored or {})
    seen: dict[str, tuple[int, object]] = {}  # loose key → the first row with it, and its case
    notes = []
    for number, case, *_ in good:
        loose = loose_key(case.case_id)
        if not loose:
            continue
        first = seen.setdefault(loose, (number, case))
        if stored and case.case_id in stored:
            continue  # a case stored before: noted when it was new
        if first[1] is not case and id_key(first[1].case_id) != id_key(case.case_id):
            other, where, same = first[1].case_id, f"row {first[0]}", _same_fields(case, first[1])
        elif stored and (twin := ids.looks_like(case.case_id)) is not None:
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
    ``summary.review``, inside the caller's transaction (stored cases are read from ``uow``)."""
    summary.review.extend(twin_notes(good, stored, uow.cases.get))
