"""The interfaces services need from adapters (storage, files, zones). Adapters implement them;
unit tests use fakes."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from fieldvisit.domain.cases import Case, Collector
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError


@dataclass(slots=True)
class Table:
    """A case file read into memory-light form: header names and an iterator of raw rows.

    Row numbers are as a spreadsheet shows them (the header is row ``header_row``, 1-based).
    ``rows`` yields ``(row number, cell values)`` for the case rows only; as it is consumed,
    ``row_numbers`` collects each yielded row's number and ``skipped`` the rows set aside, each
    ``{"row": n, "reason": str, "kind": "total" | "note" | "report" | "broken"}`` (``report``: a page
    number, group heading, title or header printed again by a paged report; ``broken``: a record
    that cannot be read — unclosed quote, wrong number of values, formula without a saved result;
    the import rejects it with that reason). ``sheet`` is the worksheet read and ``sheets`` every
    worksheet name (XLSX); ``date_system`` the workbook's day zero for serial dates (1900 or 1904).
    """

    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 1
    total_rows: int | None = None
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    date_system: int = 1900
    #: Currency symbols the cells' number formats show, by column position (XLSX: ``{6: "£"}``
    #: for amounts formatted ``[$£-809]#,##0.00``).
    column_symbols: dict[int, str] = field(default_factory=dict)
    #: XLSX: the sheets read (several when they share the header: one per collector or branch;
    #: row numbers are then :class:`SheetRow`) and the other sheets that look like data but were
    #: not read, ``[{"sheet", "reason"}]`` (the user picks one with ``sheet=``).
    sheets_read: list[str] = field(default_factory=list)
    sheets_not_read: list[dict] = field(default_factory=list)

    #: Rows below the header hidden or filtered out in the workbook (XLSX): read and imported
    #: like the others, and named in the import's summary and preview.
    hidden_rows: list[int] = field(default_factory=list)

    #: The rows above the header, one text each (a report's title and captions, where it may state
    #: its cut-off date: ``Fecha de corte: 23/11/2026``).
    title_lines: list[str] = field(default_factory=list)


class SheetRow(int):
    """A row number in a workbook read sheet by sheet (one sheet per collector): an int for
    storage, shown ``Marta!3``; rows sort sheet by sheet (``order`` is the sheet's place)."""

    def __new__(cls, number: int, sheet: str, order: int = 0) -> SheetRow:
        obj = int.__new__(cls, number)
        obj.sheet, obj.order = sheet, order
        return obj

    def __str__(self) -> str:
        return f"{self.sheet}!{int(self)}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else format(int(self), spec)

    def __eq__(self, other) -> bool:
        if isinstance(other, SheetRow):
            return (self.order, int(self)) == (other.order, int(other))
        return int(self) == other

    __hash__ = int.__hash__

    def __lt__(self, other) -> bool:
        return (self.order, int(self)) < (getattr(other, "order", 0), int(other))

    def __gt__(self, other) -> bool:
        return (self.order, int(self)) > (getattr(other, "order", 0), int(other))

    def __reduce__(self):
        return SheetRow, (int(self), self.sheet, self.order)


def row_json(row):
    """A row number as JSON shows it: ``3``, or ``"Marta!3"`` for a workbook read sheet by sheet."""
    return str(row) if isinstance(row, SheetRow) else row


class TableReader(Protocol):
    def __call__(self, path: str, *, sheet: str | None = None, encoding: str | None = None,
                 delimiter: str | None = None, header_row: int | None = None) -> Table:
        """Read ``path``; each keyword, when given, overrides what the reader would detect."""


class ZoneLookup(Protocol):
    def zone_for(self, country: str, lat: float | None, lon: float | None) -> str | None: ...


@dataclass(slots=True)
class ImportRecord:
    file_name: str
    sha256: str
    as_of: date
    rows: int
    imported: int
    updated: int
    rejected: list[dict]
    review: list[dict] = field(default_factory=list)
    profile: str | None = None  # the saved import profile the file was read with
    headers_key: str | None = None  # the signature of its column headers (domain.import_sources)


class CaseRepository(Protocol):
    def keys(self, among: Sequence[str] | None = None) -> dict[str, int]:
        """case_id → storage key for every case (or for those of ``among`` that are stored)."""
    def flags_of(self, pks: Sequence[int]) -> dict[int, frozenset]:
        """Storage key → the stored flags (a frozenset of Flag) of those cases."""
    def places_of(self, pks: Sequence[int]) -> dict[int, tuple[str, float | None, float | None, str]]:
        """Storage key → ``(address, lat, lon, geo_status)`` of those cases (degrees; None: no position)."""
    def with_appointments(self, pks: Sequence[int]) -> set[int]:
        """The storage keys of those cases that have appointment windows stored (not inconvenient times)."""
    def add_many(self, cases: Sequence[Case], import_id: int | None) -> None: ...
    def update_many(self, updates: Sequence[tuple[int, Case, frozenset[str]]], import_id: int | None,
                    unchanged: set[str] | None = None) -> list[dict]:
        """Update the named fields of stored cases, keeping what they were in the history.
        Returns the flag changes ``[{case_id, before, after}]``. ``unchanged`` (an import's set):
        cases the update would leave as they are are not written, only their import is
        recorded, and their ids are added to it."""
    def list(self, *, status: str | None = None, collector: str | None = None) -> list[Case]: ...
    def get(self, case_id: str) -> Case | None: ...
    def history(self, case_id: str) -> list[dict]: ...
    def assign(self, case_ids: Sequence[str], collector_id: int | None) -> int: ...
    def unassigned(self) -> list[str]: ...
    def count(self) -> int: ...
    def set_flags(self, case_id: str, flags) -> None: ...
    def set_status(self, case_ids: Sequence[str], status: str) -> int: ...
    def last_payments(self, case_ids) -> dict: ...
    def set_position(self, case_id: str, lat: float | None, lon: float | None, status: str,
                     timezone: str | None = None) -> None: ...
    def needing_position(self) -> list[Case]: ...


class CollectorRepository(Protocol):
    def list(self) -> list[Collector]: ...
    def get_or_create(self, name: str) -> Collector: ...
    def get(self, name: str) -> Collector | None: ...
    def save(self, collector: Collector) -> Collector: ...


class SettingsRepository(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


class ImportLog(Protocol):
    def start(self, file_name: str, sha256: str, as_of: date) -> int: ...
    def finish(self, import_id: int, record: ImportRecord) -> None: ...
    def sources(self) -> list[dict]:
        """Every import recorded, oldest first: ``[{id, file_name, profile, headers_key, as_of}]``
        (``headers_key``: :func:`~fieldvisit.domain.import_sources.headers_key`, None before it was kept)."""
    def open_cases_of(self, import_ids: Sequence[int]) -> list[str]:
        """Case ids (stored order) of the open cases last written by one of those imports."""


class PlanStore(Protocol):
    def save(self, day: date, collector: str, data: dict) -> int: ...
    def latest(self, day: date, collector: str | None = None) -> list[dict]: ...


class GeocodeCache(Protocol):
    def get(self, provider: str, query: str) -> tuple[float | None, float | None, str] | None: ...
    def put(self, provider: str, query: str, lat: float | None, lon: float | None, display: str) -> None: ...


class GeocoderOffline(Exception):
    """The geocoding service cannot be reached (no network); addresses stay in the queue."""


class GeocoderRefused(Exception):
    """The geocoding service would not geocode: ``kind`` is one of ``rate_limited`` (HTTP 429),
    ``quota``, ``denied`` (401/403), ``unavailable`` (503), ``timeout`` (no answer in time),
    ``unreachable`` (nothing answers at ``where``, the URL the user gave), ``closed`` (the server
    at ``where`` reset or closed the connection without answering), ``insecure`` (no secure
    connection with ``where``; ``detail``: ``untrusted`` certificate, ``not_https`` — the server
    does not speak https —, or ``failed``), ``error`` (an answer that is an error message,
    ``detail`` its text), ``unreadable`` (an answer that is not a geocoder's), ``server`` (any
    other failure); ``status`` the HTTP status when known; ``retry_after`` the seconds the
    service asks to wait (its Retry-After), None when it says nothing. Addresses stay in the
    queue."""

    def __init__(self, kind: str, status: int | None = None, *, retry_after: float | None = None,
                 where: str = "", detail: str = "") -> None:
        super().__init__(kind if status is None else f"{kind} (HTTP {status})")
        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.where = where
        self.detail = detail


class Geocoder(Protocol):
    key: str  # provider + URL: what the cache is keyed on

    def geocode(self, query: str, country: str = "") -> tuple[float, float, str] | None:
        """``(lat, lon, display name)``, None when not found; GeocoderOffline when unreachable,
        GeocoderRefused when the service answers with an error. ``country`` (ISO code, may be
        empty): the country the address is in, for geocoders that can search within one."""


class VisitStore(Protocol):
    def get(self, visit_id: str) -> dict | None: ...
    def replaced_by(self, visit_id: str) -> str | None: ...
    def add(self, visit, version: int, content_hash: str, warnings: list[str], recorded_at, **extra) -> None: ...
    def add_many(self, items: list[dict]) -> None: ...
    def hashes(self, visit_ids: list[str]) -> dict[str, str]: ...
    def replacements(self, replaced_ids: list[str]) -> dict[str, str]: ...
    def unacknowledged(self) -> list[dict]: ...
    def acknowledge(self, visit_ids: list[str], at) -> int: ...
    def from_devices(self, devices: list[str]) -> list[str]: ...
    def list(self, case_id: str | None = None, *, since=None, until=None) -> list[dict]: ...


class DraftStore(Protocol):
    def save(self, draft_id: str, case_id: str, data: dict) -> None: ...
    def delete(self, draft_id: str) -> None: ...
    def list(self) -> list[dict]: ...


class AuditLog(Protocol):
    def append(self, action: str, subject: str, details: dict | None = None) -> None: ...
    def append_many(self, items: list[tuple[str, str, dict]]) -> None: ...
    def entries(self) -> list: ...


class OverrideStore(Protocol):
    def add(self, case_id: str, day: date | None, by: str, reason: str) -> None: ...
    def for_cases(self, case_ids: list[str], since: date) -> list[dict]: ...
    def for_day(self, day: date) -> dict[str, dict]: ...


class KeyStore(Protocol):
    def identity(self) -> dict | None: ...
    def create_identity(self, name: str, role: str, keys: dict) -> None: ...
    def trust(self, doc: dict) -> bool: ...
    def revoke(self, fingerprint: str) -> dict | None: ...
    def peers(self) -> list[dict]: ...


class SyncLog(Protocol):
    def next_seq(self, direction: str, peer: str) -> int: ...
    def add(self, direction: str, peer: str, seq: int, sha256: str, created_at, summary: dict) -> None: ...
    def entries(self, direction: str, peer: str | None = None) -> list[dict]: ...


class ReviewStore(Protocol):
    def add(self, visit_id: str, status: str, comment: str, by: str, at=None) -> None: ...
    def latest(self, visit_ids: list[str] | None = None) -> dict[str, dict]: ...


class WindowReviewStore(Protocol):
    """What an import could not read for sure, waiting for a person (appointment texts, values,
    condition cells holding a case, time zones, coordinates): ``{id, case_id, column, text,
    error, row, import_id, created_at}``; open until resolved."""

    def add_many(self, items: list[dict], import_id: int | None) -> None: ...
    def close(self, keys: Iterable[tuple[str, str]], by: str, resolution: str,
              keep: Collection[tuple[str, str, str]] = ()) -> int:
        """Close the open items of these ``(case_id, column)`` pairs, but those ``keep`` names as
        ``(case_id, column, text)``; returns how many were closed."""
    def pending(self) -> list[dict]: ...
    def count(self) -> int: ...
    def get(self, review_id: int) -> dict | None: ...
    def resolve(self, review_id: int, by: str, resolution: str, action: str = "corrected") -> None:
        """``action``: corrected (``resolution`` is the new text) or dismissed (it is the reason)."""
    def decisions(self, case_ids: list[str]) -> dict[tuple[str, str, str], tuple[str, str]]: ...


class HolidayCalendar(Protocol):
    def __call__(self, country: str, subdivision: str, years) -> dict[date, str]:
        """``{date: name}`` of public holidays of a country (ISO alpha-2) and subdivision (``MD``
        or empty) in the given years; raises ValueError naming the valid subdivisions."""


class WorkdayCalendar(Protocol):
    def __call__(self, country: str, subdivision: str, years) -> frozenset[date]:
        """Saturdays and Sundays a country made official working days in the given years (China's
        调休 make-up days); empty for most countries. Raises ValueError for an unknown subdivision."""


class WriteConflict(Exception):
    """Another writer committed the same rows first (unique constraint); retry the operation."""


class WorkspaceBusy(UserError):
    """Another FieldVisit held the workspace's write lock longer than the busy timeout (SQLite);
    nothing of the operation was written. Retrying later is safe."""

    def __init__(self) -> None:
        super().__init__(msg("Another FieldVisit is writing to this workspace; nothing was saved from this step. "
                             "Try again in a moment."))


class WorkspaceInUse(UserError):
    """Another FieldVisit process has the workspace open while this one would re-encrypt the whole
    file (passphrase change, recovery); nothing was changed."""

    def __init__(self) -> None:
        super().__init__(msg("Another FieldVisit (a window or a command) has this workspace open; nothing was "
                             "changed. Close it and try again."))


class PurgeStore(Protocol):
    """Wipes the personal data of cases that left the laptop once the office has every visit."""

    def candidates(self) -> list[str]: ...
    def personal_data(self, case_ids: list[str]) -> int: ...


class ImportStaging(Protocol):
    """New cases and updates of a long import, written in short transactions and published in one
    (see :mod:`fieldvisit.adapters.storage.staging`)."""

    def add(self, token: str, cases: Sequence[Case], first_seq: int) -> None:
        """Stage ``cases`` and their windows (``first_seq == 0`` creates the stage)."""
    def publish(self, token: str, import_id: int, collectors: Collection[str] | None = None) -> list[str]:
        """Insert the staged cases not stored yet (collectors must exist; ``collectors``: the
        names they may give, a superset is fine, None: read from the stage) and disown the stage
        (:meth:`drop` it after the commit); the staged case ids left out because they were stored
        meanwhile (usually none)."""
    def add_updates(self, token: str, updates: Sequence[tuple[int, Case, frozenset[str]]],
                    first_seq: int) -> tuple[list[str], list[dict], list[str]]:
        """Stage the new values of existing cases ``(case pk, case, fields present)``; the case
        ids staged (a case deleted meanwhile is not), the flag changes they would make
        (``[{case_id, before, after}]``) and the ids of the cases they leave as they are (not
        written when published; the import is recorded)."""
    def publish_updates(self, token: str, import_id: int, fields: set[str]) -> list[str]:
        """Apply the staged updates whose case did not change since staging (writing the
        columns of ``fields``, ``"collector"`` included when a case names one) and disown the
        stage; the case ids left out (to update from the file)."""
    def drop(self, token: str) -> None: ...
    def clear_abandoned(self) -> int:
        """Drop the stages of killed or cancelled imports; how many."""


class UnitOfWork(Protocol):
    """One operation's transaction: ``with uow: ...; uow.commit()``; leaving without commit
    rolls everything back."""

    cases: CaseRepository
    collectors: CollectorRepository
    settings: SettingsRepository
    imports: ImportLog
    plans: PlanStore
    geocache: GeocodeCache
    visits: VisitStore
    drafts: DraftStore
    audit: AuditLog
    overrides: OverrideStore
    keys: KeyStore
    sync_log: SyncLog
    reviews: ReviewStore
    window_reviews: WindowReviewStore
    calendar: HolidayCalendar  # not storage: the public-holiday data, read in the same operation
    workdays: WorkdayCalendar  # not storage: weekend days made working days (调休), same data
    purge: PurgeStore
    staging: ImportStaging

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
