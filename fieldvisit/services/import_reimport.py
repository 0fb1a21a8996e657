"""Import steps of a re-import: which stored cases of the same source the new file has no row for
(the source recognised by name, profile, headers or the name without its dates, see
:mod:`fieldvisit.domain.import_sources`; the summary says which earlier import it was compared
with), and the stored appointments a blank cell keeps (kept by design, said per case)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from fieldvisit.domain.import_sources import same_source
from fieldvisit.domain.text import msg
from fieldvisit.services.import_notes import not_in_file
from fieldvisit.services.ports import UnitOfWork

#: The note on a re-imported case whose appointment cell is blank while it has one stored.
APPOINTMENT_KEPT = "appointment blank in this file: the stored one is kept"


def cases_not_in_file(uow: UnitOfWork, file_name: str, profile: str | None, key: str,
                      in_file: Callable[[], Collection[str]]) -> dict:
    """The summary's ``not_in_file`` (inside the caller's transaction): ``{count, case_ids,
    compared_with}`` — the open stored cases last written by earlier imports of the same source
    that no row of the file names (``in_file()``: their :func:`~fieldvisit.domain.case_ids.id_key`,
    asked only when an earlier import is of this source),
    and ``compared_with``: the newest such import ``{file_name, as_of (ISO date), why}`` (None
    when no earlier import is of this source). ``key``: the file's headers' signature."""
    matched = [(source, why) for source in uow.imports.sources()
               if (why := same_source(source, file_name, profile, key))]
    if not matched:
        return {"count": 0, "case_ids": [], "compared_with": None}
    earlier = uow.imports.open_cases_of([source["id"] for source, _ in matched])
    out = not_in_file(earlier, in_file()) if earlier else {"count": 0, "case_ids": []}
    newest, why = matched[-1]
    as_of = newest.get("as_of")
    out["compared_with"] = {"file_name": newest["file_name"], "why": why,
                            "as_of": as_of.isoformat() if hasattr(as_of, "isoformat") else as_of}
    return out


def compared_sentence(compared: dict) -> str:
    """``compared with the import of cartera_2026-11-23.csv (as of 2026-11-23; same columns)``."""
    return msg("compared with the import of {file_name} (as of {as_of}; {why})", file_name=compared["file_name"],
               as_of=compared["as_of"] or "?", why=compared["why"])


def note_kept_appointments(uow: UnitOfWork, good: list, stored: dict[str, int], summary,
                           columns: Collection[str]) -> None:
    """A note per re-imported case whose appointment cell is blank (no window read, nothing to
    review) while it has appointment windows stored: the stored ones are kept, and the person is
    told (``summary.notes``, column ``appointment``; ``summary.appointments_kept``: ``[{row,
    case_id}]``). ``good``: ``[(row, case, present fields)]``; inside the caller's transaction."""
    if "appointment" not in columns:
        return
    asked = {r["case_id"] for r in summary.review if r["column"] == "appointment"}
    blank = {case.case_id: number for number, case, present in good
             if case.case_id in stored and "windows" not in present and case.case_id not in asked}
    if not blank:
        return
    kept = uow.cases.with_appointments([stored[i] for i in blank])
    for case_id, number in blank.items():
        if stored[case_id] in kept:
            summary.appointments_kept.append({"row": number, "case_id": case_id})
            summary.notes.append({"row": number, "case_id": case_id, "column": "appointment",
                                  "note": msg(APPOINTMENT_KEPT)})
