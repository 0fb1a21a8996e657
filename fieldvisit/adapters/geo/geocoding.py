"""Geocoding through geopy: Nominatim by default (identifying User-Agent, at most one request a
second for the public server, as its usage policy asks), a self-hosted Nominatim URL, or any
geopy geocoder by name."""

from __future__ import annotations

from urllib.parse import urlparse

import re

from geopy.exc import (
    GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, GeocoderQueryError, GeocoderQuotaExceeded,
    GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable, GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, get_geocoder_for_service

from fieldvisit import __version__
from fieldvisit.services.ports import GeocoderOffline, GeocoderRefused

USER_AGENT = f"FieldVisit/{__version__} (field visit planner; self-hosted desktop app)"
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"


class GeopyGeocoder:
    """Implements :class:`fieldvisit.services.ports.Geocoder`."""

    def __init__(self, provider: str = "nominatim", url: str | None = None, *, geocoder=None,
                 min_delay: float | None = None, timeout: float = 10.0, **options) -> None:
        if geocoder is None:
            if provider == "nominatim":
                parsed = urlparse(url) if url else None
                geocoder = Nominatim(user_agent=USER_AGENT, timeout=timeout,
                                     domain=parsed.netloc + parsed.path.rstrip("/") if parsed else PUBLIC_NOMINATIM,
                                     scheme=parsed.scheme if parsed else "https")
            else:
                geocoder = get_geocoder_for_service(provider)(user_agent=USER_AGENT, timeout=timeout, **options)
        public = provider == "nominatim" and not url
        self.key = f"{provider}:{url or PUBLIC_NOMINATIM if provider == 'nominatim' else provider}"
        self.min_delay = min_delay if min_delay is not None else (1.0 if public else 0.0)
        # no retries inside geopy: its retry log prints a traceback and the address itself
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay, max_retries=0,
                                    swallow_exceptions=False)

    def geocode(self, query: str) -> tuple[float, float, str] | None:
        try:
            location = self._geocode(query)
        except GeocoderQueryError:
            return None
        except GeocoderServiceError as exc:
            raise refusal(exc) from None
        except OSError as exc:
            raise GeocoderOffline(exc.__class__.__name__) from None
        except GeopyError:
            return None
        if location is None:
            return None
        return float(location.latitude), float(location.longitude), str(getattr(location, "address", ""))


def _status(exc: Exception) -> int | None:
    found = re.search(r"status code (\d{3})", str(exc))
    return int(found.group(1)) if found else None


def refusal(exc: GeocoderServiceError) -> Exception:
    """What an error answer means for the queue: GeocoderRefused by kind, or GeocoderOffline
    when the server could not be reached at all."""
    status = _status(exc)
    if isinstance(exc, GeocoderRateLimited):
        return GeocoderRefused("rate_limited", status or 429)
    if isinstance(exc, GeocoderQuotaExceeded):
        return GeocoderRefused("quota", status)
    if isinstance(exc, (GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges)):
        return GeocoderRefused("denied", status)
    if isinstance(exc, GeocoderTimedOut):
        return GeocoderRefused("timeout")
    if isinstance(exc, GeocoderUnavailable) and status is None:
        return GeocoderOffline("unreachable")
    return GeocoderRefused("server", status)
