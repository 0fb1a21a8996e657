"""An account status column (``Status``, ``Situación``, ``Situação``, ``Estatus``, ``状态``) read for
the blocking conditions it names.

Lenders often write a debtor's condition into the account status instead of a flag column:
``Deceased``, ``Cease & Desist``, ``Attorney Retained``, ``Ch. 7 Bankruptcy``, ``Fallecido``,
``Não visitar``, ``已故``, ``律师函``. A case whose file says so must never be planned, so a status
cell is read by these rules (tested in ``tests/unit/test_status_columns.py``):

1. a status naming a condition sets its flag: the words of :mod:`.flag_words` (the ones a
   ``flags`` or ``Bloqueos`` cell may use) found anywhere in the status, as whole words
   (``Attorney Retained`` → lawyer; ``Ch. 7``/``Chapter 13`` → bankruptcy). If the rest of the
   status could undo it (``Dispute resolved``, ``No longer deceased``, ``ex-abogado``) the case
   is held (do not visit) and goes to review, as an unclear flag text is: a person says which
   flags it means, or none;
2. a status that may restrict visits without naming a flag (``On hold``, ``Suspended``,
   ``Complaint``, ``Fraud``, ``Paid in full``, ``Closed``, ``冻结``), or a word a letter or two away
   from a condition (``Deceaced``, ``Bankrupcy``) holds the case (do not visit) and sends it to
   review: a person decides;
3. an ordinary status (``Active``, ``Open``, ``Current``, ``En gestión``, ``Em cobrança``, ``正常``,
   ``催收中``) says nothing: it sets and clears no flag;
4. any other status is kept as information only (no hold): most status columns say ``Active``
   in words of their own. The preview lists every status value with what it was read as, and
   the column is kept on the prep sheet, so nothing passes unseen.

A status column never clears a flag: ``Active`` does not say that a dispute is over.

:func:`values_are_statuses` decides whether an ``Estado`` column holds statuses or states.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from functools import lru_cache

from fieldvisit.domain.cases import Flag
from fieldvisit.domain.flag_words import WORDS as _WORDS, norm as _norm

#: Statuses that restrict visits without naming a flag: the case is held and reviewed.
_RESTRICTING = (
    "hold", "on hold", "held", "suspended", "suspend", "paused", "blocked", "frozen", "restricted", "stop",
    "do not contact", "complaint", "complaints", "fraud", "identity theft", "id theft", "scra", "military",
    "active duty", "hardship", "incarcerated", "hospitalized", "hospitalised", "paid", "paid in full",
    "settled", "closed", "recalled", "withdrawn", "returned", "cancelled", "canceled", "sold", "written off",
    "charged off", "do not call", "dnc", "no llamar", "hostile", "aggressive", "violent", "dangerous", "threat",
    "threats", "probate", "estate", "hospice", "breathing space", "legal", "litigation", "in litigation", "lawsuit", "suit filed", "legal action",
    "litigio", "demanda", "demandado", "judicial", "juridico", "contencioso", "诉讼", "起诉", "涉诉", "法务", "suspendido", "suspendida", "bloqueado", "bloqueada", "congelado", "queja", "reclamo",
    "fraude", "castigado", "prejuizo", "baixado", "pagado", "pagada", "liquidado", "liquidada", "cerrado", "cerrada", "cancelado", "cancelada",
    "retirado", "devuelto", "suspenso", "bloqueada", "pago", "quitado", "encerrado", "reclamacao",
    "sospeso", "bloccato", "reclamo", "pagato", "chiuso", "冻结", "凍結", "暂停", "暫停", "已结清", "结清",
    "已結清", "已还清", "還清", "结案", "已结案", "撤案", "已撤案", "退案", "已退案", "停止", "暂缓", "特殊", "敏感", "重病", "住院",
)
#: Statuses that say nothing about a restriction.
_ORDINARY = (
    "active", "activo", "activa", "ativo", "ativa", "attivo", "attiva", "open", "abierto", "abierta", "aberto",
    "aberta", "current", "normal", "regular", "vigente", "new", "nuevo", "nueva", "novo", "assigned",
    "asignado", "asignada", "in collection", "in collections", "collections", "collection", "en cobranza",
    "en cobro", "en gestion", "gestion", "em cobranca", "cobranca", "em aberto", "em atraso", "atrasado",
    "vencido", "vencida", "en mora", "mora", "moroso", "delinquent", "past due", "overdue", "default",
    "defaulted", "in default", "in arrears", "arrears", "pending", "pendiente", "pendente", "in progress",
    "en proceso", "em andamento", "in lavorazione", "in corso", "insoluto", "promise to pay", "ptp",
    "payment plan", "plan de pagos", "convenio", "acuerdo de pago", "partial payment", "pago parcial",
    "skip", "no contact yet", "first visit", "follow up", "seguimiento", "正常", "催收中", "逾期", "在催",
    "待催收", "处理中", "跟进中", "未结清", "已分配", "委外", "正常催收", "待上门", "待外访", "新案", "處理中",
    "催收中", "逾期中", "al dia", "al corriente", "reestructurado", "refinanciado", "en convenio", "en negociacion",
    "em dia", "adimplente", "inadimplente", "em negociacao", "negociado", "acordo", "承诺还款", "协商中", "分期",
    "部分还款", "失联", "actif", "en cours", "aktiv", "offen",
)
#: ``Ch. 7``, ``Chapter 13``, ``BK13``, ``BK``, ``IVA`` (UK insolvency): bankruptcy in a status (not in
#: the condition words: ``IVA`` is a tax column's header in Spanish).
_CHAPTER = re.compile(r"\b(?:(?:ch|chap|chapter|capitulo|cap|bk|bkr)\s*(?:7|11|13)|bk|bkrpt|iva|dro)\b")
#: Words that may undo the condition named beside them.
_UNDO = frozenset("no not non sin sem without never ex former formerly resolved closed cleared lifted removed "
                  "withdrawn ended over dismissed discharged resuelto resuelta cerrado cerrada levantado "
                  "retirado sin efecto resolvido encerrado risolto 不 无 無 非 未 没有 解除 撤销 撤銷 已解决 结束".split())
_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff]")


def _terms(words) -> list[tuple[str, re.Pattern]]:
    """``[(term, pattern)]``, longest first: latin terms as whole words, CJK ones anywhere."""
    out = []
    for w in sorted({_norm(w) for w in words if _norm(w)}, key=len, reverse=True):
        out.append((w, re.compile(re.escape(w) if _CJK.search(w) else rf"(?<!\w){re.escape(w)}(?!\w)")))
    return out


#: Condition words a status uses in another sense ("No contact" = not reached yet): held and
#: reviewed (rule 2) instead of setting the flag.
_LOOSE = frozenset({"no contact", "sin contacto"})
_CONDITION_FLAG = {_norm(w): f for w, f in _WORDS.items()}


@lru_cache(maxsize=None)
def _patterns(kind: str) -> list[tuple[str, re.Pattern]]:
    """The terms of ``kind`` (``"conditions"``, ``"restricting"``, ``"ordinary"``), compiled at
    their first use: some 400 patterns a file without a status column never needs."""
    words = {"conditions": (w for w in _WORDS if _norm(w) not in _LOOSE),
             "restricting": (*_RESTRICTING, *_LOOSE), "ordinary": _ORDINARY}[kind]
    return _terms(words)
#: The distinctive words of the conditions, for a status a letter or two away (``Deceaced``).
_CLOSE = ("deceased", "decedent", "fallecido", "fallecida", "falecido", "falecida", "deceduto", "difunto",
          "bankrupt", "bankruptcy", "insolvent", "insolvency", "insolvencia", "quiebra", "concurso",
          "fallimento", "falencia", "attorney", "abogado", "advogado", "avvocato", "lawyer", "dispute",
          "disputed", "disputa", "disputado", "impugnado", "contestazione", "cease", "desist", "vulnerable")
#: The flag of each of those words that is no condition term by itself.
_CLOSE_FLAG = {"desist": Flag.CEASE, "decedent": Flag.DECEASED, "insolvent": Flag.BANKRUPTCY,
               "insolvency": Flag.BANKRUPTCY, "acreedores": Flag.BANKRUPTCY, "falecida": Flag.DECEASED}


def _strip(text: str, terms) -> tuple[str, list[str]]:
    """``text`` without the terms found in it, and the terms found."""
    found = []
    for term, pattern in terms:
        if pattern.search(text):
            found.append(term)
            text = pattern.sub(" ", text)
    return text, found


def _rest_words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+|(?=[\u3000-\u9fff])|(?<=[\u3000-\u9fff])", text) if w]


@lru_cache(maxsize=4096)  # a file repeats a few statuses on every row
def read_status(cell: str, label: str = "status") -> tuple[frozenset[Flag], str | None]:
    """The flags a status names and the review sentence (None: nothing to check); see the
    module's rules. ``"Ch. 7 Bankruptcy"`` → ``({bankruptcy}, None)``; ``"Active"`` → ``(∅, None)``;
    ``"On hold"`` → ``({do_not_visit}, "'On hold' in Status is no condition FieldVisit knows but may
    restrict visits; …")`` (the review queue reads the header from " in Status is no ")."""
    text = _norm(cell)
    if not text:
        return frozenset(), None
    rest, found = _strip(text, _patterns("conditions"))
    flags = {_CONDITION_FLAG[t] for t in found}
    rest, chapters = _strip(rest, [("chapter", _CHAPTER)])
    if chapters:
        flags.add(Flag.BANKRUPTCY)
    if flags:
        undo = list(dict.fromkeys([w for w in _rest_words(rest) if w in _UNDO] +
                                   [u for u in _UNDO if _CJK.match(u) and u in rest]))
        if undo:  # held as any unclear text is: a person says which flags it means, or none
            names = ", ".join(sorted(f.value.replace("_", " ") for f in flags))
            return frozenset({Flag.DO_NOT_VISIT}), (f"{cell!r} in {label} is no clear condition: it names {names} "
                                                    f"but also says {' '.join(undo)!r}; the case is held (do not "
                                                    "visit) until you check it")
        return frozenset(flags), None
    rest, _ = _strip(text, _patterns("ordinary"))  # "Pago parcial" is no "pago" (paid)
    _, restricting = _strip(rest, _patterns("restricting"))
    if restricting:
        return frozenset({Flag.DO_NOT_VISIT}), (f"{cell!r} in {label} is no condition FieldVisit knows but may "
                                                "restrict visits; the case is held (do not visit) until you check it")
    for word in _rest_words(rest):
        close = get_close_matches(word, _CLOSE, n=1, cutoff=0.8) if len(word) >= 5 and word.isalpha() else []
        if close:
            return frozenset({Flag.DO_NOT_VISIT}), (f"{cell!r} in {label} is no condition FieldVisit knows but looks "
                                                    f"like {close[0]!r}; the case is held (do not visit) until you "
                                                    "check it")
    return frozenset(), None


def named_flags(text: str) -> tuple[Flag, ...]:
    """The flags a text names or nearly names, as a person would read them (``"Cease & Desist"``
    → cease; ``"Dispute resolved"`` → dispute; ``"Deceaced"`` → deceased): the answers to offer
    when a held text is reviewed."""
    n = _norm(text)
    rest, found = _strip(n, _patterns("conditions"))
    out = [_CONDITION_FLAG[t] for t in found]
    if _CHAPTER.search(rest):
        out.append(Flag.BANKRUPTCY)
    for word in _rest_words(rest):
        close = get_close_matches(word, _CLOSE, n=1, cutoff=0.8) if len(word) >= 5 and word.isalpha() else []
        if close:
            out += [_CONDITION_FLAG.get(close[0]) or _CLOSE_FLAG[close[0]]]
    return tuple(dict.fromkeys(f for f in out if f))


def status_kind(cell: str) -> str:
    """What a status reads as, for the preview: the flags it sets (``"deceased"``), ``"review"``,
    ``"ordinary"`` or ``"information"`` (an unknown status, kept as information only)."""
    flags, problem = read_status(cell)
    if problem:
        return "review"
    if flags:
        return ", ".join(sorted(f.value for f in flags))
    rest, found = _strip(_norm(cell), _patterns("ordinary"))
    return "ordinary" if found and not _rest_words(rest) else "information"


def values_are_statuses(values, is_region) -> bool:
    """Whether an ambiguous column (``Estado``: a Mexican state or an account status) holds
    statuses: more of its distinct values read as statuses (a condition, a restriction or an
    ordinary status such as ``Activo``) than as regions (``is_region(value)``), and at least one.
    A column of both kinds counts its statuses: a state name never hides ``Fallecido``."""
    distinct = {str(v).strip() for v in values if v is not None and str(v).strip()}
    statuses = sum(1 for v in distinct if status_kind(v) != "information")
    regions = sum(1 for v in distinct if is_region(v))
    return statuses > 0 and statuses >= regions
