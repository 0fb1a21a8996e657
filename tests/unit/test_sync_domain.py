"""Pack and bundle contents as plain data, and the sealed envelope around them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldvisit.adapters import crypto
from fieldvisit.domain.cases import Case, CaseStatus, Flag, GeoStatus
from fieldvisit.domain.sync import (
    PayloadError, case_from_json, case_to_json, check_bundle, check_pack, gaps, in_hand, pack_order, recalled,
)
from fieldvisit.domain.windows import Place, Window

ZONES = ["Europe/Madrid", "Asia/Shanghai", "America/Mexico_City", "UTC"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def windows(draw, tz):
    place = draw(st.sampled_from(list(Place)))
    if draw(st.booleans()):
        start = datetime(2026, 11, 1, tzinfo=ZoneInfo(tz)) + timedelta(minutes=15 * draw(st.integers(0, 4000)))
        return Window(tz=tz, start=start, end=start + timedelta(minutes=15 * draw(st.integers(1, 40))), place=place,
                      text=draw(text), inconvenient=draw(st.booleans()))
    h = draw(st.integers(6, 20))
    return Window(tz=tz, weekdays=tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1)))),
                  start_time=time(h), end_time=time(h + 2), place=place, text=draw(text),
                  inconvenient=draw(st.booleans()))


@st.composite
def cases(draw):
    tz = draw(st.sampled_from(ZONES))
    return Case(case_id=draw(st.text("ABC0123-", min_size=1, max_size=12)), name=draw(text), address=draw(text),
                work_address=draw(text), lat=draw(st.none() | st.floats(-80, 80)), lon=draw(st.none() | st.floats(-179, 179)),
                geo_status=draw(st.sampled_from(list(GeoStatus))), country=draw(st.sampled_from(["ES", "CN", "MX", ""])),
                timezone=tz, due_date=draw(st.none() | st.dates(date(2020, 1, 1), date(2027, 1, 1))),
                balance=draw(money), currency=draw(st.sampled_from(["EUR", "CNY", "MXN"])),
                last_payment_date=draw(st.none() | st.dates(date(2020, 1, 1), date(2027, 1, 1))),
                last_payment_amount=draw(st.none() | money.filter(lambda m: m > 0)), phone=draw(text),
                flags=frozenset(draw(st.sets(st.sampled_from(list(Flag))))), collector="Ana",
                notes=draw(text), status=draw(st.sampled_from(list(CaseStatus))),
                windows=draw(st.lists(windows(tz), max_size=4)), appointment_text=draw(text))


@given(cases())
@settings(max_examples=150, deadline=None)
def test_a_case_travels_unchanged(case):
    import json

    wire = json.loads(json.dumps(case_to_json(case)))  # through real JSON text
    back = case_from_json(wire, collector="Ana")
    assert back == case


def test_malformed_case_is_one_sentence():
    with pytest.raises(PayloadError, match="case X-1 in the pack is malformed"):
        case_from_json({"case_id": "X-1", "balance": "lots"})


def test_in_hand_and_recalls():
    open_case = Case(case_id="A", balance=Decimal("10"))
    assert in_hand(open_case)
    assert not in_hand(Case(case_id="B", status=CaseStatus.PAID))
    assert not in_hand(Case(case_id="C", flags=frozenset({Flag.DISPUTE})))
    assert recalled({"A", "B", "C"}, {"A"}) == ["B", "C"]


def test_gaps():
    assert gaps(set()) == [] and gaps({1, 2, 3}) == [] and gaps({2, 5}) == [1, 3, 4]


def test_pack_order():
    assert pack_order(1, "a", []) == "new"
    assert pack_order(2, "b", [(1, "a")]) == "new"
    assert pack_order(1, "a", [(1, "a"), (2, "b")]) == "again"
    assert pack_order(1, "c", [(2, "b")]) == "older"
    assert pack_order(2, "c", [(2, "b")]) == "older"  # same number, other content: not a newer pack


def test_payload_checks():
    with pytest.raises(PayloadError):
        check_pack({"type": "bundle"})
    with pytest.raises(PayloadError, match="'acks'"):
        check_pack({"type": "pack", "version": 1, "seq": 1, "collector": "A", "created_at": "x", "cases": [],
                    "recalled": [], "reviews": [], "payments": []})
    with pytest.raises(PayloadError, match="malformed"):
        check_bundle({"type": "bundle", "version": 1, "seq": 1, "collector": "A", "created_at": "2026-11-24T09:00:00+00:00", "visits": [1]})


SENDER, OFFICE_A, OFFICE_B, STRANGER = (crypto.new_keys() for _ in range(4))
PAYLOAD = {"visits": [{"notes": "María Pérez Gómez paid 120 €"}]}
SEALED = crypto.seal(PAYLOAD, kind="bundle", sender_fingerprint=SENDER["fingerprint"],
                     sign_private=SENDER["sign_private"],
                     recipients=[(OFFICE_A["fingerprint"], OFFICE_A["box_key"]),
                                 (OFFICE_B["fingerprint"], OFFICE_B["box_key"])])


def _open(data, who=OFFICE_A, kind="bundle", known=True):
    keys = {SENDER["fingerprint"]: SENDER["sign_key"]} if known else {}
    return crypto.open_sealed(data, kind=kind, sender_key=keys.get, fingerprint=who["fingerprint"],
                              box_private=who["box_private"])


def test_every_recipient_reads_it_and_nobody_else():
    assert _open(SEALED, OFFICE_A)[1] == PAYLOAD == _open(SEALED, OFFICE_B)[1]
    with pytest.raises(crypto.SealError, match="addressed to someone else"):
        _open(SEALED, STRANGER)
    with pytest.raises(crypto.SealError, match="not enrolled"):
        _open(SEALED, known=False)
    with pytest.raises(crypto.SealError, match="not a pack"):
        _open(SEALED, kind="pack")
    assert "María".encode() not in SEALED and b"Maria" not in SEALED


@given(st.integers(0, len(SEALED) - 2), st.integers(1, 255))
@settings(max_examples=300, deadline=None)
def test_any_changed_byte_is_refused(position, mask):
    data = bytearray(SEALED)
    data[position] ^= mask
    with pytest.raises(crypto.SealError):  # the signature covers the file's exact bytes
        _open(bytes(data))


@given(st.integers(0, len(SEALED.rstrip()) - 1))  # (the final newline is not content)
@settings(max_examples=100, deadline=None)
def test_any_truncation_is_refused(length):
    with pytest.raises(crypto.SealError):
        _open(SEALED[:length])


def test_a_resigned_file_cannot_pass_as_another_sender():
    import json

    line1, line2, _ = SEALED.split(b"\n", 2)
    doc = json.loads(line1)
    doc["sender"] = STRANGER["fingerprint"]
    signed = json.dumps(doc, separators=(",", ":")).encode() + b"\n" + line2 + b"\n"
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(crypto.unb64(STRANGER["sign_private"]))
    forged = signed + crypto.b64(key.sign(crypto._SIG_CONTEXT + signed)).encode() + b"\n"
    with pytest.raises(crypto.SealError, match="cannot be decrypted"):
        crypto.open_sealed(forged, kind="bundle", sender_key={STRANGER["fingerprint"]: STRANGER["sign_key"]}.get,
                           fingerprint=OFFICE_A["fingerprint"], box_private=OFFICE_A["box_private"])


def test_pack_order_refuses_a_far_jump_and_a_new_series_restarts_the_numbering():
    from fieldvisit.domain.sync import MAX_SEQ_JUMP

    seen = [(5, "a")]
    assert pack_order(10 ** 15, "x", seen) == "jump"  # a forged far-future number is refused...
    assert pack_order(6, "b", seen) == "new"  # ...and blocks nothing: the next real pack imports
    assert pack_order(5 + MAX_SEQ_JUMP, "b", seen) == "new"
    assert pack_order(6 + MAX_SEQ_JUMP, "b", seen) == "jump"
    # an office restored from a backup: its numbers went back; a new series is accepted afresh
    assert pack_order(3, "c", seen) == "older"
    assert pack_order(3, "c", seen, series=1_800_000_000) == "new"
    later = seen + [(3, "c", 1_800_000_000)]
    assert pack_order(4, "d", later, series=1_800_000_000) == "new"
    assert pack_order(9, "e", later) == "older"  # a pack of the old series cannot come back
    assert pack_order(3, "f", later, series=1_800_000_000) == "older"
