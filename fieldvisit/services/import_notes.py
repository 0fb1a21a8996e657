"""What an import says beyond its rows: blocking flags a file removed from stored cases, columns
that could have been the balance/phone/address (and which one was used), the important fields no
column gives (balance, name, address or coordinates), the stored cases of earlier imports of the
same source the file no longer has, and row numbers of a workbook read sheet by sheet
(``Marta!3``) in JSON."""

from __future__ import annotations

from collections.abc import Collection

from fieldvisit.domain.case_ids import id_key
from fieldvisit.domain.case_places import NO_ZONE_GIVEN
from fieldvisit.domain.cases import BLOCKING_FLAGS, Case
from fieldvisit.domain.columns import column_conflicts
from fieldvisit.domain.flag_columns import FlagReading
from fieldvisit.domain.row_money import no_currency_in
from fieldvisit.domain.text import msg
from fieldvisit.services.ports import UnitOfWork, row_json


#: The most ids of stored cases missing from a re-imported file that the summary names.
NOT_IN_FILE_NAMED = 20


def not_in_file(earlier: list[str], in_file: Collection[str]) -> dict:
    """``{count, case_ids}``: the ids of ``earlier`` (stored cases from earlier imports of the
    same source) that no row of the file names. ``in_file``: the :func:`id_key` of every case id
    the file's rows give, rejected rows' too; ids are compared as a re-import matches them
    (trimmed, any letter case; a stored ``00123`` is the file's ``123``). ``case_ids``: the first
    :data:`NOT_IN_FILE_NAMED` in ``earlier``'s order. Ids only: never a name or an address."""
    absent = [c for c in earlier if id_key(c) not in in_file
              and not (c[:1] == "0" and c.isdigit() and c.lstrip("0") in in_file)]
    return {"count": len(absent), "case_ids": absent[:NOT_IN_FILE_NAMED]}


def rows_as_json(data: dict) -> dict:
    """Row numbers of a workbook read sheet by sheet as ``"Marta!3"`` (others stay numbers)."""
    for key in ("rejected", "review", "skipped", "flags_dropped", "sample"):
        for item in data.get(key) or ():
            if "row" in item:
                item["row"] = row_json(item["row"])
    if data.get("hidden_rows"):
        data["hidden_rows"] = [row_json(r) for r in data["hidden_rows"]]
    return data


#: Columns that together give a place to visit (an address, its parts, or both coordinates).
_PLACE_FIELDS = frozenset({"address", "work_address", "house_number", "address_line2", "district", "city", "region",
                           "postal_code"})


def missing_fields(columns: list[dict]) -> list[str]:
    """The important fields no mapped column of the file gives, in this order: ``"balance"``,
    ``"name"``, ``"address"`` (an address, its parts, or both coordinates count), ``"days_past_due"``
    (days past due or a due date; without them the cases' days past due are unknown)."""
    mapped = {c["field"] for c in columns if c["action"] == "map"}
    missing = []
    if "balance" not in mapped:
        missing.append("balance")
    if not mapped & {"name", "surname"}:
        missing.append("name")
    if not mapped & _PLACE_FIELDS and not {"lat", "lon"} <= mapped and "coordinates" not in mapped:
        missing.append("address")
    if not mapped & {"days_past_due", "due_date"}:  # the cases show their days past due as unknown, not 0
        missing.append("days_past_due")
    return missing


def missing_warning(missing: list[str]) -> str:
    """The summary's one warning line for :func:`missing_fields` ('' when nothing is missing)."""
    if not missing:
        return ""
    words = {"balance": "balance (their balance shows as unknown, not 0.00)", "name": "name",
             "address": "address or coordinates",
             "days_past_due": "days past due or due date (their days past due show as unknown, not 0)"}
    named = [f"no {words[m]}" for m in missing]
    fields = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    return msg("The file gives {fields} for its cases; they were imported without them. If the file has them "
               "under other headers, map those columns (--mapping) and import again.", fields=fields)


def unplaced_warnings(review: list[dict], country: str, zone_given: bool, zone: str, rows: int) -> list[str]:
    """The summary's and preview's warnings for what neither the file nor the workspace gives
    (BRK15 #8): a currency (its amounts wait for review with one: never stored without it) and a
    country or time zone (``country`` the file's, "" when none; ``zone_given`` whether the
    workspace's ``zone`` is somebody's choice; ``rows`` the cases that took ``zone`` for want of
    one of their own — a file whose rows each give their country and zone warns of nothing, BRK16b
    #16): said when appointment times wait for a zone, or the cases take UTC, nobody's zone. Never
    a silent guess."""
    out = []
    money = sum(1 for r in review if no_currency_in(r.get("error") or ""))
    if money:
        out.append(msg("No currency: neither the file nor the workspace gives one, so its amounts ({count}) wait "
                       "for review with their currency; choose one with --currency, or in the preview.", count=money))
    placed = any(r.get("column") == "timezone" and NO_ZONE_GIVEN in (r.get("error") or "") for r in review)
    if not country and not zone_given and rows and (placed or zone in ("UTC", "Etc/UTC")):
        out.append(msg("No country or time zone: neither the file nor the workspace gives one, so the cases take "
                       "{zone} for now and their appointment times wait for review; choose the country with "
                       "--country, or in the preview.", zone=zone) if placed else
                   msg("No country or time zone: neither the file nor the workspace gives one, so the cases take "
                       "{zone} for now; choose the country with --country, or in the preview.", zone=zone))
    return out


def conflicts_of(columns: list[dict], headers: list[str], mapping: dict[str, str] | None) -> list[dict]:
    """The balance/phone/address candidates not used (see :func:`column_conflicts`)."""
    kept = {c["source"] for c in columns if c.get("note")}
    return [n for n in column_conflicts(headers, mapping) if n["other"] in kept]


def merge_flags(uow: UnitOfWork, updates: list[tuple[int, Case, frozenset[str]]],
                readings: dict[str, tuple[int, FlagReading]]) -> list[dict]:
    """Set each updated case's flags from what its row says over what is stored (a blank cell
    keeps them; a ``Deceased: N`` clears one; a flags cell is the whole list). Returns the
    blocking flags removed: ``[{row, case_id, flags}]`` (the summary says each one)."""
    touched = [(pk, case) for pk, case, present in updates if "flags" in present and case.case_id in readings]
    if not touched:
        return []
    stored = uow.cases.flags_of([pk for pk, _ in touched])
    dropped = []
    for pk, case in touched:
        number, reading = readings[case.case_id]
        before = stored.get(pk, frozenset())
        case.flags = reading.merged(before)
        lost = (before - case.flags) & BLOCKING_FLAGS
        if lost:
            dropped.append({"row": number, "case_id": case.case_id, "flags": sorted(f.value for f in lost)})
    return dropped
