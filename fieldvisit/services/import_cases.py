"""Use case: import a case file, all or nothing; every row imported, updated or rejected.
This module reads and checks the rows and assembles the :class:`ImportSummary`; writing them
(staging a long file in short transactions, other writers getting through, and publishing it
with the import record and its audit entry in one short final transaction) is
:mod:`.import_publish`'s.

File-level problems (unreadable file, no ``case_id`` column, a bad mapping) raise
:class:`UserError` before anything is written. Row-level problems reject that row only, with its
row number (as a spreadsheet shows it), column and reason; a record the reader could not read
(unclosed quote, wrong number of values) is rejected the same way. Total/footer rows are listed
in ``skipped``. Every row is accounted for: ``rows == imported + updated + unchanged + len(rejected)``
(``unchanged``: a stored case the row matches and changes nothing of).

Every column is accounted for too: mapped to a field, kept as extra information (stored per
case, shown on the prep sheet) or ignored by the user's choice (:func:`~.import_columns.column_plan`);
the summary lists them all. The preview (``import_preview.py``) runs the same steps without writing.

How dates, decimals, country and currency are written is decided once from the file's evidence
(:func:`~.import_columns.file_conventions`, which the preview shows; the user's choices override
it); values that stay ambiguous go to ``review``, never a guess. The column plan, the row splitter
and these conventions are :mod:`.import_columns`'s (importable from here too); this module reads
the rows with them (:func:`row_context`, :func:`read_case`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from fieldvisit.domain.case_ids import id_key, id_problem
from fieldvisit.domain.case_rows import BALANCE_EMPTY, RowContext, RowResult, read_row
from fieldvisit.domain.cases import Case
from fieldvisit.domain.flag_columns import PREFIX as FLAG_PREFIX, FlagReading
from fieldvisit.domain.columns import IGNORE, KEEP
from fieldvisit.domain.conventions import Conventions
from fieldvisit.domain.file_as_of import file_as_of
from fieldvisit.domain.hold_review import review_text
from fieldvisit.domain.import_sources import headers_key
from fieldvisit.domain.lawful_windows import within_lawful
from fieldvisit.domain.row_money import no_currency_in
from fieldvisit.domain.window_parser import DEFAULT_LAWFUL, parse_windows
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.import_columns import (  # noqa: F401 - case_id_problem, header_symbols: importable here too
    case_id_problem, column_plan, conventions_json, file_conventions, header_symbols, row_splitter,
)
from fieldvisit.services.import_currency import in_stored_currency
from fieldvisit.services.import_moves import settle_moves
from fieldvisit.services.import_twins import note_near_twins
from fieldvisit.services.import_notes import conflicts_of, missing_fields, missing_warning
from fieldvisit.services.import_notes import unplaced_warnings
from fieldvisit.services.import_pairs import with_coordinate_pairs
from fieldvisit.services.import_reimport import cases_not_in_file, note_kept_appointments
from fieldvisit.services.import_publish import STAGE_CHUNK, match_stored_ids, publish_import
from fieldvisit.services.import_summary import ImportSummary
from fieldvisit.services.import_status import hold_for_rejected_rows, settle_status_columns, unknown_status_notes
from fieldvisit.services.ports import Table, UnitOfWork, ZoneLookup
from fieldvisit.services.progress import Progress, Work, gc_paused
from fieldvisit.services.hold_review import held_columns, lift_settled_holds
from fieldvisit.services.window_review import apply_decisions

PROGRESS_EVERY = 2000


def row_context(table: Table, rows: list[dict], columns: list[dict], *, as_of: date,
                zones: ZoneLookup | None, default_timezone: str, default_country: str, default_currency: str,
                default_zone_given: bool = True,
                dayfirst: bool | None = None, decimal_comma: bool | None = None,
                country: str | None = None, currency: str | None = None,
                conventions: Conventions | None = None, rules=None,
                as_of_given: bool = True) -> tuple[RowContext, Conventions]:
    """The :class:`RowContext` every row of this file is read with, and the conventions decided
    (the user's ``dayfirst``/``decimal_comma``/``country``/``currency`` over the file's evidence).
    ``as_of_given`` False (the user gave no as-of date; ``as_of`` is today): the file's own cut-off
    date, when its title or its rows state one (:func:`~fieldvisit.domain.file_as_of.file_as_of`),
    is the context's ``as_of``, said in the evidence."""
    positions = {i: c["field"] for i, c in enumerate(columns) if c["action"] == "map"}
    country_chosen = bool(country)
    if conventions is None:  # the user's country is the file's: dates, decimals and currency follow it
        conventions = file_conventions(table.headers, positions, rows, as_of=as_of,
                                       default_country=default_country, default_currency=default_currency,
                                       column_symbols=getattr(table, "column_symbols", None),
                                       given_country=(country or "").upper(), zones=zones)
        country = None
    chosen = {k: v for k, v in (("dayfirst", dayfirst), ("decimal_comma", decimal_comma), ("country", country),
                                ("currency", currency)) if v is not None}
    if chosen:
        conventions = conventions.override(**chosen)
    if not as_of_given and (stated := file_as_of(getattr(table, "title_lines", None) or [], rows, today=as_of,
                                                 dayfirst=conventions.dayfirst)):
        as_of = stated[0]  # the day the file counts its days past due from
        if stated[1] not in conventions.evidence:  # said once (the window passes the preview's conventions)
            conventions = replace(conventions, evidence=conventions.evidence + (stated[1],))
    fits = conventions.workspace_fits  # a workspace country the file contradicts lends it nothing
    ctx = RowContext(as_of=as_of, dayfirst=conventions.dayfirst, decimal_comma=conventions.decimal_comma,
                     default_timezone=default_timezone if fits else "UTC", default_zone_given=default_zone_given and fits,
                     default_country=conventions.country or conventions.fallback_country or (
                         default_country if fits else ""),
                     default_currency=conventions.currency or (default_currency if fits else ""),
                     row_order=conventions.row_order, country_chosen=country_chosen,
                     zone_for=zones.zone_for if zones else None, columns=frozenset(positions.values()),
                     header_symbols=header_symbols(table.headers, positions, getattr(table, "column_symbols", None)),
                     date_system=getattr(table, "date_system", 1900),
                     lawful_for=_lawful_hours(rules) if rules else None, chosen_currency=(currency or "").upper(),
                     days_for=_visiting_days(rules) if rules else None,
                     flag_labels={c["field"]: c["source"] for c in columns if c["action"] == "map"
                                  and (c["field"] == "flags" or c["field"].startswith(FLAG_PREFIX))})
    return ctx, conventions


def _lawful_hours(rules):
    """``country -> (start, end)`` of the rule book's contact hours, looked up once per country."""
    return lru_cache(maxsize=None)(lambda country: rules.for_country(country).contact_hours)


def _visiting_days(rules):
    """``country -> VisitingDays`` of the rule book (the planner's day rule), looked up once per country."""
    return lru_cache(maxsize=None)(lambda country: rules.for_country(country).visiting_days)


def read_case(values: dict, kept: dict[str, str], ctx: RowContext) -> RowResult:
    """:func:`read_row` plus the kept information columns; an id a spreadsheet turned into
    scientific notation rejects the row."""
    result = read_row(values, ctx)
    case = result.case
    if case is not None:
        if problem := id_problem(case.case_id):
            return RowResult(None, errors=[("case_id", problem)])
        if kept:
            case.extra = kept
            present = ctx.extra_sets.get(result.present)
            if present is None:  # shared by the rows that fill the same columns
                present = ctx.extra_sets[result.present] = result.present | {"extra"}
            result.present = present
    return result


def import_cases(uow: UnitOfWork, table: Table, **kwargs) -> Work[ImportSummary]:
    """Import a case file (see :func:`_import_cases` for the arguments), yielding progress."""
    with gc_paused():
        return (yield from _import_cases(uow, table, **kwargs))


def _import_cases(uow: UnitOfWork, table: Table, *, file_name: str, sha256: str, as_of: date,
                 mapping: dict[str, str] | None = None, zones: ZoneLookup | None = None,
                 default_timezone: str = "UTC", default_zone_given: bool = True, default_country: str = "",
                 default_currency: str = "", dayfirst: bool | None = None,
                 decimal_comma: bool | None = None, country: str | None = None, currency: str | None = None,
                 conventions: Conventions | None = None, profile: str | None = None, rules=None,
                 by: str = "", chunk_rows: int = STAGE_CHUNK, profile_saved_as: str | None = None,
                 refuse_when_all_rejected: bool = False, as_of_given: bool = True) -> Work[ImportSummary]:
    """``mapping``: ``{file header: field | "keep" | "ignore"}`` over the synonyms;
    ``dayfirst``/``decimal_comma``/``country``/``currency``: the user's choices over the file's
    ``conventions`` (decided from the file when None); ``profile``: the saved profile applied;
    ``rules`` (a RuleBook) gives each country's lawful contact hours, to which vague appointment
    times are clipped; unreadable appointment texts join the workspace's review queue (``by``).

    The import is recorded with its file name and profile (``profile_saved_as``, the name the
    user saves these choices under after the import, else ``profile``). A file that re-imports a
    source says which stored cases it has no row for (``summary.not_in_file``): the open cases
    last written by an earlier import of the same source: the same file name or profile, the same
    set of headers, or the same name once dates and numbers are taken out (a workspace may hold
    several lenders' files; cases of other sources, closed, paid or recalled cases, and cases
    entered by hand are not named). They are kept unchanged; ``not_in_file["compared_with"]``
    says which earlier import. A blank appointment cell keeps a stored case's appointment, with a
    note per case (``summary.appointments_kept``).

    More than ``chunk_rows`` new cases (or updates of stored cases) are staged in transactions of
    that many and published in one short final transaction (other writers get through meanwhile;
    a killed import changes nothing, and its stage is dropped by the next import).

    ``refuse_when_all_rejected`` (the CLI: exit 2): a file whose every row is rejected raises
    UserError naming the rows and columns (never the cells), and nothing is written.

    ``as_of_given`` False (the window; the CLI without ``--as-of``): ``as_of`` is today, and a
    cut-off date the file states (title line, or every row's due date and days past due agreeing
    on one day) is used instead (``summary.as_of``; said in the conventions' evidence)."""
    columns = column_plan(table.headers, mapping, file_name)
    summary = ImportSummary(file_name=file_name, columns=columns, encoding=table.encoding,
                            kept_columns=[c["source"] for c in columns if c["action"] == KEEP],
                            ignored_columns=[c["source"] for c in columns if c["action"] == IGNORE],
                            delimiter=table.delimiter, sheet=table.sheet, header_row=table.header_row,
                            profile=profile, as_of=as_of, conflicts=conflicts_of(columns, table.headers, mapping),
                            sheets_read=list(getattr(table, "sheets_read", []) or []),
                            sheets_not_read=list(getattr(table, "sheets_not_read", []) or []))
    summary.missing_fields = missing_fields(columns)
    summary.warnings = [w for w in (missing_warning(summary.missing_fields),) if w]
    total = table.total_rows or 0
    raw_rows: list[tuple[int, dict, dict]] = []
    split = with_coordinate_pairs(row_splitter(columns, text_cells=table.kind == "csv"), columns)
    for number, values in table.rows:
        raw_rows.append((number, *split(values)))
        if len(raw_rows) % PROGRESS_EVERY == 0:
            yield Progress(len(raw_rows), total * 2, f"Reading row {number}")
    total = len(raw_rows) * 2
    settle_status_columns(columns, [(mapped, kept) for _, mapped, kept in raw_rows], mapping)
    summary.notes = unknown_status_notes(columns, [mapped for _, mapped, _ in raw_rows])  # said first
    summary.kept_columns = [c["source"] for c in columns if c["action"] == KEEP]
    ctx, conventions = row_context(
        table, [values for _, values, _ in raw_rows], columns, as_of=as_of, zones=zones,
        default_timezone=default_timezone, default_zone_given=default_zone_given, default_country=default_country,
        default_currency=default_currency, dayfirst=dayfirst, decimal_comma=decimal_comma, country=country,
        currency=currency, conventions=conventions, rules=rules, as_of_given=as_of_given)
    as_of = summary.as_of = ctx.as_of  # the file's cut-off date when it states one and the user gave none
    summary.conventions = conventions_json(conventions)
    if not conventions.workspace_fits:  # said with the result too, not only in the preview
        summary.warnings += [e for e in conventions.evidence if "does not fit this file" in e][:1]

    good: list[tuple[int, Case, frozenset[str]]] = []
    readings: dict[str, tuple[int, FlagReading]] = {}  # rows that say something about flags
    said_flags: list[tuple[str, FlagReading]] = []  # rows with a flag column not blank
    first_seen: dict[str, int] = {}
    good_at: dict[str, int] = {}  # case id key → its position in good
    again: list[tuple] = []  # rejected rows that name flags: (row, result)
    rejected_ids: list[str] = []  # the case ids of rows rejected for their cells
    inconvenient_column = "inconvenient" in ctx.columns or any(k.startswith("flag:do_not_visit") for k in ctx.flag_labels)
    for done in range(1, len(raw_rows) + 1):
        number, values, kept = raw_rows[done - 1]
        raw_rows[done - 1] = (number, None, None)  # free the raw cells as we go
        result = read_case(values, kept, ctx)
        if result.case is None:
            where = ", ".join(dict.fromkeys(c for c, _ in result.errors))
            summary.rejected.append({"row": number, "column": where,
                                     "error": "; ".join(m for _, m in result.errors)})
            if result.rejected_id:
                rejected_ids.append(result.rejected_id)  # in the file: never "not in the file"
                if result.flag_reading is not None and result.flag_reading.flags:
                    again.append((number, result))
        elif (first := first_seen.get(key := id_key(result.case.case_id))) is not None:
            summary.rejected.append({"row": number, "column": "case_id",
                                     "error": f"case {result.case.case_id} appears again (first on "
                                              f"row {first})"})
            if result.flag_reading is not None and result.flag_reading.flags:
                again.append((number, result))
        else:
            case, reading = result.case, result.flag_reading
            first_seen[key] = number
            good_at[key] = len(good)
            good.append((number, case, result.present))
            if reading is not None:
                if reading.says_anything:
                    readings[case.case_id] = (number, reading)
                if reading.said:
                    said_flags.append((case.case_id, reading))
            if result.notes:
                summary.notes.extend({"row": number, "case_id": case.case_id, "column": c, "note": m}
                                     for c, m in result.notes)
            if case.windows:  # inconvenient times come only from an "inconvenient" column
                summary.windows += sum(1 for w in case.windows if not w.inconvenient) if \
                    inconvenient_column else len(case.windows)
            if result.review:
                summary.review.extend({"row": number, "column": c, "error": m, "case_id": case.case_id,
                                       "text": review_text(c, values, case, ctx.decimal_comma, m)}
                                      for c, m in result.review)
        if done % PROGRESS_EVERY == 0:
            yield Progress(len(raw_rows) + done, total, f"Checking row {number}")
    summary.review += hold_for_rejected_rows(again, good, good_at, readings)  # their flags are not lost
    for item in table.skipped:
        if item.get("kind") == "broken":
            summary.rejected.append({"row": item["row"], "column": "", "error": item["reason"]})
        else:
            summary.skipped.append(dict(item))
    summary.rejected.sort(key=lambda r: r["row"])
    hidden = set(getattr(table, "hidden_rows", ()) or ())
    summary.hidden_rows = [n for n, _, _ in good if n in hidden] if hidden else []
    summary.rows = len(raw_rows) + sum(1 for item in table.skipped if item.get("kind") == "broken")

    if refuse_when_all_rejected and summary.rejected and not good:
        # rows and columns only: the reasons quote cells, and cells are personal data
        first = ", ".join(f"row {r['row']}" + (f" ({r['column']})" if r["column"] else "")
                          for r in summary.rejected[:3])
        raise UserError(msg("None of the {n} rows of {file_name} could be imported (rejected: {first}); nothing "
                            "was written. The preview (--preview) shows why each row is rejected.",
                            n=summary.rows, file_name=file_name, first=first))
    yield Progress(total, total, "Saving")
    with uow:  # short: drop what killed imports left, then read who imports and what is stored
        uow.staging.clear_abandoned()
        uow.commit()
        me = uow.keys.identity()
        if me is not None and me["role"] == "collector":
            # a collector's own workspace: every case in a file they import is theirs to visit
            good = [(n, case, present | {"collector"}) if not case.collector else (n, case, present)
                    for n, case, present in good]
            for _, case, _ in good:
                case.collector = case.collector or me["name"]
        def reread(case, text):  # a person's earlier correction, read as the import reads (lawful hours too;
            # an inconvenient time outside them is no loss: nobody visits then)
            lawful = ctx.lawful_for(case.country) if ctx.lawful_for else DEFAULT_LAWFUL
            return within_lawful(parse_windows(text, case.timezone, dayfirst=ctx.dayfirst is not False, today=as_of,
                                               lawful=lawful).windows, lawful,
                                 days=ctx.days_for(case.country) if ctx.days_for else None)[0]

        stored = uow.cases.keys()
        source = profile_saved_as or profile
        key = headers_key(table.headers)  # the file's ids as read, before matching
        summary.not_in_file = cases_not_in_file(uow, file_name, source, key,
                                                lambda: first_seen.keys() | {id_key(i) for i in rejected_ids})
        good = match_stored_ids(good, stored, summary)
        good = settle_moves(uow, good, stored, summary)
        note_kept_appointments(uow, good, stored, summary, ctx.columns)
        note_near_twins(uow, good, stored, summary)
        # a blank balance keeps a stored case's balance; only a new case's waits for review
        summary.review = [r for r in summary.review if r["case_id"] not in stored or not (
            r["column"] == "balance" and r["error"] == BALANCE_EMPTY)]
        if any(no_currency_in(r["error"] or "") for r in summary.review):  # a stored case's own currency (BRK15 #8)
            good, summary.review = in_stored_currency(uow, good, stored, summary.review, ctx.decimal_comma)
        summary.warnings += unplaced_warnings(summary.review, conventions.country, ctx.default_zone_given,
                                              ctx.default_timezone,  # no currency, no zone: said
                                              sum(1 for _, c, _ in good if c.timezone in ("", None, ctx.default_timezone)))
        items = summary.review
        summary.review, summary.reviewed_before = apply_decisions(
            uow, [case for _, case, _ in good], summary.review, reread=reread, readings=readings)
        good = lift_settled_holds(uow, good, readings, said_flags, summary.review)
        replaced_holds = held_columns(uow, good, summary.review, said_flags)
        set_again: dict[str, set[str]] = {}  # case id → fields a person's earlier answer sets again
        for i in items:
            if decided := i.pop("decided", False):
                set_again.setdefault(i["case_id"], set()).update(decided if isinstance(decided, set) else (i["column"],))
        if set_again:  # values a person set for these very texts: stored as set
            good = [(n, case, present | set_again[case.case_id]) if case.case_id in set_again else (n, case, present)
                    for n, case, present in good]
        if summary.reviewed_before:
            summary.windows = sum(1 for _, case, _ in good for w in case.windows if not w.inconvenient)
    # made before this frame lets go of ``stored``: the writer drops it once the cases are split
    work = publish_import(uow, good, stored, summary, readings=readings, replaced_holds=replaced_holds,
                          columns=ctx.columns, file_name=file_name, sha256=sha256, as_of=as_of, by=by,
                          chunk_rows=chunk_rows, profile=source, headers_key=key)
    del stored
    yield from work
    assert summary.imported + summary.updated + summary.unchanged + len(summary.rejected) == summary.rows
    return summary
