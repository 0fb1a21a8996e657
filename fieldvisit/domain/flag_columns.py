"""Columns that say a case must not be visited: ``Do Not Visit``, ``Deceased``, ``Disputa``,
``Abogado``, ``已故``, ``破产`` (one condition, yes/no cells) and ``Bloqueos``/``Restricciones``
(free text naming conditions).

Lawful conduct comes first: a case whose file says it is deceased or not to be visited must never
be planned. So:

- a yes-like cell (``Y``, ``Yes``, ``TRUE``, ``X``, ``1``, ``Sí``, ``是``, ``✓``) sets the column's
  flag; a no-like cell (``N``, ``No``, ``FALSE``, ``0``, ``否``) clears it; a blank cell says
  nothing (the stored flags stay, as for every other field);
- anything else is never guessed: the case goes to review **and is held** (the column's flag is
  set, so it stays out of plans) until a person checks it. In a ``No visitar``/``Do not visit``
  column a time (``lunes por la mañana``) is read as the times not to visit instead;
- a ``flags`` cell with a value is the case's whole list, except a flag whose own yes/no column
  the file also has and leaves blank on that row: that column says nothing, the stored flag stays;
- a free-text column (``Bloqueos``, and the ``flags`` column itself): known words become flags
  (``fallecido, concurso`` → deceased, bankruptcy); ``ninguno``/``none``/``无`` clears; unknown
  text (``dispite``) is held as ``do_not_visit`` and sent to review, never dropped.

Column fields are named ``flag:<code>`` (``flag:deceased``) or :data:`FREE_TEXT`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

from fieldvisit.domain.cases import Flag, FlagError, parse_flags

PREFIX = "flag:"
#: The field of a free-text restrictions column (``Bloqueos``).
FREE_TEXT = "flag:*"

_HEADERS: dict[Flag, tuple[str, ...]] = {
    Flag.DO_NOT_VISIT: ("do not visit", "dnv", "no visit", "no visits", "no field visit", "no home visit",
                        "no visitar", "no visita", "no visitas", "prohibido visitar", "prohibida la visita",
                        "no realizar visitas", "禁止上门", "禁止外访", "禁止拜访", "勿访", "不得上门", "禁访",
                        "禁止上門", "禁止外訪"),
    Flag.CEASE: ("cease", "cease and desist", "cease desist", "c d", "cease contact", "cease communication",
                 "no contact", "do not contact", "cese", "cese de contacto", "cese de comunicaciones",
                 "no contactar", "sin contacto", "停止催收", "停催", "禁止联系", "停止联系", "禁止聯繫"),
    Flag.DISPUTE: ("dispute", "in dispute", "disputed", "disputa", "en disputa", "disputado", "disputada",
                   "reclamacion", "en reclamacion", "impugnado", "争议", "有争议", "异议", "爭議", "纠纷"),
    Flag.BANKRUPTCY: ("bankrupt", "bankruptcy", "in bankruptcy", "chapter 7", "chapter 13", "insolvent",
                      "insolvency", "concurso", "concurso de acreedores", "en concurso", "quiebra",
                      "insolvencia", "破产", "破產"),
    Flag.DECEASED: ("deceased", "dead", "death", "decedent", "fallecido", "fallecida", "difunto", "finado",
                    "已故", "死亡", "去世", "身故", "已去世"),
    Flag.LAWYER: ("attorney", "attorney represented", "represented by attorney", "represented by counsel",
                  "lawyer", "atty", "counsel", "legal representation", "abogado", "con abogado",
                  "representado por abogado", "letrado", "律师", "律师代理", "委托律师", "律師"),
    Flag.LEGAL_HOLD: ("legal hold", "litigation hold", "hold", "bloqueo legal", "bloqueo judicial",
                      "retencion legal", "embargo judicial", "司法冻结", "法律冻结", "诉讼保全"),
}
_FREE_TEXT_HEADERS = ("bloqueos", "bloqueo", "restricciones", "restriccion", "restrictions", "restriction",
                      "blocks", "block", "holds", "block reasons", "contact restrictions", "alertas", "alerts",
                      "限制", "禁止事项", "限制事项", "特殊标记", "限制條件")
#: Words around the condition that do not change it: "Deceased Flag", "Is Bankrupt?", "DNV (Y/N)".
_NOISE = frozenset("flag flags indicator ind yn y n s sn is esta marca indicador bandera status estado".split())
_YES = frozenset("y yes true t x 1 si s sí verdadero v 是 有 对 對 √ ✓ ✔ ☑ ☒".split())
_NO = frozenset("n no false f 0 falso 否 无 無 没有 沒有 不 - -- n/a na ninguno ninguna none".split())
_NONE_WORDS = frozenset("none ninguno ninguna ninguna. sin bloqueos no 无 無 没有 -".split())

#: More words a flags text may use (es/zh/en), on top of :func:`parse_flags`' own.
_WORDS: dict[str, Flag] = {w: f for f, names in _HEADERS.items() for w in names if f is not Flag.LEGAL_HOLD}
_WORDS.update({"legal hold": Flag.LEGAL_HOLD, "litigation hold": Flag.LEGAL_HOLD,
               "bloqueo legal": Flag.LEGAL_HOLD, "bloqueo judicial": Flag.LEGAL_HOLD, "司法冻结": Flag.LEGAL_HOLD,
               "vulnerable": Flag.VULNERABLE, "vulnerable customer": Flag.VULNERABLE,
               "cliente vulnerable": Flag.VULNERABLE, "vulnerabilidad": Flag.VULNERABLE, "弱势": Flag.VULNERABLE})


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    t = re.sub(r"[_\-./:()#?¿&,;\[\]（）？]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


_LOOKUP = {_norm(name): f"{PREFIX}{flag.value}" for flag, names in _HEADERS.items() for name in names}
_LOOKUP.update({_norm(name): FREE_TEXT for name in _FREE_TEXT_HEADERS})


def flag_field(header: str) -> str | None:
    """The field of a header naming a blocking condition: ``"Deceased?"`` → ``"flag:deceased"``,
    ``"Bloqueos"`` → :data:`FREE_TEXT`, ``"Balance"`` → None."""
    n = _norm(header)
    if not n:
        return None
    found = _LOOKUP.get(n)
    if found:
        return found
    words = [w for w in n.split() if w not in _NOISE]
    found = _LOOKUP.get(" ".join(words))
    if found:
        return found
    for cjk in ("是否", "标记", "标志", "状态", "情况"):
        n = n.replace(cjk, "")
    return _LOOKUP.get(n.strip())


def is_flag_field(name: str) -> bool:
    return name.startswith(PREFIX)


def answer(cell: str) -> bool | None:
    """``"Y"`` → True, ``"No"`` → False, anything else (not blank) → None."""
    t = unicodedata.normalize("NFKC", cell).strip().casefold().rstrip(".")
    if t in _YES:
        return True
    if t in _NO:
        return False
    t2 = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    return True if t2 in _YES else False if t2 in _NO else None


def words_to_flags(text: str) -> frozenset[Flag]:
    """A free flags text → flags (``"fallecido; concurso"`` → deceased, bankruptcy); FlagError
    names the first part that is no known flag. ``"ninguno"``/``"none"`` → no flags."""
    if _norm(text) in _NONE_WORDS:
        return frozenset()
    try:
        return parse_flags(text)
    except FlagError:
        pass
    flags: set[Flag] = set()
    for part in re.split(r"[,;/、，；|+\n]+|\s+(?:and|y|e|和)\s+", text):
        n = _norm(part)
        if not n:
            continue
        flag = _WORDS.get(n) or _WORDS.get(" ".join(w for w in n.split() if w not in _NOISE))
        if flag is None:
            try:
                flags |= parse_flags(part)
                continue
            except FlagError:
                raise FlagError(f"unknown flag {part.strip()!r}") from None
        flags.add(flag)
    return frozenset(flags)


@lru_cache(maxsize=4096)  # a file repeats a few flag texts on every row
def _known_words(text: str) -> tuple[frozenset[Flag], tuple[str, ...]]:
    """The flags a text names and the parts that name none: ``"lawyer, dispite"`` →
    ``({lawyer}, ("dispite",))``."""
    try:
        return words_to_flags(text), ()
    except FlagError:
        pass
    known: set[Flag] = set()
    unknown = []
    for part in re.split(r"[,;/、，；|+\n]+", text):
        if not part.strip():
            continue
        try:
            known |= words_to_flags(part)
        except FlagError:
            unknown.append(part.strip())
    return frozenset(known), tuple(unknown)


@dataclass(slots=True)
class FlagReading:
    """What one row says about flags. ``whole``: the flags column (``flags``) had a value, so
    ``flags`` is the case's full list, save the flags in ``kept`` (their own yes/no column is blank
    on this row: it says nothing, so what is stored stays); else ``flags`` are added and
    ``cleared`` removed from what is stored. ``inconvenient``: times read from a ``No visitar``
    column. ``review``/``errors``: ``[(column, sentence)]``. ``said``: the flag columns whose
    cell was not blank (a review item of such a column from an earlier file is replaced)."""

    flags: frozenset[Flag] = frozenset()
    cleared: frozenset[Flag] = frozenset()
    whole: bool = False
    kept: frozenset[Flag] = frozenset()
    inconvenient: str = ""
    review: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    said: frozenset[str] = frozenset()

    @property
    def says_anything(self) -> bool:
        return self.whole or bool(self.flags or self.cleared)

    def merged(self, stored: frozenset[Flag]) -> frozenset[Flag]:
        """The flags to store over ``stored``."""
        return self.flags | (stored & self.kept) if self.whole else (stored | self.flags) - self.cleared


def read_flag_cells(text: dict[str, str], labels: dict[str, str] | None = None) -> FlagReading:
    """Read the ``flags`` column and every ``flag:*`` column of one row (field → stripped cell text).
    ``labels`` (field → the file's header) names the columns in review sentences."""
    out = FlagReading()
    flags: set[Flag] = set()
    cleared: set[Flag] = set()
    whole = text.get("flags", "")
    if whole:
        out.whole = True
        known, unknown = _known_words(whole)
        flags |= known
        if unknown:
            flags.add(Flag.DO_NOT_VISIT)
            label = (labels or {}).get("flags", "flags")
            out.review.append(("flags", f"{', '.join(repr(u) for u in unknown)} in {label} is no flag FieldVisit "
                                        f"knows (known: {', '.join(f.value for f in Flag)}); the case is held "
                                        "(do not visit) until you check it"))
    names = labels if labels else [n for n in text if n.startswith(PREFIX)]  # the file's flag columns
    kept: set[Flag] = set()
    for name in names:
        cell = text.get(name, "")
        if not cell or not name.startswith(PREFIX):
            if out.whole and not cell and name.startswith(PREFIX) and not name.startswith(FREE_TEXT):
                kept.add(Flag(name[len(PREFIX):].split(":")[0]))  # blank: this column says nothing
            continue
        label = (labels or {}).get(name, name[len(PREFIX):])
        if name.startswith(FREE_TEXT):
            known, unknown = _known_words(cell)
            flags |= known
            if unknown:
                flags.add(Flag.DO_NOT_VISIT)
                out.review.append((name, f"{cell!r} in {label} is no restriction FieldVisit knows; the case is "
                                         "held (do not visit) until you check it"))
            continue
        flag = Flag(name[len(PREFIX):].split(":")[0])
        said = answer(cell)
        if said is True:
            flags.add(flag)
        elif said is False:
            cleared.add(flag)
        elif flag is Flag.DO_NOT_VISIT and not out.inconvenient:
            out.inconvenient = cell  # "no visitar: lunes por la mañana": the caller reads the times
        else:
            flags.add(flag)
            out.review.append((name, f"{cell!r} in {label} is neither yes nor no; the case is held "
                                     f"({flag.value.replace('_', ' ')}) until you check it"))
    out.flags = frozenset(flags)
    out.cleared = frozenset(cleared - flags)
    out.kept = frozenset(kept - cleared - flags)
    out.said = frozenset(n for n in ("flags", *names) if text.get(n) and (n == "flags" or n.startswith(PREFIX)))
    return out


def hold_unread_times(reading: FlagReading, label: str = "do not visit") -> None:
    """The ``No visitar`` text was no time either: hold the case and send it to review."""
    reading.flags = reading.flags | {Flag.DO_NOT_VISIT}
    reading.cleared = reading.cleared - {Flag.DO_NOT_VISIT}
    reading.review.append((f"{PREFIX}{Flag.DO_NOT_VISIT.value}",
                           f"{reading.inconvenient!r} in {label} is neither yes, no nor a time; the case is "
                           "held (do not visit) until you check it"))
    reading.inconvenient = ""
