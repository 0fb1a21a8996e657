"""Geocoding through geopy: Nominatim by default (identifying User-Agent, at most one request a
second for the public server, as its usage policy asks), a self-hosted Nominatim URL, or any
geopy geocoder by name."""

from __future__ import annotations

from urllib.parse import urlparse

from geopy.exc import GeocoderQueryError, GeocoderServiceError, GeocoderUnavailable, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim, get_geocoder_for_service

from fieldvisit import __version__
from fieldvisit.services.ports import GeocoderOffline

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
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay, max_retries=1,
                                    error_wait_seconds=2.0, swallow_exceptions=False)

    def geocode(self, query: str) -> tuple[float, float, str] | None:
        try:
            location = self._geocode(query)
        except (GeocoderUnavailable, GeocoderServiceError, OSError) as exc:
            if isinstance(exc, GeocoderQueryError):
                return None
            raise GeocoderOffline(str(exc)) from exc
        except GeopyError:
            return None
        if location is None:
            return None
        return float(location.latitude), float(location.longitude), str(getattr(location, "address", ""))
