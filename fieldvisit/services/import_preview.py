"""Use case: show what importing a case file would do, writing nothing.

The preview reads the file the way the import would (same column plan, same conventions, same
row reader) over its first rows and says: the sheet, header row, encoding and delimiter read; the
decimal mark and date order used (and whether the user, the file or the workspace country decided
them); every column with what happens to it (mapped to a field, kept as extra information or
ignored); a sample of rows as they would be stored; and the rows that would be rejected or sent
to review.
"""

from __future__ import annotations

from datetime import date
from itertools import islice

from fieldvisit.domain.case_rows import cell_text
from fieldvisit.domain.cases import Case
from fieldvisit.domain.columns import IGNORE, KEEP, PARTS
from fieldvisit.domain.field_review import VALUE_FIELDS
from fieldvisit.domain.flag_columns import STATUS
from fieldvisit.domain.row_money import no_currency_in
from fieldvisit.domain.status_columns import status_kind
from fieldvisit.domain.case_ids import id_key
from fieldvisit.domain.text import PREVIEW_CELL_CHARS, clip
from fieldvisit.services.import_cases import read_case, row_context
from fieldvisit.services.import_columns import case_id_problem, column_plan, conventions_json, row_splitter
from fieldvisit.services.import_pairs import PAIR_FIELD, with_coordinate_pairs
from fieldvisit.services.import_twins import twin_notes
from fieldvisit.services.import_notes import conflicts_of, missing_fields, missing_warning, rows_as_json
from fieldvisit.services.import_notes import unplaced_warnings
from fieldvisit.services.import_status import duplicate_flags, settle_status_columns, status_values
from fieldvisit.services.import_profiles import ImportOptions
from fieldvisit.services.ports import Table, ZoneLookup

PREVIEW_ROWS = 2000  # rows read to decide conventions and count rejections / reviews
SAMPLE_ROWS = 10
EXAMPLES = 3


def _money(amount, currency: str) -> str:
    return f"{amount} {currency}".strip() if amount is not None else ""


def shown(case: Case, name: str, as_of: date) -> str:
    """How a field of an imported case reads (what would be stored), as short text."""
    if name == "days_past_due":
        return str(case.days_past_due(as_of)) if case.due_date else ""
    if name in ("due_date", "last_payment_date"):
        value = getattr(case, name)
        return value.isoformat() if value else ""
    if name == "balance":  # the file gave none: unknown, never 0.00
        return _money(case.balance, case.currency) if case.balance is not None else "unknown"
    if name == "last_payment_amount":
        return _money(case.last_payment_amount, case.currency)
    if name == "flags" or name.startswith("flag:*"):
        return ", ".join(sorted(f.value for f in case.flags))
    if name.startswith("flag:"):  # a yes/no condition column: the flag it sets, or "no"
        code = name[len("flag:"):].split(":")[0]
        if code in {f.value for f in case.flags}:
            return code
        times = "; ".join(w.describe() for w in case.windows if w.inconvenient) if code == "do_not_visit" else ""
        return times or "no"  # "No visitar: lunes por la mañana" is the times not to visit
    if name in ("appointment", "inconvenient"):
        wanted = name == "inconvenient"
        return "; ".join(w.describe() for w in case.windows if w.inconvenient == wanted)
    if name == PAIR_FIELD:  # "40.4168, -3.7038" as read
        return "" if case.lat is None else f"{shown(case, 'lat', as_of)}, {shown(case, 'lon', as_of)}"
    if name in ("lat", "lon"):
        value = getattr(case, name)
        return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")
    value = getattr(case, name, "")
    return "" if value is None else str(value)


def preview_import(table: Table, options: ImportOptions, *, file_name: str, as_of: date,
                   zones: ZoneLookup | None = None, default_timezone: str = "UTC", default_zone_given: bool = True,
                   default_country: str = "", default_currency: str = "",
                   limit: int = PREVIEW_ROWS, sample: int = SAMPLE_ROWS, rules=None, as_of_given: bool = True) -> dict:
    """What importing ``table`` with ``options`` would do, as a JSON-ready dict::

        {file, sheet, sheets, header_row, encoding, delimiter, conventions: {decimal, date_order,
         country, currency, evidence, ...}, columns: [{source, field, action, examples}], sample: [{row,
         values: {source: text}, errors: [..], review: [..]}], review: [{row, column, error}],
         notes: [{row, column, note}] (appointment times clipped to the lawful hours), as_of (the day
         days past due count from: the user's, else the cut-off date the file states, else today;
         ``as_of_given`` False: the user gave none),
         rejected: [...], rows_read (the rows as the import counts them: a broken record, rejected, is one), complete, profile, profile_match, skipped, conflicts, sheets_read, sheets_not_read: [{field, chosen, other, tie,
         why}], warnings: [...], no_currency: amounts waiting for a currency nothing gives, no_zone: bool
         (neither the file nor the workspace gives a country or time zone)}

    Examples and sample values are cut to :data:`~fieldvisit.domain.text.PREVIEW_CELL_CHARS`
    characters with "…" (a 100,000-character cell does not travel whole; plain output and the
    window cut them shorter still). ``complete`` is False when the file has more than ``limit`` rows (counts cover the first
    ``limit``). ``rules`` (a RuleBook): each country's lawful hours, as the import clips to them.
    ``problem``: why the import would be refused as it stands (no case id column), or
    None; the rows are still read (under a stand-in id) so the sample shows what the other columns
    give. Raises :class:`UserError` for a bad mapping.
    """
    columns = column_plan(table.headers, options.mapping, file_name, require_case_id=False)
    problem = case_id_problem(table.headers, [(c["source"], c["field"], c["action"]) for c in columns], file_name)
    split = with_coordinate_pairs(row_splitter(columns), columns)
    raw = [(number, *split(values), values) for number, values in islice(table.rows, limit + 1)]
    complete = len(raw) <= limit
    raw = raw[:limit]
    settle_status_columns(columns, [(mapped, kept) for _, mapped, kept, _ in raw], options.mapping)
    status_values(columns, [mapped for _, mapped, _, _ in raw])
    ctx, decided = row_context(
        table, [mapped for _, mapped, _, _ in raw], columns, as_of=as_of, zones=zones,
        default_timezone=default_timezone, default_zone_given=default_zone_given, default_country=default_country,
        default_currency=default_currency, dayfirst=options.dayfirst, decimal_comma=options.decimal_comma,
        country=options.country, currency=options.currency, rules=rules, as_of_given=as_of_given)
    as_of = ctx.as_of  # the file's cut-off date when it states one and the user gave none (as the import)
    conventions = conventions_json(decided)
    for i, col in enumerate(columns):
        col["examples"] = [clip(t, PREVIEW_CELL_CHARS) for t in (cell_text(v[i]) if i < len(v) else ""
                                                                 for _, _, _, v in raw) if t][:EXAMPLES]
    rejected, review, rows, clipped = [], [], [], []
    seen: dict[str, tuple[int, Case]] = {}
    waiting: dict[str, list] = {}  # rejected rows naming flags, before their case's row
    for number, mapped, kept, values in raw:
        if problem:  # no case id column: each row read under a stand-in id, so the preview still shows
            mapped = {**mapped, "case_id": f"ROW-{number}"}  # what the other cells give
        result = read_case(mapped, kept, ctx)
        errors = [{"row": number, "column": c, "error": m} for c, m in result.errors]
        notes = [{"row": number, "column": c, "error": m} for c, m in result.review]
        if result.case is None and result.rejected_id:  # its flags are kept on the case another row imports
            if id_key(result.rejected_id) in seen:
                first_row, first = seen[id_key(result.rejected_id)]
                if note := duplicate_flags(first, first_row, result, number):
                    notes.append({"row": number, "column": note[0], "error": note[1]})
            else:
                waiting.setdefault(id_key(result.rejected_id), []).append((number, result))
        elif result.case is not None and id_key(result.case.case_id) in seen:  # as the import: "a-001 " is A-001
            first_row, first = seen[id_key(result.case.case_id)]
            errors.append({"row": number, "column": "case_id", "error": f"case {result.case.case_id} appears "
                                                                        f"again (first on row {first_row})"})
            if note := duplicate_flags(first, first_row, result, number):  # its flags are kept on the case
                notes.append({"row": number, "column": note[0], "error": note[1]})
        elif result.case is not None:
            seen[id_key(result.case.case_id)] = (number, result.case)
            for n, earlier in waiting.pop(id_key(result.case.case_id), ()):
                if note := duplicate_flags(result.case, number, earlier, n):
                    notes.append({"row": number, "column": note[0], "error": note[1]})
        if errors:  # one entry per row, as the import reports it
            rejected.append({"row": number, "column": ", ".join(dict.fromkeys(e["column"] for e in errors)),
                             "error": "; ".join(e["error"] for e in errors)})
        review.extend(notes)
        clipped.extend({"row": number, "column": c, "note": m} for c, m in result.notes)
        if len(rows) < sample:
            shown_values = {}
            waits = {c for c, _ in result.review if c in VALUE_FIELDS}
            for i, col in enumerate(columns):
                raw_text = cell_text(values[i]) if i < len(values) else ""
                if col["action"] == "map" and col["field"] in PARTS:  # read into the name or address
                    shown_values[col["source"]] = raw_text
                elif col["action"] == "map" and col["field"].startswith(STATUS):  # "Deceased → deceased"
                    shown_values[col["source"]] = f"{raw_text} → {status_kind(raw_text)}" if raw_text else ""
                elif col["action"] == "map" and result.case is not None and col["field"] in waits:
                    shown_values[col["source"]] = f"{raw_text} (?)" if raw_text else ""  # to review: unset
                elif col["action"] == "map" and result.case is not None:
                    text = shown(result.case, col["field"], as_of)
                    shown_values[col["source"]] = text or (f"{raw_text} (?)" if raw_text else "")
                elif col["action"] == IGNORE or result.case is None:
                    shown_values[col["source"]] = raw_text
                else:
                    shown_values[col["source"]] = kept.get(col["source"], "")
            shown_values = {k: clip(v, PREVIEW_CELL_CHARS) for k, v in shown_values.items()}
            rows.append({"row": number, "values": shown_values, "errors": [e["error"] for e in errors],
                         "review": [n["error"] for n in notes]})
    by_row = {r["row"]: r for r in rows}
    for note in twin_notes([(r, case) for r, case in seen.values()]):  # A001 beside A-001: a note, not refused
        clipped.append({"row": note["row"], "column": "case_id", "note": note["error"]})
        if note["row"] in by_row:
            by_row[note["row"]].setdefault("notes", []).append(note["error"])
    clipped.sort(key=lambda r: r["row"])
    review.sort(key=lambda r: r["row"])
    skipped = []
    last = raw[-1][0] if raw else 0
    broken = 0
    for item in getattr(table, "skipped", []) or []:  # as the import: a broken record is rejected
        if not complete and item["row"] > last:  # read past the rows shown (the one that told more follow)
            continue
        if item.get("kind") == "broken":
            rejected.append({"row": item["row"], "column": "", "error": item["reason"]})
            broken += 1
        else:
            skipped.append(dict(item))
    rejected.sort(key=lambda r: r["row"])
    unzoned = sum(1 for _, c in seen.values() if c.timezone in ("", None, ctx.default_timezone))  # took no zone of their own
    return rows_as_json({"file": file_name, "as_of": as_of.isoformat(), "sheet": table.sheet, "sheets": list(table.sheets), "header_row": table.header_row,
            "encoding": table.encoding, "delimiter": {"\t": "tab"}.get(table.delimiter, table.delimiter),
            "conventions": conventions, "columns": columns, "sample": rows, "review": review, "notes": clipped,
            "rejected": rejected, "rows_read": len(raw) + broken, "complete": complete, "profile": options.profile,
            "kept_columns": [c["source"] for c in columns if c["action"] == KEEP],
            "ignored_columns": [c["source"] for c in columns if c["action"] == IGNORE],
            "skipped": skipped, "problem": problem,
            "conflicts": conflicts_of(columns, table.headers, options.mapping),
            "missing_fields": missing_fields(columns),
            "warnings": [w for w in (missing_warning(missing_fields(columns)),) if w] + unplaced_warnings(
                review, decided.country, ctx.default_zone_given, ctx.default_timezone, unzoned),
            # what neither the file nor the workspace gives (the window says it beside its boxes)
            "no_currency": sum(1 for r in review if no_currency_in(r["error"] or "")),
            "no_zone": not decided.country and not ctx.default_zone_given and bool(unzoned),
            "profile_match": options.profile_match,
            "sheets_read": list(getattr(table, "sheets_read", []) or []),
            "sheets_not_read": list(getattr(table, "sheets_not_read", []) or []),
            "hidden_rows": [r for r in (getattr(table, "hidden_rows", None) or []) if r in set(table.row_numbers)]})
