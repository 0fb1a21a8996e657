"""What each kind of geocoder answer does, against a real HTTP server on 127.0.0.1 driving the
real geopy adapter (and the CLI): a wait the geocoder asks for is obeyed only when short, a
malformed answer or a dead URL is named as such, and the queue is always kept (BRK14b 2-4)."""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from fieldvisit.adapters.geo.geocoding import GeopyGeocoder
from fieldvisit.domain.cases import Case
from fieldvisit.services.geocode import MAX_WAIT, geocode_pending
from fieldvisit.services.progress import Progress, run

FOUND = json.dumps([{"lat": "40.4170", "lon": "-3.7040", "display_name": "Madrid", "place_id": 1}]).encode()
#: personal data that must never reach stderr
PERSONAL = ("Elena", "Cruz", "Calle Mayor", "Gran Vía", "Traceback", "Warning", "geopy", "ValueError")


class Answer:
    def __init__(self, status=200, body=FOUND, headers=None, delay=0.0):
        self.status, self.body, self.headers, self.delay = status, body, headers or {}, delay


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        server = self.server
        asked = parse_qs(urlparse(self.path).query)
        server.queries.append(asked.get("q", [""])[0])
        server.params.append({k: v[0] for k, v in asked.items() if k != "q"})
        answer = server.answers.pop(0) if server.answers else server.default
        if answer.status in ("reset", "close"):  # BRK15b #5: reached, but no answer at all
            if answer.status == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if answer.delay:
            server.release.wait(answer.delay)
        self.send_response(answer.status)
        self.send_header("Content-Type", "application/json" if answer.status == 200 else "text/html")
        for key, value in answer.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, *args):
        pass


class FakeGeocoderServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: list[Answer] = []
        self.default = Answer()
        self.queries: list[str] = []
        self.params: list[dict] = []  # each request's other parameters (countrycodes, bbox …)
        self.release = threading.Event()  # ends a delayed answer early at teardown
        self.url = f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request, client_address):
        pass  # the client gave up on a slow answer: nothing to report


@pytest.fixture
def server():
    srv = FakeGeocoderServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def fv(*args, db):
    env = {**os.environ, "TZ": "Europe/Madrid", "FIELDVISIT_HOME": str(Path(db).parent)}
    return subprocess.run([sys.executable, "-m", "fieldvisit", "--db", db, *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "ws.sqlite")
    (tmp_path / "c.csv").write_text("case_id,name,address,country,balance,currency,days_past_due\n"
                                    "A-1,Elena Cruz,Calle Mayor 1 Madrid,ES,100.00,EUR,10\n"
                                    "A-2,Elena Cruz,Gran Vía 2 Madrid,ES,100.00,EUR,10\n", encoding="utf-8")
    assert fv("cases", "import", str(tmp_path / "c.csv"), "--as-of", "2026-11-23", db=path).returncode == 0
    return path


def waiting(db) -> list[str]:
    listed = json.loads(fv("--json", "cases", "list", "--as-of", "2026-11-23", db=db).stdout)["cases"]
    return sorted(c["case_id"] for c in listed if c["lat"] is None)


def assert_stopped(result, phrase):
    """Exit 2, one sentence on stderr with ``phrase``, no personal data nor warnings."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert phrase.lower() in result.stderr.lower(), result.stderr
    for bad in PERSONAL:
        assert bad not in result.stderr, result.stderr


ANSWERS = {
    "429 asking for an hour": (Answer(429, b"slow down", {"Retry-After": "3600"}),
                               "too many requests (HTTP 429); it asks to wait 60 minutes before trying again. "
                               "2 addresses wait in the queue"),
    "429 asking for two minutes": (Answer(429, b"slow down", {"Retry-After": "120"}),
                                   "it asks to wait 2 minutes"),
    "429 with an unreadable Retry-After": (Answer(429, b"", {"Retry-After": "soon"}),
                                           "too many requests (HTTP 429); wait and try again"),
    "503 at once": (Answer(503, b"<html>Service Unavailable</html>"),
                    "the geocoder is unavailable (HTTP 503); try again later. 2 addresses wait in the queue"),
    "503 asking for 30 s": (Answer(503, b"busy", {"Retry-After": "30"}),
                            "the geocoder is unavailable (HTTP 503); it asks to wait 30 seconds"),
    "latitude not a number": (Answer(body=b'[{"lat": "abc", "lon": "xyz", "display_name": "x"}]'),
                              "the geocoder's answer could not be read"),
    "latitude out of range": (Answer(body=b'[{"lat": "140.0", "lon": "500", "display_name": "x"}]'),
                              "the geocoder's answer could not be read"),
    "broken JSON": (Answer(body=b'[{"lat": "40.4", "lon": '), "the geocoder's answer could not be read"),
    "a web page": (Answer(body=b"<!DOCTYPE html><html><body>Maintenance</body></html>"),
                   "the geocoder's answer could not be read"),
}


@pytest.mark.parametrize("kind", ["429 asking for an hour", "429 with an unreadable Retry-After", "503 at once",
                                  "latitude out of range"])
def test_the_cli_stops_with_one_sentence_exit_2_and_keeps_the_queue(server, db, kind):
    server.default, phrase = ANSWERS[kind]
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert_stopped(result, phrase)  # no geopy warning nor log line on stderr either
    data = json.loads(result.stdout)
    assert data["pending"] == 2 and data["geocoded"] == 0 and data["offline"] is False
    assert len(server.queries) == 1  # stopped at the first answer: no silent retries
    assert waiting(db) == ["A-1", "A-2"]


def test_a_short_retry_after_is_waited_for_and_the_run_succeeds(server, db):
    server.answers = [Answer(429, b"slow down", {"Retry-After": "1"})]
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["geocoded"] == 2
    assert server.queries[0] == server.queries[1]  # the same address asked again after the wait
    assert waiting(db) == []


def test_nothing_listening_at_the_url_says_so(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: connections to it are refused
    result = fv("--json", "geocode", "--url", f"http://127.0.0.1:{port}/nominatim", db=db)
    assert_stopped(result, f"Nothing answers at http://127.0.0.1:{port}/nominatim; check the geocoder URL")
    data = json.loads(result.stdout)
    assert data["offline"] is False and data["refused"] == "unreachable" and data["pending"] == 2
    assert waiting(db) == ["A-1", "A-2"]


@pytest.mark.parametrize("how", ["reset", "close"])
def test_a_geocoder_that_closes_the_connection_is_named_not_offline(server, db, how):
    """BRK15b #5: a server that resets (or closes) the connection without an answer was reported
    as "offline … exit 0"; it is the geocoder at that URL, exit 2, and the queue is kept."""
    server.default = Answer(how)
    result = fv("--json", "geocode", "--url", server.url, db=db)
    assert_stopped(result, f"The geocoder at {server.url} closed the connection without answering")
    data = json.loads(result.stdout)
    assert data["offline"] is False and data["refused"] == "closed" and data["pending"] == 2
    assert len(server.queries) == 1 and waiting(db) == ["A-1", "A-2"]


def test_a_name_that_does_not_resolve_is_still_offline(db):
    result = fv("--json", "geocode", "--url", "http://fieldvisit-test.invalid/nominatim", db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["offline"] is True and waiting(db) == ["A-1", "A-2"]


# --- the service with the real adapter: the cap and the timeout injected small ------------------

def add_cases(app, *rows):
    with app.uow() as uow:
        uow.cases.add_many([Case(case_id=cid, address=addr, country="ES", timezone="Europe/Madrid")
                            for cid, addr in rows], None)
        uow.commit()


@pytest.mark.parametrize("kind", list(ANSWERS))
def test_each_answer_stops_with_its_sentence_and_keeps_the_queue(app, server, kind):
    add_cases(app, ("W1", "Calle Mayor 1"), ("W2", "Gran Vía 2"))
    server.default, phrase = ANSWERS[kind]
    slept = []
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url), sleep=slept.append))
    assert phrase.lower() in summary.refusal.lower()
    assert summary.pending == 2 and summary.geocoded == 0 and not summary.offline
    assert slept == [] and len(server.queries) == 1  # stopped at the first answer: no silent retries
    with app.uow() as uow:  # nothing cached as "not found" either: both are asked again later
        assert sorted(c.case_id for c in uow.cases.needing_position()) == ["W1", "W2"]
    server.default = Answer()
    assert run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url))).geocoded == 2


def test_a_retry_after_above_the_cap_stops_at_once_without_waiting(app, server):
    add_cases(app, ("W1", "Calle Mayor 1"), ("W2", "Gran Vía 2"))
    server.default = Answer(429, b"", {"Retry-After": "5"})
    slept = []
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url), max_wait=2, sleep=slept.append))
    assert slept == [] and len(server.queries) == 1
    assert (summary.refused, summary.retry_after, summary.pending) == ("rate_limited", 5.0, 2)
    assert "it asks to wait 5 seconds before trying again. 2 addresses wait in the queue" in summary.refusal
    assert MAX_WAIT == 10.0  # the documented cap


def test_a_retry_after_within_the_cap_is_waited_for_once(app, server):
    add_cases(app, ("W1", "Calle Mayor 1"))
    server.answers = [Answer(503, b"", {"Retry-After": "3"}), Answer(503, b"", {"Retry-After": "3"})]
    slept = []
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url), sleep=slept.append))
    assert sum(slept) == 3 and len(server.queries) == 2  # waited as asked, then asked again once
    assert summary.refused == "unavailable" and summary.pending == 1  # refused again: stops, no endless loop


def test_cancelling_during_a_wait_stops_it_and_keeps_the_queue(app, server):
    """The window cancels by closing the work at its next step: a wait steps every second."""
    add_cases(app, ("W1", "Calle Mayor 1"))
    server.default = Answer(429, b"", {"Retry-After": "8"})
    slept = []
    work = geocode_pending(app.uow(), GeopyGeocoder(url=server.url), sleep=slept.append)
    steps = [next(work), next(work), next(work)]
    assert isinstance(steps[-1], Progress) and "asks to wait 7 seconds" in steps[-1].message
    work.close()
    assert slept == [1.0] and len(server.queries) == 1
    with app.uow() as uow:
        assert [c.case_id for c in uow.cases.needing_position()] == ["W1"]


def test_a_geocoder_that_does_not_answer_in_time_is_named_so(app, server):
    add_cases(app, ("T1", "Calle Mayor 1"))
    server.default = Answer(delay=30)
    summary = run(geocode_pending(app.uow(), GeopyGeocoder(url=server.url, timeout=0.5)))
    assert summary.refused == "timeout" and not summary.offline and summary.pending == 1
    assert "did not answer in time" in summary.refusal
    assert len(server.queries) == 1


def test_a_collectors_home_address_gets_a_sentence_when_the_geocoder_refuses(app, server):
    from fieldvisit.services.collectors import geocode_address
    from fieldvisit.services.errors import UserError

    server.default = Answer(429, b"", {"Retry-After": "3600"})
    with pytest.raises(UserError, match="could not look up 'Calle Mayor 1' now; try again later"):
        geocode_address(app.uow(), GeopyGeocoder(url=server.url), "Calle Mayor 1", "ES")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    with pytest.raises(UserError, match="Nothing answers at http://127.0.0.1"):
        geocode_address(app.uow(), GeopyGeocoder(url=closed), "Calle Mayor 1", "ES")
