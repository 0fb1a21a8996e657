"""The app's own URL scheme for QtWebEngine: ``fvmap://app/page.html`` (the page),
``fvmap://app/assets/*`` (its scripts and styles, from the xstatic packages and ``maps/``),
``fvmap://tiles/z/x/y`` (the offline raster tile pack), ``fvmap://app/vtiles/<pack>/z/x/y.pbf``
(a region pack's street map: vector tiles, un-gzipped, ``application/vnd.mapbox-vector-tile``;
an empty tile where the pack has none). A request interceptor blocks every request to
any other scheme and remembers it. Used by the window's map and by the offscreen map picture."""

from __future__ import annotations

from urllib.parse import unquote, urlparse

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInterceptor, QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler,
)

from fieldvisit.adapters.maps import streets
from fieldvisit.adapters.maps.page import asset_bytes
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.errors import UserError

SCHEME = b"fvmap"
ALLOWED_SCHEMES = {"fvmap", "data", "blob", "about", "qrc"}
_MIME = {"js": b"application/javascript", "css": b"text/css", "html": b"text/html; charset=utf-8",
         "png": b"image/png"}


def register_scheme() -> None:
    """Must run before the QApplication is created (Qt's rule for custom schemes)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed | QWebEngineUrlScheme.Flag.CorsEnabled
                    | QWebEngineUrlScheme.Flag.FetchApiAllowed)  # the street map fetch()es its tiles
    QWebEngineUrlScheme.registerScheme(scheme)


def _qwebchannel_js() -> bytes:
    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):  # pragma: no cover - ships with QtWebChannel
        return b""
    data = bytes(f.readAll())
    f.close()
    return data


class SchemeHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.page_html = b""
        self.tiles: TilePack | None = None
        self.served: dict[str, int] = {"page": 0, "assets": 0, "tiles": 0, "vtiles": 0}

    def _reply(self, job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buf = QBuffer(job)
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime, buf)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt API
        url = urlparse(job.requestUrl().toString())
        host, path = url.netloc, url.path.lstrip("/")
        if host == "app" and path == "page.html":
            self.served["page"] += 1
            return self._reply(job, _MIME["html"], self.page_html)
        if host == "app" and path.startswith("assets/"):
            name = path[len("assets/"):]
            data = _qwebchannel_js() if name == "qwebchannel.js" else asset_bytes(name)
            if data:
                self.served["assets"] += 1
                return self._reply(job, _MIME.get(name.rsplit(".", 1)[-1], b"application/octet-stream"), data)
        if host == "app" and path.startswith("vtiles/"):
            data = self._street_tile(path)
            if data is not None:
                self.served["vtiles"] += 1
                return self._reply(job, streets.MIME, data)
        if host == "tiles" and self.tiles is not None:
            try:
                z, x, y = (int(p.split(".")[0]) for p in path.split("/")[:3])
            except ValueError:
                z = x = y = -1
            data = self.tiles.tile(z, x, y)
            if data:
                self.served["tiles"] += 1
                return self._reply(job, self.tiles.mime_of(data), data)
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    @staticmethod
    def _street_tile(path: str) -> bytes | None:
        """``vtiles/<pack>/z/x/y.pbf`` → the tile's bytes (b"" where the pack has no tile), or None
        for an unknown pack or a malformed path."""
        parts = path.split("/")
        if len(parts) != 5:
            return None
        try:
            z, x, y = int(parts[2]), int(parts[3]), int(parts[4].split(".")[0])
            tiles = streets.street_tiles(unquote(parts[1]))
        except (ValueError, UserError):
            return None
        return None if tiles is None else tiles.tile(z, x, y) or b""


class OfflineGuard(QWebEngineUrlRequestInterceptor):
    """Blocks and records every request that is not for the app's own scheme."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []
        self.seen: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802 - Qt API
        url = info.requestUrl()
        self.seen.append(url.toString())
        if url.scheme() in ALLOWED_SCHEMES:
            return
        self.blocked.append(url.toString())
        info.block(True)
