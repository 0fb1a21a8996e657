"""Whether an earlier import was of the same source as a new file, so a re-import can name the
stored cases its file no longer has. Lenders put dates in their file names
(``cartera_2026-11-23.csv``, then ``cartera_2026-11-30.csv``), so the exact name is not enough:
an earlier import is the same source when it was read with the same saved profile, has the same
set of column headers, or has the same name once dates and numbers are taken out. Plain Python.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from fieldvisit.domain.columns import TARGETS

#: The shortest name stem (letters) that says a source on its own: ``export`` does, ``cv`` does not.
MIN_STEM_LETTERS = 3
_EXTENSION = re.compile(r"\.(csv|tsv|txt|xlsx|xlsm|xls)$", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_OWN_NAMES = frozenset((*TARGETS, "days_past_due", "due_date", "flags", "lat", "lon", "country", "currency"))

SAME_NAME, SAME_PROFILE, SAME_COLUMNS, SAME_STEM = "same file name", "same profile", "same columns", \
    "same name but for its dates or numbers"


def headers_key(headers) -> str:
    """A short signature of a file's column headers as a set (order, letter case, accents and
    spacing aside): ``"3f2a…"`` (16 hex digits); ``""`` for no named header, or when every header
    is one of FieldVisit's own field names (``case_id``, ``balance``...): a file written to the
    product's template says nothing about which lender it comes from."""
    names = sorted({_fold(str(h)) for h in headers if h is not None and str(h).strip()})
    if not names or all(n.replace(" ", "_") in _OWN_NAMES for n in names):
        return ""
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


def name_stem(file_name: str) -> str:
    """The letters of a file name without its extension, dates and numbers: ``cartera`` for
    ``Cartera_2026-11-30.csv`` and ``cartera 30.11.2026 (2).xlsx``; ``""`` when fewer than
    :data:`MIN_STEM_LETTERS` letters are left (``2026-11-30.csv`` says no source)."""
    stem = _NOT_LETTERS.sub("", _fold(_EXTENSION.sub("", file_name.strip())))
    return stem if len(stem) >= MIN_STEM_LETTERS else ""


def same_source(earlier: dict, file_name: str, profile: str | None, key: str) -> str | None:
    """Why the earlier import ``earlier`` (``{file_name, profile, headers_key}``) was of the same
    source as a file ``file_name`` read with ``profile`` whose headers give ``key`` — one of
    :data:`SAME_NAME`, :data:`SAME_PROFILE`, :data:`SAME_COLUMNS`, :data:`SAME_STEM` — or None."""
    if earlier["file_name"] == file_name:
        return SAME_NAME
    if profile and earlier.get("profile") == profile:
        return SAME_PROFILE
    if key and earlier.get("headers_key") == key:
        return SAME_COLUMNS
    stem = name_stem(file_name)
    if stem and name_stem(earlier["file_name"]) == stem:
        return SAME_STEM
    return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())
