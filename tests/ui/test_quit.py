"""Quit closes every window (the visit form saves its draft, the supervisor desk goes too) and
ends the process."""

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.ui

SCRIPT = textwrap.dedent("""
    import sys
    from datetime import date
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from fieldvisit.bootstrap import open_app
    from fieldvisit.services.demo import build_demo
    from fieldvisit.ui.main_window import MainWindow

    qt = QApplication(sys.argv[:1])
    app = open_app(sys.argv[1])
    build_demo(app.uow(), count=20, as_of=date.today())
    window = MainWindow(app, load_map=False)
    window.show()
    window.open_desk()
    form = window.open_visit_form(sorted(window.cases)[0])
    form.notes.setPlainText("typed just before quitting")
    QTimer.singleShot(300, window.quit_action.trigger)
    code = qt.exec()
    from fieldvisit.ui.operation import drain_writes
    drain_writes()  # as run_app does at exit: the last draft saves finish
    with app.uow() as uow:
        drafts = uow.drafts.list()
    print("ended", code, len(drafts), drafts[0]["data"]["notes"] if drafts else "")
    app.close()
""")


def test_quit_ends_the_process_with_the_desk_and_a_form_open(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Madrid"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, f"sqlite:///{tmp_path / 'ws.sqlite'}"], capture_output=True,
                          text=True, env=env, timeout=120, cwd=os.getcwd())
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "ended 0 1 typed just before quitting"
