"""How a case file writes dates and numbers, and in which country and currency — decided once from
the whole file's own evidence, so a row is never read by a guess.

:func:`decide_conventions` is the one decision the import uses and the import preview shows (and
may override with :meth:`Conventions.override`). Evidence, strongest first:

- **Date order**: dates the file writes unambiguously (``25/11/2026`` is day first,
  ``11/25/2026`` month first); else the file's country (``US`` and a few others write month
  first); else plausibility (an appointment read one way falls months in the past, the other way
  next week; a last payment in the future) when it settles every ambiguous date of the file —
  when some stay open, the order stays undecided and each appointment is read by its own
  plausibility (:func:`~fieldvisit.domain.date_order.plausible_order`) or goes to review; else the
  workspace's country; else **undecided** (``dayfirst=None``): ambiguous dates go to review, never a guess.
  A currency never decides the order on its own: one that several countries use (USD in the US and
  in day-first Ecuador, El Salvador, Panama; EUR; XOF) says nothing, and one only one country uses
  (MXN, GBP) decides the country, whose order then counts.
- **Decimal mark**: amounts and coordinates that show it (``1.234,56``, ``40,4240``); else the
  file's country (CLDR's decimal symbol via Babel); else the workspace's; else undecided.
- **Country**: the country column when nine rows in ten agree; else US state codes with ZIP codes;
  else state/province names of one country (``Jalisco``, ``Antioquia``: ISO 3166-2 via pycountry);
  else the time zone column; else the coordinates (inside one country's boxes, or where boxes overlap
  the country of the time zone there); else postcodes beside big cities (``70173 Stuttgart``:
  :mod:`.city_postcodes`); else the workspace's.
- **Currency**: the currency column when nine in ten agree; else the symbol amounts or the header
  show (``Balance ($)``, ``12,345.60元``) read with the country (``$`` in the US is USD); else the
  country's currency; else the workspace's.

The file's evidence always wins over the workspace's settings, and the workspace's country is
not used at all where the file contradicts it (:func:`workspace_misfit`: amounts with a decimal
comma in a decimal-point country, postcodes of another length): the country then stays unknown
and the user is told to choose it. A country column naming several countries makes each row's own
country decide its date order (``order_from`` says where the file-wide order came from), unless
the file's written dates, its plausibility or the user settle it. Year-first countries (CN, JP,
KR…) settle nothing about ``12/01/2026`` (:func:`~fieldvisit.domain.date_order.country_dayfirst`).
A sample of at most ``SAMPLE_ROWS`` rows, spread over the whole file, is read. What its cells say
about the country, the currency and the decimal mark is read by :mod:`.file_evidence`; the date
order's votes by :mod:`.date_order`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fieldvisit.domain.country_evidence import (  # noqa: F401 (country_* re-exported)
    MONEY_COLUMNS, ZoneAt, country_currency, country_decimal_comma, decimal_example, row_countries, workspace_misfit,
)
from fieldvisit.domain.date_order import (
    BOTH_ORDERS, column_texts as _texts, country_dayfirst, date_votes, example_date, plausibility_votes,
    undecided_dates,
)
from fieldvisit.domain.file_evidence import AGREE, US_STATES  # noqa: F401 - importable here too
from fieldvisit.domain.file_evidence import decimal_votes as _decimal_votes, file_country as _file_country
from fieldvisit.domain.file_evidence import file_currency as _file_currency

SAMPLE_ROWS = 20000

#: The time zone most of each US state lives in (a few states straddle two; their main one).
US_STATE_ZONES = {
    **dict.fromkeys("CT DE DC FL GA IN ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV KY".split(), "America/New_York"),
    **dict.fromkeys("AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI".split(), "America/Chicago"),
    **dict.fromkeys("CO MT NM UT WY ID".split(), "America/Denver"),
    "AZ": "America/Phoenix", "CA": "America/Los_Angeles", "NV": "America/Los_Angeles", "OR": "America/Los_Angeles",
    "WA": "America/Los_Angeles", "AK": "America/Anchorage", "HI": "Pacific/Honolulu", "PR": "America/Puerto_Rico",
    "GU": "Pacific/Guam", "VI": "America/St_Thomas", "AS": "Pacific/Pago_Pago", "MP": "Pacific/Saipan",
}
#: Currencies one country uses (a file of amounts in MXN is a Mexican portfolio); not EUR, USD.
CURRENCY_COUNTRY = {"GBP": "GB", "INR": "IN", "MXN": "MX", "COP": "CO", "CNY": "CN", "JPY": "JP", "KRW": "KR",
                    "BRL": "BR", "TWD": "TW", "PEN": "PE", "CLP": "CL", "ARS": "AR", "PHP": "PH", "IDR": "ID",
                    "HKD": "HK", "SGD": "SG", "CAD": "CA", "NZD": "NZ", "THB": "TH", "VND": "VN", "TRY": "TR",
                    "PLN": "PL", "CZK": "CZ", "HUF": "HU", "ZAR": "ZA", "UYU": "UY", "DOP": "DO", "GTQ": "GT",
                    "CRC": "CR", "MYR": "MY", "PKR": "PK", "BDT": "BD", "NGN": "NG", "KES": "KE", "EGP": "EG"}


@dataclass(frozen=True, slots=True)
class Conventions:
    """The file's conventions. ``dayfirst``/``decimal_comma`` None: undecided (ambiguous values
    go to review). ``country``/``currency``: ISO codes, '' when unknown. ``evidence``: one English
    sentence per decision, for the preview and the import summary."""

    dayfirst: bool | None = None
    decimal_comma: bool | None = None
    country: str = ""
    currency: str = ""
    evidence: tuple[str, ...] = ()
    #: the workspace's country, for rows the file gives no country ("" when none, or it does not fit)
    fallback_country: str = ""
    #: False when the file contradicts the workspace's country (its defaults are then not used)
    workspace_fits: bool = True
    #: the countries a country column names when it names several (each row is read by its own)
    row_countries: tuple[str, ...] = ()
    #: what decided ``dayfirst``: "dates" (written so), "plausibility", "user", "country",
    #: "workspace" or "" (undecided); a row's own country overrides the last three and ""
    order_from: str = ""

    @property
    def row_order(self) -> bool:
        """Whether a row's own country decides its date order over the file-wide one."""
        return self.order_from in ("", "country", "workspace")

    def override(self, **changes) -> Conventions:
        """The same conventions with the user's choices (``dayfirst=False``, ``currency="MXN"``…)."""
        notes, evidence = self._user_notes(changes)
        if changes.get("country"):  # the country is no longer the file's, the workspace's or unknown
            evidence = tuple(e for e in evidence if not e.startswith(("Country ", "The workspace's country")))
            notes = tuple(n for n in notes if not n.startswith("country")) + (
                f"Country {changes['country']}: chosen by the user.",)
            changes = {**changes, "fallback_country": "", "workspace_fits": True}
        if changes.get("dayfirst") is not None:
            changes = {**changes, "order_from": "user"}
        workspace_currency = f"Currency {self.currency}: the workspace's"
        if changes.get("country") and not changes.get("currency") and \
                (not self.currency or any(e.startswith(workspace_currency) for e in evidence)) and \
                (code := country_currency(changes["country"])):  # --country AU: the amounts are in AUD
            changes = {**changes, "currency": code}
            notes += (f"Currency {code}: the currency of {changes['country']}, the country chosen.",)
        if changes.get("currency"):  # no longer unknown, nor the workspace's
            evidence = tuple(e for e in evidence if not e.startswith(("Currency unknown", workspace_currency)))
        return replace(self, **changes, evidence=evidence + notes)

    def _user_notes(self, changes: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """One sentence per choice the user made, saying what was chosen (``Dates are month first:
        set by the user.``), and the evidence without the file's sentences those choices replace."""
        notes: list[str] = []
        evidence = self.evidence
        if changes.get("dayfirst") is not None:
            chosen = f"Dates are {'day' if changes['dayfirst'] else 'month'} first"
            evidence = tuple(e for e in evidence if not e.startswith("Dates") or e.startswith(chosen))  # agreeing kept
            notes.append(f"{chosen}: set by the user.")
        if changes.get("decimal_comma") is not None:
            evidence = tuple(e for e in evidence if not e.startswith("Decimal"))
            notes.append(f"Decimal {'comma' if changes['decimal_comma'] else 'point'}: set by the user.")
        if changes.get("currency"):
            evidence = tuple(e for e in evidence if not e.startswith("Currency"))
            notes.append(f"Currency {changes['currency']}: set by the user.")
        if changes.get("country"):
            notes.append("country")  # replaced by the country's own sentence in override()
        return tuple(notes), evidence

    def as_json(self) -> dict:
        return {"dayfirst": self.dayfirst, "decimal_comma": self.decimal_comma, "country": self.country,
                "currency": self.currency, "evidence": list(self.evidence),
                "fallback_country": self.fallback_country, "workspace_fits": self.workspace_fits,
                "row_countries": list(self.row_countries)}


def _sample(rows: Sequence[dict[str, Any]]) -> Sequence[dict[str, Any]]:
    if len(rows) <= SAMPLE_ROWS:
        return rows
    step = len(rows) / SAMPLE_ROWS
    return [rows[int(i * step)] for i in range(SAMPLE_ROWS)]


def decide_conventions(rows: Sequence[dict[str, Any]], *, as_of: date, default_country: str = "",
                       default_currency: str = "", header_symbols: dict[str, str] | None = None,
                       given_country: str = "", zone_at: ZoneAt | None = None) -> Conventions:
    """Decide the file's conventions from its rows (canonical column → raw cell, as read).

    ``header_symbols``: currency notes found in headers (``{"balance": "$"}``). The workspace's
    ``default_country``/``default_currency`` are used only where the file is silent, and not at
    all where the file contradicts that country (:func:`workspace_misfit`). ``given_country``: the
    user's choice (``--country``, a profile's), taken as the file's country. ``zone_at``: the time
    zone at a point, which tells the country of coordinates where countries' boxes overlap.
    """
    sample = _sample(rows)
    evidence: list[str] = []
    named_countries = row_countries(sample)
    if given_country:
        country, why = given_country, "chosen by the user"
    else:
        country, why = _file_country(sample, zone_at)
    early = ""
    if not country:  # amounts in a currency only one country uses: a portfolio of that country
        early, _ = _file_currency(sample, "", header_symbols or {})
        if early in CURRENCY_COUNTRY:
            country, why = CURRENCY_COUNTRY[early], f"the amounts are in {early}, the currency of one country"
    comma, point = _decimal_votes(sample)
    misfit = "" if country or not default_country or len(named_countries) > 1 else \
        workspace_misfit(sample, default_country, comma, point, early)
    fallback = "" if country or misfit else default_country
    if country:
        evidence.append(f"Country {country}: {why}.")
    elif len(named_countries) > 1:
        evidence.append(f"Country per row: the country column names {', '.join(named_countries)}; each row is read "
                        f"by its own country" + (f" (rows without one: {fallback}, the workspace's)." if fallback
                                                 else "."))
    elif misfit:
        evidence.append(f"Country unknown: the workspace's country ({default_country}) does not fit this file "
                        f"({misfit}) and the file does not say its own; choose the country (the Country box, or "
                        "--country), else rows without a time zone or coordinates send their appointment times "
                        "to review.")
    elif fallback:
        evidence.append(f"Country {fallback}: the workspace's; the file does not say.")
    else:
        evidence.append("Country unknown: neither the file nor the workspace says it; rows without a time zone or "
                        "coordinates send their appointment times to review (choose the country: the Country box, or --country).")

    day, month = date_votes(sample)
    dayfirst: bool | None = None
    order_from = ""
    if day and not month:
        dayfirst, order_from = True, "dates"
        evidence.append(f"Dates are day first: the file writes dates such as {example_date(sample, True)} that can "
                        "only be read so.")
    elif month and not day:
        dayfirst, order_from = False, "dates"
        evidence.append(f"Dates are month first: the file writes dates such as {example_date(sample, False)} that "
                        "can only be read so.")
    elif day and month:
        evidence.append("Dates are written both day first and month first; ambiguous dates go to review.")
    else:
        p_day, p_month = plausibility_votes(sample, as_of)
        order = country_dayfirst(country)
        if country and order is not None:
            dayfirst, order_from = order, "country"
            contradicted = p_month if dayfirst else p_day
            agreeing = p_day if dayfirst else p_month
            if contradicted and not agreeing:
                dayfirst, order_from = None, ""
                evidence.append(f"Dates: the country ({country}) and the appointments' plausibility disagree; "
                                "ambiguous dates go to review.")
            else:
                evidence.append(f"Dates are {'day' if dayfirst else 'month'} first, as written in {country}.")
        elif len(named_countries) > 1 and not country:
            evidence.append("Dates: each row's own country decides whether its dates are day or month first; "
                            "where it does not, an appointment is read by its own plausibility and other ambiguous "
                            "dates go to review.")
        elif (p_day and not p_month or p_month and not p_day) and (undecided := undecided_dates(sample, as_of)):
            # one row's plausibility does not fix the order of the others
            evidence.append(f"Dates: {p_day or p_month} date(s) can only be read {'day' if p_day else 'month'} first "
                            f"to fall near today, but {undecided} other(s) could be read either way; each "
                            "appointment is read by its own plausibility, other ambiguous dates go to review.")
        elif p_day and not p_month or p_month and not p_day:
            dayfirst, order_from = bool(p_day), "plausibility"
            evidence.append(f"Dates are {'day' if dayfirst else 'month'} first: read the other way, appointments "
                            "or payments would fall months away from today.")
        elif fallback and country_dayfirst(fallback) is not None:
            dayfirst, order_from = country_dayfirst(fallback), "workspace"
            evidence.append(f"Dates are {'day' if dayfirst else 'month'} first, as written in the workspace's "
                            f"country ({fallback}).")
        if dayfirst is None and (country or fallback) and country_dayfirst(country or fallback) is None \
                and undecided_dates(sample, as_of):
            evidence.append(f"{country or fallback} writes dates both day first and month first; ambiguous dates "
                            "go to review." if (country or fallback) in BOTH_ORDERS else
                            f"{country or fallback} writes dates year first, which does not tell whether 12/01 "
                            "is day or month first; ambiguous dates go to review.")

    decimal_comma: bool | None = None
    if comma and not point:
        decimal_comma = True
        evidence.append(f"Decimal comma: amounts or coordinates such as {decimal_example(sample, True)} show it.")
    elif point and not comma:
        decimal_comma = False
        evidence.append(f"Decimal point: amounts or coordinates such as {decimal_example(sample, False)} show it.")
    elif comma and point:
        evidence.append("Amounts are written with both decimal marks; each is read by its own form.")
    else:
        decimal_comma = country_decimal_comma(country or fallback)
        if decimal_comma is not None:
            evidence.append(f"Decimal {'comma' if decimal_comma else 'point'}, as written in "
                            f"{country or fallback}.")

    currency, why = _file_currency(sample, country or fallback, header_symbols or {})
    named = sorted({t.upper() for t in _texts(sample, "currency") if re.fullmatch(r"[A-Za-z]{3}", t)})
    if not currency and len(named) > 1:  # each row's currency column is read with its amount
        evidence.append(f"Currency per row: the currency column names {', '.join(named)}; the currency below is "
                        "for rows without one.")
    if currency:
        evidence.append(f"Currency {currency}: {why}.")
    elif country and country_currency(country):
        currency = country_currency(country)
        evidence.append(f"Currency {currency}: the currency of {country}.")
    elif default_currency and not misfit:
        currency = default_currency
        evidence.append(f"Currency {currency}: the workspace's, for rows without one." if len(named) > 1 else
                        f"Currency {currency}: the workspace's; the file does not say.")
    elif any(_texts(sample, column) for column in MONEY_COLUMNS):
        evidence.append("Currency unknown: " + ("the workspace's does not fit this file" if misfit else
                                                 "neither the file nor the workspace says it") +
                        "; choose the currency, or the amounts wait for review with their currency.")
    return Conventions(dayfirst=dayfirst, decimal_comma=decimal_comma, country=country, currency=currency,
                       evidence=tuple(evidence), fallback_country=fallback, workspace_fits=not misfit,
                       row_countries=named_countries if len(named_countries) > 1 else (), order_from=order_from)
