"""Starting the desktop application: QApplication, workspace, main window. The workspace is
opened before any window exists (it may ask for the passphrase); every later start-up write (the
first-run flag, the demo's contents) runs on a worker, never on the UI thread (issue 17)."""

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

    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setApplicationName(APP_NAME)
    from PySide6.QtGui import QIcon

    from resources import HERE as RESOURCES

    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "fieldvisit.png")))
    from fieldvisit.ui.passphrase_dialog import dialog_source

    app = None
    try:
        # before any window exists, on this thread: opening may ask for the passphrase in a dialog;
        # its writes (migrations, a first-open encryption, wrapping clear office keys) block no window
        app = open_app(db, demo=demo, passphrases=dialog_source(demo=demo))
        app, window = start_window(app, demo)
    except UserError as exc:  # a damaged, emptied or locked workspace: say so in a dialog, not a traceback
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from fieldvisit.adapters.i18n import localize

        sys.stderr.write(f"fieldvisit: {exc}\n")
        if not os.environ.get("FIELDVISIT_SMOKE"):
            QMessageBox.critical(None, QCoreApplication.translate("App", "FieldVisit cannot open the workspace"),
                                 localize(str(exc)))
        if app is not None:
            app.engine.dispose()
        return 2
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


def start_window(app, demo: bool | str | None = False, *, region: bool = True):
    """From an opened workspace to the shown main window: the first-run wizard (a new, empty
    workspace), the demo's contents, then the window; returns ``(app, window)`` — another app when
    the wizard chose a demo. Every database write here runs on a worker (:func:`in_background`),
    never on the UI thread. ``region``: build the demo's region pack in the background. Raises
    :class:`UserError` (one sentence) when the demo cannot be prepared."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from fieldvisit.adapters.i18n import install

    install(app.setting("language") or None)
    if not demo and not os.environ.get("FIELDVISIT_SMOKE"):
        from fieldvisit.ui.first_run import FirstRunWizard, needs_first_run

        if needs_first_run(app):
            wizard = FirstRunWizard(app)
            wizard.exec()
            chosen_demo = wizard.use_demo
            wizard.deleteLater()
            in_background(QT_TRANSLATE_NOOP("App", "Saving your choices…"), _first_run_done, app)
            install(app.setting("language") or None)
            if chosen_demo:
                demo = "collector" if chosen_demo == "collector" else "office"
                app = in_background(QT_TRANSLATE_NOOP("App", "Opening the demo workspace…"), _reopen_demo, app, demo)
    if demo:
        in_background(QT_TRANSLATE_NOOP("App", "Preparing the demo workspace…"), prepare_demo, app, demo)
    from fieldvisit.ui.main_window import MainWindow

    sys.excepthook = _report_unhandled
    window = MainWindow(app)
    window.show()
    if demo and region and not os.environ.get("FIELDVISIT_SMOKE"):
        # the demo's streets: the region pack is built once from the shipped extract, in the
        # background (10-25 s of work), so the window is usable at once
        window.ensure_demo_region()
    return app, window


def _first_run_done(app) -> None:
    with app.uow() as uow:
        uow.settings.set("first_run_done", "1")
        uow.commit()


def _reopen_demo(app, demo: str):
    app.close()  # keeps the zone cells it learned: a write
    return open_app(None, demo=demo)


def prepare_demo(app, demo: bool | str) -> None:
    """The demo's contents, once (runs on a worker). Collector: the identity, a pack from a demo
    office, a start point (the office's next pack waits in the demo folder for the guide's first
    step). Office: 300 cases, an office identity and a few synced days to review."""
    if demo == "collector":
        from fieldvisit.demo_collector import build_demo_collector

        build_demo_collector(app, files=data_dir() / "demo-collector")
        return
    from fieldvisit.demo_office import build_demo_office
    from fieldvisit.services.demo import build_demo

    with app.uow() as uow:
        empty = uow.cases.count() == 0
    if empty:
        build_demo(app.uow())
    build_demo_office(app)


def in_background(label: str, fn, *args):
    """Run ``fn(*args)`` on a worker (:class:`~fieldvisit.ui.operation.Operation`) while the UI
    thread keeps its event loop (a busy dialog shows after 0.4 s), and return its result. Used at
    start-up, before the main window exists. Raises :class:`UserError` with the worker's sentence."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    from fieldvisit.adapters.i18n import localize
    from fieldvisit.ui.operation import Operation

    dialog = QProgressDialog(localize(label, "App"), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(APP_NAME)
    dialog.setMinimumDuration(0)
    dialog.reset()  # hidden until the timer below
    box: dict = {}
    loop = QEventLoop()
    op = Operation(None, fn, *args).success(lambda r: box.__setitem__("result", r)) \
        .failure(lambda m: box.__setitem__("error", m))
    op.finished.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=400, timeout=lambda: dialog.show() if op.running else None)
    timer.start()
    op.start()
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in box:
        raise UserError(box["error"])
    return box.get("result")


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
