"""Writing a checked import: the file's ids matched to the stored spellings, the new cases and
the updates of stored cases of a long file staged in short transactions (other writers get
through between them), and the one short final transaction that makes the import visible, all
of it or nothing: collectors, cases, windows, review items, the import record and its audit.

:mod:`.import_cases` reads and checks the rows and assembles the summary; this module writes
them. A killed or cancelled import leaves nothing visible; its stage is dropped here on failure,
or by the next import (``uow.staging.clear_abandoned``).
"""

from __future__ import annotations

import uuid
from datetime import date
from itertools import chain

from fieldvisit.domain.case_ids import StoredIds
from fieldvisit.domain.cases import Case
from fieldvisit.domain.field_review import VALUE_FIELDS, WINDOW_FIELDS
from fieldvisit.domain.flag_columns import FlagReading
from fieldvisit.services.import_notes import merge_flags
from fieldvisit.services.import_summary import ImportSummary
from fieldvisit.services.ports import ImportRecord, UnitOfWork
from fieldvisit.services.progress import Progress, Work

#: New cases written per staging transaction (each holds the write lock well under a second).
STAGE_CHUNK = 5000

#: One checked row: (row number, the case read from it, the fields its cells give).
Good = tuple[int, Case, frozenset[str]]


def match_stored_ids(good: list[Good], stored, summary: ImportSummary) -> list[Good]:
    """Give each case of the file the stored spelling of its id (``r-2 `` → ``R-2``); reject the
    rows whose id lost its leading zeros to a spreadsheet (never a silent duplicate). ``stored``:
    the stored case ids (any collection); the rows kept, in order. ``summary.rejected`` gains the
    rejected rows and ``summary.review`` follows the renamed ids."""
    if not stored:  # nothing stored: every id is new as written (the first import of a workspace)
        return list(good)
    ids = StoredIds(stored)
    kept, renamed = [], {}
    for number, case, present in good:
        found, problem = ids.match(case.case_id)
        if problem:
            summary.rejected.append({"row": number, "column": "case_id", "error": problem})
            continue
        if found is not None and found != case.case_id:
            renamed[case.case_id] = found
            case.case_id = found
        kept.append((number, case, present))
    if len(kept) < len(good):
        summary.rejected.sort(key=lambda r: r["row"])
        dropped = {c.case_id for _, c, _ in good} - {c.case_id for _, c, _ in kept}
        summary.review = [r for r in summary.review if r["case_id"] not in dropped]
    for item in summary.review:
        item["case_id"] = renamed.get(item["case_id"], item["case_id"])
    return kept


def _item_key(item: dict) -> tuple[str, str, str]:
    """What makes two review items the same question: the case, the column (as the queue stores
    it, ``flag:do_not_visit:104`` cut to its first 20 characters) and the text."""
    return item["case_id"], item["column"][:20], item["text"]


def publish_import(uow: UnitOfWork, good: list[Good], stored: dict[str, int], summary: ImportSummary, *,
                   readings: dict[str, tuple[int, FlagReading]], replaced_holds: list[tuple[str, str]],
                   columns: frozenset[str], file_name: str, sha256: str, as_of: date, by: str = "",
                   chunk_rows: int = STAGE_CHUNK, profile: str | None = None,
                   headers_key: str | None = None) -> Work[None]:
    """Write the checked cases ``good`` (ids matched by :func:`match_stored_ids`), yielding
    progress. ``stored``: case id → storage key of the stored cases, read before (a generator
    argument: the caller may drop its own reference once this is created, and it is let go of
    here once split into new and existing cases); ``readings``: the rows that say something about
    flags (case id → (row, reading)); ``replaced_holds``: ``(case id, column)`` review items the
    file's values settle; ``columns``: the fields the file's columns give (a column that gives
    appointment times replaces the open questions about them); ``profile``: the saved profile
    the import is recorded with (its source, with ``file_name`` and ``headers_key``, the
    signature of its headers).

    More than ``chunk_rows`` new cases (or updates) are staged in transactions of that many and
    published in the final one; fewer are written in it directly. Cases another import stored
    meanwhile are updated instead. Sets ``summary.imported``, ``summary.updated`` (stored cases
    the file changes), ``summary.unchanged`` (stored cases it leaves as they were) and adds to
    ``summary.flags_dropped``; the summary's ``review`` items join the queue. Raises what the
    storage raises (nothing is then visible)."""
    new = [case for _, case, _ in good if case.case_id not in stored]
    existing = [(stored[case.case_id], case, present) for _, case, present in good if case.case_id in stored]
    stored_before = bool(stored)
    del stored
    merged = set()
    if readings and existing:  # before staging: a blank keeps the stored flags, "Deceased: N" clears one
        with uow:
            summary.flags_dropped = merge_flags(uow, existing, readings)
        merged = {case.case_id for _, case, _ in existing}
    stage_new, stage_existing = len(new) > chunk_rows, len(existing) > chunk_rows
    token = uuid.uuid4().hex[:16] if stage_new or stage_existing else None
    staged, staged_updates, staged_flags, fields, unchanged = set(), set(), [], set(), set()
    if token:
        try:
            if stage_new:
                yield from _stage(uow, token, new, chunk_rows, "add", "Saving case")
                staged = {case.case_id for case in new}
            if stage_existing:
                for ids, changes, same in (yield from _stage(uow, token, existing, chunk_rows, "add_updates",
                                                             "Updating case")):
                    staged_updates.update(ids)
                    staged_flags += changes
                    unchanged.update(same)
                fields = set().union(*(present for _, _, present in existing))
                if any(case.collector for _, case, _ in existing):
                    fields.add("collector")
        except BaseException:
            _drop_stage(uow, token)
            raise
    del new, existing
    try:
        with uow:  # the one short transaction that makes the import visible, all of it or nothing
            names = sorted({c.collector for _, c, _ in good if c.collector})
            for name in names:
                uow.collectors.get_or_create(name)
            import_id = uow.imports.start(file_name, sha256, as_of)
            published = staged.difference(uow.staging.publish(token, import_id, names)) if staged else staged
            flag_changes: list[dict] = []
            if staged_updates:  # set-based; cases changed since they were staged are updated below
                moved = uow.staging.publish_updates(token, import_id, fields)
                staged_updates.difference_update(moved)
                unchanged.difference_update(moved)
                flag_changes = [c for c in staged_flags if c["case_id"] in staged_updates]
            done = published | staged_updates
            # read in this transaction (another import may have stored some); published ones are new
            keys = uow.cases.keys([case.case_id for _, case, _ in good if case.case_id not in done])
            late = [case for _, case, _ in good if case.case_id not in keys and case.case_id not in done]
            uow.cases.add_many(late, import_id)
            updates = [(keys[case.case_id], case, present) for _, case, present in good
                       if case.case_id in keys and case.case_id not in done]
            # cases another import stored meanwhile: their flags merge with what is stored now
            summary.flags_dropped += merge_flags(uow, [u for u in updates if u[1].case_id not in merged], readings)
            flag_changes += uow.cases.update_many(updates, import_id, unchanged=unchanged)
            # the (case id, column) pairs whose open questions the file's values replace: made only
            # as the queue's open items are matched (none open, the usual case: not made at all)
            window_columns = [column for column in WINDOW_FIELDS if column in columns]
            rewindowed = chain(((case.case_id, column) for _, case, present in good if "windows" in present
                                for column in window_columns),
                               ((case.case_id, column) for _, case, present in good
                                for column in VALUE_FIELDS if column in present),
                               replaced_holds,
                               # a question asked anew replaces an open one on another text of that column
                               ((r["case_id"], r["column"]) for r in summary.review))
            # every review item waits in the queue (appointment texts, values left unset or kept with
            # their readings offered, holds, zones); what nobody needs to answer is a note (summary.notes).
            # An item still open for the same case, column and text waits once, not once an import:
            # it is neither replaced nor added again (an identical re-import leaves the queue as it was)
            waiting = list(summary.review)
            same = set()
            if stored_before and waiting:
                asked = {_item_key(r) for r in waiting}
                same = {key for i in uow.window_reviews.pending() if (key := _item_key(i)) in asked}
            uow.window_reviews.close(rewindowed, by or "import", f"replaced by the import of {file_name}", keep=same)
            if same:
                waiting = [r for r in waiting if _item_key(r) not in same]
            uow.window_reviews.add_many(waiting, import_id)
            summary.imported = len(published) + len(late)
            summary.unchanged = len(unchanged)  # matched a stored case and changed nothing of it
            summary.updated = len(staged_updates) + len(updates) - summary.unchanged
            uow.imports.finish(import_id, ImportRecord(
                file_name=file_name, sha256=sha256, as_of=as_of, rows=summary.rows,
                imported=summary.imported, updated=summary.updated, rejected=summary.rejected,
                review=summary.review, profile=profile, headers_key=headers_key))
            uow.audit.append("import", file_name, {"sha256": sha256, "rows": summary.rows,
                                                   "imported": summary.imported, "updated": summary.updated,
                                                   "unchanged": summary.unchanged,
                                                   "rejected": len(summary.rejected),
                                                   "not_in_file": summary.not_in_file["count"],
                                                   "kept": summary.kept_columns, "ignored": summary.ignored_columns})
            uow.audit.append_many([("flag", c["case_id"], {"before": c["before"], "after": c["after"],
                                                           "by_import": file_name}) for c in flag_changes])
            uow.commit()
    finally:
        if token:  # after the commit (the publishing transaction stays short), or on failure
            _drop_stage(uow, token)


def _stage(uow: UnitOfWork, token: str, items: list, chunk_rows: int, add: str, saying: str) -> Work[list]:
    """Stage ``items`` through ``uow.staging.<add>(token, chunk, first_seq)`` in transactions of
    ``chunk_rows``, each committed (the write lock is free between them); what the calls returned.
    The caller drops the stage on failure or cancel."""
    out: list = []
    for start in range(0, len(items), chunk_rows):
        with uow:
            out.append(getattr(uow.staging, add)(token, items[start:start + chunk_rows], start))
            uow.commit()
        done = min(start + chunk_rows, len(items))
        yield Progress(done, len(items), f"{saying} {done:,} of {len(items):,}")
    return out


def _drop_stage(uow: UnitOfWork, token: str) -> None:
    """Best effort: what is left is dropped by the next import once this process is gone."""
    try:
        with uow:
            uow.staging.drop(token)
            uow.commit()
    except Exception:  # noqa: BLE001 - the first error is the one to report
        pass
