"""BRK16b #14: the window's keyboard shortcuts (Ctrl+, Settings, Ctrl+P, Ctrl+E, F1, …) must work
while the embedded map (a QWebEngineView, whose keys go to its focus proxy) has the focus."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from fieldvisit.services.demo import build_demo

pytestmark = pytest.mark.ui

KEYS = ["Ctrl+,", "Ctrl+P", "Ctrl+E", "F1", "Ctrl+R", "Ctrl+I", "Ctrl+G", "Ctrl+Shift+H", "Ctrl+Z"]


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    build_demo(sqlite_app.uow(), count=20, as_of=date.today())
    w = MainWindow(sqlite_app)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitUntil(lambda: w.map.is_ready, timeout=30000)
    return w


def _fire(qtbot, target, text):
    seq = QKeySequence(text)[0]
    qtbot.keyClick(target, seq.key(), seq.keyboardModifiers())


def test_window_shortcuts_work_while_the_map_has_focus(qtbot, window):
    fired: list[str] = []
    actions = {a.shortcut().toString(): a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for text in KEYS:
        action = actions[QKeySequence(text).toString()]
        action.setEnabled(True)
        try:
            action.triggered.disconnect()  # no dialogs: only whether the key reaches the action
        except (RuntimeError, TypeError):
            pass
        action.triggered.connect(lambda *_, t=text: fired.append(t))
    window.activateWindow()
    window.map.setFocus()
    proxy = window.map.focusProxy() or window.map
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (proxy, window.map), timeout=5000)
    for text in KEYS:
        _fire(qtbot, QApplication.focusWidget(), text)
        qtbot.wait(50)
    assert fired == KEYS


def test_no_two_window_shortcuts_share_a_key(window):
    """Two shortcuts on one key are ambiguous and neither fires (Ctrl+P, Ctrl+Shift+P were doubled)."""
    from PySide6.QtGui import QShortcut

    seen: dict[str, list[str]] = {}
    for a in window.findChildren(QAction):
        if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            for k in a.shortcuts():
                seen.setdefault(k.toString(), []).append(a.text())
    for s in window.findChildren(QShortcut):
        if s.context() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            seen.setdefault(s.key().toString(), []).append(f"QShortcut on {type(s.parent()).__name__}")
    doubled = {k: v for k, v in seen.items() if len(v) > 1}
    assert doubled == {}
