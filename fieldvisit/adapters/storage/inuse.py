"""Who has a workspace file open: a shared advisory lock on ``<name>.inuse`` held by every
FieldVisit process for as long as it has the workspace open, and an exclusive one taken by the
steps that re-encrypt the whole file (passphrase change, recovery).

Why: SQLite's own lock protects one transaction at a time, but a passphrase change re-encrypts
every page between two transactions of another process — an import running in another process
would then read pages under a key it no longer has and report a damaged workspace (found by a
tester, issue 17). With this lock, the change waits up to the busy timeout for the other
FieldVisit to close the workspace and otherwise says "another FieldVisit has this workspace open".

The lock file is empty (no personal data), mode 0600, and never the database file itself: closing
any descriptor of the database would drop SQLite's POSIX locks. ``flock`` locks are released by
the kernel when a process ends, so a crash leaves nothing to clean. On systems without ``fcntl``
(Windows) there is no such lock, and the passphrase change relies on SQLite's lock alone.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

from fieldvisit.services.ports import WorkspaceInUse as OtherProcess

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

#: path of the workspace file -> descriptor of its ``.inuse`` file held (shared) by this process
_HELD: dict[str, int] = {}


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".inuse")


def _fd(path: Path) -> int | None:
    if fcntl is None:
        return None
    key = str(path)
    if key not in _HELD:
        fd = os.open(_lock_path(path), os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        _HELD[key] = fd
    return _HELD[key]


def _take(fd: int, mode: int, wait_ms: int) -> bool:
    deadline = time.monotonic() + wait_ms / 1000
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)


def hold_shared(path: Path, wait_ms: int = 10000) -> bool:
    """Mark ``path`` as open by this process (idempotent). Waits up to ``wait_ms`` milliseconds
    while another process re-encrypts it; False when it still does (the caller says busy)."""
    try:
        fd = _fd(Path(path))
    except OSError:  # a read-only folder or a link in the way: no marker, SQLite's lock still holds
        return True
    return True if fd is None else _take(fd, fcntl.LOCK_SH, wait_ms)


@contextmanager
def exclusive(path: Path, wait_ms: int = 10000):
    """Hold ``path`` alone for a whole-file re-encryption: waits up to ``wait_ms`` milliseconds for
    other FieldVisit processes to close it. Raises :class:`OtherProcess` when they do not; back to
    shared afterwards."""
    try:
        fd = _fd(Path(path))
    except OSError:
        fd = None
    if fd is None:
        yield
        return
    if not _take(fd, fcntl.LOCK_EX, wait_ms):
        _take(fd, fcntl.LOCK_SH, wait_ms)  # a failed conversion may have dropped the shared lock
        raise OtherProcess()
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_SH)


def release(path: Path) -> None:
    """Forget ``path`` in this process (tests, and a workspace file moved or removed)."""
    fd = _HELD.pop(str(path), None)
    if fd is not None:
        os.close(fd)
