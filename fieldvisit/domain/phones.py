"""A phone cell as a lender's export writes it: ``n/a``, ``-``, ``none``, ``sin teléfono`` are no
phone; ``34600111222.0`` is a number a spreadsheet turned into a decimal (the ``.0`` goes);
``6.00111E+08`` is one Excel turned into scientific notation, which lost digits for good — it is
refused (the row is kept, the phone left blank, a note says why). Plain Python."""

from __future__ import annotations

import re

#: Cells that mean "no phone" (compared lower-cased, without dots and spaces at the ends).
NO_PHONE = frozenset({
    "", "-", "--", "—", "–", "/", "0", "n/a", "na", "n.a", "n.d", "nd", "none", "null", "nil", "no", "no phone",
    "unknown", "?", "x", "s/n", "sin teléfono", "sin telefono", "sin tel", "no tiene", "ninguno", "desconocido",
    "无", "没有", "未知", "暂无",
})
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_DECIMAL_ZERO = re.compile(r"\+?\d{6,}\.0+")


def clean_phone(text: str) -> tuple[str, str | None]:
    """``(phone, problem)``: the phone to store (``""`` for none) and, when the cell cannot be a
    phone, the sentence saying why (the phone is then left blank)."""
    t = text.strip()
    if t.lower().strip(". ") in NO_PHONE:
        return "", None
    if _SCIENTIFIC.fullmatch(t):
        return "", (f"{t!r} is a phone number a spreadsheet turned into scientific notation, which lost its "
                    "last digits; the phone is left blank (export the column as text)")
    if _DECIMAL_ZERO.fullmatch(t):
        return t.split(".", 1)[0], None
    if t.startswith("=") and len(t) > 1 and not any(c.isalpha() for c in t):  # ="+34 600..." / =+34600...
        return t.lstrip("=").strip('"').strip(), None
    return t, None


_DATE_SHAPE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_PHONE_CHARS = re.compile(r"\+?[\d\s().\-/]+")


def typed_phone(text: str) -> tuple[str, str | None]:
    """A phone a person types to correct one (the review queue): cleaned as :func:`clean_phone`,
    and then it must be a phone — digits with ``+ ( ) - . /`` and spaces, 6 to 15 digits, not
    shaped like a date (``2026-13-01``). ``(phone, problem)``; blank is a problem here."""
    phone, problem = clean_phone(text)
    if problem:
        return "", problem
    digits = sum(c.isdigit() for c in phone)
    if not phone or not _PHONE_CHARS.fullmatch(phone) or not 6 <= digits <= 15 or _DATE_SHAPE.fullmatch(phone):
        return "", f"{text.strip()!r} is not a phone number"
    return phone, None
