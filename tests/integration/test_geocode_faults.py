"""Geocoder faults of BRK16b (1, 3, 4) against real loopback servers and the real geopy adapter:
a secure connection that fails (https on a plain http server, a self-signed certificate, an
http → https redirect), an answer that is an error object, and Retry-After values nobody meant.
Each stops with exit 2 and one sentence naming the cause; the queue is kept and nothing is cached."""

from __future__ import annotations

import ipaddress
import json
import ssl
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from fieldvisit.adapters.geo.geocoding import RETRY_AFTER_CEILING, GeopyGeocoder, _chain, retry_after_seconds
from fieldvisit.domain.text import wait_words
from fieldvisit.services.geocode import geocode_pending, query_for
from fieldvisit.services.progress import run
from tests.integration.test_geocode_answers import (  # noqa: F401 - fixtures
    Answer, FakeGeocoderServer, add_cases, assert_stopped, db, fv, server, waiting,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "brk16"


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (as one's own Nominatim often has)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_server(tmp_path):
    """The fake geocoder behind TLS with a self-signed certificate."""
    cert, key = _self_signed(tmp_path)
    srv = FakeGeocoderServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    srv.url = srv.url.replace("http://", "https://")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


# --- 1. a secure connection that fails ----------------------------------------------------------

def test_https_on_a_plain_http_geocoder_says_it_does_not_speak_https(server, db):
    url = server.url.replace("http://", "https://")
    result = fv("--json", "geocode", "--url", url, db=db)
    assert_stopped(result, f"The geocoder at {url} did not complete a secure connection: the server does not "
                           "speak https; check the geocoder URL (perhaps http:// rather than https://). "
                           "2 addresses wait in the queue.")
    data = json.loads(result.stdout)
    assert data["refused"] == "insecure" and data["detail"] == "not_https" and data["pending"] == 2
    assert waiting(db) == ["A-1", "A-2"]


def test_a_self_signed_certificate_is_named_as_not_trusted(tls_server, db):
    result = fv("--json", "geocode", "--url", tls_server.url, db=db)
    assert_stopped(result, f"The geocoder at {tls_server.url} did not complete a secure connection: its "
                           "certificate is not trusted (self-signed or from an unknown authority)")
    data = json.loads(result.stdout)
    assert data["refused"] == "insecure" and data["detail"] == "untrusted" and data["pending"] == 2
    assert waiting(db) == ["A-1", "A-2"] and tls_server.queries == []  # no request got through


def test_a_redirect_from_http_to_https_is_named(server, db):
    server.default = Answer(301, b"", {"Location": server.url.replace("http://", "https://") + "/search"})
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert_stopped(result, f"The geocoder at {server.url} redirects to https but did not complete a secure "
                           "connection: the server does not speak https")
    assert json.loads(result.stdout)["refused"] == "insecure" and waiting(db) == ["A-1", "A-2"]


@pytest.mark.parametrize("kind", ["plain", "self-signed"])
def test_a_failed_secure_connection_caches_nothing(sqlite_app, server, tls_server, kind):
    url = tls_server.url if kind == "self-signed" else server.url.replace("http://", "https://")
    add_cases(sqlite_app, ("S1", "Calle Mayor 1"), ("S2", "Gran Vía 2"))
    geocoder = GeopyGeocoder(url=url)
    summary = run(geocode_pending(sqlite_app.uow(), geocoder))
    assert (summary.refused, summary.pending, summary.failed, summary.geocoded) == ("insecure", 2, 0, 0)
    with sqlite_app.uow() as uow:
        assert uow.geocache.get(geocoder.key, query_for("Calle Mayor 1", "ES")) is None
        assert sorted(c.case_id for c in uow.cases.needing_position()) == ["S1", "S2"]
        assert {c.geo_status.value for c in uow.cases.needing_position()} == {"pending"}


def test_the_chain_of_causes_reads_a_text_reason_without_failing():
    """ssl.SSLError's ``reason`` is a text, a URLError's may be an exception: only exceptions are followed."""
    inner = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    inner.reason = "WRONG_VERSION_NUMBER"
    outer = OSError("failed")
    outer.reason = inner
    outer.__context__ = ValueError("x")
    assert {type(e) for e in _chain(outer)} == {OSError, ValueError, ssl.SSLError}


# --- 3. an answer that is an error object --------------------------------------------------------

ERRORS = {
    "Nominatim's text": (b'{"error": "Unable to geocode"}', "'Unable to geocode'"),
    "Nominatim's object": (b'{"error": {"code": 400, "message": "Nothing to search for."}}',
                           "'Nothing to search for.'"),
    "an error naming the address": (b'{"error": "No match for Calle Mayor 1 in the index"}',
                                    "'No match for \u2026 in the index'"),
}


@pytest.mark.parametrize("kind", list(ERRORS))
def test_an_error_object_stops_and_keeps_the_queue_instead_of_not_found(server, db, kind):
    body, said = ERRORS[kind]
    server.default = Answer(200, body)
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert_stopped(result, f"The geocoder answered with an error: {said}; check the geocoder URL")
    data = json.loads(result.stdout)
    assert (data["refused"], data["failed"], data["pending"]) == ("error", 0, 2)
    assert len(server.queries) == 1 and waiting(db) == ["A-1", "A-2"]
    server.default = Answer()  # nothing was cached as "not found": both are found now
    assert json.loads(fv("--json", "geocode", "--url", server.url, db=db).stdout)["geocoded"] == 2


def test_an_error_object_from_photon_is_an_error_too(sqlite_app, server):
    add_cases(sqlite_app, ("P1", "Calle Mayor 1"))
    server.default = Answer(200, b'{"message": "missing search term"}')
    summary = run(geocode_pending(sqlite_app.uow(), GeopyGeocoder("photon", url=server.url)))
    assert summary.refused == "error" and summary.failed == 0 and summary.pending == 1
    assert "answered with an error: 'missing search term'" in summary.refusal


# --- 4. Retry-After nobody meant, and an address that cannot be one ----------------------------

def test_retry_after_is_read_within_sane_bounds():
    now = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    ts = now.timestamp()
    assert retry_after_seconds("120", ts) == 120.0 and retry_after_seconds("0", ts) == 0.0
    assert retry_after_seconds("99999999999999999999999", ts) == RETRY_AFTER_CEILING
    assert retry_after_seconds("9" * 5000, ts) == RETRY_AFTER_CEILING  # beyond Python's int-from-text limit
    for nothing in ("-5", "soon", "", None, "1.5", "Wed, 21 Oct 2026 07:28:00 GMT", "NaN", "inf"):
        assert retry_after_seconds(nothing, ts) is None, nothing  # negative, past, unreadable: unknown
    assert retry_after_seconds(format_datetime(now + timedelta(days=31), usegmt=True), ts) == 31 * 86400
    assert retry_after_seconds("Fri, 01 Jan 2100 00:00:00 GMT", ts) == RETRY_AFTER_CEILING


@pytest.mark.parametrize("seconds, words", [(0, "1 second"), (1, "1 second"), (1.2, "2 seconds"), (45, "45 seconds"),
                                            (120, "2 minutes"), (3600, "60 minutes"), (5 * 3600, "about 5 hours"),
                                            (30 * 86400 + 5000, "about 30 days"),
                                            (RETRY_AFTER_CEILING, "a very long time"),
                                            (float("nan"), "a very long time"), (float("inf"), "a very long time")])
def test_a_wait_is_told_in_a_sane_unit(seconds, words):
    assert wait_words(seconds) == words


def _in_days(days: int) -> str:
    return format_datetime(datetime.now(timezone.utc) + timedelta(days=days, minutes=5), usegmt=True)


@pytest.mark.parametrize("header, said", [
    ("99999999999999999999999", "it asks to wait a very long time before trying again. 2 addresses wait"),
    ("31536000000", "it asks to wait a very long time before trying again"),
    ("__month__", "it asks to wait about 30 days before trying again"),
    ("-5", "too many requests (HTTP 429); wait and try again. 2 addresses wait"),
    ("Wed, 21 Oct 2026 07:28:00 GMT", "too many requests (HTTP 429); wait and try again"),
])
def test_the_cli_words_a_retry_after_sanely(server, db, header, said):
    header = _in_days(30) if header == "__month__" else header
    server.default = Answer(429, b"slow down", {"Retry-After": header})
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert_stopped(result, said)
    assert len(server.queries) == 1  # a negative or past value is no reason to ask again at once
    assert waiting(db) == ["A-1", "A-2"]


def test_a_retry_after_of_zero_still_waits_a_second_and_says_1_second(sqlite_app, server):
    add_cases(sqlite_app, ("R1", "Calle Mayor 1"))
    server.answers = [Answer(429, b"", {"Retry-After": "0"}), Answer(429, b"", {"Retry-After": "1"})]
    slept, steps = [], []
    work = geocode_pending(sqlite_app.uow(), GeopyGeocoder(url=server.url), sleep=slept.append)
    summary = _drain(work, steps)
    assert slept == [1.0] and len(server.queries) == 2
    assert any(str(s.message) == "The geocoder asks to wait 1 second" for s in steps)
    assert summary.refused == "rate_limited" and "it asks to wait 1 second before" in summary.refusal


def _drain(work, steps):
    try:
        while True:
            steps.append(next(work))
    except StopIteration as done:
        return done.value


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999", "http://127.0.0.1:0/nominatim", "https://host:abc",
                                 "http://[::1"])
def test_a_url_that_cannot_be_an_address_is_refused_in_one_sentence(db, url):
    result = fv("geocode", "--url", url, db=db)
    assert_stopped(result, "is not a valid address")
    assert waiting(db) == ["A-1", "A-2"]


def test_the_testers_cases_geocode_through_the_fixture(server, tmp_path):
    """The tester's two-case file (/tmp/brk16b/v08/geo.csv) against the plain server, by https."""
    db_path = str(tmp_path / "w.db")
    assert fv("cases", "import", str(DATA / "v08_geo.csv"), "--as-of", "2026-11-23", db=db_path).returncode == 0
    result = fv("--json", "geocode", "--url", server.url.replace("http://", "https://"), db=db_path)
    assert_stopped(result, "did not complete a secure connection")
    assert json.loads(result.stdout)["pending"] == 2
