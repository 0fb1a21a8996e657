"""Import options and saved import profiles.

A profile is what a user decided about one source's files (a lender's export): the column
mapping (every header → a field, ``keep`` or ``ignore``) and the reading options (sheet, header
row, encoding, delimiter, decimal mark, date order). Profiles live in the workspace settings (key
``import_profiles``, one JSON object by name) and are recognised by the set of normalised headers,
so the next file with the same headers is read the same way without asking.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime

from fieldvisit.domain.columns import header_signature
from fieldvisit.domain.countries import CountryError, country_code
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table, TableReader, UnitOfWork

SETTING = "import_profiles"
DECIMALS = (".", ",")
DATE_ORDERS = ("DMY", "MDY")
_READ = ("sheet", "header_row", "encoding", "delimiter")
_OPTIONS = (*_READ, "decimal", "date_order", "country", "currency")


@dataclass(slots=True)
class ImportOptions:
    """What the user chose; ``None`` means "detect it". ``mapping``: ``{header: field|keep|ignore}``;
    ``decimal``: ``"."`` or ``","``; ``date_order``: ``"DMY"`` or ``"MDY"``; ``header_row`` 1-based;
    ``country``/``currency``: ISO codes the file's rows are read in when it does not say."""

    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    date_order: str | None = None
    country: str | None = None
    currency: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    profile: str | None = None

    def __post_init__(self) -> None:
        if self.country:
            try:
                self.country = country_code(self.country) or None
            except CountryError as exc:
                raise UserError(msg("The country is wrong: {exc}.", exc=exc)) from None
        if self.currency:
            code = self.currency.strip().upper()
            if not (len(code) == 3 and code.isascii() and code.isalpha()):
                raise UserError(msg("{value} is not a three-letter currency code such as USD.",
                                    value=repr(self.currency)))
            self.currency = code
        if self.decimal not in (None, *DECIMALS):
            raise UserError(msg("The decimal mark must be . or , (not {value}).", value=repr(self.decimal)))
        if self.date_order not in (None, *DATE_ORDERS):
            raise UserError(msg("The date order must be DMY or MDY (not {value}).", value=repr(self.date_order)))
        if self.header_row is not None and self.header_row < 1:
            raise UserError(msg("The header row must be 1 or more."))

    def read_kwargs(self) -> dict:
        return {k: getattr(self, k) for k in _READ if getattr(self, k) is not None}

    @property
    def dayfirst(self) -> bool | None:
        return None if self.date_order is None else self.date_order == "DMY"

    @property
    def decimal_comma(self) -> bool | None:
        return None if self.decimal is None else self.decimal == ","

    def over(self, profile: dict) -> ImportOptions:
        """These options on top of a saved profile's (what the user says now wins)."""
        saved = profile.get("options") or {}
        values = {k: getattr(self, k) if getattr(self, k) is not None else saved.get(k) for k in _OPTIONS}
        mapping = {**(profile.get("mapping") or {}), **self.mapping}
        return replace(self, **values, mapping=mapping, profile=profile["name"])

    def as_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def list_profiles(uow: UnitOfWork) -> dict[str, dict]:
    """Every saved profile by name: ``{name: {name, headers, mapping, options, saved_at}}``."""
    with uow:
        text = uow.settings.get(SETTING) or "{}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def get_profile(uow: UnitOfWork, name: str) -> dict:
    profiles = list_profiles(uow)
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise UserError(msg("No import profile named {name} (saved: {known}); save one with --save-profile.",
                            name=repr(name), known=known))
    return profiles[name]


def find_profile(uow: UnitOfWork, headers: list[str]) -> dict | None:
    """The profile saved for files with exactly these headers (normalised), if any (the newest)."""
    signature = list(header_signature(headers))
    found = [p for p in list_profiles(uow).values() if p.get("headers") == signature]
    return max(found, key=lambda p: p.get("saved_at") or "") if found else None


def save_profile(uow: UnitOfWork, name: str, headers: list[str], columns: list[dict],
                 options: ImportOptions) -> dict:
    """Save (or replace) profile ``name`` for files with ``headers``: ``columns`` is the column plan
    (``[{source, field, action}]``, every column); reading options the user set are kept too."""
    name = (name or "").strip()
    if not name:
        raise UserError(msg("Give the profile a name."))
    mapping = {c["source"]: c["field"] if c["action"] == "map" else c["action"] for c in columns}
    profile = {"name": name, "headers": list(header_signature(headers)), "mapping": mapping,
               "options": {k: getattr(options, k) for k in _OPTIONS if getattr(options, k) is not None},
               "saved_at": datetime.now(UTC).isoformat(timespec="seconds")}
    with uow:
        text = uow.settings.get(SETTING) or "{}"
        try:
            profiles = json.loads(text)
        except json.JSONDecodeError:
            profiles = {}
        profiles[name] = profile
        uow.settings.set(SETTING, json.dumps(profiles, ensure_ascii=False, sort_keys=True))
        uow.audit.append("import_profile", name, {"headers": profile["headers"], "mapping": mapping})
        uow.commit()
    return profile


def merge_profiles(uow: UnitOfWork, incoming: dict[str, dict]) -> int:
    """Add profiles from a settings file (same name: the file's wins); returns how many (audited)."""
    if not incoming:
        return 0
    with uow:
        try:
            profiles = json.loads(uow.settings.get(SETTING) or "{}")
        except json.JSONDecodeError:
            profiles = {}
        profiles.update(incoming)
        uow.settings.set(SETTING, json.dumps(profiles, ensure_ascii=False, sort_keys=True))
        uow.audit.append("import_profiles_imported", "settings", {"profiles": sorted(incoming)})
        uow.commit()
    return len(incoming)


def delete_profile(uow: UnitOfWork, name: str) -> None:
    """Forget profile ``name`` (audited); :class:`UserError` when there is none by that name."""
    get_profile(uow, name)
    with uow:
        profiles = json.loads(uow.settings.get(SETTING) or "{}")
        profiles.pop(name, None)
        uow.settings.set(SETTING, json.dumps(profiles, ensure_ascii=False, sort_keys=True))
        uow.audit.append("import_profile_deleted", name, {})
        uow.commit()


def open_table(uow: UnitOfWork, read: TableReader, path: str,
               options: ImportOptions) -> tuple[Table, ImportOptions]:
    """Read ``path`` with the user's options, a named profile's, or the profile saved for these
    headers (applied automatically). Returns the table and the options in force (``profile`` set
    when one was applied). Raises :class:`UserError` for an unknown profile or unreadable file."""
    if options.profile:
        options = options.over(get_profile(uow, options.profile))
        return read(path, **options.read_kwargs()), options
    table = read(path, **options.read_kwargs())
    profile = find_profile(uow, table.headers)
    if profile is None:
        return table, options
    merged = options.over(profile)
    if merged.read_kwargs() != options.read_kwargs():
        table = read(path, **merged.read_kwargs())
    return table, merged

