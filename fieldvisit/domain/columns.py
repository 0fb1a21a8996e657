"""Case-file columns: the canonical names of CLI.md and the header synonyms that map to them
(English, Spanish, Chinese). Headers are compared case-, accent- and punctuation-insensitively."""

from __future__ import annotations

import re
import unicodedata

CANONICAL = (
    "case_id", "name", "address", "work_address", "lat", "lon", "country", "timezone",
    "days_past_due", "due_date", "balance", "currency", "last_payment_date",
    "last_payment_amount", "phone", "appointment", "flags", "collector", "notes",
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "case_id": ("case", "case id", "case no", "case number", "caseid", "account", "account id",
                "account no", "account number", "loan id", "loan no", "contract", "reference", "ref",
                "nº expediente", "n expediente", "no expediente", "expediente", "num expediente",
                "número de expediente", "id caso", "caso", "cuenta", "contrato", "referencia",
                "案件编号", "案件号", "案件id", "编号", "合同号", "借据号", "账号", "贷款编号"),
    "name": ("debtor", "debtor name", "customer", "customer name", "borrower", "borrower name",
             "full name", "client", "nombre", "nombre completo", "cliente", "deudor", "titular",
             "客户姓名", "姓名", "客户名称", "借款人", "债务人", "名称"),
    "address": ("home address", "street", "residence", "dirección", "direccion", "domicilio",
                "dirección particular", "地址", "家庭地址", "住址", "居住地址"),
    "work_address": ("work address", "office address", "employer address", "business address",
                     "dirección trabajo", "direccion trabajo", "dirección laboral", "单位地址",
                     "工作地址", "公司地址"),
    "lat": ("latitude", "lat", "y", "latitud", "纬度"),
    "lon": ("longitude", "lon", "lng", "long", "x", "longitud", "经度"),
    "country": ("country code", "nation", "país", "pais", "国家", "国家代码"),
    "timezone": ("time zone", "tz", "zone", "zona horaria", "huso horario", "时区"),
    "days_past_due": ("dpd", "days overdue", "days past due", "overdue days", "days late",
                      "días de atraso", "dias de atraso", "días vencidos", "dias vencidos",
                      "días de mora", "dias de mora", "mora", "逾期天数", "逾期天"),
    "due_date": ("due", "due date", "date due", "first missed date", "fecha vencimiento",
                 "fecha de vencimiento", "vencimiento", "到期日", "应还日期", "到期日期"),
    "balance": ("outstanding", "outstanding balance", "amount due", "amount", "debt", "total due",
                "saldo", "importe", "deuda", "saldo pendiente", "monto", "欠款金额", "欠款",
                "金额", "逾期金额", "未还金额"),
    "currency": ("ccy", "curr", "moneda", "divisa", "币种", "货币"),
    "last_payment_date": ("last payment date", "last paid", "fecha último pago", "fecha ultimo pago",
                          "último pago", "最后还款日期", "最近还款日"),
    "last_payment_amount": ("last payment", "last payment amount", "importe último pago",
                            "importe ultimo pago", "最后还款金额", "最近还款金额"),
    "phone": ("telephone", "mobile", "phone number", "tel", "teléfono", "telefono", "móvil", "movil",
              "电话", "手机", "联系电话", "手机号"),
    "appointment": ("appointment", "appointments", "appointment window", "window", "visit window",
                    "availability", "cita", "citas", "horario", "disponibilidad", "预约时间", "预约",
                    "上门时间", "可访时间"),
    "flags": ("flag", "status flags", "marcas", "indicadores", "banderas", "标记", "标志"),
    "collector": ("agent", "assigned to", "field agent", "gestor", "cobrador", "agente", "催收员",
                  "外访员", "负责人"),
    "inconvenient": ("inconvenient times", "do not visit at", "avoid", "not available", "no visitar",
                     "horario no disponible", "no disponible", "不方便时间", "勿访时间"),
    "notes": ("note", "comments", "remarks", "notas", "observaciones", "comentarios", "备注", "说明"),
}


def normalise_header(text: str) -> str:
    """``"  Nº Expediente "`` → ``"nº expediente"``; ``Días_de_atraso`` → ``días de atraso``."""
    t = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    t = re.sub(r"[_\-./:()#]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


_LOOKUP: dict[str, str] = {}
for _canonical, _names in _SYNONYMS.items():
    for _name in (_canonical, _canonical.replace("_", " "), *_names):
        _n = normalise_header(_name)
        _LOOKUP.setdefault(_n, _canonical)
        _LOOKUP.setdefault(_strip_accents(_n), _canonical)


def canonical_for(header: str) -> str | None:
    n = normalise_header(header)
    return _LOOKUP.get(n) or _LOOKUP.get(_strip_accents(n))


KEEP, IGNORE = "keep", "ignore"


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
    first wins and the other is kept as information. Raises :class:`MappingError` for a target
    that is no field.
    """
    explicit = {}
    for header, target in (mapping or {}).items():
        if target not in CANONICAL and target not in (KEEP, IGNORE, "inconvenient"):
            raise MappingError(f"the mapping names {target!r}, which is not a column FieldVisit knows "
                               f"(known: {', '.join(CANONICAL)}, or keep, ignore)")
        explicit[normalise_header(header)] = target
    out: list[tuple[str, str | None, str]] = []
    taken: set[str] = set()
    for i, header in enumerate(headers):
        source = source_label(header, i)
        target = explicit.get(normalise_header(source)) or canonical_for(source) or KEEP
        if target in (KEEP, IGNORE):
            out.append((source, None, target))
        elif target in taken:
            out.append((source, None, KEEP))
        else:
            taken.add(target)
            out.append((source, target, "map"))
    return out


def match_headers(headers: list[str], mapping: dict[str, str] | None = None) -> tuple[dict[int, str], list[str]]:
    """Map column positions to canonical names. Returns ``(positions, columns not mapped)``
    (see :func:`plan_columns` for the rules)."""
    plan = plan_columns(headers, mapping)
    positions = {i: f for i, (_, f, action) in enumerate(plan) if action == "map"}
    return positions, [source for i, (source, _, action) in enumerate(plan)
                       if action != "map" and str(headers[i] or "").strip()]
