"""What an import says when it is done (:class:`ImportSummary`): the rows imported, updated,
rejected and skipped, every column and what became of it, the conventions read, the review items
and notes. Made by :mod:`.import_cases`, filled in by :mod:`.import_publish`; the CLI's ``--json``
and the window's result box show it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from fieldvisit.services.import_notes import rows_as_json


@dataclass(slots=True)
class ImportSummary:
    file_name: str
    rows: int = 0
    imported: int = 0
    updated: int = 0  # stored cases the file changed
    unchanged: int = 0  # stored cases the file matched and left as they were (an identical re-import)
    rejected: list[dict] = field(default_factory=list)
    windows: int = 0
    review: list[dict] = field(default_factory=list)
    reviewed_before: int = 0  # unreadable texts a person had already corrected or dismissed for the case
    columns: list[dict] = field(default_factory=list)  # [{source, field, action}], every column
    kept_columns: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    header_row: int = 1
    conventions: dict = field(default_factory=dict)
    skipped: list[dict] = field(default_factory=list)
    profile: str | None = None
    as_of: date | None = None
    #: blocking flags this import removed from stored cases: [{row, case_id, flags}] (always said)
    flags_dropped: list[dict] = field(default_factory=list)
    #: several columns could be the balance/phone/address: [{field, chosen, other, tie, why}]
    conflicts: list[dict] = field(default_factory=list)
    #: XLSX: the sheets read (several when they share the header) and data sheets not read, with why
    sheets_read: list[str] = field(default_factory=list)
    sheets_not_read: list[dict] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)  # case rows hidden/filtered in the workbook, imported
    #: notes that block nothing: [{row, case_id, column, note}] (an appointment clipped to the lawful hours;
    #: row and case_id None: a note on a whole column, e.g. status values nobody recognises)
    notes: list[dict] = field(default_factory=list)
    #: important fields no column gives ("balance", "name", "address", "days_past_due"), and the sentences saying so
    missing_fields: list[str] = field(default_factory=list)
    #: re-imported cases moved to another address without coordinates (position cleared): [{row, case_id}]
    moved: list[dict] = field(default_factory=list)
    #: same address, the position pinned by hand kept over the file's coordinates: [{row, case_id}]
    pins_kept: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: open stored cases from earlier imports of this source (same name, profile, headers or name but
    #: for its dates) it has no row for, kept unchanged: {count, case_ids (the first 20), compared_with:
    #: {file_name, as_of, why} of the newest such import or None}; see import_reimport.cases_not_in_file
    not_in_file: dict = field(default_factory=lambda: {"count": 0, "case_ids": [], "compared_with": None})
    #: re-imported cases whose blank appointment cell keeps the stored appointment: [{row, case_id}]
    appointments_kept: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["delimiter"] = {"\t": "tab"}.get(self.delimiter, self.delimiter)
        return rows_as_json(data)
