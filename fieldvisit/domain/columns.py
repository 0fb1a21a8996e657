"""Case-file columns: the canonical names of CLI.md and the header synonyms that map to them
(English, Spanish, Chinese here; Portuguese, Japanese, Korean in :mod:`.column_words`; French,
German, Italian in :mod:`.column_words_eu`; coordinates, address lines, visiting times and arrears
dates in six languages in :mod:`.column_words_more`). Headers are compared case-, accent-, apostrophe- and
punctuation-insensitively; ``Alcaldía/Municipio`` is the field both halves name.

A name in parts (``First``/``Middle``/``Last``, ``Nombre``/``Primer apellido``/``Segundo apellido``,
``姓``/``名``) is joined into one name (:func:`fieldvisit.domain.cells.join_name`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from fieldvisit.domain.column_rank import RANKED, choose
from fieldvisit.domain.column_words import EXTRA_SYNONYMS, IDENTITY, guess
from fieldvisit.domain.column_abbreviations import spelled_out
from fieldvisit.domain.column_words_eu import EU_SYNONYMS
from fieldvisit.domain.column_words_more import MORE_SYNONYMS
from fieldvisit.domain.flag_columns import FREE_TEXT, PREFIX as FLAG_PREFIX, STATUS, flag_field

CANONICAL = (
    "case_id", "name", "address", "work_address", "lat", "lon", "country", "timezone",
    "days_past_due", "due_date", "balance", "currency", "last_payment_date",
    "last_payment_amount", "phone", "appointment", "flags", "collector", "notes",
)

#: Columns that are parts of another: a street + city + state + zip file gives one address
#: ("123 Main St, Apt 4, Springfield, IL 62701"); first name + surname give the name.
PARTS = ("house_number", "address_line2", "district", "city", "region", "postal_code", "surname", "middle_name",
         "second_surname")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "case_id": ("case", "case id", "case no", "case number", "caseid", "account", "account id",
                "account no", "account number", "account num", "acct", "acct no", "acct number",
                "loan id", "loan no", "loan number", "loan", "contract", "contract no", "reference",
                "ref", "file number", "customer id", "client id", "debtor id",
                "nº expediente", "n expediente", "no expediente", "expediente", "num expediente",
                "número de expediente", "id caso", "caso", "cuenta", "número de cuenta",
                "numero de cuenta", "no de cuenta", "nº cuenta", "n cuenta", "núm cuenta", "contrato",
                "número de contrato", "referencia", "número de crédito", "numero de credito", "crédito",
                "id cliente", "número de cliente", "préstamo", "número de préstamo",
                "案件编号", "案件号", "案件id", "编号", "合同号", "合同编号", "借据号", "借据编号", "账号",
                "账户", "贷款编号", "客户编号", "案件編號", "編號", "合同編號", "帳號", "賬號", "貸款編號",
                "客戶編號", "folio", "número de folio", "acct #", "loan #", "account #", "案件号码"),
    "name": ("debtor", "debtor name", "customer", "customer name", "borrower", "borrower name",
             "full name", "client", "client name", "name", "account holder", "account name", "holder",
             "first name", "given name", "nombre", "nombre completo", "nombre y apellidos",
             "nombre y apellido", "nombre del cliente", "nombre cliente", "nombre del deudor", "cliente",
             "deudor", "titular", "acreditado", "razón social", "客户姓名", "姓名", "客户名称", "客户名",
             "户名", "借款人", "借款人姓名", "债务人", "名称", "客戶姓名", "客戶名稱", "借款人姓名",
             "債務人", "戶名", "名", "名字"),
    "surname": ("last name", "surname", "family name", "apellidos", "apellido", "primer apellido"),
    "middle_name": ("middle name", "middle initial"),
    "second_surname": ("segundo apellido", "apellido materno"),
    "address": ("home address", "street", "street address", "address line 1", "address 1", "address1",
                "addr", "mailing address", "residential address", "residence", "dirección",
                "direccion", "domicilio", "dirección particular", "domicilio particular", "calle",
                "calle y número", "dirección completa", "地址", "家庭地址", "住址", "居住地址", "详细地址",
                "住宅地址", "通讯地址", "家庭住址", "詳細地址", "通訊地址", "住宅地址"),
    "address_line2": ("address line 2", "address 2", "address2", "apt", "apartment", "suite", "unit",
                      "piso", "puerta", "interior"),
    "district": ("district", "neighborhood", "neighbourhood", "colonia", "barrio", "distrito",
                 "区县", "区", "區"),
    "city": ("city", "town", "ciudad", "municipio", "localidad", "población", "poblacion",
             "alcaldía", "城市", "市", "所在城市"),
    "region": ("state", "province", "region", "county", "provincia", "estado", "región",
               "comunidad", "comunidad autónoma", "省", "省份", "州"),
    "postal_code": ("zip", "zip code", "zipcode", "postal code", "postcode", "post code", "cp",
                    "código postal", "codigo postal", "邮编", "邮政编码", "郵遞區號", "郵編", "c p"),
    "work_address": ("work address", "office address", "employer address", "business address",
                     "dirección trabajo", "direccion trabajo", "dirección laboral", "dirección del trabajo",
                     "domicilio laboral", "单位地址", "工作地址", "公司地址", "單位地址", "公司地址"),
    "lat": ("latitude", "lat", "y", "latitud", "纬度", "緯度"),
    "lon": ("longitude", "lon", "lng", "long", "x", "longitud", "经度", "經度"),
    "country": ("country", "country code", "nation", "país", "pais", "国家", "国家代码", "國家"),
    "timezone": ("time zone", "tz", "zone", "zona horaria", "huso horario", "时区", "時區"),
    "days_past_due": ("dpd", "days overdue", "days past due", "overdue days", "days late",
                      "days delinquent", "delinquent days", "days in arrears", "arrears days",
                      "días de atraso", "dias de atraso", "días vencidos", "dias vencidos",
                      "días de mora", "dias de mora", "días en mora", "dias en mora", "días de impago",
                      "mora", "逾期天数", "逾期天", "逾期天數", "逾期日数"),
    "due_date": ("due", "due date", "date due", "payment due date", "first missed date",
                 "fecha vencimiento", "fecha de vencimiento", "vencimiento", "fecha límite de pago",
                 "到期日", "应还日期", "到期日期", "應還日期", "delinquency date", "date of delinquency", "first delinquency date", "fecha de impago", "fecha de mora", "逾期日期", "首次逾期日"),
    "balance": ("balance", "current balance", "balance due", "total balance", "outstanding",
                "outstanding balance", "outstanding amount", "amount due", "amount owed", "amount",
                "debt", "total due", "past due amount", "principal balance",
                "saldo", "saldo pendiente", "saldo deudor", "saldo vencido", "saldo total",
                "importe", "importe adeudado", "importe pendiente", "deuda", "deuda total", "monto",
                "monto adeudado", "monto vencido", "欠款金额", "欠款", "金额", "逾期金额", "未还金额",
                "欠款余额", "应还金额", "待还金额", "逾期本息", "欠款金額", "逾期金額", "未還金額",
                "欠款餘額", "應還金額"),
    "currency": ("ccy", "curr", "currency code", "moneda", "divisa", "币种", "货币", "币别", "幣別",
                 "幣種", "貨幣"),
    "last_payment_date": ("last payment date", "last pmt date", "last paid", "last paid date",
                          "date of last payment", "last payment on", "fecha último pago",
                          "fecha ultimo pago", "fecha de último pago", "fecha del último pago",
                          "último pago", "最后还款日期", "最近还款日", "最后还款日", "最近還款日",
                          "最後還款日期", "last pay date", "date last paid", "last payment received", "最近还款日期", "上次还款日期", "最后一次还款日期"),
    "last_payment_amount": ("last payment", "last payment amount", "last payment amt", "last pmt amt",
                            "last pmt amount", "last pmt", "importe último pago", "importe ultimo pago",
                            "monto último pago", "monto del último pago", "最后还款金额", "最近还款金额",
                            "最后还款额", "最後還款金額", "last pay amount", "上次还款金额", "最后一次还款金额"),
    "phone": ("telephone", "mobile", "phone", "phone number", "phone no", "tel", "cell", "cell phone",
              "mobile phone", "home phone", "contact number", "teléfono", "telefono", "móvil", "movil",
              "celular", "número de teléfono", "teléfono móvil", "电话", "手机", "联系电话", "手机号",
              "联系方式", "電話", "手機", "聯絡電話", "cell #", "mobile #", "teléfono celular", "telefono celular", "teléfono de contacto"),
    "appointment": ("appointment", "appointments", "appointment window", "appointment time", "window",
                    "visit window", "visit time", "availability", "best time to visit", "best time",
                    "best time to call", "preferred time", "preferred visit time", "time to visit",
                    "cita", "citas", "cita acordada", "horario", "horario de visita", "hora de visita",
                    "mejor horario", "horario preferido", "disponibilidad", "预约时间", "预约",
                    "上门时间", "可访时间", "方便时间", "上门时段", "預約時間", "預約", "上門時間", "preferred contact time", "contact time", "best time to contact", "best time to reach", "visit hours", "hora preferida", "horario de contacto", "方便上门时间", "上门预约时间"),
    "flags": ("flag", "flags", "status flags", "marcas", "indicadores", "banderas", "标记", "标志",
              "標記"),
    "collector": ("agent", "assigned to", "field agent", "collector", "assigned collector",
                  "agent name", "gestor", "gestor asignado", "cobrador", "cobrador asignado",
                  "agente", "催收员", "外访员", "负责人", "催收人员", "催收員", "外訪員", "負責人", "collector name", "assigned agent", "agent assigned", "nombre del gestor"),
    "inconvenient": ("inconvenient times", "do not visit at", "avoid", "not available",
                     "horario no disponible", "no disponible", "不方便时间", "勿访时间"),
    "notes": ("note", "notes", "comment", "comments", "remarks", "memo", "notas", "nota",
              "observaciones", "observación", "comentarios", "备注", "说明", "備註", "說明"),
}

#: What a bracketed or trailing note in a header says about the column's currency:
#: ``Balance ($)`` → ``$``, ``Saldo (€)`` → ``€``, ``欠款金额（元）`` → ``元``, ``Amount USD`` → ``USD``.
_HEADER_MONEY = re.compile(
    r"^(?P<name>.*?)[\s,]*(?:[(（\[]\s*(?P<in>[^)）\]]{1,5})\s*[)）\]]|(?<=\s)(?P<code>[A-Za-z]{3})|(?P<sym>(?:R|US|MX|NT|HK|C|A|S)\$|[$€£¥￥₹元]))\s*$")
_CURRENCY_WORDS = re.compile(r"^(?:[$€£¥￥₹₩元円원]|us\$|mx\$|nt\$|r\$|rs\.?|rmb|[A-Za-z]{3})$", re.IGNORECASE)


def header_currency(header: str) -> tuple[str, str | None]:
    """``"Balance ($)"`` → ``("Balance", "$")``; a header without a currency note → ``(header, None)``.

    The note is a symbol or a three-letter code in brackets or at the end (``Saldo EUR``); what
    the symbol means (``$`` is USD, MXN, COP…) is decided with the file's other evidence.
    """
    text = unicodedata.normalize("NFKC", str(header)).strip()
    m = _HEADER_MONEY.match(text)
    if not m or not m.group("name").strip():
        return str(header), None
    note = (m.group("in") or m.group("code") or m.group("sym") or "").strip()
    if not _CURRENCY_WORDS.match(note):
        return str(header), None
    if m.group("code") and not _is_currency_code(note):
        return str(header), None
    return m.group("name").strip(), note.upper() if note.isascii() and note.isalpha() else note


def _is_currency_code(code: str) -> bool:
    from fieldvisit.domain.money import currency_digits

    return currency_digits(code.upper()) is not None


def normalise_header(text: str) -> str:
    """``"  Nº Expediente "`` → ``"nº expediente"``; ``Días_de_atraso`` → ``días de atraso``."""
    t = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    t = re.sub(r"[_\-./:()#]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


_LOOKUP: dict[str, str] = {}
_APOSTROPHES = re.compile(r"\s*['’‘`´]\s*")
for _synonyms in (_SYNONYMS, EXTRA_SYNONYMS, EU_SYNONYMS, MORE_SYNONYMS):
    for _canonical, _names in _synonyms.items():
        for _name in (_canonical, _canonical.replace("_", " "), *_names):
            _n = normalise_header(_name)
            for _key in (_n, _strip_accents(_n), _APOSTROPHES.sub(" ", _strip_accents(_n))):
                _LOOKUP.setdefault(_key, _canonical)
_IDENTITY = {_strip_accents(normalise_header(_n)) for _n in IDENTITY}


def _exact(text: str) -> str | None:
    n = normalise_header(text)
    return _LOOKUP.get(n) or _LOOKUP.get(_strip_accents(n)) or _LOOKUP.get(_APOSTROPHES.sub(" ", _strip_accents(n)))


def _halves(header: str) -> str | None:
    """``Alcaldía/Municipio``, ``Tel / Móvil``: the field every half names, when they all agree."""
    parts = [p for p in re.split(r"\s*[/|]\s*|\s+(?:or|o|ou|oder)\s+", str(header)) if p.strip()]
    if len(parts) < 2:
        return None
    found = {_exact(p) or guess(p, _exact) for p in parts}
    return found.pop() if len(found) == 1 else None


_NAME_PARTS = frozenset(("name", "surname", "middle_name", "second_surname"))
_ADDRESS_PARTS = frozenset(("address", *PARTS)) - _NAME_PARTS


def _grouped(header: str) -> str | None:
    """A group label before a column's own name, as a two-row header under a merged cell gives it:
    ``Dirección Ciudad`` → city, ``Address Zip`` → postal_code, ``Deudor Apellido`` → surname.
    The group names the address or the name and the rest one of its parts."""
    words = normalise_header(header).split()
    if len(words) > 8:  # a group label and a column name are a few words; a long cell is neither
        return None
    for k in range(1, len(words)):
        group, part = _exact(" ".join(words[:k])), _exact(" ".join(words[k:]))
        if group == "address" and part in _ADDRESS_PARTS or group == "name" and part in _NAME_PARTS:
            return part
    return None


@lru_cache(maxsize=4096)
def canonical_for(header: str) -> str | None:
    """The canonical column a header names (``"Balance ($)"`` → ``"balance"``, ``LOAN_NBR`` →
    ``"case_id"``), or None. Exact names first, then the header's words (:mod:`.column_words`)."""
    found = _read(header)
    if (spelled := spelled_out(header)) != header and (found is None or found == "name"):  # "Nº Exp.", "Mon."
        # a marked abbreviation read as it is may lose its sign: "Customer #", "Cod. cliente" are no name
        found = _read(spelled) or found
    return found


def _read(header: str) -> str | None:
    found = _exact(header)
    name, note = header_currency(header)
    if found is None and note is not None:
        found = _exact(name)
    return found or _grouped(header) or guess(name if note is not None else str(header), _exact) or _halves(header)


def is_identity(header: str) -> bool:
    """Whether a header names an identity document (``Cédula``, ``DNI``, ``身份证号``)."""
    return _strip_accents(normalise_header(header)) in _IDENTITY


KEEP, IGNORE = "keep", "ignore"
#: Everything a column can be mapped to: the canonical columns, the parts of a name or address,
#: the times not to visit, and latitude and longitude in one column (``coordinates``).
TARGETS = (*CANONICAL, *PARTS, "inconvenient", "coordinates")


def _is_target(target: str) -> bool:
    """A canonical column, a part, or a blocking condition (``flag:deceased``, ``flag:*``)."""
    if target in TARGETS or target in (FREE_TEXT, STATUS):
        return True
    from fieldvisit.domain.cases import Flag

    return target.startswith(FLAG_PREFIX) and target[len(FLAG_PREFIX):] in {f.value for f in Flag}


class MappingError(ValueError):
    """A --mapping names a canonical column that does not exist."""


def source_label(header, index: int) -> str:
    """A column's name as the user sees it: its header, or ``column 5`` when the header is empty."""
    text = "" if header is None else str(header).strip()
    return text or f"column {index + 1}"


def header_signature(headers: list[str]) -> tuple[str, ...]:
    """The set of normalised, non-empty headers (sorted): how a saved profile recognises a file."""
    return tuple(sorted({normalise_header(h) for h in headers if h is not None and str(h).strip()}))


def plan_columns(headers: list[str], mapping: dict[str, str] | None = None) -> list[tuple[str, str | None, str]]:
    """What happens to every column: ``[(source, field or None, action)]`` in file order, action
    ``"map"`` (into ``field``), ``"keep"`` (as extra information) or ``"ignore"``.

    ``mapping`` (``{"file header": "canonical" | "keep" | "ignore"}``) wins over synonyms. A column
    nobody recognises is kept, never dropped unseen. When two columns map to the same field the
    first wins and the other is kept as information; a header written twice names its second
    column ``address (2)`` (the third ``address (3)``), so every column has its own name. Raises :class:`MappingError` for a target
    that is no field.
    """
    explicit = {}
    for header, target in (mapping or {}).items():
        target = STATUS if target == "status" else target  # an account status column
        if not _is_target(target) and target not in (KEEP, IGNORE):
            raise MappingError(f"the mapping names {target!r}, which is not a column FieldVisit knows "
                               f"(known: {', '.join(TARGETS)}, status, or keep, ignore)")
        explicit[normalise_header(header)] = target
    out: list[tuple[str, str | None, str]] = []
    taken: set[str] = set()
    sources, targets = [], []
    for i, (source, base) in enumerate(_labels(headers)):
        if source != base:  # a second "address": its own name, so preview and storage keep both apart;
            # kept as information (and said: column_conflicts) unless the mapping names it; a second
            # "Deceased" column is read like the first: every column naming a condition is
            target = explicit.get(normalise_header(source)) or flag_field(base) or KEEP
        else:
            target = explicit.get(normalise_header(source)) or flag_field(source) or canonical_for(source) or KEEP
        sources.append(source)
        targets.append(target)
    best = _best_candidates(sources, targets, explicit)  # of several balance/phone/address columns
    for i, source in enumerate(sources):
        target = targets[i]
        if target in best and best[target] != i:
            out.append((source, None, KEEP))
            continue
        if target in (KEEP, IGNORE):
            out.append((source, None, target))
        elif target.startswith(FLAG_PREFIX):  # several columns may name conditions: each one is read
            field = target if target not in taken else f"{target}:{i + 1}"
            taken.add(field)
            out.append((source, field, "map"))
        elif target in taken:
            out.append((source, None, KEEP))
        else:
            taken.add(target)
            out.append((source, target, "map"))
    return _fallback_case_id(out, explicit)


def _labels(headers: list) -> list[tuple[str, str]]:
    """``[(label, header label)]``: each column's own name (``balance (2)`` for a header written a
    second time) beside the header's."""
    seen: dict[str, int] = {}
    out = []
    for i, header in enumerate(headers):
        base = source_label(header, i)
        seen[base.casefold()] = seen.get(base.casefold(), 0) + 1
        out.append((base if seen[base.casefold()] == 1 else f"{base} ({seen[base.casefold()]})", base))
    return out


def _best_candidates(headers: list, targets: list[str], explicit: dict[str, str]) -> dict[str, int]:
    """``{field: position}`` of the column chosen among several that name the balance, phone or
    address (:mod:`.column_rank`); a column the user mapped wins."""
    out = {}
    for field in RANKED:
        found = [(i, source_label(h, i)) for i, h in enumerate(headers) if targets[i] == field]
        if len(found) < 2:
            continue
        mapped = [i for i, s in found if normalise_header(s) in explicit]
        out[field] = mapped[0] if mapped else choose(field, found)[0]
    return out


def column_conflicts(headers: list[str], mapping: dict[str, str] | None = None) -> list[dict]:
    """For every field several columns could be (two ``balance`` headers, ``Phone`` and ``Mobile``,
    ``DPD`` and ``Days overdue``), which one is used and why: ``[{field, chosen, other, tie, why}]``,
    ``chosen``/``other`` as the plan names the columns (``balance (2)``). ``tie``: nothing tells
    them apart (the first is used; the preview asks to check). Empty when each field has one
    candidate, or the user mapped one of them."""
    explicit = {normalise_header(k): v for k, v in (mapping or {}).items()}
    labels = _labels(headers)
    by_field: dict[str, list[tuple[int, str]]] = {}
    for i, (label, base) in enumerate(labels):
        if flag_field(base) or normalise_header(label) in explicit:
            continue
        field = canonical_for(base)
        if field:
            by_field.setdefault(field, []).append((i, label))
    out = []
    for field, found in by_field.items():
        if len(found) < 2 or field in explicit.values():
            continue  # one candidate, or the user named the column to use: nothing left to say
        chosen, notes = choose(field, found) if field in RANKED else (found[0][0], [
            {"field": field, "chosen": found[0][1], "other": s, "tie": True,
             "why": f"{found[0][1]!r} and {s!r} could both be the {field}; the first is used and the other is "
                    f"kept as information unless you map it as the {field}"} for _, s in found[1:]])
        position = {s: i for i, s in found}
        for note in notes:
            note["position"] = position[note["other"]]
            if labels[position[note["other"]]][1].casefold() == labels[chosen][1].casefold():
                note["tie"], note["why"] = True, (
                    f"the file has two columns named {labels[chosen][1]!r}: the first is used as the {field} and "
                    f"{note['other']!r} is kept as information unless you map it as the {field}")
        out.extend(notes)
    out.sort(key=lambda n: n.pop("position"))  # in file order
    return out


def _fallback_case_id(plan: list[tuple[str, str | None, str]], explicit: dict[str, str]):
    """No case id column: an identity document column (``Cédula``) is the case id; else a bare
    ``Número`` read as a house number when there is no street column to go with it."""
    fields = {f for _, f, _ in plan}
    if "case_id" in fields:
        return plan
    for i, (source, f, action) in enumerate(plan):
        if normalise_header(source) in explicit:
            continue
        if (action == KEEP and is_identity(source)) or (f == "house_number" and "address" not in fields):
            plan[i] = (source, "case_id", "map")
            return plan
    return plan


def match_headers(headers: list[str], mapping: dict[str, str] | None = None) -> tuple[dict[int, str], list[str]]:
    """Map column positions to canonical names. Returns ``(positions, columns not mapped)``
    (see :func:`plan_columns` for the rules)."""
    plan = plan_columns(headers, mapping)
    positions = {i: f for i, (_, f, action) in enumerate(plan) if action == "map"}
    return positions, [source for i, (source, _, action) in enumerate(plan)
                       if action != "map" and str(headers[i] or "").strip()]
