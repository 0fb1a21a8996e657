"""Starting the desktop application: QApplication, workspace, main window."""

from __future__ import annotations

import sys

from fieldvisit.bootstrap import APP_NAME, open_app


def run_app(db: str | None = None, *, demo: bool = False, argv: list[str] | None = None) -> int:
    from fieldvisit.ui.map_view import register_scheme

    register_scheme()  # before the QApplication exists
    from PySide6.QtWidgets import QApplication

    from fieldvisit.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setOrganizationName(APP_NAME)
    qt_app.setApplicationName(APP_NAME)
    app = open_app(db, demo=demo)
    if demo:
        from fieldvisit.services.demo import build_demo

        with app.uow() as uow:
            empty = uow.cases.count() == 0
        if empty:
            build_demo(app.uow())
        from fieldvisit.demo_office import build_demo_office

        build_demo_office(app)  # once: an office identity and a few synced days to review
    window = MainWindow(app)
    window.show()
    try:
        return qt_app.exec()
    finally:
        from fieldvisit.ui.map_view import shutdown_web

        window.deleteLater()
        shutdown_web()
        app.close()
