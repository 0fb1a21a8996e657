"""Amounts written with Chinese and Japanese number units around Arabic digits: ``1万2千`` (12000),
``12万3456`` (123456), ``1亿2000万`` / ``1億2000万`` (120000000), ``3千万`` (30000000),
``2千5百`` (2500), ``1.5万`` (15000), ``1,234万`` (12340000), ``12,345千`` (12345000).
(:mod:`fieldvisit.domain.money` finds such a numeral inside a cell and reads the rest.)

The reading is the exact one, never a guess:
- Units: 亿/億 (10⁸) and 万/萬 (10⁴) end a section; 千/仟 (1000), 百/佰 (100) and 十/拾 (10)
  work inside one.
  Each unit comes at most once per section and the units descend (``1千万`` is one section of
  ten million; ``1万2万``, ``1百2千`` are refused).
- Every unit has a number before it (``万2`` is refused); a number after a unit must fit the
  places left (``1万23456``, ``2千5000`` are refused).
- One digit last, right after a unit (``1万2``, ``2千5``), is read both ways: ``1万2`` is 12000 in
  speech (一万二) and 10002 as Japanese prices write it (``1万2円``). It is
  :class:`AmbiguousNumeral` with both readings (the row goes to review), never chosen.
- Decimals only on a lone number before its one unit (``1.5万``, ``1,234.5万``) or on the last
  number (``12万3456.78``); a comma groups thousands (``1,234万``), never decimals (``1,5万`` is
  refused).
The text must already be NFKC-normalised (full-width digits are then ASCII).

Numerals written wholly in Chinese characters, as contracts and cheques write amounts (financial
大写 ``叁仟元``, ``壹万贰仟叁佰肆拾伍元陆角柒分``, ``伍佰元整``, traditional ``貳萬``; everyday
``三千``, ``一万二`` = 12000): :func:`chinese_numerals` turns them into digits first (the library
cn2an reads the whole yuan; 角 and 分 are tenths and hundredths). A cell mixing them with digits
(``一万2千``) is refused rather than guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

#: Units that close a section (ten thousand, a hundred million).
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: Units inside a section.
SMALL_UNITS = {"千": 1000, "仟": 1000, "百": 100, "佰": 100, "十": 10, "拾": 10}
UNIT_CHARS = "".join((*BIG_UNITS, *SMALL_UNITS))

#: A numeral in a cell: digits, marks and spaces with at least one unit (a unit may come first:
#: ``万2`` is found, then refused).
NUMERAL = re.compile(rf"[\d.,\s]*[{UNIT_CHARS}][\d.,\s{UNIT_CHARS}]*")
_TOKEN = re.compile(rf"[\d.,]+|[{UNIT_CHARS}]")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_DECIMAL = re.compile(r"\d+\.\d+|\d{1,3}(?:,\d{3})+\.\d+")  # 1.5万, 1,234.5万
_HINT = "; write the amount in digits, e.g. 12000, or with a number before every unit, e.g. 1万2千 or 1万2000"


class NumeralError(ValueError):
    """Not a well-formed numeral; the message says why in one sentence."""


class AmbiguousNumeral(NumeralError):
    """A numeral with two readings (``readings``: the spoken one, then the literal one)."""

    def __init__(self, message: str, readings: tuple[Decimal, Decimal]):
        super().__init__(message)
        self.readings = readings


def _number(text: str, raw: str, decimals: bool) -> Decimal:
    if _GROUPED.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if decimals and _DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if "." in text and _DECIMAL.fullmatch(text):
        raise NumeralError(f"{raw!r} has decimals in {text} before another part of the amount{_HINT}")
    raise NumeralError(f"{raw!r} has {text!r}, which is not a number (a comma here groups thousands){_HINT}")


def numeral_value(numeral: str, raw: str) -> Decimal:
    """The exact value of ``numeral`` (NFKC text of digits, ``.``/``,``, spaces and units, e.g.
    ``1亿2000万``); ``raw`` is the cell, for the messages. Raises NumeralError (one sentence) for
    a form that is not well made, AmbiguousNumeral for ``1万2``-like forms."""
    tokens = _TOKEN.findall(re.sub(r"\s+", "", numeral))
    lead_decimals = all(t in BIG_UNITS or t in SMALL_UNITS for t in tokens[1:])  # "1.5万", "1.5千万"
    total = section = Decimal(0)
    big_before = small_before = None  # the last big unit's value; the last small unit's of this section
    big_unit = ""
    pending: str | None = None  # a number not yet followed by its unit
    for i, token in enumerate(tokens):
        if token not in BIG_UNITS and token not in SMALL_UNITS:
            pending = token
            continue
        number = None if pending is None else _number(pending, raw, i == 1 and lead_decimals)
        if token in SMALL_UNITS:
            value = SMALL_UNITS[token]
            if number is None:
                raise NumeralError(f"{raw!r} has {token} with no number before it{_HINT}")
            if small_before is not None and value >= small_before:
                raise NumeralError(f"{raw!r} has {token} after {tokens[i - 2]}: units go from the largest down{_HINT}")
            if small_before is not None and number * value >= small_before or \
                    big_before is not None and section + number * value >= big_before:
                raise NumeralError(f"{raw!r} has {pending}{token}, more than the places left for it{_HINT}")
            section += number * value
            small_before, pending = value, None
            continue
        value = BIG_UNITS[token]
        if big_before is not None and value >= big_before:
            raise NumeralError(f"{raw!r} has {token} after {big_unit}: units go from the largest down{_HINT}")
        if number is not None:
            if small_before is not None:
                _after_unit(number, pending, small_before, raw, tokens[i - 2])
            section += number
        elif small_before is None:
            raise NumeralError(f"{raw!r} has {token} with no number before it{_HINT}")
        if big_before is not None and section * value >= big_before:
            raise NumeralError(f"{raw!r} has {section}{token}, more than the places left for it{_HINT}")
        total += section * value
        section, big_before, big_unit, small_before, pending = Decimal(0), value, token, None, None
    if pending is not None:  # the last number: ones
        number = _number(pending, raw, True)
        place = small_before or big_before
        if place is not None:
            unit = tokens[-2]
            if re.fullmatch(r"\d", pending):  # "1万2": 12000 said, 10002 written
                spoken, literal = total + section + number * place / 10, total + section + number
                raise AmbiguousNumeral(
                    f"{raw!r} could be {spoken} or {literal}; write it in digits, or with a unit after its last "
                    f"digit ({''.join(tokens)}{_NEXT_UNIT[place]})", (spoken, literal))
            _after_unit(number, pending, place, raw, unit)
        section += number
    return total + section


#: The unit one place below each unit (``1万2`` meant as 12000 is ``1万2千``).
_NEXT_UNIT = {10**8: "千万", 10**4: "千", 1000: "百", 100: "十"}


def _after_unit(number: Decimal, text: str, place: int, raw: str, unit: str) -> None:
    """A number written after ``unit`` (worth ``place``) must fit the places below it, and a
    lone digit there is not read (``1千2万``: 1200万 or 1002万?)."""
    if number >= place:
        raise NumeralError(f"{raw!r} has {text} after {unit}, where at most {place - 1} fits{_HINT}")
    if re.fullmatch(r"\d(?:\.\d*)?", text):
        raise NumeralError(f"{raw!r} has {text} right after {unit}, which could be read two ways{_HINT}")


#: Chinese numeral digits: everyday, financial (大写) and their traditional forms.
CN_DIGITS = "零〇一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖"
_CN_UNITS = "十拾百佰千仟万萬亿億"
#: A numeral in Chinese characters with its yuan, jiao and fen (``壹万贰仟叁佰肆拾伍元陆角柒分``,
#: ``伍佰元整``); group 1 the whole yuan, 2 the 元 (kept: it names the currency), 3 jiao, 4 fen.
_CN_NUMERAL = re.compile(rf"([{CN_DIGITS}{_CN_UNITS}]*[{CN_DIGITS}][{CN_DIGITS}{_CN_UNITS}]*|[十拾])"
                         rf"(?:([元圆圓])(?:[零〇]?([{CN_DIGITS}])角)?(?:[零〇]?([{CN_DIGITS}])分)?)?[整正]?")
HAS_CN_DIGIT = re.compile(rf"[{CN_DIGITS}]")
_DIGIT_VALUES = {c: i for i, chars in enumerate(("零〇", "一壹", "二两兩贰貳", "三叁參叄", "四肆", "五伍", "六陆陸",
                                                 "七柒", "八捌", "九玖")) for c in chars}


def chinese_numerals(text: str, raw: str) -> str:
    """``text`` (NFKC) with its one numeral in Chinese characters written in digits: ``叁仟元`` →
    ``3000元``, ``壹万贰仟叁佰肆拾伍元陆角柒分`` → ``12345.67元``, ``伍佰元整`` → ``500元``; text
    without one is returned as it is. Raises NumeralError (one sentence, naming ``raw``) for a
    numeral that is not well formed, two numerals, or one mixed with Arabic digits."""
    m = _CN_NUMERAL.search(text)
    if m is None:
        return text
    if re.search(r"\d", text) or _CN_NUMERAL.search(text, m.end()):
        raise NumeralError(f"{raw!r} mixes Chinese numerals with other numbers; write the amount in digits, "
                           "e.g. 12000")
    whole = m.group(1).replace("參", "叁").replace("叄", "叁").replace("兩", "两")
    import cn2an  # only for such cells: the library takes a while to load

    try:
        value = Decimal(str(cn2an.cn2an(whole, "normal")))
    except (ValueError, KeyError, IndexError, TypeError):
        raise NumeralError(f"{raw!r} is not a well-formed Chinese numeral; write the amount in digits, "
                           "e.g. 12000") from None
    if m.group(3):
        value += Decimal(_DIGIT_VALUES[m.group(3)]) / 10
    if m.group(4):
        value += Decimal(_DIGIT_VALUES[m.group(4)]) / 100
    return f"{text[:m.start()]}{value}{'元' if m.group(2) else ''}{text[m.end():]}"
