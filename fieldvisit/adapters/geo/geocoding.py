"""Geocoding through geopy: Nominatim by default (identifying User-Agent, at most one request a
second for a public server, as Nominatim's usage policy asks) or Photon — both OpenStreetMap
geocoders that need no account key — at their public service or a self-hosted http(s) URL
(:data:`PROVIDERS`, checked by :func:`check_geocoder`).

Every HTTP request is made once (no hidden retries: the HTTP layer would otherwise obey a
``Retry-After`` of hours in silence); what went wrong is told by kind (see :func:`refusal`), and
a ``Retry-After`` is handed to the service, which decides whether to wait. A search names the
case's country where the geocoder can search within one (Nominatim's ``countrycodes``, Photon's
bounding box); an answer that is an error object (``{"error": …}``) is an error, not "not found"."""

from __future__ import annotations

import logging
import math
import re
import socket
import ssl
import time
import warnings
from collections.abc import Mapping
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

from geopy.adapters import AdapterHTTPError, RequestsAdapter
from geopy.exc import (
    GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, GeocoderParseError, GeocoderQueryError,
    GeocoderQuotaExceeded, GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable, GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, Photon

from fieldvisit import __version__
from fieldvisit.domain.country_boxes import country_boxes
from fieldvisit.domain.text import clip, msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import GeocoderOffline, GeocoderRefused

USER_AGENT = f"FieldVisit/{__version__} (field visit planner; self-hosted desktop app)"
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"
log = logging.getLogger(__name__)

# geopy warns (warnings.warn, straight to stderr) before it refuses a latitude out of range; the
# refusal itself is reported as an unreadable answer, so the warning is only noise on stderr.
warnings.filterwarnings("ignore", category=UserWarning, module=r"geopy(\.|$)")
# geopy's own log (an answer's text, "Invalid Retry-After header") goes to the app's logging
# configuration, never to stderr by Python's last-resort handler.
logging.getLogger("geopy").addHandler(logging.NullHandler())


#: The geocoders FieldVisit supports (``--provider``, setting ``geocoder``): geopy class and public
#: server. Both are OpenStreetMap geocoders that need no key and can be self-hosted (``--url``).
PROVIDERS = {"nominatim": (Nominatim, PUBLIC_NOMINATIM), "photon": (Photon, "photon.komoot.io")}


def check_geocoder(provider: str, url: str | None) -> None:
    """Raise UserError (one sentence) unless ``provider`` is one of :data:`PROVIDERS` and ``url``
    (when given) is an http or https address with a host."""
    if provider not in PROVIDERS:
        raise UserError(msg("The geocoder {provider} is not supported; FieldVisit works with {known} (give "
                            "--provider {first}, or your own server with --url).", provider=repr(provider),
                            known=" or ".join(PROVIDERS), first=next(iter(PROVIDERS))))
    if url is None:
        return
    try:
        parsed = urlparse(url)
        hostname, port = parsed.hostname, parsed.port  # a port out of range, or not a number, raises here
    except ValueError:
        hostname = port = parsed = None
        if "://" in url and url.split("://", 1)[0].lower() in ("http", "https"):
            raise UserError(msg("The geocoder URL {url} is not a valid address (its port or host cannot be read); "
                                "give it as https://host or https://host:port with a port from 1 to 65535.",
                                url=repr(_shown(url)))) from None
    if parsed is None or parsed.scheme.lower() not in ("http", "https") or not hostname:
        raise UserError(msg("The geocoder URL {url} is not a web address; give an http:// or https:// URL, e.g. "
                            "https://nominatim.example.org.", url=repr(_shown(url))))
    if port == 0:
        raise UserError(msg("The geocoder URL {url} is not a valid address (port 0); give a port from 1 to 65535.",
                            url=repr(_shown(url))))


class _ErrorAnswer(GeocoderServiceError):
    """An answer that is an error object (``{"error": "Unable to geocode"}``), not places."""


def answer_error(data) -> str | None:
    """The error text of a JSON answer that is an error object — Nominatim's ``{"error": …}``
    (text, or ``{"code", "message"}``), Photon's ``{"message": …}`` — else None."""
    if not isinstance(data, Mapping) or "lat" in data or "features" in data:
        return None
    for key in ("error", "message"):
        if key in data:
            value = data[key]
            if isinstance(value, Mapping):
                value = value.get("message") or value.get("code") or ""
            return " ".join(str(value).split()) or "no reason given"
    return None


class _SingleRequestAdapter(RequestsAdapter):
    """geopy's requests adapter without urllib3's retries (which sleep through Retry-After), and
    an error object read as an error (geopy takes Nominatim's for "not found")."""

    def get_json(self, url, *, timeout, headers):
        data = super().get_json(url, timeout=timeout, headers=headers)
        error = answer_error(data)
        if error is not None:
            raise _ErrorAnswer(error)
        return data


def _single_request_adapter(proxies, ssl_context):
    return _SingleRequestAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)


def country_box(country: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """One box around all the land of ``country`` (ISO code) as two ``(lat, lon)`` corners, for a
    geocoder that filters by box (Photon); None when it has no boxes or they straddle 180°."""
    boxes = country_boxes((country or "").upper())
    if not boxes:
        return None
    south, north = min(b[0] for b in boxes) - 0.75, max(b[1] for b in boxes) + 0.75
    west, east = min(b[2] for b in boxes) - 0.75, max(b[3] for b in boxes) + 0.75
    if east - west > 180:  # across the antimeridian (Fiji, Russia, the United States): no one box
        return None
    return (max(south, -90.0), max(west, -180.0)), (min(north, 90.0), min(east, 180.0))


class GeopyGeocoder:
    """Implements :class:`fieldvisit.services.ports.Geocoder`. ``timeout`` in seconds per request."""

    def __init__(self, provider: str = "nominatim", url: str | None = None, *, geocoder=None,
                 min_delay: float | None = None, timeout: float = 10.0, **options) -> None:
        if geocoder is None:
            check_geocoder(provider, url)
            kind, public_domain = PROVIDERS[provider]
            parsed = urlparse(url) if url else None
            geocoder = kind(user_agent=USER_AGENT, timeout=timeout,
                            domain=parsed.netloc + parsed.path.rstrip("/") if parsed else public_domain,
                            scheme=parsed.scheme.lower() if parsed else "https",
                            adapter_factory=_single_request_adapter, **options)
        public = not url
        self.provider = provider if geocoder is None or provider != "nominatim" else _provider_of(geocoder)
        self.url = _shown(url)  # the geocoder the user named (None: the provider's public service)
        self.key = f"{provider}:{url or PROVIDERS.get(provider, (None, provider))[1]}"
        self.min_delay = min_delay if min_delay is not None else (1.0 if public else 0.0)
        # no retries inside geopy: its retry log prints a traceback and the address itself
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay, max_retries=0,
                                    swallow_exceptions=False)

    def _within(self, country: str) -> dict:
        """The search options that keep answers inside ``country`` (ISO code), where the
        geocoder has one: Nominatim's ``countrycodes``, Photon's bounding box."""
        code = (country or "").strip().lower()
        if not re.fullmatch(r"[a-z]{2}", code):
            return {}
        if self.provider == "nominatim":
            return {"country_codes": code}
        if self.provider == "photon" and (box := country_box(code)):
            return {"bbox": list(box)}
        return {}

    def geocode(self, query: str, country: str = "") -> tuple[float, float, str] | None:
        """``(lat, lon, display name)`` or None when not found, searched within ``country``
        when given (see :meth:`_within`). Raises GeocoderOffline (no network), GeocoderRefused
        (by kind, see :func:`refusal`; ``unreadable`` when the answer holds no usable position)."""
        try:
            location = self._geocode(query, **self._within(country))
        except GeocoderQueryError:
            return None
        except GeocoderServiceError as exc:
            raise refusal(exc, self.url, query) from None
        except OSError as exc:
            raise GeocoderOffline(exc.__class__.__name__) from None
        except GeopyError:
            return None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a position geopy could not read
            log.info("unreadable geocoder answer: %s", exc.__class__.__name__)
            raise GeocoderRefused("unreadable") from None
        if location is None:
            return None
        try:
            lat, lon = float(location.latitude), float(location.longitude)
        except (TypeError, ValueError):
            raise GeocoderRefused("unreadable") from None
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):  # NaN too
            raise GeocoderRefused("unreadable")
        return lat, lon, str(getattr(location, "address", ""))


def _provider_of(geocoder) -> str:
    """``nominatim`` or ``photon`` for a geopy geocoder given ready-made (by its class), else ''."""
    for name, (kind, _) in PROVIDERS.items():
        if isinstance(geocoder, kind):
            return name
    return ""


def _shown(url: str | None) -> str | None:
    """``url`` as it may be shown: without a user name or password in it."""
    if not url:
        return None
    try:
        parsed = urlparse(url)
    except ValueError:  # "http://[::1": no URL, but a user name in it is still not shown
        return re.sub(r"//[^/?#]*@", "//", url)
    return parsed._replace(netloc=parsed.netloc.rpartition("@")[2]).geturl() if "@" in parsed.netloc else url


def _status(exc: Exception) -> int | None:
    cause = exc.__cause__
    if isinstance(cause, AdapterHTTPError):
        return cause.status_code
    found = re.search(r"status code (\d{3})", str(exc))
    return int(found.group(1)) if found else None


#: The longest wait a Retry-After is taken at its word for (seconds): a year. A longer one (a
#: number of 23 digits, a date in 2090) is told as "a very long time" all the same.
RETRY_AFTER_CEILING = 366 * 86400.0


def retry_after_seconds(value, now: float | None = None) -> float | None:
    """The seconds a ``Retry-After`` header asks to wait: a whole number of seconds or an HTTP
    date (``now``: the clock, seconds since the epoch), at most :data:`RETRY_AFTER_CEILING`.
    None when it says nothing usable: no header, a negative number, a date already past,
    anything else — the wait is then unknown, never "at once"."""
    text = str(value if value is not None else "").strip()
    if re.fullmatch(r"[0-9]+", text):
        return min(float(int(text[:12])), RETRY_AFTER_CEILING) if len(text) <= 12 else RETRY_AFTER_CEILING
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # an HTTP date is GMT
        when = when.replace(tzinfo=timezone.utc)
    left = when.timestamp() - (time.time() if now is None else now)
    return min(float(math.ceil(left)), RETRY_AFTER_CEILING) if left > 0 else None  # whole seconds


def _retry_after(exc: Exception) -> float | None:
    """Seconds the answer asks to wait (its Retry-After), None when it says nothing usable."""
    cause = exc.__cause__
    if isinstance(cause, AdapterHTTPError):
        headers = cause.headers or {}
        return retry_after_seconds(headers.get("Retry-After", headers.get("retry-after")))
    seconds = getattr(exc, "retry_after", None)  # geopy's own reading, when the answer is not at hand
    if not isinstance(seconds, (int, float)) or not seconds > 0:  # negative, NaN
        return None
    return min(float(seconds), RETRY_AFTER_CEILING)


def _chain(exc: BaseException):
    """The exception and everything that led to it (causes, contexts, urllib3's ``reason``, the
    exceptions among ``args``). Only exceptions are followed: an ``ssl.SSLError``'s ``reason``
    is a text (``CERTIFICATE_VERIFY_FAILED``), a ``URLError``'s may be either."""
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [e.__cause__, e.__context__, getattr(e, "reason", None)]
        todo += [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]


def _unreachable(exc: GeocoderUnavailable, url: str | None) -> Exception:
    """A connection that failed: no network (name lookup failed, network down) → GeocoderOffline;
    a refused connection to the URL the user gave → ``unreachable``; a connect timeout → ``timeout``;
    a server that was reached but reset or closed the connection without an answer (a TLS/plain
    HTTP mix-up, a proxy, something that is not a geocoder) → ``closed``, naming the server."""
    chain = list(_chain(exc))
    if any(isinstance(e, socket.gaierror) or type(e).__name__ == "NameResolutionError" for e in chain):
        return GeocoderOffline("name lookup failed")
    if (insecure := _tls_failure(chain)) is not None:
        return GeocoderRefused("insecure", where=url or f"https://{PUBLIC_NOMINATIM}", detail=insecure)
    if any(isinstance(e, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError))
           or type(e).__name__ in ("ProtocolError", "RemoteDisconnected") for e in chain):
        return GeocoderRefused("closed", where=url or f"https://{PUBLIC_NOMINATIM}")
    if any(isinstance(e, TimeoutError) or type(e).__name__ in ("ConnectTimeoutError", "ConnectTimeout")
           for e in chain):
        return GeocoderRefused("timeout")
    if url and any(isinstance(e, ConnectionRefusedError) for e in chain):
        return GeocoderRefused("unreachable", where=url)
    return GeocoderOffline("unreachable")


#: OpenSSL's reasons when the other end answers a TLS hello in plain text (an http server).
_NOT_TLS = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "HTTP_REQUEST", "UNKNOWN_PROTOCOL",
            "PACKET_LENGTH_TOO_LONG", "WRONG VERSION NUMBER", "RECORD LAYER FAILURE")


def _tls_failure(chain: list[BaseException]) -> str | None:
    """Why the secure connection failed, when it did: ``untrusted`` (self-signed, unknown
    authority), ``expired``, ``wrong_name`` (a certificate for another host), ``not_https``
    (the server answers in plain http) or ``failed``; None when TLS is not the cause."""
    for e in chain:
        if isinstance(e, ssl.SSLCertVerificationError):
            why = f"{getattr(e, 'verify_message', '')} {e}".lower()
            if "expired" in why:
                return "expired"
            if "hostname" in why or "ip address mismatch" in why or "doesn't match" in why:
                return "wrong_name"
            return "untrusted"
    found = None
    for e in chain:
        if isinstance(e, ssl.SSLError) or type(e).__name__ == "SSLError":
            text = f"{getattr(e, 'reason', '') or ''} {e}".upper()
            if "CERTIFICATE_VERIFY_FAILED" in text or "CERTIFICATE VERIFY FAILED" in text:
                return "untrusted"
            if any(word in text for word in _NOT_TLS):
                return "not_https"
            found = "failed"
    return found


def _without_query(text: str, query: str) -> str:
    """``text`` (an answer's error message) with the parts of the address asked removed: an
    address is personal data and never reaches a message."""
    words = sorted({w for w in re.findall(r"\w+", query) if len(w) >= 2 or w.isdigit()}, key=len, reverse=True)
    if words:
        run = re.compile(r"(?:\b(?:" + "|".join(map(re.escape, words)) + r")\b[\s,.#/º-]*)+", re.IGNORECASE)

        def hide(m: re.Match) -> str:  # a run of the address's words, or one long one: "Calle Mayor 1"
            found = re.findall(r"\w+", m.group(0))
            return "… " if len(found) >= 2 or len(found[0]) >= 4 else m.group(0)

        text = run.sub(hide, text).strip()
    return clip(text, 120)


def refusal(exc: GeocoderServiceError, url: str | None = None, query: str = "") -> Exception:
    """What an error answer means for the queue: GeocoderRefused by kind (``rate_limited`` 429,
    ``quota``, ``denied`` 401/403, ``unavailable`` 503, ``timeout`` no answer in time,
    ``unreachable`` nothing listens at ``url``, ``closed`` the server reset or closed the
    connection without answering, ``insecure`` no secure connection (why in ``detail``),
    ``error`` an answer that is an error object (its text, without the parts of ``query``),
    ``unreadable`` an answer that is not a geocoder's, ``server`` any other failure; with the
    answer's Retry-After in seconds), or GeocoderOffline when there is no network at all."""
    if isinstance(exc, _ErrorAnswer):
        return GeocoderRefused("error", detail=_without_query(str(exc), query))
    status = _status(exc)
    wait = _retry_after(exc)
    if isinstance(exc, GeocoderParseError):  # not JSON, or not the JSON a geocoder sends
        return GeocoderRefused("unreadable")
    if isinstance(exc, GeocoderRateLimited):
        return GeocoderRefused("rate_limited", status or 429, retry_after=wait)
    if isinstance(exc, GeocoderQuotaExceeded):
        return GeocoderRefused("quota", status)
    if isinstance(exc, (GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges)):
        return GeocoderRefused("denied", status)
    if status == 503:
        return GeocoderRefused("unavailable", 503, retry_after=wait)
    if isinstance(exc, GeocoderTimedOut):
        return GeocoderRefused("timeout", status if status in (408, 504) else None)
    if isinstance(exc, GeocoderUnavailable) and status is None:
        return _unreachable(exc, url)
    if status is None and (insecure := _tls_failure(list(_chain(exc)))) is not None:
        return GeocoderRefused("insecure", where=url or f"https://{PUBLIC_NOMINATIM}", detail=insecure)
    return GeocoderRefused("server", status)
