"""Which of several candidate columns is *the* balance, phone or address.

Lenders' files often carry several: ``Loan Amount`` and ``Outstanding Balance``, ``work_phone`` and
``phone``, ``mailing_address`` and ``home_address``. The first one is not always the right one:
visiting about the original loan amount, or at the mailing address, is wrong. :func:`rank` scores a
header for its field (higher is better); the best candidate is mapped and the others are kept as
extra information (shown on the prep sheet). Two equally good candidates keep the first and the
conflict is said (:func:`conflicts`), never settled silently.

- balance: outstanding/current/total/owed/pending words (``saldo pendiente``, ``欠款余额``,
  ``应还金额``) 3; a bare balance/saldo/debt or an overdue amount 2; a bare amount/importe/monto 1; principal, original,
  loan amount, ``Monto del préstamo``, ``本金`` 0.
- phone: mobile, phone, telephone, home phone 2; work/office/business/employer 0.
- address: home/visit/street/residential/domicilio 3; a bare address 2; mailing/billing/postal 1.
"""

from __future__ import annotations

import re
import unicodedata

RANKED = ("balance", "phone", "address")


def _words(header: str) -> tuple[set[str], str]:
    t = unicodedata.normalize("NFKC", str(header)).casefold()
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    words = set(re.findall(r"[a-z]+", t.replace("_", " ")))
    return words, t


def _any(words: set[str], text: str, latin: str, cjk: str = "") -> bool:
    return bool(words & set(latin.split())) or any(c in text for c in cjk.split())


def rank(field: str, header: str) -> int:
    """How well ``header`` names ``field`` (0-3, higher is better); 2 for fields not ranked."""
    words, text = _words(header)
    if field == "balance":
        if _any(words, text, "principal original orig loan prestamo credito limit disbursed financed sanctioned "
                             "capital", "本金 贷款金额 借款金额 合同金额 授信 額度 额度 原始"):
            return 0
        if _any(words, text, "outstanding current total owed pending pendiente deudor adeudado payoff restante "
                             "actual os", "余额 餘額 应还 應還 未还 未還 待还 欠款"):
            return 3
        if _any(words, text, "balance saldo debt deuda bal due overdue arrears vencido exigible mora", "逾期"):
            return 2
        return 1
    if field == "phone":
        if _any(words, text, "work office business employer trabajo oficina empresa laboral", "单位 公司 工作 办公"):
            return 0
        return 2  # mobile, phone, home phone: equally good (the first is used, the others said)
    if field == "address":
        if _any(words, text, "mailing mail billing postal correspondence correspondencia envio facturacion",
                "通讯 通訊 邮寄 账单"):
            return 1
        if _any(words, text, "home visit street residential residence domicilio particular casa calle visita",
                "家庭 住宅 居住 住址 上门 拜访"):
            return 3
        return 2
    return 2


def choose(field: str, candidates: list[tuple[int, str]]) -> tuple[int, list[dict]]:
    """The position of the best of ``candidates`` (``[(position, header)]`` in file order) and the
    notes: ``[{field, chosen, other, why}]`` for every candidate not chosen."""
    best = max(candidates, key=lambda c: (rank(field, c[1]), -c[0]))
    top = rank(field, best[1])
    notes = []
    for position, header in candidates:
        if position == best[0]:
            continue
        tie = rank(field, header) == top
        notes.append({"field": field, "chosen": best[1], "other": header, "tie": tie,
                      "why": (f"{best[1]!r} and {header!r} could both be the {field}; the first is used and the other "
                              f"is kept as information unless you map it as the {field}") if tie else
                             (f"{best[1]!r} is used as the {field}, {header!r} is kept as information")})
    return best[0], notes
