"""Starting the desktop application: QApplication, workspace, main window."""

from __future__ import annotations

import json
import os
import sys

from fieldvisit.bootstrap import APP_NAME, data_dir, open_app
from fieldvisit.services.errors import UserError


def prepare_environment(environ=os.environ, *, platform: str = sys.platform, euid: int | None = None) -> None:
    """Check what the window needs before Qt starts, and set what Chromium needs as root.

    Raises :class:`UserError` (one sentence) on Linux when there is no display to show the window
    on (no ``DISPLAY``/``WAYLAND_DISPLAY`` and no ``QT_QPA_PLATFORM``): Qt would otherwise abort
    with a core dump. As root, QtWebEngine's Chromium refuses its sandbox, so
    ``QTWEBENGINE_DISABLE_SANDBOX=1`` is set unless the caller set it.
    """
    if platform.startswith("linux"):
        if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM")):
            raise UserError("The window needs a display: start FieldVisit from a desktop session, or on a "
                            "headless machine run it under xvfb-run (or set QT_QPA_PLATFORM=offscreen).")
        if euid is None:
            euid = os.geteuid() if hasattr(os, "geteuid") else -1
        if euid == 0:
            environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def run_app(db: str | None = None, *, demo: bool | str | None = False, argv: list[str] | None = None) -> int:
    """The window on the workspace ``db``; ``demo`` True/"office" or "collector" opens that demo."""
    prepare_environment()
    from fieldvisit.ui.map_view import register_scheme

    register_scheme()  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    from fieldvisit.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setApplicationName(APP_NAME)
    from PySide6.QtGui import QIcon

    from resources import HERE as RESOURCES

    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "fieldvisit.png")))
    from fieldvisit.ui.passphrase_dialog import dialog_source

    try:
        app = open_app(db, demo=demo, passphrases=dialog_source(demo=demo))
    except UserError as exc:  # a damaged, emptied or locked workspace: say so in a dialog, not a traceback
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from fieldvisit.adapters.i18n import localize

        sys.stderr.write(f"fieldvisit: {exc}\n")
        if not os.environ.get("FIELDVISIT_SMOKE"):
            QMessageBox.critical(None, QCoreApplication.translate("App", "FieldVisit cannot open the workspace"),
                                 localize(str(exc)))
        return 2
    from fieldvisit.adapters.i18n import install

    install(app.setting("language") or None)
    if not demo and not os.environ.get("FIELDVISIT_SMOKE"):
        from fieldvisit.ui.first_run import FirstRunWizard, needs_first_run

        if needs_first_run(app):
            wizard = FirstRunWizard(app)
            wizard.exec()
            with app.uow() as uow:
                uow.settings.set("first_run_done", "1")
                uow.commit()
            install(app.setting("language") or None)
            if wizard.use_demo:
                app.close()
                demo = "collector" if wizard.use_demo == "collector" else "office"
                app = open_app(None, demo=demo)
    if demo == "collector":
        from fieldvisit.demo_collector import build_demo_collector

        # once: the collector's identity, a pack from a demo office, a start point; the office's next pack
        # waits in the demo folder for the guide's first step
        build_demo_collector(app, files=data_dir() / "demo-collector")
    elif demo:
        from fieldvisit.services.demo import build_demo

        with app.uow() as uow:
            empty = uow.cases.count() == 0
        if empty:
            build_demo(app.uow())
        from fieldvisit.demo_office import build_demo_office

        build_demo_office(app)  # once: an office identity and a few synced days to review
    sys.excepthook = _report_unhandled
    window = MainWindow(app)
    window.show()
    if demo and not os.environ.get("FIELDVISIT_SMOKE"):
        # the demo's streets: the region pack is built once from the shipped extract, in the
        # background (10-25 s of work), so the window is usable at once
        window.ensure_demo_region()
    smoke = os.environ.get("FIELDVISIT_SMOKE")
    if smoke:
        _smoke_check(window, qt_app, smoke)
    try:
        return qt_app.exec()
    finally:
        from fieldvisit.ui.map_view import shutdown_web

        from fieldvisit.ui.operation import drain_writes

        drain_writes()  # the last draft saves finish before the workspace closes
        window.deleteLater()
        shutdown_web()
        app.close()


def _report_unhandled(kind, exc, tb) -> None:
    """The last net under the window: an error no handler caught (e.g. the workspace busy while
    a write ran on the UI thread) becomes a message box with one sentence, never a crash or a SQL
    text. Interrupts still end the program."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fieldvisit.adapters.i18n import localize
    from fieldvisit.services.errors import safe_description

    text = localize(str(exc)) if isinstance(exc, UserError) else safe_description(exc)
    sys.stderr.write(f"fieldvisit: {text}\n")
    if os.environ.get("FIELDVISIT_DEBUG"):
        sys.__excepthook__(kind, exc, tb)
    if QApplication.instance() is not None and not os.environ.get("FIELDVISIT_SMOKE"):
        QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("App", "FieldVisit"), text)


def _smoke_check(window, qt_app, out: str) -> None:
    """Packaging smoke test (``FIELDVISIT_SMOKE=shot.png``): once the map has drawn its markers,
    save a screenshot and ``shot.png.json`` with the marker count, then quit."""
    from PySide6.QtCore import QTimer

    deadline = {"left": 120}

    def probe() -> None:
        deadline["left"] -= 1

        def got(count) -> None:
            if (count or 0) > 0 or deadline["left"] <= 0:
                QTimer.singleShot(500, lambda: finish(count or 0))
            else:
                QTimer.singleShot(500, probe)

        if window.map.is_ready:
            window.map.page().runJavaScript("fv.counts().cases", 0, got)
        elif deadline["left"] > 0:
            QTimer.singleShot(500, probe)
        else:
            finish(0)

    def finish(count: int) -> None:
        window.grab().save(out)
        with open(out + ".json", "w", encoding="utf-8") as fh:
            json.dump({"markers": int(count), "cases": window.model.rowCount(),
                       "menus": [a.text() for a in window.menuBar().actions()]}, fh, ensure_ascii=False)
        qt_app.exit(0 if count else 3)

    QTimer.singleShot(500, probe)
