"""A picture of the day's map for paper: the standalone map page (folium, every asset inlined)
rendered offscreen by QtWebEngine and grabbed as a PNG. Nothing is fetched: every request that
is not for the page's own file or inline data is blocked."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ALLOWED = {"file", "data", "blob", "about"}


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
    app = QApplication(sys.argv[:1])
    from fieldvisit.adapters.i18n import install

    install()  # the command line follows the system language
    return app


def render_png(page_html: str, width: int = 1000, height: int = 700, timeout_ms: int = 30000) -> bytes:
    """``page_html`` (a standalone map page) drawn at ``width`` × ``height`` px; PNG bytes.
    Waits for the page's script to finish (its title gains "✓"). Raises RuntimeError when the
    page does not finish within ``timeout_ms``."""
    app = ensure_widgets_app()
    from PySide6.QtCore import QBuffer, QByteArray, QEvent, QEventLoop, QIODevice, Qt, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineUrlRequestInterceptor
    from PySide6.QtWebEngineWidgets import QWebEngineView

    class Guard(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info) -> None:  # noqa: N802 - Qt API
            if info.requestUrl().scheme() not in ALLOWED:
                info.block(True)

    with tempfile.TemporaryDirectory(prefix="fieldvisit-map-") as folder:
        path = Path(folder) / "map.html"
        path.write_text(page_html, encoding="utf-8")
        profile = QWebEngineProfile(app)  # off the record
        guard = Guard(profile)
        profile.setUrlRequestInterceptor(guard)
        view = QWebEngineView()
        page = QWebEnginePage(profile, view)
        view.setPage(page)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(width, height)
        view.show()
        loop = QEventLoop()
        done = {"ok": False}

        def titled(title: str) -> None:
            if title.endswith("✓") and not done["ok"]:
                done["ok"] = True
                QTimer.singleShot(800, loop.quit)  # let the last frame paint

        page.titleChanged.connect(titled)
        QTimer.singleShot(timeout_ms, loop.quit)
        view.load(QUrl.fromLocalFile(str(path)))
        loop.exec()
        image = view.grab().toImage() if done["ok"] else None
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
