"""A guard for tests: no database write runs on the Qt main thread from the window's code.

The window must never block on the workspace's write lock (a long import, another FieldVisit):
every write reached from a Qt slot runs on a worker (``fieldvisit.ui.operation``). With
:func:`forbid_ui_thread_writes` active, an INSERT/UPDATE/DELETE (or DDL) executed on the main
thread while a frame of ``fieldvisit/ui/`` is on the stack raises :class:`UiThreadWrite` and is
recorded, so a UI test that reaches such a write fails. Test set-up code writing through the
services directly (no window frame on the stack) is not affected.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
_UI = str(Path(__file__).resolve().parents[2] / "ui") + "/"


class UiThreadWrite(AssertionError):
    """A database write ran on the Qt main thread from the window's code (it would freeze the
    window while another writer holds the lock)."""


def _ui_frame() -> str | None:
    """``file:line`` of the innermost ``fieldvisit/ui/`` frame on the current stack, or None."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_UI):
            return f"{Path(name).name}:{frame.f_lineno} ({frame.f_code.co_name})"
        frame = frame.f_back
    return None


@contextmanager
def forbid_ui_thread_writes() -> Iterator[list[str]]:
    """While active, a write on the main thread reached from ``fieldvisit/ui/`` raises
    :class:`UiThreadWrite`; yields the list of violations (``"file:line (function): SQL verb"``)
    so a caller that swallowed the exception can still fail."""
    found: list[str] = []

    def check(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        verb = _WRITE.match(statement)
        if not verb:
            return
        where = _ui_frame()
        if where is None:
            return
        found.append(f"{where}: {verb.group(1).upper()}")
        raise UiThreadWrite(f"database write on the UI thread from {where}")

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield found
    finally:
        event.remove(Engine, "before_cursor_execute", check)
