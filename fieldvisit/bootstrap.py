"""The one place where real adapters are chosen and wired into an :class:`App`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_dir
from sqlalchemy import Engine

from fieldvisit.adapters.files.readers import read_table
from fieldvisit.adapters.geo.zones import ZoneFinder
from fieldvisit.adapters.storage.db import DatabaseError, default_url, env_url, open_engine
from fieldvisit.adapters.storage.uow import SqlUnitOfWork
from fieldvisit.services.errors import UserError

APP_NAME = "FieldVisit"


def data_dir() -> Path:
    return Path(os.environ.get("FIELDVISIT_HOME") or user_data_dir(APP_NAME, APP_NAME))


def resolve_url(url: str | None, *, demo: bool | str = False) -> str:
    """``--db`` wins, then ``FIELDVISIT_DB``, then the workspace (or demo workspace) file.
    ``demo``: True or ``"office"`` for the office demo, ``"collector"`` for the laptop demo."""
    if demo == "collector" and not url:
        return default_url(data_dir(), "demo-collector.sqlite")
    if demo and not url:
        return default_url(data_dir(), "demo.sqlite")
    return url or env_url() or default_url(data_dir())


def system_timezone() -> str:
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:  # pragma: no cover
        pass
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return "UTC"


@dataclass
class App:
    url: str
    engine: Engine
    zones: ZoneFinder = field(default_factory=ZoneFinder)
    read_table = staticmethod(read_table)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, actor=self.actor)

    @cached_property
    def actor(self) -> str:
        """Who does things in this workspace, for the audit trail."""
        import getpass

        try:
            login = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name on some systems
            login = "unknown"
        return os.environ.get("FIELDVISIT_USER") or login

    def setting(self, key: str, default: str = "") -> str:
        with self.uow() as uow:
            return uow.settings.get(key) or default

    @property
    def default_timezone(self) -> str:
        return self.setting("timezone") or system_timezone()

    def travel(self, mode: str | None = None):
        """The travel model of this workspace's settings (mode, speeds, OSRM URL)."""
        from fieldvisit.services.settings import load_settings

        s = load_settings(self.uow())
        return travel_model(mode or s["travel_mode"], s["osrm_url"] or None, self.engine, s["speeds"])

    def rules(self):
        """The conduct rule book: the workspace's own file (setting ``rulesets``) or the shipped one."""
        from fieldvisit.adapters.rules import load_rulebook

        return load_rulebook(self.setting("rulesets") or None)  # cached per file and modification time

    def close(self) -> None:
        self.engine.dispose()


def open_app(url: str | None = None, *, demo: bool | str = False) -> App:
    resolved = resolve_url(url, demo=demo)
    try:
        return App(url=resolved, engine=open_engine(resolved))
    except DatabaseError as exc:
        raise UserError(str(exc)) from exc


def routing_solver(name: str = "fieldvisit"):
    """The solver behind planning (PyVRP), or OR-Tools for side-by-side benchmarks."""
    if name == "ortools":
        from fieldvisit.adapters.routing.ortools_solver import solve
    else:
        from fieldvisit.adapters.routing.pyvrp_solver import solve
    return solve


def instance_reader(fmt: str):
    from fieldvisit.adapters.routing import instances

    return {"solomon": instances.read_solomon, "tsptw": instances.read_tsptw}[fmt]


def travel_model(mode: str = "car", osrm_url: str | None = None, engine: Engine | None = None,
                 speeds: dict[str, float] | None = None):
    """Geodesic travel by default (offline), at the workspace's speeds per mode; road times from
    an OSRM service when configured, cached in the workspace (``engine``) for offline days."""
    from dataclasses import replace

    from fieldvisit.adapters.routing.travel import DEFAULT_PROFILES, GeodesicTravel, OsrmTravel
    from fieldvisit.adapters.routing.travel_cache import TravelCache

    profiles = {m: replace(p, speed_kmh=float((speeds or {}).get(m, p.speed_kmh))) for m, p in DEFAULT_PROFILES.items()}
    geodesic = GeodesicTravel(mode, profiles=profiles)
    if not osrm_url:
        return geodesic
    return OsrmTravel(osrm_url, fallback=geodesic, cache=TravelCache(engine) if engine is not None else None)


def geocoder(provider: str = "nominatim", url: str | None = None):
    from fieldvisit.adapters.geo.geocoding import GeopyGeocoder

    try:
        return GeopyGeocoder(provider, url)
    except Exception as exc:  # geopy raises several kinds for an unknown name or bad options
        raise UserError(f"The geocoder {provider!r} cannot be used ({exc}); try nominatim.") from exc
