"""Amounts written with Chinese/Japanese units around digits (``1万2千``, ``12万3456``,
``1亿2000万``): read as their exact value, or refused / sent to review in one sentence."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.domain.money import AmbiguousAmount, AmountError, parse_money

FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


@pytest.mark.parametrize(("text", "expected", "symbol"), [
    ("1万2千", "12000", None), ("3万5千", "35000", None), ("1万2000", "12000", None), ("2千5百", "2500", None),
    ("1.5万", "15000", None), ("12万3456", "123456", None), ("3億", "300000000", None),
    ("1亿2000万", "120000000", None), ("1億2000万円", "120000000", "円"), ("１万２千", "12000", None),
    ("１２万３４５６元", "123456", "元"), ("3千万", "30000000", None), ("1千2百万", "12000000", None),
    ("1,234万円", "12340000", "円"), ("12,345千円", "12345000", "円"), ("1.5千万", "15000000", None),
    ("12万3456.78", "123456.78", None), ("1万 2千", "12000", None), ("2百5十", "250", None),
    ("-1万2千", "-12000", None), ("(1万2千)", "-12000", None), ("新台幣 1萬2千", "12000", "TWD"),
    ("1億2345万6789", "123456789", None), ("5百", "500", None), ("1万50", "10050", None),
])
def test_mixed_forms_read_as_their_exact_amount(text, expected, symbol):
    assert parse_money(text, None, "") == (Decimal(expected).quantize(Decimal("0.01")), symbol)


@pytest.mark.parametrize(("text", "says"), [
    ("万2", "万 with no number before it"), ("1千万千", "千 with no number before it"),
    ("1万2万", "万 after 万: units go from the largest down"), ("1百2千", "千 after 百"),
    ("1万23456", "23456 after 万, where at most 9999 fits"), ("2千5000", "at most 999 fits"),
    ("1.2万3000", "decimals in 1.2 before another part"), ("1,5万", "'1,5', which is not a number"),
    ("1千2万", "2 right after 千, which could be read two ways"), ("1万2.5", "right after 万"),
    ("1万 lakh", "not an amount"),
])
def test_malformed_forms_are_refused_with_the_reason(text, says):
    with pytest.raises(AmountError, match=says) as caught:
        parse_money(text, None, "CNY")
    assert not isinstance(caught.value, AmbiguousAmount)
    assert "write the amount in digits" in str(caught.value) or says == "not an amount"


@pytest.mark.parametrize(("text", "readings"), [
    ("1万2", ("12000", "10002")), ("2千5", ("2500", "2005")), ("1亿2", ("120000000", "100000002")),
    ("1万2千5", ("12500", "12005")),
])
def test_one_digit_after_a_unit_is_read_both_ways_and_never_chosen(text, readings):
    with pytest.raises(AmbiguousAmount) as caught:
        parse_money(text, None, "CNY")
    assert caught.value.readings == tuple(Decimal(r) for r in readings)
    assert "write it in digits, or with a unit after its last digit" in str(caught.value)


def _sections(n: int, big: tuple[str, str], pad: bool) -> str:
    """``n`` as 1亿2000万3456 (digits in each section, units 亿/万 or 億/萬)."""
    a, b, c = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = (f"{a:,}" if pad else str(a)) + big[0] if a else ""
    out += f"{b}{big[1]}" if b else ""
    if c:
        out += f"{c:04d}" if out and c < 10 else str(c)  # "1万0002": one digit after a unit is not read
    return out


def _small_units(n: int, big: tuple[str, str], small: tuple[str, str]) -> str:
    """``n`` as 1亿2千3百万4千5百67 (千/百 inside each section; n < 10¹²: every section < 10⁴)."""
    out = ""
    for value, unit in ((n // 10**8, big[0]), (n // 10**4 % 10**4, big[1]), (n % 10**4, "")):
        if not value:
            continue
        part = ""
        for place, name in ((1000, small[0]), (100, small[1])):
            if value // place % 10:
                part += f"{value // place % 10}{name}"
        rest = value % 100
        if rest:
            part += f"{rest:02d}" if (part or out) and rest < 10 else str(rest)
        out += part + unit
    return out


@settings(max_examples=400, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**12 - 1), chinese=st.booleans(), wide=st.booleans(),
       pad=st.booleans(), form=st.sampled_from(["sections", "small", "decimal"]),
       suffix=st.sampled_from(["", "元", "円"]))
def test_written_forms_read_back(n, chinese, wide, pad, form, suffix):
    big = ("亿", "万") if chinese else ("億", "萬")
    if form == "sections":
        text = _sections(n, big, pad)
    elif form == "small":
        text = _small_units(n, big, ("千", "百") if chinese else ("仟", "佰"))
    else:
        text = format(Decimal(n) / 10**4, "f") + big[1]  # 12.3456万
    text = (text.translate(FULL_WIDTH) if wide else text) + suffix
    assert parse_money(text, None, "")[0] == n, text
