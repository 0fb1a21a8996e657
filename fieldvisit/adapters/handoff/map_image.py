"""A picture of the day's map for paper: the standalone map page (folium, every asset inlined)
rendered offscreen by QtWebEngine on the app's ``fvmap://`` scheme (with the offline tile pack,
when there is one) and grabbed as a PNG. Nothing leaves the machine: every request to another
scheme is blocked."""

from __future__ import annotations

import os
import sys

def ensure_widgets_app():
    """The running QApplication, or a new one (offscreen when there is no display). QtWebEngine
    needs a QApplication with shared OpenGL contexts, created before any other Qt application."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is not None:
        return app
    flags = ["--disable-gpu", "--log-level=3"]  # a still picture: software drawing, no GPU chatter on stderr
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_QUICK_BACKEND", "software")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses its sandbox as root
        flags.insert(0, "--no-sandbox")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", " ".join(flags))
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def quiet(kind, _context, text) -> None:  # the command line: Qt's GPU fallback notes are not for users
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(text + "\n")

    qInstallMessageHandler(quiet)
    from fieldvisit.adapters.web_scheme import register_scheme

    register_scheme()  # before the application exists
    app = QApplication(sys.argv[:1])
    from fieldvisit.adapters.i18n import install

    install()  # the command line follows the system language
    return app


def render_png(page_html: str, width: int = 1000, height: int = 700, tiles=None, timeout_ms: int = 30000) -> bytes:
    """``page_html`` (a standalone map page) drawn at ``width`` × ``height`` px; PNG bytes.
    ``tiles``: the ``TilePack`` the page's tile layer (``fvmap://tiles/...``) reads, or None.
    Waits for the page's script to finish (its title gains "✓") and its tiles to arrive.
    Raises RuntimeError when the page does not finish within ``timeout_ms``."""
    app = ensure_widgets_app()
    from PySide6.QtCore import QBuffer, QByteArray, QEvent, QEventLoop, QIODevice, Qt, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from fieldvisit.adapters.web_scheme import SCHEME, OfflineGuard, SchemeHandler

    profile = QWebEngineProfile(app)  # off the record
    handler, guard = SchemeHandler(profile), OfflineGuard(profile)
    handler.page_html, handler.tiles = page_html.encode("utf-8"), tiles
    profile.installUrlSchemeHandler(SCHEME, handler)
    profile.setUrlRequestInterceptor(guard)
    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(width, height)
    view.show()
    loop = QEventLoop()
    state = {"drawn": False, "waited": 0}

    def check_tiles() -> None:
        def answer(idle) -> None:
            state["waited"] += 250
            if idle or state["waited"] > 15000:
                QTimer.singleShot(400, loop.quit)  # let the last frame paint
            else:
                QTimer.singleShot(250, check_tiles)
        page.runJavaScript("fv.idle()", 0, answer)

    def titled(title: str) -> None:
        if title.endswith("✓") and not state["drawn"]:
            state["drawn"] = True
            check_tiles()

    page.titleChanged.connect(titled)
    QTimer.singleShot(timeout_ms, loop.quit)
    view.load(QUrl("fvmap://app/page.html"))
    loop.exec()
    image = view.grab().toImage() if state["drawn"] else None
    view.hide()
    page.deleteLater()
    view.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages go before their profile
    profile.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if image is None:
        raise RuntimeError("the map page did not finish drawing")
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)
