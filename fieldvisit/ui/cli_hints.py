"""Sentences written for the command line, shown in the import window: their flags
(``--currency``, ``--encoding`` …) become the window's own controls (BRK14: the preview's red
error text told a window user to use ``(--currency, --country)``).

A flag followed by its window name in brackets (``--encoding (Encoding in the import window)``)
keeps only the window's; a flag the window has no control for is left as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldvisit.adapters.i18n import localize

_CONTEXT = "ImportDialog"


_BOX_FLAGS = {"--currency": "Currency", "--country": "Country", "--encoding": "Encoding",
              "--delimiter": "Delimiter", "--decimal": "Decimal mark", "--date-order": "Date order",
              "--sheet": "Sheet", "--header-row": "Header row"}
_OTHER_FLAGS = {"--mapping": "the 'Use as' choice of each column", "--preview": "the import preview",
                "--save-profile": "'Save these choices as the profile'"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _named(flags: list[str]) -> str:
    """The window's wording for one flag or several together (all known)."""
    if all(f in _BOX_FLAGS for f in flags):
        names = _t(" or ").join(_t(_BOX_FLAGS[f]) for f in flags)
        return _t("{names} under '{box}'").format(names=names, box=_t("How the file is read"))
    return _t(" or ").join(_t(_BOX_FLAGS.get(f) or _OTHER_FLAGS[f]) for f in flags)


# the strings above, for lupdate
_ = [QT_TRANSLATE_NOOP("ImportDialog", s) for s in (
    "Currency", "Country", "Encoding", "Delimiter", "Decimal mark", "Date order", "Sheet", "Header row",
    "the 'Use as' choice of each column", "the import preview", "'Save these choices as the profile'",
    " or ", "{names} under '{box}'", "How the file is read")]


_FLAG = re.compile(r"(?<![\w-])(--[a-z][a-z-]*)(?:\s*\([^()]*(?:window|ventana|窗口)[^()]*\))?")
_BOX_OR_FLAG = re.compile(r"(\bthe [\w ]+ box),? or --[a-z-]+")  # "the Country box, or --country"
_PAIR = re.compile(r"\((--[a-z-]+(?:,\s*--[a-z-]+)+)\)")


def window_wording(text: str) -> str:
    """``text`` with each import flag it names replaced by the window control that does the same."""
    if "--" not in text:
        return text
    known = _BOX_FLAGS.keys() | _OTHER_FLAGS.keys()

    def pair(m: re.Match) -> str:  # "(--currency, --country)" → "(Currency or Country under '…')"
        flags = [f.strip() for f in m.group(1).split(",")]
        return "(" + _named(flags) + ")" if all(f in known for f in flags) else m.group(0)

    text = _PAIR.sub(pair, _BOX_OR_FLAG.sub(r"\1", text))
    return _FLAG.sub(lambda m: _named([m.group(1)]) if m.group(1) in known else m.group(0), text)


def window_localize(text) -> str:
    """:func:`fieldvisit.adapters.i18n.localize`, then :func:`window_wording`."""
    return window_wording(localize(text))
