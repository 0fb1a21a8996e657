"""Issue 17: packs and bundles that are validly signed by a trusted sender but carry malformed
fields (wrong types, huge numbers, over-long text, NaN, bad dates). Each is refused with a
sentence (UserError) or imported; nothing else escapes, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.demo import build_demo
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import init_identity, public_identity, trust
from fieldvisit.services.progress import run
from fieldvisit.services.sync import StalePack, export_bundle, export_pack, import_bundles, import_pack
from fieldvisit.services.visits import record_visits

AS_OF = date(2026, 11, 24)
COLLECTOR = "Lucía Romero"
HOSTILE = [None, True, -1, 0, 2 ** 70, -(2 ** 70), 1e308, float("nan"), "", "x" * 100_000, [], {}, [1, "a"],
           {"a": 1}, "9999-99-99", "2026-13-45T99:99", "NaN", "1e999999", "=cmd|' /C calc'!A0",
           "<!--<script>alert(1)</script>", "\u2028", "Europe/Nowhere", "../../etc/passwd"]


def _identity(app):
    with app.uow() as uow:
        return uow.keys.identity()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def pair(request, tmp_path_factory):
    """An office and a laptop that trust each other, both on SQLite or both on PostgreSQL (which
    refuses over-long values that SQLite would keep)."""
    folder = tmp_path_factory.mktemp("sync")
    dropped = []
    if request.param == "sqlite":
        urls = [f"sqlite:///{folder / 'office.sqlite'}", f"sqlite:///{folder / 'laptop.sqlite'}"]
    else:
        from tests.conftest import _pg_database

        made = [_pg_database(), _pg_database()]
        urls = [m[0] for m in made]
        dropped = [(m[1], m[2]) for m in made]
    office = open_app(urls[0])
    build_demo(office.uow(), count=12, as_of=AS_OF)
    init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
    laptop = open_app(urls[1])
    init_identity(laptop.uow(), crypto, role="collector", name=COLLECTOR)
    trust(office.uow(), crypto, public_identity(laptop.uow(), crypto))
    trust(laptop.uow(), crypto, public_identity(office.uow(), crypto))
    yield office, laptop
    office.close()
    laptop.close()
    _KEYS.clear()
    for admin, name in dropped:
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _payload(blob, me):
    return crypto.open_sealed(blob, kind="pack" if b'"kind":"pack"' in blob[:2000] else "bundle",
                              sender_key=_KEYS.get, fingerprint=me["fingerprint"],
                              box_private=me["box_private"])[1]


_KEYS: dict[str, str] = {}


def _seal(payload, kind, sender, recipient):
    return crypto.seal(payload, kind=kind, sender_fingerprint=sender["fingerprint"], sign_private=sender["sign_private"],
                       recipients=[(recipient["fingerprint"],
                                    crypto.public_from_private(recipient["sign_private"], recipient["box_private"])[1])])


def _paths(value, prefix=()):
    """Every path into a JSON value (dict keys and list indexes), shallow first."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:2]):
            yield from _paths(v, prefix + (i,))


def _replace(doc, path, value):
    doc = copy.deepcopy(doc)
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.fixture(scope="module")
def real_pack(pair):
    office, laptop = pair
    blob, _ = export_pack(office.uow(), crypto, COLLECTOR)
    o, lap = _identity(office), _identity(laptop)
    for who in (o, lap):
        _KEYS[who["fingerprint"]] = crypto.public_from_private(who["sign_private"], who["box_private"])[0]
    payload = _payload(blob, lap)
    # give it a review and an override so their fields are exercised too
    payload["reviews"] = [{"visit_id": str(uuid.uuid4()), "status": "has_issues", "comment": "c", "by": "b",
                           "at": "2026-11-24T09:00:00+00:00"}]
    payload["overrides"] = [{"case_id": payload["cases"][0]["case_id"], "day": "2026-11-25", "by": "b",
                             "reason": "r"}]
    return payload


@pytest.fixture(scope="module")
def pack_paths(real_pack):
    return [p for p in _paths(real_pack) if p[:1] != ("cases",) or len(p) < 2 or p[1] == 0]


_seq = iter(range(1000, 10 ** 6))


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_malformed_pack_fields_are_refused_with_a_sentence(pair, real_pack, pack_paths, data):
    office, laptop = pair
    path = data.draw(st.sampled_from(pack_paths))
    value = data.draw(st.sampled_from(HOSTILE))
    payload = _replace(real_pack, path, value)
    if isinstance(payload, dict) and path != ("seq",):
        payload["seq"] = next(_seq)  # each a newer pack, so every field is reached
    blob = _seal(payload, "pack", _identity(office), _identity(laptop))
    try:
        import_pack(laptop.uow(), crypto, blob, name="pack.fvpack")
    except StalePack:
        pass
    except UserError as exc:
        assert "Traceback" not in str(exc) and len(str(exc)) < 600


def test_a_pack_dated_2099_blocks_no_later_pack(pair, real_pack):
    office, laptop = pair
    me, lap = _identity(office), _identity(laptop)
    future = {**real_pack, "seq": 2_000, "created_at": "2099-01-01T00:00:00+00:00"}
    import_pack(laptop.uow(), crypto, _seal(future, "pack", me, lap))
    later = {**real_pack, "seq": 2_001, "created_at": datetime.now(UTC).isoformat()}
    assert import_pack(laptop.uow(), crypto, _seal(later, "pack", me, lap))["again"] is False
    with pytest.raises(StalePack):  # a lower sequence number is older, whatever its date
        import_pack(laptop.uow(), crypto, _seal({**later, "seq": 1_999, "created_at": "2100-01-01T00:00:00+00:00"},
                                                "pack", me, lap))


@pytest.fixture(scope="module")
def real_bundle(pair, real_pack):
    office, laptop = pair
    import_pack(laptop.uow(), crypto, _seal({**real_pack, "seq": 3_000}, "pack", _identity(office),
                                            _identity(laptop)))
    case_id = real_pack["cases"][0]["case_id"]
    record_visits(laptop.uow(), [{"visit_id": str(uuid.uuid4()), "case_id": case_id,
                                  "arrived_at": "2026-11-24T10:00:00+01:00", "left_at": "2026-11-24T10:20:00+01:00",
                                  "outcome": "promise_to_pay", "person_met": "debtor",
                                  "promise": {"amount": "120.00", "date": "2026-12-01"}, "notes": "n"}])
    blob, _ = export_bundle(laptop.uow(), crypto)
    return _payload(blob, _identity(office))


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_malformed_bundle_fields_are_refused_or_rejected(pair, real_bundle, data):
    office, laptop = pair
    path = data.draw(st.sampled_from(list(_paths(real_bundle))))
    value = data.draw(st.sampled_from(HOSTILE))
    payload = _replace(real_bundle, path, value)
    blob = _seal(payload, "bundle", _identity(laptop), _identity(office))
    try:
        result = run(import_bundles(office.uow, crypto, [("b.fvbundle", blob)]))
    except UserError as exc:
        assert len(str(exc)) < 600
        return
    for item in result["rejected"] + result["conflicts"]:
        assert len(str(item)) < 2000
