"""The words that name a blocking condition, in headers and in cells (English, Spanish,
Portuguese, Italian, French, German, Chinese): ``Deceased``, ``Fallecido``, ``Falecido``, ``已故``; shared by the
condition columns (:mod:`.flag_columns`) and the status columns (:mod:`.status_columns`)."""

from __future__ import annotations

import re
import unicodedata

from fieldvisit.domain.cases import Flag

#: Each condition's names: a column so headed is a yes/no column of that condition, and a flags,
#: ``Bloqueos`` or status cell using one names it.
HEADERS: dict[Flag, tuple[str, ...]] = {
    Flag.DO_NOT_VISIT: ("do not visit", "dnv", "no visit", "no visits", "no field visit", "no home visit",
                        "no visitar", "no visita", "no visitas", "prohibido visitar", "prohibida la visita",
                        "no realizar visitas", "禁止上门", "禁止外访", "禁止拜访", "勿访", "不得上门", "禁访",
                        "禁止上門", "禁止外訪", "nao visitar", "proibido visitar", "non visitare", "ne pas visiter",
                        "nicht besuchen", "kein besuch"),
    Flag.CEASE: ("cease", "cease and desist", "cease desist", "c d", "cease contact", "cease communication",
                 "no contact", "do not contact", "cese", "cese de contacto", "cese de comunicaciones",
                 "no contactar", "sin contacto", "停止催收", "停催", "禁止联系", "停止联系", "禁止聯繫",
                 "nao contatar", "non contattare"),
    Flag.DISPUTE: ("dispute", "in dispute", "disputed", "disputa", "en disputa", "disputado", "disputada",
                   "reclamacion", "en reclamacion", "impugnado", "争议", "有争议", "异议", "爭議", "纠纷",
                   "em disputa", "contestado", "contestada", "contestazione", "in contestazione", "contestato",
                   "投诉", "投诉中", "投訴", "投訴中", "controversia", "litige", "contestation",
                   "widerspruch", "bestritten"),
    Flag.BANKRUPTCY: ("bankrupt", "bankruptcy", "in bankruptcy", "chapter 7", "chapter 13", "insolvent",
                      "insolvency", "concurso", "concurso de acreedores", "en concurso", "quiebra",
                      "insolvencia", "破产", "破產", "falencia", "recuperacao judicial", "fallimento", "fallito",
                      "suspension de pagos", "segunda oportunidad", "individual voluntary arrangement",
                      "debt relief order", "sequestration", "protected trust deed", "falido", "falida",
                      "insolvente", "faillite", "surendettement", "insolvenz", "privatinsolvenz"),
    Flag.DECEASED: ("deceased", "dead", "death", "decedent", "fallecido", "fallecida", "difunto", "finado",
                    "已故", "死亡", "去世", "身故", "已去世", "falecido", "falecida", "obito", "deceduto",
                    "deceduta", "defunto", "过世", "已过世", "過世", "已過世", "fallecimiento", "fallecio",
                    "defuncion", "muerte", "faleceu", "passed away", "died", "bereavement", "病故", "亡故",
                    "离世", "離世", "decede", "decedee", "verstorben", "gestorben"),
    Flag.LAWYER: ("attorney", "attorney represented", "represented by attorney", "represented by counsel",
                  "lawyer", "atty", "counsel", "legal representation", "abogado", "con abogado",
                  "representado por abogado", "letrado", "律师", "律师代理", "委托律师", "律師", "advogado",
                  "com advogado", "avvocato", "律师函", "律師函", "representacion legal", "avocat", "anwalt",
                  "rechtsanwalt"),
    Flag.LEGAL_HOLD: ("legal hold", "litigation hold", "hold", "bloqueo legal", "bloqueo judicial",
                      "retencion legal", "embargo judicial", "司法冻结", "法律冻结", "诉讼保全"),
    Flag.VULNERABLE: ("vulnerable", "vulnerability", "vulnerable customer", "customer vulnerable",
                      "vulnerable debtor", "cliente vulnerable", "vulnerabilidad", "vulneravel", "vulnerabile",
                      "弱势", "弱势群体", "弱势客户", "customer vulnerability", "vuln", "vulnerable client"),
}
#: More words a flags text may use (es/zh/en), on top of :func:`parse_flags`' own.
WORDS: dict[str, Flag] = {w: f for f, names in HEADERS.items() for w in names if f is not Flag.LEGAL_HOLD}
WORDS.update({"legal hold": Flag.LEGAL_HOLD, "litigation hold": Flag.LEGAL_HOLD,
              "bloqueo legal": Flag.LEGAL_HOLD, "bloqueo judicial": Flag.LEGAL_HOLD, "司法冻结": Flag.LEGAL_HOLD})


def norm(text: str) -> str:
    """``"Cease & Desist"`` → ``"cease desist"``: case, accents and punctuation dropped."""
    t = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    t = re.sub(r"[_\-./:()#?¿&,;\[\]（）？]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()
