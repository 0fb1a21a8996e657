"""The one place where real adapters are chosen and wired into an :class:`App`."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_dir
from sqlalchemy import Engine

from fieldvisit.adapters.geo.zones import ZoneFinder, cells_from_text, cells_text
from fieldvisit.adapters.storage.db import DatabaseError, busy_timeout_ms, default_url, env_url, open_engine
from fieldvisit.adapters.storage.passphrase import PassphraseSource
from fieldvisit.adapters.storage.uow import SqlUnitOfWork
from fieldvisit.services.errors import UserError

APP_NAME = "FieldVisit"
#: Workspace setting holding the time zones of map cells already looked up (a cache).
ZONE_CELLS = "zone_cells"
MAX_ZONE_CELLS = 50_000


def data_dir() -> Path:
    return Path(os.environ.get("FIELDVISIT_HOME") or user_data_dir(APP_NAME, APP_NAME))


def resolve_url(url: str | None, *, demo: bool | str = False) -> str:
    """``--db`` wins, then ``FIELDVISIT_DB``, then the workspace (or demo workspace) file.
    ``demo``: True or ``"office"`` for the office demo, ``"collector"`` for the laptop demo.
    An empty ``--db ""`` (a script's unset variable) raises UserError rather than opening the
    default workspace."""
    if url is not None and not url.strip():
        raise UserError("--db is empty; give the workspace, e.g. --db sqlite:///path/to/workspace.db.")
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


def system_locale() -> str:
    """This computer's locale name (``es_ES.UTF-8``), from the environment as POSIX orders it; ""
    when unset or ``C``/``POSIX``."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(key, "")
        if value:
            return "" if value.split(".")[0] in ("C", "POSIX") else value
    return ""


@dataclass
class App:
    url: str
    engine: Engine
    zones: ZoneFinder = field(default=None)
    passphrases: PassphraseSource | None = None

    def __post_init__(self) -> None:
        if self.zones is None:  # zones of map cells seen before, kept in the (encrypted) workspace
            self.zones = ZoneFinder(known_cells=lambda: cells_from_text(self.setting(ZONE_CELLS)))

    @staticmethod
    def read_table(*args, **kwargs):
        """``adapters.files.readers.read_table`` (imported when a file is read, not at every open)."""
        from fieldvisit.adapters.files.readers import read_table

        return read_table(*args, **kwargs)

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
        """The workspace's time zone setting, else this computer's zone (see :attr:`timezone_given`)."""
        return self.setting("timezone") or system_timezone()

    @property
    def timezone_given(self) -> bool:
        """Whether the workspace sets its time zone (False: :attr:`default_timezone` is only the
        computer's, which never places a case's appointment times)."""
        return bool(self.setting("timezone"))

    def travel(self, mode: str | None = None):
        """The travel model of this workspace's settings (mode, speeds, OSRM URL)."""
        from fieldvisit.services.settings import load_settings

        s = load_settings(self.uow())
        return travel_model(mode or s["travel_mode"], s["osrm_url"] or None, self.engine, s["speeds"],
                            regions=region_folder())

    def rules(self):
        """The conduct rule book: the workspace's own file (setting ``rulesets``) or the shipped one."""
        from fieldvisit.adapters.rules import load_rulebook

        return load_rulebook(self.setting("rulesets") or None)  # cached per file and modification time

    def close(self) -> None:
        self.keep_zone_cells()
        self.engine.dispose()

    def keep_zone_cells(self) -> None:
        """Store the zones of the map cells this run looked up (see ``adapters.geo.zones``), so the
        next command finds them without timezonefinder. A cache: failing to store it is silent."""
        learned = self.zones.learned() if isinstance(self.zones, ZoneFinder) else {}
        if not learned:
            return
        try:
            with self.uow() as uow:
                cells = cells_from_text(uow.settings.get(ZONE_CELLS))
                cells.update(learned)
                if len(cells) <= MAX_ZONE_CELLS:
                    uow.settings.set(ZONE_CELLS, cells_text(cells))
                    uow.commit()
        except Exception:  # noqa: BLE001 - a cache (a busy or read-only workspace keeps none)
            pass


def open_app(url: str | None = None, *, demo: bool | str = False, passphrase: str | None = None,
             passphrases: PassphraseSource | None = None) -> App:
    """Open (creating, migrating and, for SQLite files, encrypting) the workspace at ``url``.

    The passphrase of an encrypted workspace comes from ``passphrase``, else ``passphrases``
    (the window's dialog), else the keyring / ``FIELDVISIT_PASSPHRASE`` / a terminal prompt; demo
    workspaces open with the demo passphrase. ``demo``: True or ``"office"`` for the office demo,
    ``"collector"`` for the collector's. Raises :class:`UserError` (one sentence).
    """
    resolved = resolve_url(url, demo=demo)
    source = passphrases or PassphraseSource(passphrase, demo=demo)
    if passphrases is not None and passphrase:
        source.explicit = passphrase
    if demo:
        source.demo = True
    try:
        app = App(url=resolved, engine=open_engine(resolved, passphrases=source))
    except DatabaseError as exc:
        raise UserError(str(exc)) from exc
    if app.engine.dialect.name == "postgresql":  # the office's private keys: wrapped, never in the clear
        from fieldvisit.adapters.storage.keywrap import attach

        try:
            attach(app.engine, source)
        except Exception:
            app.close()
            raise
    app.passphrases = source
    refresh_recovery_file(app)
    wire_street_paths()
    return app


def wire_street_paths() -> None:
    """Let the map draw a day along the streets of the installed region packs, over their street
    maps (vector tiles)."""
    from fieldvisit.adapters import maps
    from fieldvisit.adapters.maps import streets

    def street_maps():
        return [(p.name, p.path / p.tiles) for p in region_folder().packs() if p.tiles]

    streets.STREET_MAPS = street_maps

    def finder(points, mode):
        from fieldvisit.adapters.regions.engine import street_path

        packs = region_folder().packs()
        return street_path(packs, points, mode) if packs else None

    # the page builder (folium, pandas: about 1 s to import) picks it up when it is first imported;
    # a command that draws no map (an import, a plan) never pays for it
    maps.STREET_PATHS = finder
    page = sys.modules.get("fieldvisit.adapters.maps.page")
    if page is not None:
        page.PATH_FINDER = finder


def _workspace_file(app: App) -> Path | None:
    url = app.engine.url
    return Path(url.database) if url.drivername == "sqlite+fvsealed" and url.database else None


def refresh_recovery_file(app: App, *, force: bool = False) -> Path | None:
    """Keep ``<workspace>.recovery`` (the page key sealed to the trusted offices, see
    :mod:`fieldvisit.services.recovery`) in step with the supervisors this collector trusts."""
    path = _workspace_file(app)
    if path is None:
        return None
    target = path.with_name(path.name + ".recovery")
    with app.uow() as uow:
        me = uow.keys.identity()
        offices = sorted(p["fingerprint"] for p in uow.keys.peers()
                         if p["role"] == "supervisor" and p["revoked_at"] is None)
    if me is None or me["role"] != "collector" or not offices:
        return None
    from fieldvisit.adapters import crypto  # only a collector who trusts an office needs these
    from fieldvisit.adapters.files.mailbox import write_atomic
    from fieldvisit.services.recovery import recovery_blob

    if not force and target.exists():
        try:
            have = sorted(r.get("fingerprint") for r in crypto.sealed_header(target.read_bytes())["recipients"])
        except (crypto.SealError, OSError):
            have = []
        if have == offices:
            return target
    blob = recovery_blob(app.uow(), crypto, app.engine.url.password[2:66])
    if blob:
        write_atomic(target, blob)
        os.chmod(target, 0o600)
    return target


def recover_workspace(path: Path, code: str, new: str) -> None:
    """Set a new passphrase on a workspace whose passphrase is lost, with the office's recovery code."""
    from fieldvisit.adapters.storage import cipher, convert, inuse, passphrase as secret

    if len(new) < secret.MIN_LENGTH:
        raise UserError(f"A passphrase needs at least {secret.MIN_LENGTH} characters; choose a longer one.")
    try:
        key = bytes.fromhex(code.strip().replace(" ", ""))
        if len(key) != cipher.KEY_BYTES:
            raise ValueError
        with inuse.exclusive(path, busy_timeout_ms()):
            convert.recover(path, key, new, busy_timeout_ms())
    except (ValueError, OSError, cipher.NotAWorkspace, cipher.WrongPassphrase):
        raise UserError(f"That recovery code does not open the workspace {path}; ask the office for the code of "
                        "this workspace's recovery file.") from None
    secret.keyring_forget(path)
    # the recovery file holds the key just replaced: it is written again when the workspace opens
    path.with_name(path.name + ".recovery").unlink(missing_ok=True)


def change_passphrase(app: App, new: str) -> None:
    """Re-key the encrypted workspace file of ``app`` with ``new`` (at least 8 characters), or on
    PostgreSQL re-wrap the office's private keys with it (:func:`_rewrap_office_keys`); the
    keyring entry follows when it held the old one. Raises :class:`UserError` (one sentence) for
    a short passphrase, an unknown or wrong current one, or a store FieldVisit does not encrypt."""
    from fieldvisit.adapters.storage import cipher, inuse, passphrase as secret

    if len(new) < secret.MIN_LENGTH:
        raise UserError(f"A passphrase needs at least {secret.MIN_LENGTH} characters; choose a longer one.")
    old = getattr(app, "passphrases", None) and app.passphrases.used
    if app.engine.dialect.name == "postgresql":
        _rewrap_office_keys(app, old, new)
        return
    if app.engine.dialect.name != "sqlite" or not app.engine.url.database:
        raise UserError("Only a workspace file is encrypted by FieldVisit; protect a PostgreSQL store with the "
                        "server's own disk encryption and TLS.")
    if not old:
        raise UserError("The current passphrase is not known to this session; open the workspace again and retry.")
    path = Path(app.engine.url.database)
    with inuse.exclusive(path, busy_timeout_ms()):  # no other FieldVisit reading under the old key
        app.engine.dispose()
        cipher.rekey(path, old, new, busy_timeout_ms())
    if secret.keyring_get(path) == old:
        secret.keyring_set(path, new)
    app.passphrases.used = new
    app.engine = open_engine(app.url, passphrases=secret.PassphraseSource(new, prompt=None))
    refresh_recovery_file(app, force=True)


def _rewrap_office_keys(app: App, old: str | None, new: str) -> None:
    """PostgreSQL: re-wrap every wrapped private key of the office with ``new`` in one
    transaction, with its audit entry; ``old`` (the passphrase that opened them) must open every
    key first, else nothing changes."""
    from fieldvisit.adapters.storage import passphrase as secret
    from fieldvisit.adapters.storage.keywrap import wrap_for

    wrap = wrap_for(app.engine)
    old = (wrap._passphrase if wrap is not None else None) or old
    if wrap is None or not old:
        raise UserError("The office passphrase is not known to this session; open the database again and retry.")
    with app.uow() as uow:
        count = uow.keys.rewrap_private(old, new)
        if count == 0:
            raise UserError("This database holds no office keys yet; the passphrase is chosen when they are "
                            "created (keys init).")
        uow.audit.append("passphrase change", "office keys", {"keys_rewrapped": count})
        uow.commit()
    wrap.adopt()
    if secret.keyring_get(wrap.name) == old:
        secret.keyring_set(wrap.name, new)
    app.passphrases.used = new


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


def region_folder():
    """The region packs of this installation: ``<data folder>/regions``."""
    from fieldvisit.adapters.regions.store import RegionFolder

    return RegionFolder(data_dir() / "regions")


def travel_model(mode: str = "car", osrm_url: str | None = None, engine: Engine | None = None,
                 speeds: dict[str, float] | None = None, regions=None):
    """Geodesic travel by default (offline), at the workspace's speeds per mode; road times from
    an OSRM service when configured, cached in the workspace (``engine``) for offline days; with
    no service and region packs (``regions``), the packs' roads for days inside them."""
    from dataclasses import replace

    from fieldvisit.adapters.routing.travel import DEFAULT_PROFILES, GeodesicTravel, OsrmTravel
    from fieldvisit.adapters.routing.travel_cache import TravelCache

    profiles = {m: replace(p, speed_kmh=float((speeds or {}).get(m, p.speed_kmh))) for m, p in DEFAULT_PROFILES.items()}
    geodesic = GeodesicTravel(mode, profiles=profiles)
    if not osrm_url:
        packs = regions.packs() if regions is not None else []
        if packs:
            from fieldvisit.adapters.regions.engine import RoadTravel

            return RoadTravel(packs, geodesic)
        return geodesic
    return OsrmTravel(osrm_url, fallback=geodesic, cache=TravelCache(engine) if engine is not None else None)


def geocoder(provider: str = "nominatim", url: str | None = None):
    from fieldvisit.adapters.geo.geocoding import GeopyGeocoder
    from fieldvisit.adapters.regions.store import RegionGeocoder

    from fieldvisit.adapters.geo.geocoding import check_geocoder

    check_geocoder(provider, url)  # a provider FieldVisit supports, an http(s) URL: else one sentence
    try:
        online = GeopyGeocoder(provider, url)
    except Exception as exc:  # bad options geopy refuses: its text may list its internals
        raise UserError(f"The geocoder {provider!r} cannot be used with this URL; give an http:// or https:// "
                        "address of the server.") from exc
    regions = region_folder()
    return RegionGeocoder(regions, online) if regions.packs() else online
