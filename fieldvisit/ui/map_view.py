"""The embedded map: a QWebEngineView on the ``fvmap://`` scheme.

``fvmap://app/page.html`` is the page, ``fvmap://app/assets/*`` its scripts and styles (from the
xstatic packages and ``maps/``), ``fvmap://tiles/z/x/y`` the offline tile pack. A request
interceptor blocks every request to any other scheme and remembers it (tests assert there are
none). Clicks and drags come back through QWebChannel.
"""

from __future__ import annotations

import weakref
from urllib.parse import urlparse

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage, QWebEngineProfile, QWebEngineUrlRequestInterceptor, QWebEngineUrlRequestJob,
    QWebEngineUrlScheme, QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from fieldvisit.adapters.escape import json_for_script
from fieldvisit.adapters.maps.page import asset_bytes, build_page
from fieldvisit.adapters.maps.tiles import TilePack

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
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed | QWebEngineUrlScheme.Flag.CorsEnabled)
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
        self.served: dict[str, int] = {"page": 0, "assets": 0, "tiles": 0}

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
        if host == "tiles" and self.tiles is not None:
            try:
                z, x, y = (int(p.split(".")[0]) for p in path.split("/")[:3])
            except ValueError:
                z = x = y = -1
            data = self.tiles.tile(z, x, y)
            if data:
                self.served["tiles"] += 1
                return self._reply(job, self.tiles.mime, data)
        job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)


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


class Bridge(QObject):
    """The object JavaScript sees as ``bridge``: its slots are called from the page."""

    clicked = Signal(str)
    moved = Signal(str, float, float)
    ready = Signal()

    @Slot(str)
    def caseClicked(self, case_id: str) -> None:  # noqa: N802 - the name JavaScript calls
        self.clicked.emit(case_id)

    @Slot(str, float, float)
    def caseMoved(self, case_id: str, lat: float, lon: float) -> None:  # noqa: N802
        self.moved.emit(case_id, lat, lon)

    @Slot()
    def pageReady(self) -> None:  # noqa: N802
        self.ready.emit()


_PROFILE: dict[int, tuple] = {}
_VIEWS: weakref.WeakSet = weakref.WeakSet()


def shutdown_web() -> None:
    """Delete every map view (with its page), then the shared profile, in the order Qt
    WebEngine needs; call before the QApplication goes away."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for view in list(_VIEWS):
        try:
            view.deleteLater()
        except RuntimeError:  # already deleted on the C++ side
            pass
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    for profile, _handler, _guard in _PROFILE.values():
        try:
            profile.deleteLater()
        except RuntimeError:
            pass
    _PROFILE.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shared_profile():
    """One off-the-record profile for the application, owned by the QApplication so that it
    outlives every page (Qt requires pages to go first). Returns (profile, handler, guard)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    key = id(app)
    if key not in _PROFILE:
        profile = QWebEngineProfile(app)
        handler = SchemeHandler(profile)
        guard = OfflineGuard(profile)
        profile.installUrlSchemeHandler(SCHEME, handler)
        profile.setUrlRequestInterceptor(guard)
        _PROFILE.clear()
        _PROFILE[key] = (profile, handler, guard)
    return _PROFILE[key]


class MapView(QWebEngineView):
    case_clicked = Signal(str)
    case_moved = Signal(str, float, float)
    loaded = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.web_profile, self.handler, self.guard = shared_profile()
        _VIEWS.add(self)
        page = QWebEnginePage(self.web_profile, self)
        self.setPage(page)
        self.bridge = Bridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self.channel)
        self.bridge.clicked.connect(self.case_clicked)
        self.bridge.moved.connect(self.case_moved)
        self.bridge.ready.connect(self._on_ready)
        self.is_ready = False
        self._pending: list[str] = []
        self._version = 0

    def set_tile_pack(self, pack: TilePack | None) -> None:
        self.handler.tiles = pack

    def show_data(self, cases: list[dict], route: dict | None = None, title: str = "FieldVisit") -> None:
        tiles = self.handler.tiles.leaflet_layer() if self.handler.tiles else None
        self.handler.page_html = build_page(cases, route, standalone=False, tiles=tiles, title=title).encode("utf-8")
        self.is_ready = False
        self._version += 1
        self.load(QUrl(f"fvmap://app/page.html?v={self._version}"))

    def _on_ready(self) -> None:
        self.is_ready = True
        for script in self._pending:
            self.page().runJavaScript(script)
        self._pending.clear()
        self.loaded.emit()

    def run(self, script: str) -> None:
        if self.is_ready:
            self.page().runJavaScript(script)
        else:
            self._pending.append(script)

    def set_route(self, route: dict | None) -> None:
        self.run(f"fv.setRoute({json_for_script(route)}); fv.fit();")

    def select(self, case_id: str, centre: bool = True) -> None:
        self.run(f"fv.select({json_for_script(case_id)}, {'true' if centre else 'false'});")
