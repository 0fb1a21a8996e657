"""Status columns in an import: a region column whose values are account statuses, what the
preview shows of every status value, and a repeated case row whose flags say more.

- ``Estado`` is a state in Mexico and the account status in Spain or Colombia. The header maps
  to the region; :func:`settle_status_columns` then looks at the column's values and, when they
  are statuses (``Fallecido``, ``No visitar``, ``Activo``) rather than regions, reads the column
  as the status (:mod:`fieldvisit.domain.status_columns`), so no status word ever joins an address.
- :func:`status_values` lists each status value of the preview with what it is read as;
  :func:`unknown_status_notes` names the ones nobody recognises in the import's notes.
- :func:`duplicate_flags`: a row rejected because its case appeared earlier in the file (or
  because a cell of it cannot be read, while another row imports its case) may name a blocking
  condition the imported row does not (``00123`` again, ``deceased``). It is not lost: the
  imported row's case is held (do not visit) and goes to review naming both rows and the flags
  the rejected row says; a person answers which flags are right, or none.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from fieldvisit.domain.case_ids import id_key
from fieldvisit.domain.case_rows import RowResult
from fieldvisit.domain.cases import Case, Flag
from fieldvisit.domain.cells import cell_text
from fieldvisit.domain.column_words_eu import EITHER_DATE_OR_AMOUNT, payment_values_kind
from fieldvisit.domain.columns import KEEP, normalise_header
from fieldvisit.domain.flag_columns import STATUS, FlagReading
from fieldvisit.domain.status_columns import status_kind, values_are_statuses
from fieldvisit.domain.subdivisions import countries_of_region
from fieldvisit.domain.text import msg


def settle_status_columns(columns: list[dict], rows: list[tuple[dict, dict]],
                          mapping: dict[str, str] | None = None) -> None:
    """Turn a region column whose values are statuses into a status column, in place:
    ``columns`` (``[{source, field, action}]``) and each row's ``(mapped cells, kept cells)``;
    and a column saying only "last payment" (``Dernier paiement``) into the amount when its values
    are amounts, or keep it as information when they are neither all dates nor all amounts
    (:func:`settle_payment_columns`). A column the user mapped (``mapping``) stays as mapped."""
    settle_payment_columns(columns, rows, mapping)
    chosen = {normalise_header(k) for k in (mapping or {})}
    taken = {c["field"] for c in columns if c["action"] == "map"}
    for i, c in enumerate(columns):
        if c["action"] != "map" or c["field"] != "region" or normalise_header(c["source"]) in chosen:
            continue
        values = [cell_text(mapped.get("region")) for mapped, _ in rows]
        if not values_are_statuses(values, countries_of_region):
            continue
        field = STATUS if STATUS not in taken else f"{STATUS}:{i + 1}"
        c["field"] = field
        c["note"] = (f"{c['source']} is read as the account status, not the region: its values are statuses; "
                     f"if they are regions, map it: --mapping '{{\"{c['source']}\": \"region\"}}'")
        for mapped, kept in rows:
            text = cell_text(mapped.pop("region", None))
            mapped[field] = text
            if text:
                kept[c["source"]] = text


def settle_payment_columns(columns: list[dict], rows: list[tuple[dict, dict]],
                           mapping: dict[str, str] | None = None) -> None:
    """``Dernier paiement``, ``Letzte Zahlung``: the date of the last payment when the values are
    dates, its amount when they are amounts, else kept as information with a note (never guessed)."""
    chosen = {normalise_header(k) for k in (mapping or {})}
    taken = {c["field"] for c in columns if c["action"] == "map"}
    for c in columns:
        source = normalise_header(c["source"])
        if c["action"] != "map" or c["field"] != "last_payment_date" or source in chosen or \
                _strip_marks(source) not in {_strip_marks(h) for h in EITHER_DATE_OR_AMOUNT}:
            continue
        kind = payment_values_kind([mapped.get("last_payment_date") for mapped, _ in rows])
        if kind == "date":
            continue
        field = "last_payment_amount" if kind == "amount" and "last_payment_amount" not in taken else None
        c["note"] = (f"{c['source']} is read as the amount of the last payment: its values are amounts" if field else
                     f"{c['source']} could be the date or the amount of the last payment; it is kept as information "
                     f"(map it: --mapping '{{\"{c['source']}\": \"last_payment_date\"}}' or last_payment_amount)")
        c["field"], c["action"] = (field, "map") if field else (None, KEEP)
        for mapped, kept in rows:
            value = mapped.pop("last_payment_date", None)
            if field:
                mapped[field] = value
            elif cell_text(value):
                kept[c["source"]] = cell_text(value)


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


def status_values(columns: list[dict], rows: list[dict]) -> None:
    """Add ``statuses: [{value, read_as}]`` to each status column of the preview (``rows``: the
    mapped cells); ``read_as``: the flags set (``"deceased"``), ``"review"`` (held until a person
    checks it), ``"ordinary"`` or ``"information"`` (kept as information, no hold)."""
    for c in columns:
        if c["action"] == "map" and c["field"] and c["field"].startswith(STATUS):
            seen = dict.fromkeys(t for t in (cell_text(r.get(c["field"])) for r in rows) if t)
            c["statuses"] = [{"value": v, "read_as": status_kind(v)} for v in seen]


#: How many unrecognised status values a note names (the rest are counted).
SHOWN_STATUSES = 5


def unknown_status_notes(columns: list[dict], rows: list[dict]) -> list[dict]:
    """One note per status column whose values include statuses FieldVisit does not recognise
    (kept as information only: no flag, no hold), so an import nobody previewed says so too:
    ``[{row: None, case_id: None, column: the header, note}]``, the note naming at most
    :data:`SHOWN_STATUSES` distinct values (``+N more``). ``rows``: the mapped cells."""
    out = []
    for c in columns:
        if c["action"] != "map" or not (c["field"] or "").startswith(STATUS):
            continue
        seen = dict.fromkeys(t for t in (cell_text(r.get(c["field"])) for r in rows) if t)
        unknown = [v for v in seen if status_kind(v) == "information"]
        if not unknown:
            continue
        shown = ", ".join(repr(v) for v in unknown[:SHOWN_STATUSES])
        more = f" +{len(unknown) - SHOWN_STATUSES} more" if len(unknown) > SHOWN_STATUSES else ""
        if len(unknown) == 1:
            note = msg("{header} has a status FieldVisit does not recognise, kept as information only (no flag set, "
                       "no case held): {values}. If it means a condition (deceased, lawyer, do not visit…), write "
                       "that in a Flags column and import again.", header=c["source"], values=shown)
        else:
            note = msg("{header} has {n} statuses FieldVisit does not recognise, kept as information only (no flag "
                       "set, no case held): {values}. If one means a condition (deceased, lawyer, do not visit…), "
                       "write that in a Flags column and import again.", header=c["source"], n=len(unknown),
                       values=shown + more)
        out.append({"row": None, "case_id": None, "column": c["source"], "note": note})
    return out


def duplicate_flags(first: Case, first_row, again: RowResult, row) -> tuple[str, str] | None:
    """When row ``row`` (rejected: it repeats the case of row ``first_row``, or a cell of it cannot
    be read) names flags the case of ``first_row`` lacks: hold that case (``first`` gets
    do-not-visit, as an unclear flag text does: a person says which flags are right, or none)
    and return the review note ``(column, sentence)``; else None."""
    reading = again.flag_reading
    if reading is None:
        return None
    extra = frozenset(reading.flags) - frozenset(first.flags)
    if not extra:
        return None
    first.flags = frozenset(first.flags) | {Flag.DO_NOT_VISIT}
    names = ", ".join(sorted(f.value.replace("_", " ") for f in extra))
    if again.case is not None:
        return ("flags", f"row {row} repeats case {first.case_id} of row {first_row} and says {names}; the row is "
                         "rejected and the case is held (do not visit) until you check which row is right")
    return ("flags", f"row {row} is rejected but is case {first.case_id} too (row {first_row}) and says {names}; "
                     "the case is held (do not visit) until you check it")


def hold_for_rejected_rows(rejected: list, good: list, good_at: dict, readings: dict) -> list[dict]:
    """Hold the cases that rejected rows name conditions for (:func:`duplicate_flags`), in place:
    ``rejected`` ``[(row, RowResult)]``; ``good`` ``[(row, Case, fields present)]``
    (``flags`` joins the fields stored); ``good_at`` case id key → position in ``good``;
    ``readings`` case id → ``(row, FlagReading)`` (the hold joins what the row says). Returns
    the review items ``[{row, column, error, case_id, text}]`` (``text``: the flags the rejected
    row names that the case lacks, ``deceased``: what a person confirms, or answers ``none``)."""
    out = []
    for number, result in rejected:
        at = good_at.get(id_key(result.case.case_id if result.case is not None else result.rejected_id))
        if at is None:
            continue
        first_row, first, present = good[at]
        text = ", ".join(sorted(f.value for f in result.flag_reading.flags - first.flags))
        if note := duplicate_flags(first, first_row, result, number):
            good[at] = (first_row, first, present | {"flags"})
            before = readings.get(first.case_id, (first_row, FlagReading()))[1]
            readings[first.case_id] = (first_row, replace(before, flags=before.flags | first.flags,
                                                          cleared=before.cleared - first.flags))
            out.append({"row": first_row, "column": note[0], "error": note[1], "case_id": first.case_id,
                        "text": text})
    return out
