"""The columns of a case file and how its cells are written, for the import and its preview.

:func:`column_plan` says what the import does with every column (mapped to a field, kept as
information, ignored) and refuses a bad mapping or a file without a case id column
(:func:`case_id_problem`); :func:`row_splitter` makes the function that splits each raw row into
its mapped cells and its kept information. :func:`file_conventions` decides how dates, decimals,
country and currency are written from the file's evidence (with :func:`header_symbols`, the
currency notes in its headers); :func:`conventions_json` is how the CLI and the preview show them.
"""

from __future__ import annotations

from datetime import date
from operator import itemgetter

from fieldvisit.domain.case_rows import StrippedCells, cell_text
from fieldvisit.domain.columns import KEEP, MappingError, column_conflicts, header_currency, plan_columns
from fieldvisit.domain.conventions import Conventions, decide_conventions
from fieldvisit.domain.flag_columns import STATUS
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import ZoneLookup


def header_symbols(headers: list[str], positions: dict[int, str],
                   column_symbols: dict[int, str] | None = None) -> dict[str, str]:
    """Currency notes in the mapped headers: ``{"balance": "$"}`` for ``Balance ($)``; else the
    symbol the column's number format shows (``column_symbols``, XLSX)."""
    out = {}
    for i, name in positions.items():
        note = header_currency(headers[i])[1] or (column_symbols or {}).get(i)
        if note:
            out[name] = note
    return out


def file_conventions(table_headers: list[str], positions: dict[int, str], rows: list[dict], *, as_of: date,
                     default_country: str = "", default_currency: str = "",
                     column_symbols: dict[int, str] | None = None, given_country: str = "",
                     zones: ZoneLookup | None = None) -> Conventions:
    """The file's conventions (date order, decimal mark, country, currency) from its rows
    (canonical column → raw cell); ``given_country``: the user's choice; ``zones``: tells the
    country of coordinates where countries' boxes overlap. The preview shows this and may pass an
    override to :func:`import_cases`."""
    return decide_conventions(rows, as_of=as_of, default_country=default_country,
                              default_currency=default_currency, given_country=given_country,
                              header_symbols=header_symbols(table_headers, positions, column_symbols),
                              zone_at=(lambda lat, lon: zones.zone_for("", lat, lon)) if zones else None)


def conventions_json(c: Conventions) -> dict:
    """The conventions as the CLI and the preview show them: ``decimal`` ``"."``/``","``/None,
    ``date_order`` ``"DMY"``/``"MDY"``/None (None: undecided, ambiguous values go to review), and
    ``dayfirst``, ``decimal_comma``, ``country``, ``currency``, ``evidence`` (one sentence each)."""
    return {"decimal": None if c.decimal_comma is None else ("," if c.decimal_comma else "."),
            "date_order": None if c.dayfirst is None else ("DMY" if c.dayfirst else "MDY"), **c.as_json()}


def column_plan(headers: list[str], mapping: dict[str, str] | None, file_name: str, *,
                require_case_id: bool = True) -> list[dict]:
    """Every column of the file with what the import does with it: ``[{source, field, action}]``.
    Raises :class:`UserError` for a bad mapping or (``require_case_id``) no case id column."""
    try:
        plan = plan_columns(headers, mapping)
    except MappingError as exc:
        raise UserError(msg('The mapping is wrong: {exc}.', exc=exc)) from exc
    problem = case_id_problem(headers, plan, file_name)
    if problem and require_case_id:
        raise UserError(problem)
    columns = [{"source": source, "field": f, "action": action} for source, f, action in plan]
    for note in column_conflicts(headers, mapping):  # "kept as information" says why
        for c in columns:
            if c["source"] == note["other"] and c["action"] == KEEP:
                c["note"] = note["why"]
    return columns


def case_id_problem(headers: list[str], plan: list, file_name: str) -> str | None:
    """The sentence refusing a file whose columns give no case id, or None."""
    if any(f == "case_id" for _, f, _ in plan):
        return None
    found = ", ".join(str(h) for h in headers if h) or "none"
    return msg('{file_name} has no case_id column (headers found: {found}); add one or name it with '
               '--mapping.', file_name=file_name, found=found)


def row_splitter(columns: list[dict], text_cells: bool = False):
    """A function: one raw row → ``(canonical column → cell, kept header → non-empty text)``.
    Full-width rows take a fast path (one itemgetter for the mapped cells); ``text_cells`` (a
    CSV's rows, all ``str``): their mapped cells come stripped, as :class:`StrippedCells`."""
    positions = {i: c["field"] for i, c in enumerate(columns) if c["action"] == "map"}
    kept_at = [(i, c["source"]) for i, c in enumerate(columns)  # a status column is information too
               if c["action"] == KEEP or (c["action"] == "map" and c["field"].startswith(STATUS))]
    indexes, names = list(positions), list(positions.values())
    if len(indexes) > 1:
        pick = itemgetter(*indexes)
    else:  # itemgetter of one index returns the cell, not a tuple
        pick = (lambda v: (v[indexes[0]],)) if indexes else (lambda v: ())
    widest = max([*indexes, *(i for i, _ in kept_at)], default=-1) + 1
    notes_at = next((i for i, name in positions.items() if name == "notes"), None)
    template = dict.fromkeys(names)

    def split(values: list) -> tuple[dict, dict[str, str]]:
        if len(values) >= widest:
            mapped = None
            if text_cells:
                try:
                    cells = StrippedCells(template)  # sized for every column at once: no regrowing
                    cells.update(zip(names, map(str.strip, pick(values))))
                    mapped = cells
                    if notes_at is not None and mapped["notes"]:
                        mapped["notes"] = values[notes_at]  # free text: kept as written (a leading TAB too)
                except TypeError:  # a cell that is no text after all: read as a spreadsheet's
                    pass
            if mapped is None:
                mapped = dict(zip(names, pick(values)))
        else:
            mapped = {name: values[i] for i, name in positions.items() if i < len(values)}
        kept = {}
        for i, source in kept_at:
            if i < len(values):
                text = cell_text(values[i])
                if text:
                    kept[source] = text
        return mapped, kept

    return split
