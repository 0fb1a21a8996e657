"""Interface language: Qt translations (``resources/translations/fieldvisit_<lang>.qm``) plus Qt's
own (standard buttons and dialogs), and QLocale for dates, numbers and currency.

English is the source language (``fieldvisit_en`` holds only its plural forms: ``%n rows``
written ``1 row``); Spanish (``es``) and Simplified Chinese (``zh_CN``) ship. The
language follows the system unless the workspace setting ``language`` says otherwise.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from fieldvisit.domain.money import AmountError, money_step, parse_typed_amount
from resources import HERE as RESOURCES

LANGUAGES = {"en": "English", "es": "Español", "zh_CN": "简体中文"}
TRANSLATIONS = RESOURCES / "translations"


def pick(language: str | None = None) -> str:
    """The shipped language closest to ``language`` (or the system's): en, es or zh_CN."""
    name = (language or QLocale.system().name() or "en").replace("-", "_")
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("es"):
        return "es"
    return "en"


class AnyContextTranslator(QTranslator):
    """Qt looks a string up under the class that calls ``tr`` at run time; a mixin's strings are
    extracted under the mixin's name. Fall back to any context holding the same source text."""

    def __init__(self, contexts: list[str], parent=None) -> None:
        super().__init__(parent)
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        for other in self.contexts:
            if other != context:
                found = super().translate(other, source, disambiguation, n)
                if found:
                    return found
        return None  # a null string: "not here", so Qt asks the next translator or keeps the source


_installed: list[QTranslator] = []


def install(language: str | None = None) -> str:
    """Install the translators on the running QCoreApplication; returns the language used."""
    from fieldvisit.adapters.holiday_calendar import set_language

    app = QCoreApplication.instance()
    lang = pick(language)
    set_language(lang)  # public holiday names in the interface's language where the data has it
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _patterns.clear()
    if lang == "en":  # the source language: only its plural forms (%n) come from a catalogue
        plurals = AnyContextTranslator(_read_catalog(TRANSLATIONS / "fieldvisit_en.ts"), app)
        if plurals.load(str(TRANSLATIONS / "fieldvisit_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return lang
    ours = AnyContextTranslator(_read_catalog(TRANSLATIONS / f"fieldvisit_{lang}.ts"), app)
    if ours.load(str(TRANSLATIONS / f"fieldvisit_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def current() -> str:
    return pick(QLocale().name())


#: The one way a day is written on screen and on paper (``Tue 24 Nov 2026``, ``mar 24 nov 2026``,
#: ``2026年11月24日 周二``): unambiguous in every language, unlike the short numeric formats
#: (12/3/26 vs 3/12/26).
DATE_FORMATS = {"zh": "yyyy年M月d日 ddd"}
DATE_FORMAT = "ddd d MMM yyyy"
TIME_FORMAT = "HH:mm"  # the window's one clock format: 24-hour, as the timeline and the exports


def date_format() -> str:
    """The Qt date pattern of the interface language (for date fields and ``day_text``)."""
    return DATE_FORMATS.get(QLocale().name().split("_")[0], DATE_FORMAT)


def day_text(value) -> str:
    """A day (date, datetime or ISO text) in the interface locale, as ``date_format()``."""
    from datetime import date, datetime

    from PySide6.QtCore import QDate

    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def money(amount, currency: str = "") -> str:
    """An amount in the interface locale's digits and separators, then the ISO currency code
    (``1.510,48 EUR`` in Spanish, ``1,510.48 EUR`` in English and Chinese)."""
    return f"{shown_amount(amount)} {currency}".strip()


def typed_amount(text: str, currency: str = "") -> Decimal:
    """An amount as the interface language writes it (``1.500,00`` in Spanish; three decimals in
    a three-decimal ``currency`` such as KWD); AmountError else."""
    loc = QLocale()
    return parse_typed_amount(text, loc.decimalPoint(), loc.groupSeparator(), decimals_of(currency))


def decimals_of(currency: str) -> int:
    """How many decimals an amount in ``currency`` may have: 3 for KWD, BHD…; else 2."""
    return 3 if money_step(currency) == Decimal("0.001") else 2


def stored_amount(text: str, currency: str = "") -> str:
    """The amount as stored (``1500.00``), or the text as typed when it is not an amount (the
    form then says how to write it)."""
    try:
        return str(typed_amount(text, currency))
    except AmountError:
        return text.strip()


def shown_amount(value) -> str:
    """A stored amount (``"1500.00"``) as the interface writes it (``1.500,00`` in Spanish)."""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value or "")
    if not amount.is_finite():
        return str(value)
    # cents; an amount stored in fils (1.234 KWD, 2.500 BHD) keeps its three decimals
    digits = 3 if amount.as_tuple().exponent <= -3 else 2
    return QLocale().toString(float(amount), "f", digits)


def shown_day(iso: str) -> str:
    """A stored ISO day as the interface shows days; the text itself when it is not a day."""
    try:
        return day_text(iso) if iso else ""
    except ValueError:
        return str(iso)


def typed_day(text: str) -> str:
    """A plan date typed as the form shows dates (``Thu 3 Dec 2026``) or as ``2026-12-03``; the text
    itself when it is neither (the visit's validation then says so)."""
    day = QLocale().toDate(text.strip(), date_format())
    if not day.isValid():
        day = QDate.fromString(text.strip(), "yyyy-MM-dd")
    return day.toString("yyyy-MM-dd") if day.isValid() else text.strip()


def _local(value, context: str) -> str:
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2 if value == round(value, 2) else 3)
    if getattr(value, "template", None) is not None:  # a sentence inside a sentence ("about 3 days")
        return localize(value, context)
    if isinstance(value, str):
        return QCoreApplication.translate(context, value) or value
    return str(value)


_patterns: list = []  # (compiled regex, template) of the current language's parameterised sentences
_FIELD = re.compile(r"\{([a-z_0-9]+)(?:![rsa])?\}")  # a placeholder, with its conversion if any


def _read_catalog(ts_file) -> list[str]:
    """Read the language's .ts once: its context names (for the any-context fallback) are
    returned, and its parameterised sentences become ``_patterns``: sentences stored as English
    text (visit warnings, prep snapshots that travelled as JSON, refusals) are recognised by their
    template again, so they can be shown translated."""
    import html
    import re

    _patterns.clear()
    try:
        text = ts_file.read_text(encoding="utf-8")
    except OSError:
        return []
    for block in re.findall(r"<context>\s*<name>Prep</name>(.*?)</context>", text, re.S):
        for source in re.findall(r"<source>([^<]*)</source>", block):
            template = html.unescape(source)
            if "{" not in template:
                continue
            seen: set[str] = set()
            pieces = []
            for part in re.split(r"(\{[a-z_0-9]+(?:![rsa])?\})", template):  # {name} or {name!r}
                if not part:
                    continue
                field = _FIELD.fullmatch(part)
                name = field.group(1) if field else None
                if name and name not in seen:
                    seen.add(name)
                    pieces.append(f"(?P<{name}>.*?)")
                elif name:
                    pieces.append(f"(?P={name})")  # the same value again
                else:
                    pieces.append(re.escape(part))
            _patterns.append((re.compile(f"^{''.join(pieces)}$", re.S), template))
    _patterns.sort(key=lambda p: -len(p[1]))  # the most specific sentence first
    return re.findall(r"<name>([^<]*)</name>", text)  # "" too: module-level tr() helpers


def localize(text, context: str = "Prep") -> str:
    """A domain sentence (``domain.text.Msg``) or code word in the interface language: its
    template translated, dates and amounts through QLocale. Plain English text is matched against
    the known templates; otherwise translated when the catalog knows it, else shown as it is."""
    if not text:
        return text or ""
    template = getattr(text, "template", None)
    if template is None:
        plain = str(text)
        found = QCoreApplication.translate(context, plain)
        if found != plain:
            return found
        for pattern, source in _patterns:
            match = pattern.match(plain)
            if match:
                # a value may itself be a sentence (the reason inside "… cannot be imported: …")
                params = {k: (localize(v, context) if len(v) < len(plain) else v) for k, v in match.groupdict().items()}
                # the matched text already shows {text!r} as repr: format it as it stands
                return _FIELD.sub(r"{\1}", QCoreApplication.translate(context, source)).format(**params)
        return plain
    params = {k: _local(v, context) for k, v in text.params.items()}
    return QCoreApplication.translate(context, template).format(**params)


FLAG_LABELS = {"dispute": QT_TRANSLATE_NOOP("CaseTableModel", "dispute"),
               "cease": QT_TRANSLATE_NOOP("CaseTableModel", "cease contact"),
               "lawyer": QT_TRANSLATE_NOOP("CaseTableModel", "lawyer"),
               "bankruptcy": QT_TRANSLATE_NOOP("CaseTableModel", "bankruptcy"),
               "deceased": QT_TRANSLATE_NOOP("CaseTableModel", "deceased"),
               "do_not_visit": QT_TRANSLATE_NOOP("CaseTableModel", "do not visit"),
               "vulnerable": QT_TRANSLATE_NOOP("CaseTableModel", "vulnerable"),
               "no_workplace": QT_TRANSLATE_NOOP("CaseTableModel", "no workplace visits"),
               "legal_hold": QT_TRANSLATE_NOOP("CaseTableModel", "legal hold")}
PROMISE_STATES = {"open": QT_TRANSLATE_NOOP("CaseTableModel", "open"), "kept": QT_TRANSLATE_NOOP("CaseTableModel", "kept"),
                  "broken": QT_TRANSLATE_NOOP("CaseTableModel", "broken")}


def translate(context: str, text: str) -> str:
    """``text`` (an English source string marked with ``QT_TRANSLATE_NOOP(context, ...)``) in the
    interface language; the source text itself when no translation is installed (the CLI)."""
    return QCoreApplication.translate(context, text)


def flag_text(code: str) -> str:
    return QCoreApplication.translate("CaseTableModel", FLAG_LABELS.get(code, code))


def promise_text(p: dict) -> str:
    """``open: 120.00 EUR by Tue 1 Dec 2026`` in the interface language."""
    due = day_text(p["date"])
    return QCoreApplication.translate("CaseTableModel", "{status}: {amount} by {date}").format(
        status=QCoreApplication.translate("CaseTableModel", PROMISE_STATES.get(p["status"], p["status"])),
        amount=money(p["amount"], p.get("currency") or ""), date=due)


def window_text(w) -> str:
    """An appointment window with the locale's day names: ``mié 25 nov 10:00–12:00`` or
    ``lun,mié 18:00–20:00`` (times in the debtor's zone)."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate

    loc = QLocale()
    if not w.recurring:
        s, e = w.start.astimezone(ZoneInfo(w.tz)), w.end.astimezone(ZoneInfo(w.tz))
        return f"{loc.toString(QDate(s.year, s.month, s.day), 'ddd d MMM')} {s:%H:%M}–{e:%H:%M}"
    days = ",".join(loc.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in w.weekdays)
    return f"{days} {w.start_time:%H:%M}–{w.end_time:%H:%M}"


#: Visit outcomes, people met, payment methods and review states as words (the visit form's,
#: the desk's and the team report's; the contexts keep the translations they had).
OUTCOME_LABELS = {
    "rpc": QT_TRANSLATE_NOOP("VisitForm", "Met the borrower (RPC)"), "third_party": QT_TRANSLATE_NOOP("VisitForm", "Spoke to someone else"), "not_home": QT_TRANSLATE_NOOP("VisitForm", "Not home / door locked"),
    "address_not_found": QT_TRANSLATE_NOOP("VisitForm", "Address not found"), "moved": QT_TRANSLATE_NOOP("VisitForm", "Moved (needs tracing)"), "promise_to_pay": QT_TRANSLATE_NOOP("VisitForm", "Promise to pay"),
    "paid_in_full": QT_TRANSLATE_NOOP("VisitForm", "Paid in full"), "partial_payment": QT_TRANSLATE_NOOP("VisitForm", "Partial payment"), "settled": QT_TRANSLATE_NOOP("VisitForm", "Settled"),
    "refused": QT_TRANSLATE_NOOP("VisitForm", "Refused to pay"), "dispute": QT_TRANSLATE_NOOP("VisitForm", "Dispute raised"), "hardship": QT_TRANSLATE_NOOP("VisitForm", "Hardship / vulnerable"),
    "revisit": QT_TRANSLATE_NOOP("VisitForm", "Revisit requested"), "deceased": QT_TRANSLATE_NOOP("VisitForm", "Deceased"), "bankrupt": QT_TRANSLATE_NOOP("VisitForm", "Bankrupt"), "lawyer": QT_TRANSLATE_NOOP("VisitForm", "Has a lawyer"),
    "cease": QT_TRANSLATE_NOOP("VisitForm", "Asked us to stop contact"),
}
METHOD_LABELS = {"cash": QT_TRANSLATE_NOOP("VisitForm", "Cash"), "card": QT_TRANSLATE_NOOP("VisitForm", "Card"),
                 "transfer": QT_TRANSLATE_NOOP("VisitForm", "Bank transfer"), "cheque": QT_TRANSLATE_NOOP("VisitForm", "Cheque"),
                 "mobile": QT_TRANSLATE_NOOP("VisitForm", "Mobile payment"), "other": QT_TRANSLATE_NOOP("VisitForm", "Other")}
PERSON_LABELS = {"debtor": QT_TRANSLATE_NOOP("VisitForm", "The borrower"),
                 "third_party": QT_TRANSLATE_NOOP("VisitForm", "Someone else"),
                 "nobody": QT_TRANSLATE_NOOP("VisitForm", "Nobody")}
REVIEW_LABELS = {"received": QT_TRANSLATE_NOOP("SupervisorDesk", "Received"),
                 "approved": QT_TRANSLATE_NOOP("SupervisorDesk", "Approved"),
                 "has_issues": QT_TRANSLATE_NOOP("SupervisorDesk", "Has issues"),
                 "rejected": QT_TRANSLATE_NOOP("SupervisorDesk", "Rejected")}


def code_text(kind: str, code: str | None) -> str:
    """A code the records keep (``promise_to_pay``, ``debtor``, ``kept``, ``has_issues``, ``cash``)
    as a word in the interface language; ``kind`` is outcome, person, promise, review or method."""
    if not code:
        return ""
    table, context = {"outcome": (OUTCOME_LABELS, "VisitForm"), "person": (PERSON_LABELS, "VisitForm"),
                      "method": (METHOD_LABELS, "VisitForm"), "promise": (PROMISE_STATES, "CaseTableModel"),
                      "review": (REVIEW_LABELS, "SupervisorDesk")}[kind]
    return QCoreApplication.translate(context, table[code]) if code in table else code
