"""Writes asked for by the window (a marker dragged, a review decided, a pack imported, settings
saved…), never on the UI thread::

    write(self, move_case, self.app.uow(), case_id, lat, lon, done=self.moved, failed=self.put_back)

``fn(*args)`` runs on the application's write queue (one background thread, in the order asked
for; see :class:`fieldvisit.ui.operation.WriteQueue`), so the window keeps answering while
another writer (a long import, another FieldVisit) holds the workspace's lock. ``done(result)``
runs on the UI thread afterwards. When the workspace stays busy past the busy timeout, a
non-modal box says so in one sentence and keeps the change: *Retry* runs the same write again,
*Cancel* gives it up (``failed(sentence)`` then runs, e.g. to put a marker back). Any other
refusal calls ``failed(sentence)``, or shows it in a warning titled ``title``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldvisit.ui.operation import write_queue


NOT_SAVED = QT_TRANSLATE_NOOP("Writes", "Not saved")
BUSY = QT_TRANSLATE_NOOP("Writes", "Workspace busy")
KEPT = QT_TRANSLATE_NOOP("Writes", "Your change is kept: Retry saves it now, Cancel drops it.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Writes", text)


def _alive(obj: QObject | None) -> bool:
    if obj is None:
        return False
    try:
        obj.objectName()
    except RuntimeError:  # its C++ side is gone (the window closed meanwhile)
        return False
    return True


class PendingWrite:
    """A write on its way: ``finished``, ``result`` (``fn``'s return value) and ``error`` (the
    sentence when it failed or was given up)."""

    def __init__(self) -> None:
        self.finished = False
        self.result = None
        self.error: str | None = None

    def _finish(self, result=None, error: str | None = None) -> None:
        self.finished, self.result, self.error = True, result, error

    def wait(self, timeout: float = 30.0):
        """For tests and scripts only (the window never waits): process Qt events until the write
        and its callbacks have run; returns ``result`` (None when it failed). Raises TimeoutError."""
        deadline = time.monotonic() + timeout
        while not self.finished:
            if time.monotonic() > deadline:
                raise TimeoutError("the write did not finish in time")
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return self.result


def say(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A warning that does not block (``open``, not ``exec``): kept as ``parent.refusal_box``."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    parent.refusal_box = box
    box.open()
    return box


def write(parent: QWidget, fn: Callable, *args, done: Callable | None = None, failed: Callable | None = None,
          title: str = "") -> PendingWrite:
    """Run the write ``fn(*args)`` in the background for ``parent`` (see the module text).
    Returns a :class:`PendingWrite`. Callbacks are skipped when ``parent`` was deleted meanwhile."""
    pending = PendingWrite()

    def ok(result) -> None:
        pending._finish(result)
        if done is not None and _alive(parent):
            done(result)

    def refused(message: str) -> None:
        pending._finish(None, message)
        if not _alive(parent):
            return
        if failed is not None:
            failed(message)
        else:
            say(parent, title or _tr(NOT_SAVED), message)

    def busy(message: str) -> None:
        if not _alive(parent):
            pending._finish(None, message)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title or _tr(BUSY),
                          message + "\n\n" + _tr(KEPT),
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)

        def answered(code: int) -> None:
            if code == QMessageBox.StandardButton.Retry:
                run()
            else:
                refused(message)

        box.finished.connect(answered)
        parent.busy_box = box  # (tests answer it)
        box.open()

    def run() -> None:
        write_queue().submit(fn, *args, on_success=ok, on_failure=refused, on_busy=busy)

    run()
    return pending


def flush_writes(timeout: float = 30.0) -> None:
    """For tests: wait until every write asked for so far has run and its callbacks are done
    (the queue keeps the order, so a no-op queued last finishes last)."""
    pending = PendingWrite()
    write_queue().submit(lambda: None, on_success=lambda _r: pending._finish(), on_failure=lambda _m: pending._finish())
    pending.wait(timeout)
