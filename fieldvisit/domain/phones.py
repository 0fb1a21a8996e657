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
