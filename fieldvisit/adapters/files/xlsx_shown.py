"""A number cell as Excel shows it, for the number formats that make a number look like text:
zero padding (``00000000`` shows 12345 as ``00012345``), literals (``"0"####``, ``\\A0000``,
``000-00-0000``, ``(###) ###-####``, ``[<=9999999]###-####;(###) ###-####``) and the text format
``@``. An account number, a phone or a postal code typed as a number in such a cell is the text the
spreadsheet shows (``00012345``), not the bare number (``12345``, another account).

Only whole numbers are rendered; a format with decimals, thousands separators, percent, exponent,
dates or times is left alone (the cell stays a number: :func:`shown_text` gives None).
"""

from __future__ import annotations

import re

#: ``[Red]``, ``[$-409]``, ``[<=9999999]`` … inside square brackets
_BRACKET = re.compile(r"\[([^\]]*)\]")
_CONDITION = re.compile(r"(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)")
#: characters Excel shows as they are without quotes
_PLAIN = set("$-+/():!^&'~{}<>= ")
_PLACEHOLDERS = "0#?"


def _sections(fmt: str) -> list[str]:
    out, cur, quoted, escaped = [], [], False, False
    for ch in fmt:
        if escaped:
            cur.append(ch)
            escaped = False
        elif ch == "\\" and not quoted:
            cur.append(ch)
            escaped = True
        elif ch == '"':
            cur.append(ch)
            quoted = not quoted
        elif ch == ";" and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _tokens(section: str) -> tuple[list[tuple[str, str]], str | None] | None:
    """``([(kind, text)], condition)``: kind "digit" (placeholder ``0``/``#``/``?``) or "literal";
    None when the section is not one this module renders."""
    condition = None
    for inside in _BRACKET.findall(section):
        if m := _CONDITION.fullmatch(inside.strip()):
            condition = m.group(1) + m.group(2)
        elif inside[:1] == "$" or inside.isalpha():  # a locale or a colour
            continue
        else:
            return None  # elapsed time [h], [mm]
    body = _BRACKET.sub("", section)
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == '"':
            end = body.find('"', i + 1)
            if end < 0:
                return None
            tokens.append(("literal", body[i + 1:end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(body):
            tokens.append(("literal", body[i + 1]))
        elif ch in "_*" and i + 1 < len(body):  # a space as wide as the next character; a fill
            if ch == "_":
                tokens.append(("literal", " "))
        elif ch in _PLACEHOLDERS:
            tokens.append(("digit", ch))
            i += 1
            continue
        elif ch in _PLAIN:
            tokens.append(("literal", ch))
            i += 1
            continue
        else:
            return None  # . , % E @ dates, times, General
        i += 2
    if not any(kind == "digit" for kind, _ in tokens):
        return None
    return tokens, condition


def _render(tokens: list[tuple[str, str]], digits: str) -> str:
    slots = [i for i, (kind, _) in enumerate(tokens) if kind == "digit"]
    out = [text for _, text in tokens]
    rest = digits
    for n, i in enumerate(reversed(slots)):
        last = n == len(slots) - 1
        if last and rest:
            out[i] = rest  # the leftmost placeholder takes the digits left over
            rest = ""
        elif rest:
            out[i], rest = rest[-1], rest[:-1]
        else:
            out[i] = {"0": "0", "#": "", "?": " "}[tokens[i][1]]
    return "".join(out)


def _holds(condition: str, value: int) -> bool:
    m = _CONDITION.fullmatch(condition)
    op, limit = m.group(1), float(m.group(2))
    return {"<=": value <= limit, ">=": value >= limit, "<>": value != limit, "<": value < limit,
            ">": value > limit, "=": value == limit}[op]


def text_format(fmt: str | None) -> bool:
    """Whether a number format can show a whole number otherwise than plain digits (padding,
    literals): the formats :func:`shown_text` renders. ``@`` (text) shows plain digits."""
    if not fmt or fmt == "General" or fmt == "@":
        return False
    parsed = [_tokens(s) for s in _sections(fmt)[:3]]
    if not parsed[0] or any(p is None for p in parsed):
        return False
    return any(sum(t == ("digit", "0") for t in p[0]) > 1 or any(k == "literal" for k, _ in p[0])
               for p in parsed if p)


def shown_text(value, fmt: str | None) -> str | None:
    """The text Excel shows for a whole-number cell ``value`` in number format ``fmt``, when
    that differs from its plain digits; None otherwise (not whole, not such a format)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e16:
            return None
        value = int(value)
    if not text_format(fmt):
        return None
    parsed = [_tokens(s) for s in _sections(fmt)[:3]]
    conditional = any(p[1] for p in parsed)
    if conditional:
        chosen = next((p for p in parsed if p[1] and _holds(p[1], value)), None) or \
            next((p for p in parsed if not p[1]), None) or parsed[-1]
        sign = "-" if value < 0 else ""
    elif value < 0 and len(parsed) > 1:
        chosen, sign = parsed[1], ""  # the negative section shows its own sign, if any
    elif value == 0 and len(parsed) > 2:
        chosen, sign = parsed[2], ""
    else:
        chosen, sign = parsed[0], "-" if value < 0 else ""
    digits = str(abs(value))
    if digits == "0" and all(t[1] != "0" for t in chosen[0] if t[0] == "digit"):
        digits = ""  # "#" shows nothing for zero
    shown = sign + _render(chosen[0], digits)
    return None if shown == str(value) else shown
