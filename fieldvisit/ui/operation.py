"""Run a service off the UI thread, the Anki way::

    Operation(self, run_plan, uow, req, ...).success(self.show_plan).failure(self.show_error) \\
        .with_progress(self.progress).start()

The function may return a value or be a generator yielding ``Progress`` (its return value is the
result). Widgets are only touched from the signals, on the UI thread. ``cancel()`` stops a
generator at its next step (closing it, so its transaction rolls back).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal

from fieldvisit.adapters.i18n import localize
from fieldvisit.services.errors import UserError, safe_description
from fieldvisit.services.ports import WorkspaceBusy
from fieldvisit.services.progress import Progress


#: What a cancelled or crashed operation says (translated through ``localize``).
CANCELLED = QT_TRANSLATE_NOOP("Prep", "Cancelled; nothing was changed.")
CANCELLED_LATE = QT_TRANSLATE_NOOP("Prep", "Cancelled.")
UNEXPECTED = QT_TRANSLATE_NOOP("Prep", "Unexpected error: {kind}: {error}")


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable, args: tuple, kwargs: dict, cancelled: threading.Event) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs, self.cancelled = fn, args, kwargs, cancelled

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
            if inspect.isgenerator(result):
                gen = result
                result = None
                while True:
                    if self.cancelled.is_set():
                        gen.close()
                        self.failed.emit(localize(CANCELLED))
                        return
                    try:
                        step = next(gen)
                    except StopIteration as stop:
                        result = stop.value
                        break
                    if isinstance(step, Progress):
                        self.progressed.emit(step.done, step.total, step.message)
            if self.cancelled.is_set():
                self.failed.emit(localize(CANCELLED_LATE))
                return
            self.succeeded.emit(result)
        except UserError as exc:
            self.failed.emit(localize(str(exc)))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            kind, _, error = safe_description(exc).partition(": ")
            self.failed.emit(localize(UNEXPECTED).format(kind=kind, error=error))


class Operation(QObject):
    finished = Signal()

    def __init__(self, parent: QObject, fn: Callable, *args, **kwargs) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._worker = _Worker(fn, args, kwargs, self._cancelled)
        self._worker.finished.connect(self._done)
        self._on_success: Callable | None = None
        self._on_failure: Callable | None = None
        self._progress = None

    def success(self, callback: Callable[[object], None]) -> Operation:
        self._worker.succeeded.connect(callback)
        return self

    def failure(self, callback: Callable[[str], None]) -> Operation:
        self._worker.failed.connect(callback)
        return self

    def with_progress(self, progress) -> Operation:
        """``progress`` has ``begin(label, cancel)``, ``set_progress(done, total, message)`` and ``end()``."""
        self._progress = progress
        self._worker.progressed.connect(progress.set_progress)
        return self

    def start(self, label: str = "") -> Operation:
        if self._progress is not None:
            self._progress.begin(label, self.cancel)
        self._worker.start()
        return self

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop it."""
        return self._cancelled.is_set()

    @property
    def running(self) -> bool:
        return self._worker.isRunning()

    def wait(self, ms: int = 30000) -> bool:
        return self._worker.wait(ms)

    def _done(self) -> None:
        if self._progress is not None:
            self._progress.end()
        self.finished.emit()
        self.deleteLater()


class WriteQueue(QObject):
    """The window's small writes (draft autosaves, finalizing, discarding) on ONE background
    thread, in the order they were asked for, never on the UI thread. A long import holds the
    workspace's write lock for its whole transaction (imports stay all-or-nothing); meanwhile these
    writes wait for it in the background (SQLite's busy timeout) and a write that still finds it
    busy fails with WorkspaceBusy, which the caller reports and retries — the window never freezes
    and never shows an unhandled "database is locked".

    ``submit(fn, *args, on_success=cb, on_failure=cb)``: ``fn(*args)`` runs in the background;
    ``on_success(result)`` or ``on_failure(sentence)`` run on the UI thread afterwards.
    """

    _delivered = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldvisit-writes")
        self._delivered.connect(self._deliver)

    def submit(self, fn: Callable, *args, on_success: Callable | None = None,
               on_failure: Callable | None = None, on_busy: Callable | None = None):
        """``on_busy(sentence)``, when given, is called instead of ``on_failure`` when the
        workspace stayed busy (another writer held the lock past the busy timeout)."""
        def job():
            try:
                result = fn(*args)
            except WorkspaceBusy as exc:
                self._delivered.emit(on_busy or on_failure, localize(str(exc)))
            except UserError as exc:
                self._delivered.emit(on_failure, localize(str(exc)))
            except Exception as exc:  # noqa: BLE001 - reported to the user, never a crash
                kind, _, error = safe_description(exc).partition(": ")
                self._delivered.emit(on_failure, localize(UNEXPECTED).format(kind=kind, error=error))
            else:
                self._delivered.emit(on_success, result)

        return self._executor.submit(job)

    @staticmethod
    def _deliver(callback, value) -> None:
        if callback is not None:
            callback(value)

    def drain(self) -> None:
        """Wait for every queued write (at exit, so no draft is lost)."""
        self._executor.shutdown(wait=True)


_queue: WriteQueue | None = None


def write_queue() -> WriteQueue:
    """The application's write queue (created on first use, owned by the QApplication)."""
    global _queue
    from PySide6.QtCore import QCoreApplication

    if _queue is None:
        _queue = WriteQueue(QCoreApplication.instance())
    return _queue


def drain_writes() -> None:
    global _queue
    if _queue is not None:
        _queue.drain()
        _queue = None
