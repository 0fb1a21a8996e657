"""Reading a header nobody listed: more lenders' vocabularies (Portuguese, Japanese, Korean, more
English and Spanish wording) and, when no listed name matches, the words a header is made of.

Lenders' systems name the same column in endless ways (``LOAN_NBR``, ``Loan Account No``,
``No. de Crédito``, ``Valor em Atraso``, ``연체금액``). :func:`guess` reads such a header in two
steps, after the exact names of :mod:`.columns` found nothing:

1. expand abbreviations and drop qualifiers (``PROP_CITY`` → ``city``, ``BORR_FIRST_NM`` →
   ``first name``, ``UPB_AMT`` → ``upb amount``) and look the result up again;
2. read the concepts in the header: a date word with "last payment" is ``last_payment_date``,
   with "due"/"delinquency" ``due_date``; a days word with "arrears"/"overdue" ``days_past_due``;
   an amount word ``balance`` (``last_payment_amount`` with "last payment"); a phone, name,
   surname, address or collector word; a loan/account/contract word with a number word
   ``case_id``. A header that fits none of these is kept as extra information (the preview shows
   it and the user can map it).

Identity-document columns (``Cédula``, ``DNI``, ``身份证号``) are :data:`IDENTITY`: the case id only
when the file has no case id column of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from fieldvisit.domain.column_words_more import coordinate, first_arrears

#: More exact names, merged into the synonyms of :mod:`.columns`.
EXTRA_SYNONYMS: dict[str, tuple[str, ...]] = {
    "case_id": ("id", "agreement", "agreement no", "agreement number", "agreement id", "loan account",
                "loan account no", "loan account number", "loan acct no", "loan nbr", "acct nbr",
                "account nbr", "no de crédito", "no credito", "núm de crédito", "número de crédito",
                "n de crédito", "nº de crédito", "no de cuenta", "no de contrato", "número de operación",
                "numero de operacion", "operación", "obligación", "número de obligación", "pagaré",
                "contrato nº", "número do contrato", "numero do contrato", "nº do contrato", "contrato no",
                "código do cliente", "processo", "顧客番号", "契約番号", "口座番号", "管理番号", "案件番号",
                "계좌번호", "계약번호", "대출번호", "고객번호", "관리번호", "案件編號"),
    "name": ("forename", "first names", "given names", "nombres", "primer nombre", "nome", "nome do cliente",
             "nome completo", "cliente nome", "devedor", "nome do devedor", "氏名", "名前", "顧客名",
             "お客様名", "債務者名", "성명", "이름", "고객명", "채무자", "채무자명", "borrower full name"),
    "surname": ("sobrenome", "apellido paterno", "姓", "姓氏", "성"),
    "address": ("residence address", "residential addr", "property address", "service address",
                "billing address", "endereço", "endereco", "logradouro", "rua", "dirección de domicilio",
                "住所", "現住所", "주소", "거주지 주소", "자택 주소"),
    "house_number": ("número", "numero", "núm", "num ext", "número exterior", "numero exterior",
                     "no ext", "núm ext", "house number", "house no", "street number", "building number",
                     "número da casa", "nº casa"),
    "address_line2": ("número interior", "numero interior", "núm int", "no int", "complemento", "flat",
                      "address line 3"),
    "district": ("bairro", "corregimiento", "vereda", "parroquia", "locality", "taluk", "区县"),
    "city": ("cidade", "comuna", "municipality", "市区町村", "시군구", "市县"),
    "region": ("departamento", "uf", "estado uf", "prefecture", "都道府県", "시도", "county/state"),
    "postal_code": ("pincode", "pin code", "pin", "cep", "código postal", "郵便番号", "우편번호"),
    "balance": ("arrears", "total arrears", "arrears amount", "total overdue", "overdue amount",
                "amount overdue", "upb", "unpaid principal balance", "valor em atraso", "valor em aberto",
                "saldo devedor", "valor en mora", "valor mora", "saldo en mora", "saldo capital",
                "adeudo", "adeudo total", "monto en mora", "延滞金額", "残高", "請求金額", "未払金額",
                "연체금액", "연체 금액", "잔액", "채무금액", "미납금액"),
    "days_past_due": ("dias em atraso", "días mora", "dias mora", "días de vencido", "延滞日数", "연체일수",
                      "연체 일수", "arrears days", "dlq days", "days delinq", "delinquent days"),
    "due_date": ("vence", "venc", "vto", "f vto", "fecha vto", "fec venc", "f vencimiento", "fecha de vto", "due on",
                 "payment due", "data venc", "emi due date", "installment due date", "data de vencimento", "vencimento", "支払期日",
                 "延滞開始日", "연체시작일", "만기일", "납기일", "next due date", "next payment due date",
                 "fecha de exigibilidad", "fecha exigible"),
    "last_payment_date": ("data do último pagamento", "最終入金日", "最終返済日", "최종납부일", "최근납부일"),
    "last_payment_amount": ("valor do último pagamento", "最終入金額", "최종납부금액"),
    "phone": ("mobile no", "mobile number", "phone no", "contact no", "telefone", "celular", "whatsapp",
              "電話番号", "携帯番号", "携帯電話", "連絡先", "연락처", "전화번호", "휴대폰", "휴대전화"),
    "appointment": ("visit slot", "time slot", "preferred slot", "contact preference", "best time to call",
                    "preferred contact", "best time", "best time to reach", "best time to contact", "preferred time",
                    "preferred times", "preferred contact time", "preferred contact hours",
                    "约访时间", "方便拜访时间", "拜访时间", "可拜访时间", "预约上门时间", "联系时间", "可联系时间",
                    "方便联系时间", "上门拜访时间", "约见时间", "預約上門時間", "拜訪時間", "聯繫時間", "franja horaria",
                    "mejor hora para visitar", "mejor hora", "disponibilidad horaria", "hora de contacto",
                    "horario de visitas", "franja de visita", "visiting hours", "appt", "appt time", "appt window",
                    "call window", "contact hours", "contact window", "hours to visit", "visiting times",
                    "horário de visita", "horário", "melhor horário", "訪問可能時間", "訪問時間",
                    "방문가능시간", "방문시간"),
    "middle_name": ("middle name", "middle initial", "middle", "mi", "segundo nombre", "中间名"),
    "second_surname": ("segundo apellido", "apellido materno", "2º apellido", "2o apellido", "second surname",
                       "second last name", "maternal surname", "mothers maiden name"),
    "collector": ("field officer", "recovery agent", "collection agent", "cobrador asignado",
                  "担当者", "担当", "담당자", "수금원"),
    "notes": ("observações", "observacoes", "comentário", "備考", "비고", "메모"),
    "currency": ("moeda", "通貨", "통화"),
    "country": ("国", "국가"),
}

#: Identity-document columns: used as the case id only when no column is the case id.
IDENTITY = ("cédula", "cedula", "cédula de ciudadanía", "cc", "dni", "nif", "nie", "curp", "rfc", "ssn",
            "cpf", "cnpj", "rut", "national id", "id number", "aadhaar", "pan", "身份证号", "身份证号码",
            "身份证", "身份證號", "身份證字號", "주민등록번호")

_ABBREVIATIONS = {
    "nm": "name", "nme": "name", "nbr": "number", "num": "number", "no": "number", "amt": "amount",
    "bal": "balance", "dt": "date", "addr": "address", "adr": "address", "dlq": "delinquent",
    "delq": "delinquent", "pmt": "payment", "pymt": "payment", "pay": "payment", "ph": "phone",
    "tel": "phone", "mob": "mobile", "zipcode": "zip", "cty": "city", "st": "state", "ste": "state",
    "prov": "province", "acc": "account", "acct": "account", "cust": "customer", "fname": "first name",
    "lname": "last name", "first": "first", "ln": "loan", "ctry": "country", "curr": "currency",
    "ccy": "currency", "os": "outstanding", "o s": "outstanding", "tot": "total", "ttl": "total",
    "appt": "appointment", "appts": "appointment", "expte": "expediente", "addr1": "address", "adr1": "address", "1st": "first",
}
#: Words that say whose/which an ordinary field is (dropped before the second lookup).
_QUALIFIERS = frozenset(
    "prop property borr borrower cust customer client debtor primary home mailing mail residence res "
    "current curr present permanent perm main principal del de da do la el the of "
    "debiteur emprunteur du des le les d schuldner schuldners kunde kunden der die das".split())


def _words(text: str) -> list[str]:
    """A header's words, casefolded, accents dropped; camelCase split (``LastPaymentDate``)."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", t).casefold()
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    return re.findall(r"[a-z0-9#]+|[^\x00-\x7f\s_\-./:()#,]+", t)


def _expanded(words: list[str], drop_qualifiers: bool) -> str:
    out = []
    for w in words:
        w = _ABBREVIATIONS.get(w, w)
        if drop_qualifiers and w in _QUALIFIERS:
            continue
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=256)
def _stems(latin: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """``"venc* due"`` → ``({"due"}, ("venc",))``: whole words and prefixes."""
    stems = latin.split()
    return frozenset(s for s in stems if not s.endswith("*")), tuple(s[:-1] for s in stems if s.endswith("*"))


def _has(words: list[str], text: str, latin: str, cjk: tuple[str, ...] = ()) -> bool:
    whole, prefixes = _stems(latin)
    return not whole.isdisjoint(words) or bool(prefixes) and any(w.startswith(prefixes) for w in words) \
        or any(c in text for c in cjk)


#: CJK words are found inside the joined header; Latin ones only as whole words (in ``has``): "dt" and
#: "data" inside "PreferredTimeSlot" or "Update Time" are no date.
_DATE = ("日期", "期日", "年月日", "日付", "날짜", "일자")
_LAST = ("最后", "最近", "上次", "最後", "最終", "최근", "마지막", "최종")
_PAY = ("还款", "還款", "缴费", "入金", "返済", "납부", "상환")
_DUE = ("到期", "应还", "應還", "逾期", "期限", "延滞", "연체", "만기", "납기")
_DAYS = ("天数", "天數", "日数", "일수")
_MONEY = ("金额", "金額", "欠款", "余额", "餘額", "本金", "残高", "残額", "延滞額", "請求額", "未払額", "滞納額", "금액",
          "잔액", "채무", "연체액")
_PHONE = ("电话", "手机", "電話", "手機", "携帯", "연락처", "전화", "휴대")
_NAME = ("姓名", "氏名", "名前", "성명", "이름", "고객명", "債務者")
_ADDRESS = ("地址", "住址", "住所", "주소")
_ID = ("编号", "編號", "番号", "번호", "号码", "號碼", "账号", "帳號", "合同号", "案件号",
       "コート")  # コード ("code"): the words are compared with their marks (゛) dropped


_ENTITY = ("account loan agreement contract case file folio credit credito cuenta contrato prestamo expediente "
           "operacion obligacion pagare reference emprestimo processo dossier contrat compte pret creance "
           "akte aktenzeichen vertrag vorgang konto kredit darlehen fall pratica contratto conto")
#: (a customer or debtor word names the case only with a number word: ``顧客ID``, ``客户编号``, ``会員番号``)
_ENTITY_CJK = ("合同", "案件", "借据", "贷款", "账户", "帳戶", "계좌", "계약", "대출", "契約", "口座", "顧客", "会員",
               "會員", "客户", "客戶", "고객", "債務者", "お客様")
_NUMBERED = "id number numero nro n # code codigo codice cod ref key nr nummer no"
#: A person's number, code or id is the case id, never the person's name: ``Cod. cliente``,
#: ``Nº Cliente``, ``Kd.-Nr.``, ``N° client``, ``Customer Number``. A bare "no"/"n" counts only at either
#: end of the header as written ("Customer No"): inside, it is the Spanish "not" (``Cliente no localizado``).
_PERSON_NUMBERED = "id number numero nro code codigo codice cod ref key nr nummer"
_PERSON = ("customer client cliente klant kunde kunden debtor deudor devedor debiteur debitore schuldner "
           "borrower acreditado titular")
#: Words that say a header is *about* the account (its status, type, dates, amounts, people), so it is
#: never the account's id: "Account Status", "Loan Type", "Contract Date", "Case Stage", "贷款类型".
_ATTRIBUTE = ("status state stage type kind class category categ* product purpose term tenor tenure date opened "
              "open opening closed close closing start end since amount amt balance currency officer manager "
              "owner branch rate limit title description desc reason source origin channel segment portfolio "
              "bucket age count value holder name estado estatus situacion tipo clase categoria producto fecha "
              "plazo moneda sucursal motivo statut etat type categorie produit devise agence solde montant "
              "typ art datum betrag wahrung filiale situacao tipo data valor moeda agencia stato tipologia")
_ATTRIBUTE_CJK = ("状态", "狀態", "类型", "類型", "种类", "種類", "日期", "金额", "金額", "期限", "用途", "产品",
                  "產品", "利率", "余额", "餘額", "币种", "幣種", "类别", "類別", "网点", "状況", "種別", "상태",
                  "유형", "종류", "일자")


def _concept(words: list[str], text: str, written: list[str] | None = None) -> str | None:
    has = lambda latin, cjk=(): _has(words, text, latin, cjk)  # noqa: E731
    last_payment = has("last ultimo ult latest recent previous dernier derniere letzte letzter ultima", _LAST) and \
        has("payment paid pago pagamento pmt pymt paiement versement reglement zahlung pagamento", _PAY)
    if place := coordinate(words, text):  # "Geo Lat", "Localização Latitude", "GPS纬度"
        return place
    if has("agent collector gestor cobrador agente gestionnaire recouvreur sachbearbeiter inkasso*",
           ("催收", "外访", "担当", "담당")):
        return "collector"
    if has("address addr direccion domicilio endereco adresse anschrift", _ADDRESS) and \
            has("work office employer business company laboral trabajo empresa oficina travail employeur "
                "arbeitgeber arbeit firma", ("单位", "公司", "勤務", "직장", "회사")):
        return "work_address"
    if has("phone telephone mobile cell cellphone celular movil telefono telefone fone whatsapp portable telefon "
           "handy mobil mobilnummer gsm", _PHONE):
        return "phone"
    if has("days day dias dia dpd jours jour tage tag giorni dagen", _DAYS):
        if has("dpd arrears arrear delinquent delinquency overdue past late mora atraso vencido vencidos venc missed "
               "unpaid impago due retard impaye impayes uberfallig ueberfaellig verzug ritardo scaduto achterstand", _DUE):
            return "days_past_due"
        if has("visit visita visitar visite besuch besuchs", ("拜访", "上门")) and not has(
                "since desde depuis seit last ultima ultimo dernier derniere letzte count number numero nb anzahl "
                "cantidad quantidade"):
            return "appointment"  # "Días y horario de visita", "Días de visita"; never "Days since last visit"
        return None
    if has("since desde depuis seit") and has("due delinquent delinquency overdue arrears mora atraso vencido impago "
                                              "inadimplente inadimplencia zahlungsverzug "
                                              "retard impaye verzug fallig", _DUE):
        return "due_date"  # "Past Due Since", "En mora desde"
    if (first := first_arrears(has)) is not None:  # "First Missed Payment", "Primera cuota impagada": when
        return first or None                        # the arrears started; never its amount
    if has("date fecha data datum updated update modified created timestamp", _DATE):
        if last_payment:
            return "last_payment_date"
        if has("due venc* impago mora delinquent delinquency default defaut missed overdue arrears exigib* echeance "
               "impaye fallig* faellig* verzug scadenza", _DUE):
            return "due_date"
        return None
    if has("time times hour hours horario hora horas franja window slot disponibilidad heure heures horaire horaires "
           "creneau plage zeit zeiten zeitfenster uhrzeit besuchszeit besuchszeiten orario fascia turno periodo",
           ("时间", "时段", "時間", "時段")) \
            and has("visit visiting visitar visita visitas call calling contact contactar contacto llamada "
                    "llamar appointment cita reach available best mejor preferred preferida visite passage "
                    "rendez joignable besuch besuchs erreichbar kontakt beste bevorzugte bevorzugt preferente "
                    "preferencia preferencial preferido preferidos preferidas prefere preferee preference "
                    "conveniente disponible disponivel wunsch gewunschte",
                    ("访", "拜访", "上门", "联系", "预约", "約", "訪", "聯繫", "方便", "偏好", "首选")) \
            and not has("no not nao ne pas nicht kein keine avoid evitar never nunca jamais nie", ("不", "勿")):
        return "appointment"  # "Best hours to reach", "Hora preferida de visita", "方便上门时段"
    if has("limit rate tasa cuota installment instalment emi fee fees interest interes juros percent pct taux "
           "mensualite zins zinsen rate limite",
           ("利率", "利息", "额度", "額度")):
        return None
    if has("balance amount due owed outstanding overdue arrears debt upb principal total saldo importe monto "
           "valor deuda adeudo adeudado divida montante montant solde restant reste dette creance impaye impayes encours "
           "betrag forderung schuld schulden ruckstand restschuld kontostand importo debito", _MONEY):
        return "last_payment_amount" if last_payment else "balance"
    if has("forename nombre nombres nome prenom prenoms vorname") or has("first given") and (
            has("name nm") or all(w in ("first", "given") or w in _QUALIFIERS for w in words)):
        # "first" is a name word only beside "name" or alone ("First", "Borrower First"): never in
        # "First Missed Payment" or "First Contact"
        return "name" if not has("last surname family apellido apellidos sobrenome nachname famille") else "surname"
    if has("last surname family apellido apellidos sobrenome nachname familienname cognome"):
        return "surname" if has("name nm nombre nome nom") or len(words) <= 2 else None
    entity = has(_ENTITY, _ENTITY_CJK)
    numbered = has(_NUMBERED, _ID)
    if entity and not has(_ATTRIBUTE, _ATTRIBUTE_CJK) and \
            (numbered or all(_has([w], w, f"{_ENTITY} {_NUMBERED}") or w in _QUALIFIERS for w in words)):
        return "case_id"  # "Loan", "Loan Account", "Contract No" — never "Account Status", "Loan Type"
    ends = {written[0], written[-1]} if written else set()
    if has(_PERSON) and (_has(written or words, text, _PERSON_NUMBERED, _ID) or ends & {"no", "n", "#"}) \
            and not has(_ATTRIBUTE, _ATTRIBUTE_CJK) and not has(
            "address direccion domicilio endereco adresse anschrift indirizzo adres", _ADDRESS):
        return "case_id"
    address = has("address direccion domicilio endereco street calle rua adresse rue anschrift strasse indirizzo",
                  _ADDRESS)
    if not address and has("name nombre nome titular holder borrower debtor customer client cliente deudor "
                           "acreditado devedor nom debiteur emprunteur titulaire schuldner kunde kundenname "
                           "darlehensnehmer kreditnehmer", _NAME):
        return "name"
    if address:
        return "address"  # "Dirección del deudor", "Adresse du débiteur"
    return None


def guess(header: str, lookup: Callable[[str], str | None]) -> str | None:
    """The field a header nobody listed names, or None. ``lookup`` is the exact-name lookup
    (normalised header → field) of :mod:`.columns`."""
    words = _words(header)
    if not words:
        return None
    for drop in (False, True):
        found = lookup(_expanded(words, drop))
        if found:
            return found
    return _concept([_ABBREVIATIONS.get(w, w) for w in words], "".join(words), words)
