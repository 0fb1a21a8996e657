"""Import options and saved import profiles.

A profile is what a user decided about one source's files (a lender's export): the column
mapping (every header → a field, ``keep`` or ``ignore``) and the reading options (sheet, header
row, encoding, delimiter, decimal mark, date order). Profiles live in the workspace settings (key
``import_profiles``, one JSON object by name) and are recognised by the set of normalised headers,
so the next file with the same headers is read the same way without asking.

Lenders' exports drift: a space, a capital, a dash, one more or one fewer column. A profile still
applies when the file's headers (compared without case, spaces and punctuation) share at least
:data:`MATCH_SHARE` of the larger header set, including the column it reads the case id from; the
options in force say so (``profile_match``: "applied profile 'banco' (headers differ: +1
column)"). When none applies, the nearest profile is named with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime

import re
import unicodedata

from fieldvisit.domain.columns import header_signature, normalise_header
from fieldvisit.domain.countries import CountryError, country_code
from fieldvisit.domain.money import currency_digits
from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import Table, TableReader, UnitOfWork

SETTING = "import_profiles"
DECIMALS = (".", ",")
DATE_ORDERS = ("DMY", "MDY")
_READ = ("sheet", "header_row", "encoding", "delimiter")
_OPTIONS = (*_READ, "decimal", "date_order", "country", "currency")
#: Share of the larger header set a file must have in common with a profile for it to apply.
MATCH_SHARE = 0.6


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
    #: how the file's headers matched a saved profile, or the nearest one and why it did not apply:
    #: ``{name, applied, exact, added: [...], missing: [...], respelled: [...], text}``
    profile_match: dict | None = None

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
            if currency_digits(code) is None:  # "XYZ": three letters, but no currency
                raise UserError(msg("{value} is not an ISO currency code; use one such as USD, EUR or MXN.",
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


def header_key(header: str) -> str:
    """A header compared without case, accents, spaces and punctuation: ``"Importe  Z."`` → ``"importez"``."""
    t = unicodedata.normalize("NFD", normalise_header(header))
    return re.sub(r"[\W_]+", "", "".join(c for c in t if unicodedata.category(c) != "Mn"))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def profile_match(profile: dict, headers: list[str]) -> dict:
    """How ``headers`` (a file's) match ``profile``: ``{name, applied, exact, share, added, missing,
    respelled, text}``. ``added``/``missing``: the file's headers the profile does not know / the
    profile's headers the file lacks; ``respelled``: equal but for case, spaces or punctuation."""
    saved = {header_key(h): h for h in profile.get("headers") or []}
    mapping = profile.get("mapping") or {}
    file_keys = {header_key(h): str(h).strip() for h in headers if h is not None and str(h).strip()}
    common = saved.keys() & file_keys.keys()
    added = sorted(file_keys[k] for k in file_keys.keys() - saved.keys())
    missing = sorted(saved[k] for k in saved.keys() - file_keys.keys())
    respelled = sorted(file_keys[k] for k in common if normalise_header(file_keys[k]) != saved[k])
    share = len(common) / max(len(saved), len(file_keys), 1)
    id_keys = {header_key(h) for h, target in mapping.items() if target == "case_id"}
    has_id = not id_keys or bool(id_keys & file_keys.keys())
    exact = not added and not missing and not respelled
    applied = exact or (share >= MATCH_SHARE and has_id)
    diffs = [d for d in ((f"+{_plural(len(added), 'column')}" if added else ""),
                         (f"-{_plural(len(missing), 'column')}" if missing else ""),
                         (f"{_plural(len(respelled), 'header')} spelt differently" if respelled else "")) if d]
    name = profile.get("name", "")
    if exact:
        text = f"applied profile {name!r} (same headers)"
    elif applied:
        text = f"applied profile {name!r} (headers differ: {', '.join(diffs)})"
    elif not has_id:
        text = (f"nearest profile {name!r} not applied: the file lacks its case id column "
                f"({', '.join(sorted(h for h, t in mapping.items() if t == 'case_id'))})")
    else:
        text = (f"nearest profile {name!r} not applied: only {len(common)} of {max(len(saved), len(file_keys))} "
                f"headers in common ({', '.join(diffs)})")
    return {"name": name, "applied": applied, "exact": exact, "share": round(share, 2), "added": added,
            "missing": missing, "respelled": respelled, "text": text}


def match_profile(uow: UnitOfWork, headers: list[str]) -> tuple[dict | None, dict | None]:
    """The profile that applies to a file with ``headers`` (exact first, then the closest that
    passes the threshold; newest on ties) and its match (see :func:`profile_match`); or
    ``(None, the nearest profile's match or None)``."""
    profiles = list(list_profiles(uow).values())
    if not profiles:
        return None, None
    matches = [(profile_match(p, headers), p) for p in profiles if isinstance(p, dict)]
    if not matches:
        return None, None
    matches.sort(key=lambda m: (m[0]["exact"], m[0]["applied"], m[0]["share"], m[1].get("saved_at") or ""),
                 reverse=True)
    best, profile = matches[0]
    if best["share"] == 0:
        return None, None
    return (profile, best) if best["applied"] else (None, best)


def _mapping_for(profile: dict, headers: list[str]) -> dict:
    """The profile's mapping with its headers respelt as this file writes them."""
    here = {header_key(h): str(h).strip() for h in headers if h is not None and str(h).strip()}
    return {here.get(header_key(k), k): v for k, v in (profile.get("mapping") or {}).items()}


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
        saved = get_profile(uow, options.profile)
        table = read(path, **options.over(saved).read_kwargs())
        merged = options.over({**saved, "mapping": _mapping_for(saved, table.headers)})
        return table, replace(merged, profile_match=profile_match(saved, table.headers))
    table = read(path, **options.read_kwargs())
    profile, found = match_profile(uow, table.headers)
    if profile is None:
        return table, replace(options, profile_match=found)
    merged = replace(options.over({**profile, "mapping": _mapping_for(profile, table.headers)}), profile_match=found)
    if merged.read_kwargs() != options.read_kwargs():
        table = read(path, **merged.read_kwargs())
    return table, merged

