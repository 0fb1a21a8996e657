"""Use case: import a case file. One transaction; every row imported, updated or rejected.

File-level problems (unreadable file, no ``case_id`` column, a bad mapping) raise
:class:`UserError` before anything is written. Row-level problems reject that row only, with its
row number (as a spreadsheet shows it), column and reason; a record the reader could not read
(unclosed quote, wrong number of values) is rejected the same way. Total/footer rows are listed
in ``skipped``. Every row is accounted for: ``rows == imported + updated + len(rejected)``.

How dates, decimals, country and currency are written is decided once from the file's evidence
(:func:`file_conventions`, which the import preview calls and may override by passing
``conventions``); values that stay ambiguous go to ``review``, never a guess.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from operator import itemgetter

from fieldvisit.domain.case_rows import RowContext, read_row
from fieldvisit.domain.cases import Case
from fieldvisit.domain.columns import MappingError, header_currency, match_headers
from fieldvisit.domain.conventions import Conventions, decide_conventions
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import ImportRecord, Table, UnitOfWork, ZoneLookup
from fieldvisit.services.progress import Progress, Work, gc_paused

PROGRESS_EVERY = 2000


@dataclass(slots=True)
class ImportSummary:
    file_name: str
    rows: int = 0
    imported: int = 0
    updated: int = 0
    rejected: list[dict] = field(default_factory=list)
    windows: int = 0
    review: list[dict] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    as_of: date | None = None
    sheet: str = ""
    header_row: int = 1
    skipped: list[dict] = field(default_factory=list)
    conventions: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["delimiter"] = {"\t": "tab"}.get(self.delimiter, self.delimiter)
        return data


def header_symbols(headers: list[str], positions: dict[int, str]) -> dict[str, str]:
    """Currency notes in the mapped headers: ``{"balance": "$"}`` for ``Balance ($)``."""
    out = {}
    for i, name in positions.items():
        note = header_currency(headers[i])[1]
        if note:
            out[name] = note
    return out


def file_conventions(table_headers: list[str], positions: dict[int, str], rows: list[dict], *, as_of: date,
                     default_country: str = "", default_currency: str = "") -> Conventions:
    """The file's conventions (date order, decimal mark, country, currency) from its rows
    (canonical column → raw cell). The preview shows this and may pass an override to
    :func:`import_cases`."""
    return decide_conventions(rows, as_of=as_of, default_country=default_country,
                              default_currency=default_currency,
                              header_symbols=header_symbols(table_headers, positions))


def import_cases(uow: UnitOfWork, table: Table, **kwargs) -> Work[ImportSummary]:
    """Import a case file (see :func:`_import_cases` for the arguments), yielding progress."""
    with gc_paused():
        return (yield from _import_cases(uow, table, **kwargs))


def _import_cases(uow: UnitOfWork, table: Table, *, file_name: str, sha256: str, as_of: date,
                 mapping: dict[str, str] | None = None, zones: ZoneLookup | None = None,
                 default_timezone: str = "UTC", default_country: str = "",
                 default_currency: str = "", dayfirst: bool | None = None,
                 conventions: Conventions | None = None) -> Work[ImportSummary]:
    try:
        positions, ignored = match_headers(table.headers, mapping)
    except MappingError as exc:
        raise UserError(msg('The mapping is wrong: {exc}.', exc=exc)) from exc
    if "case_id" not in positions.values():
        found = ", ".join(h for h in table.headers if h) or "none"
        raise UserError(msg('{file_name} has no case_id column (headers found: {found}); add one or name it with '
                            '--mapping.', file_name=file_name, found=found))
    summary = ImportSummary(file_name=file_name, ignored_columns=ignored, encoding=table.encoding,
                            delimiter=table.delimiter, as_of=as_of, sheet=table.sheet, header_row=table.header_row)
    total = table.total_rows or 0
    raw_rows: list[tuple[int, dict]] = []
    indexes, names = list(positions), list(positions.values())
    pick = itemgetter(*indexes) if len(indexes) > 1 else (lambda v: (v[indexes[0]],))
    widest = max(indexes) + 1
    for number, values in table.rows:
        if len(values) >= widest:
            raw_rows.append((number, dict(zip(names, pick(values)))))
        else:
            raw_rows.append((number, {name: values[i] for i, name in positions.items() if i < len(values)}))
        if len(raw_rows) % PROGRESS_EVERY == 0:
            yield Progress(len(raw_rows), total * 2, f"Reading row {number}")
    total = len(raw_rows) * 2
    rows_only = [values for _, values in raw_rows]
    if conventions is None:
        conventions = file_conventions(table.headers, positions, rows_only, as_of=as_of,
                                       default_country=default_country, default_currency=default_currency)
    if dayfirst is not None:
        conventions = conventions.override(dayfirst=dayfirst)
    del rows_only
    summary.conventions = conventions.as_json()
    ctx = RowContext(as_of=as_of, dayfirst=conventions.dayfirst, decimal_comma=conventions.decimal_comma,
                     default_timezone=default_timezone, default_country=conventions.country or default_country,
                     default_currency=conventions.currency or default_currency,
                     zone_for=zones.zone_for if zones else None, columns=frozenset(positions.values()),
                     header_symbols=header_symbols(table.headers, positions), date_system=table.date_system)

    good: list[tuple[int, Case, frozenset[str]]] = []
    first_seen: dict[str, int] = {}
    for done in range(1, len(raw_rows) + 1):
        number, values = raw_rows[done - 1]
        raw_rows[done - 1] = (number, None)  # free the raw cells as we go
        result = read_row(values, ctx)
        if result.case is None:
            columns = ", ".join(dict.fromkeys(c for c, _ in result.errors))
            summary.rejected.append({"row": number, "column": columns,
                                     "error": "; ".join(m for _, m in result.errors)})
        elif result.case.case_id in first_seen:
            summary.rejected.append({"row": number, "column": "case_id",
                                     "error": f"case {result.case.case_id} appears again (first on "
                                              f"row {first_seen[result.case.case_id]})"})
        else:
            first_seen[result.case.case_id] = number
            good.append((number, result.case, result.present))
            if result.case.windows:
                summary.windows += sum(1 for w in result.case.windows if not w.inconvenient)
            if result.review:
                summary.review.extend({"row": number, "column": c, "error": m} for c, m in result.review)
        if done % PROGRESS_EVERY == 0:
            yield Progress(len(raw_rows) + done, total, f"Checking row {number}")
    for item in table.skipped:
        if item.get("kind") == "broken":
            summary.rejected.append({"row": item["row"], "column": "", "error": item["reason"]})
        else:
            summary.skipped.append(dict(item))
    summary.rejected.sort(key=lambda r: r["row"])
    summary.rows = len(raw_rows) + sum(1 for item in table.skipped if item.get("kind") == "broken")

    yield Progress(total, total, "Saving")
    with uow:
        names = {c.collector for _, c, _ in good if c.collector}
        for name in sorted(names):
            uow.collectors.get_or_create(name)
        keys = uow.cases.keys()
        new = [case for _, case, _ in good if case.case_id not in keys]
        updates = [(keys[case.case_id], case, present) for _, case, present in good
                   if case.case_id in keys]
        import_id = uow.imports.start(file_name, sha256, as_of)
        uow.cases.add_many(new, import_id)
        flag_changes = uow.cases.update_many(updates, import_id)
        summary.imported, summary.updated = len(new), len(updates)
        uow.imports.finish(import_id, ImportRecord(
            file_name=file_name, sha256=sha256, as_of=as_of, rows=summary.rows,
            imported=summary.imported, updated=summary.updated, rejected=summary.rejected,
            review=summary.review))
        uow.audit.append("import", file_name, {"sha256": sha256, "rows": summary.rows, "imported": summary.imported,
                                               "updated": summary.updated, "rejected": len(summary.rejected)})
        uow.audit.append_many([("flag", c["case_id"], {"before": c["before"], "after": c["after"], "by_import": file_name})
                               for c in flag_changes])
        uow.commit()
    assert summary.imported + summary.updated + len(summary.rejected) == summary.rows
    return summary
