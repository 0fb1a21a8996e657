"""Sentences the domain writes for people (prep-sheet evidence, talking points, proposal notes),
kept translatable without any UI library: ``msg(template, **params)`` is an ordinary English
``str`` that also remembers its template and raw parameters, so the interface can render it in
the user's language (Qt's translation of the template, QLocale for dates and numbers)."""

from __future__ import annotations

import re
import string
from datetime import date, datetime
from decimal import Decimal


def english(value) -> str:
    """How a parameter reads in the English text."""
    if isinstance(value, datetime):
        return f"{value:%d %b %Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%a %d %b %Y}"
    if isinstance(value, Decimal):  # cents; an amount in fils (1.234 KWD) keeps its three decimals
        return f"{value:.2f}" if value == round(value, 2) else f"{value:.3f}"
    return printable(str(value))


def printable(text: str) -> str:
    """``text`` with control characters shown escaped (``\\n``, ``\\x1b``): a file name or a value
    put in a sentence can never start a fake second line or drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


#: Control characters that never belong in a name, an address or a line of output: C0 but TAB,
#: LF and CR, DEL, and C1 (``domain.invisible`` removes them from names; :func:`terminal_text`
#: escapes them).
CONTROL_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
#: What a terminal acts on instead of showing: those (ESC starts a sequence that clears the screen
#: or retitles the window), CR (it overwrites the line) and the bidi embeddings, overrides and
#: isolates (they reorder what follows).
_TERMINAL_UNSAFE = re.compile(f"[{re.escape(CONTROL_CHARACTERS)}\r\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """A command's plain output with what a terminal would act on shown escaped (``\\x1b``,
    ``\\u202e``); lines and TABs kept. Names, notes and information columns come from lenders'
    files and visit reports: printing them never drives the terminal."""
    return _TERMINAL_UNSAFE.sub(lambda m: repr(m.group(0))[1:-1], text)


#: How much of a value a sentence quotes (what the user typed, a file's cell): a 100,000-character
#: ``--collector`` is shown as its first 60 characters and "…", never echoed whole.
QUOTED_CHARS = 60


def quoted(value, limit: int = QUOTED_CHARS) -> str:
    """``value`` as a message quotes input: in quotes (as ``repr`` puts them), control characters
    and half characters escaped, cut to ``limit`` characters with "…". The one way a sentence
    quotes what it was given; ``{name!r}`` in a :func:`msg` template goes through it too."""
    text = value if isinstance(value, str) else str(value)
    return repr(clip(text, limit))


class _Quoting(string.Formatter):
    """``str.format`` whose ``!r`` is :func:`quoted` (capped), for :class:`Msg` templates."""

    def convert_field(self, value, conversion):
        return quoted(value) if conversion == "r" else super().convert_field(value, conversion)


_QUOTING = _Quoting()


class Msg(str):
    """An English sentence with its ``template`` and ``params`` for translation."""

    template: str
    params: dict

    def __new__(cls, template: str, **params) -> Msg:
        shown = {k: english(v) for k, v in params.items()}
        self = super().__new__(cls, _QUOTING.format(template, **shown) if "!r}" in template else template.format(**shown))
        self.template = template
        self.params = params
        return self


def msg(template: str, **params) -> Msg:
    return Msg(template, **params)


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the English words agreeing with it: ``counted(1, "row")`` → ``1 row``,
    ``counted(2, "value needs", "values need")`` → ``2 values need`` (``many`` defaults to ``one``
    + "s"). For the CLI's and logs' plain English; the window uses Qt's ``%n`` plurals, and a
    translatable sentence takes one ``msg`` template for 1 and another for the rest."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def wait_words(seconds: float) -> Msg:
    """How long a wait of ``seconds`` is, as a person says it: ``1 second``, ``45 seconds``,
    ``60 minutes`` (below two hours), ``about 5 hours``, ``about 30 days`` (up to 60 days), else
    ``a very long time`` (a server asking for years, or a number nobody meant)."""
    import math

    if not seconds == seconds or seconds > 60 * 86400:  # NaN or beyond two months
        return msg("a very long time")
    if seconds <= 1:
        return msg("1 second")
    if seconds < 120:
        return msg("{n} seconds", n=math.ceil(seconds))
    if seconds < 2 * 3600:
        return msg("{n} minutes", n=math.ceil(seconds / 60))
    if seconds < 2 * 86400:
        return msg("about {n} hours", n=round(seconds / 3600))
    return msg("about {n} days", n=round(seconds / 86400))


#: How much of a cell a preview carries (``--json`` and what the window gets): a 100,000-character
#: cell is cut here, with "…" (characters).
PREVIEW_CELL_CHARS = 500
#: How much of a cell plain output and the window's tables show (characters, then "…").
SHOWN_CELL_CHARS = 60


def clip(text: str, limit: int = SHOWN_CELL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with "…" at the end when longer (``limit`` counts the
    characters kept, not the "…"); shorter text unchanged."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
