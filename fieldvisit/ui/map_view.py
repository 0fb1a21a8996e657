"""The embedded map: a QWebEngineView on the ``fvmap://`` scheme.

``fvmap://app/page.html`` is the page, ``fvmap://app/assets/*`` its scripts and styles (from the
xstatic packages and ``maps/``), ``fvmap://tiles/z/x/y`` the offline raster tile pack,
``fvmap://app/vtiles/<pack>/z/x/y.pbf`` the region packs' street maps. A request
interceptor blocks every request to any other scheme and remembers it (tests assert there are
none). The page is built by folium (``adapters.maps.page``). Clicks, drags and the right-click
"Start my day here" come back through QWebChannel.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView

from fieldvisit.adapters.escape import json_for_script
from fieldvisit.adapters.map_texts import map_labels
from fieldvisit.adapters.maps.page import build_page
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.adapters.web_scheme import SCHEME, OfflineGuard, SchemeHandler, register_scheme  # noqa: F401

class Bridge(QObject):
    """The object JavaScript sees as ``bridge``: its slots are called from the page."""

    clicked = Signal(str)
    moved = Signal(str, float, float)
    start_here = Signal(float, float)
    ready = Signal()

    @Slot(str)
    def caseClicked(self, case_id: str) -> None:  # noqa: N802 - the name JavaScript calls
        self.clicked.emit(case_id)

    @Slot(str, float, float)
    def caseMoved(self, case_id: str, lat: float, lon: float) -> None:  # noqa: N802
        self.moved.emit(case_id, lat, lon)

    @Slot(float, float)
    def startHere(self, lat: float, lon: float) -> None:  # noqa: N802
        self.start_here.emit(lat, lon)

    @Slot()
    def pageReady(self) -> None:  # noqa: N802
        self.ready.emit()


def page_labels() -> dict:
    """The map's labels in the interface language, outcome names included."""
    from fieldvisit.ui.visit_form import OUTCOME_LABELS

    return map_labels(OUTCOME_LABELS)


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
    """The day's map. Signals: ``case_clicked(case_id)``, ``case_moved(case_id, lat, lon)`` (a
    dragged marker, degrees), ``start_here_requested(lat, lon)`` (right-click "Start my day
    here", degrees, longitude in [-180, 180)), ``loaded()``."""

    case_clicked = Signal(str)
    case_moved = Signal(str, float, float)
    start_here_requested = Signal(float, float)
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
        self.bridge.start_here.connect(self.start_here_requested)
        self.bridge.ready.connect(self._on_ready)
        self.is_ready = False
        self._pending: list[str] = []
        self._version = 0

    def set_tile_pack(self, pack: TilePack | None) -> None:
        self.handler.tiles = pack

    def show_data(self, cases: list[dict], route: dict | None = None, title: str = "FieldVisit") -> None:
        """Load a new page: ``cases`` from ``map_texts.case_marker``, ``route`` from ``route_from_plan``."""
        tiles = self.handler.tiles.leaflet_layer() if self.handler.tiles else None
        self.handler.page_html = build_page(cases, route, standalone=False, tiles=tiles, title=title,
                                            labels=page_labels()).encode("utf-8")
        self.is_ready = False
        self._version += 1
        self.load(QUrl(f"fvmap://app/page.html?v={self._version}"))

    def _watch_focus_proxy(self) -> None:
        """Let the window's shortcuts through while the map has focus (BRK16b #14): the page's
        focus proxy claims keys such as Ctrl+Z as its own (a ShortcutOverride), so the window's
        action never fired. The proxy changes with each page, so it is watched after each load."""
        proxy = self.focusProxy()
        if proxy is not None and proxy is not getattr(self, "_watched", None):
            proxy.installEventFilter(self)
            self._watched = proxy

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and watched is self.focusProxy():
            pressed = QKeySequence(event.keyCombination())
            window = self.window()
            keys = [k for a in window.findChildren(QAction) if a.isEnabled() for k in a.shortcuts()]
            keys += [s.key() for s in window.findChildren(QShortcut) if s.isEnabled()]
            if any(k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in keys):
                event.ignore()
                return True  # not the page's key: the window's shortcut map takes it
        return super().eventFilter(watched, event)

    def _on_ready(self) -> None:
        self.is_ready = True
        self._watch_focus_proxy()
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
