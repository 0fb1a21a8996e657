"""Geocoding through geopy: Nominatim by default (identifying User-Agent, at most one request a
second for a public server, as Nominatim's usage policy asks) or Photon — both OpenStreetMap
geocoders that need no account key — at their public service or a self-hosted http(s) URL
(:data:`PROVIDERS`, checked by :func:`check_geocoder`).

Every HTTP request is made once (no hidden retries: the HTTP layer would otherwise obey a
``Retry-After`` of hours in silence); what went wrong is told by kind (see :func:`refusal`), and
a ``Retry-After`` is handed to the service, which decides whether to wait."""

from __future__ import annotations

import logging
import re
import socket
import warnings
from urllib.parse import urlparse

from geopy.adapters import AdapterHTTPError, RequestsAdapter, get_retry_after
from geopy.exc import (
    GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, GeocoderParseError, GeocoderQueryError,
    GeocoderQuotaExceeded, GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable, GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, Photon

from fieldvisit import __version__
from fieldvisit.domain.text import msg
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
    parsed = urlparse(url)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.hostname:
        raise UserError(msg("The geocoder URL {url} is not a web address; give an http:// or https:// URL, e.g. "
                            "https://nominatim.example.org.", url=repr(_shown(url))))


def _single_request_adapter(proxies, ssl_context):
    """geopy's requests adapter without urllib3's retries (which sleep through Retry-After)."""
    return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)


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
        self.url = _shown(url)  # the geocoder the user named (None: the provider's public service)
        self.key = f"{provider}:{url or PROVIDERS.get(provider, (None, provider))[1]}"
        self.min_delay = min_delay if min_delay is not None else (1.0 if public else 0.0)
        # no retries inside geopy: its retry log prints a traceback and the address itself
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay, max_retries=0,
                                    swallow_exceptions=False)

    def geocode(self, query: str) -> tuple[float, float, str] | None:
        """``(lat, lon, display name)`` or None when not found. Raises GeocoderOffline (no
        network), GeocoderRefused (by kind, see :func:`refusal`; ``unreadable`` when the answer
        holds no usable position)."""
        try:
            location = self._geocode(query)
        except GeocoderQueryError:
            return None
        except GeocoderServiceError as exc:
            raise refusal(exc, self.url) from None
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


def _shown(url: str | None) -> str | None:
    """``url`` as it may be shown: without a user name or password in it."""
    if not url:
        return None
    parsed = urlparse(url)
    return parsed._replace(netloc=parsed.netloc.rpartition("@")[2]).geturl() if "@" in parsed.netloc else url


def _status(exc: Exception) -> int | None:
    cause = exc.__cause__
    if isinstance(cause, AdapterHTTPError):
        return cause.status_code
    found = re.search(r"status code (\d{3})", str(exc))
    return int(found.group(1)) if found else None


def _retry_after(exc: Exception) -> float | None:
    """Seconds the answer asks to wait (its Retry-After), None when it says nothing."""
    seconds = getattr(exc, "retry_after", None)
    if seconds is None and isinstance(exc.__cause__, AdapterHTTPError):
        seconds = get_retry_after(exc.__cause__.headers or {})
    return max(0.0, float(seconds)) if seconds is not None else None


def _chain(exc: BaseException):
    """The exception and everything that led to it (causes, contexts, urllib3's ``reason``)."""
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
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
    if any(isinstance(e, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError))
           or type(e).__name__ in ("ProtocolError", "RemoteDisconnected") for e in chain):
        return GeocoderRefused("closed", where=url or f"https://{PUBLIC_NOMINATIM}")
    if any(isinstance(e, TimeoutError) or type(e).__name__ in ("ConnectTimeoutError", "ConnectTimeout")
           for e in chain):
        return GeocoderRefused("timeout")
    if url and any(isinstance(e, ConnectionRefusedError) for e in chain):
        return GeocoderRefused("unreachable", where=url)
    return GeocoderOffline("unreachable")


def refusal(exc: GeocoderServiceError, url: str | None = None) -> Exception:
    """What an error answer means for the queue: GeocoderRefused by kind (``rate_limited`` 429,
    ``quota``, ``denied`` 401/403, ``unavailable`` 503, ``timeout`` no answer in time,
    ``unreachable`` nothing listens at ``url``, ``closed`` the server reset or closed the
    connection without answering, ``unreadable``
    an answer that is not a geocoder's, ``server`` any other failure; with the answer's
    Retry-After in seconds), or GeocoderOffline when there is no network at all."""
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
    return GeocoderRefused("server", status)
