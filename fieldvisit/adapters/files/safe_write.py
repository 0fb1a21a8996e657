"""Writing and reading files in places others can write to (a sync share, a Downloads folder):
never through a link someone planted.

- :func:`atomic_writer` creates a fresh temporary file next to the target with
  ``O_CREAT | O_EXCL | O_NOFOLLOW`` (a name that exists, or a link, is refused, never followed),
  writes, fsyncs and renames it over the target: a reader sees the old file or the new one,
  never half of one. The target must be a regular file or missing (:func:`writable_target`): a
  link, a device (/dev/full), a FIFO, a socket or a folder there is refused in one sentence, never
  followed and never replaced — as links in the sync folder are never followed.
- :func:`open_untrusted` is the one way to open a file someone else may have made: ``O_NONBLOCK``
  (a FIFO never hangs), ``O_NOFOLLOW`` where no link is expected, the opened descriptor checked to
  be a regular file, its size checked; :func:`read_limited` then reads at most the limit, in
  chunks, whatever size the file claims.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class UnsafePath(UserError):
    """A path that is a link (or under a linked folder) where a plain file or folder belongs."""


def real_folder(path: Path, *, create: bool = False, below: Path | None = None) -> Path:
    """``path`` as a real folder (not a link), created when asked; with ``below``, every folder
    from ``below`` (excluded) down to ``path`` is checked. Raises UnsafePath."""
    parts = [path]
    if below is not None:
        parts = []
        current = path
        while current != below and current != current.parent:
            parts.append(current)
            current = current.parent
        parts.reverse()
    for folder in parts:
        if folder.is_symlink():
            raise UnsafePath(msg("{folder} is a link, not a folder; FieldVisit does not follow links here. Remove "
                                 "the link.", folder=folder))
        if create and not folder.exists():
            folder.mkdir(exist_ok=True)
    return path


#: Files FieldVisit writes hold personal data (names, addresses, visits) or sealed packs: only
#: their owner may read them. Folders it creates for the user's data: owner only too.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> Path:
    """``path`` as a folder, every folder created on the way made owner-only (0700) whatever the
    umask; folders that already exist are left as they are (they are the user's)."""
    path = Path(path)
    missing = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue
        os.chmod(folder, PRIVATE_FOLDER)
    return path


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = PRIVATE_FILE) -> Iterator[BinaryIO]:
    """A binary file to write ``target``'s new content into; renamed over ``target`` when the
    block ends without an exception, removed otherwise. Created with ``mode`` (default owner-only:
    every export holds personal data). Raises UnsafePath when the target is not a regular file
    (see :func:`writable_target`) or the temporary name cannot be created exclusively; UserError
    when its folder is missing or cannot be written; OSError when the disk is full."""
    target = writable_target(target)
    tmp, fd = _new_temporary(target, mode)
    with _replacing(tmp, target), os.fdopen(fd, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextlib.contextmanager
def _replacing(tmp: Path, target: Path) -> Iterator[None]:
    """Rename ``tmp`` over ``target`` when the block ends; remove ``tmp`` on any failure."""
    ok = False
    try:
        yield
        writable_target(target)  # still a regular file or missing: never rename over a device made meanwhile
        os.replace(tmp, target)
        ok = True
    finally:
        if not ok:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_bytes_atomic(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    with atomic_writer(target, mode) as fh:
        fh.write(data)


def temporary_path(target: Path) -> Path:
    """A new, exclusively created, owner-only empty file next to ``target`` for writers that need
    a path (Qt's PDF writer); finish it with :func:`path_writer` (or ``os.replace``). Its own name
    is plain ASCII whatever ``target``'s is: a writer that takes the name as text (Qt) can then
    open it even when ``target``'s name holds a byte that is not UTF-8."""
    tmp, fd = _new_temporary(writable_target(target), PRIVATE_FILE, plain=True)
    os.close(fd)
    return tmp


def text_path(path: Path) -> bool:
    """Can ``path`` be handed to a writer that takes file names as text (Qt)? Not when it holds a
    byte that is not UTF-8 (Python keeps it as a lone surrogate, which Qt writes as U+FFFD: the
    file would land under another name)."""
    try:
        os.fsencode(str(path)).decode("utf-8")
        str(path).encode("utf-8")
    except UnicodeError:
        return False
    return True


def writable_target(target: Path) -> Path:
    """``target`` as a file FieldVisit may write: missing, or a regular file (not a link), in an
    existing folder. The one check every writer of an output file makes (through
    :func:`atomic_writer` / :func:`path_writer`). Raises UnsafePath for a link, a folder, a device, a
    FIFO or a socket at ``target``; UserError when its folder is missing."""
    import stat

    target = Path(target)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        folder = target.parent
        if not folder.is_dir():
            raise UserError(msg("The folder {folder} does not exist; create it or choose another place for "
                                "{name}.", folder=folder, name=target.name)) from None
        return target
    except NotADirectoryError:
        raise UserError(msg("{folder} is not a folder; choose another place for {name}.", folder=target.parent,
                            name=target.name)) from None
    except OSError as exc:
        raise UserError(msg("Cannot write {target}: {why}.", target=target, why=_why(exc))) from None
    if stat.S_ISREG(st.st_mode):
        return target
    if stat.S_ISLNK(st.st_mode):
        raise UnsafePath(msg("{target} is a link; FieldVisit neither writes through nor replaces a link. Remove it "
                             "or choose another file name.", target=target))
    if stat.S_ISDIR(st.st_mode):
        raise UnsafePath(msg("{target} is a folder; choose a file name.", target=target))
    raise UnsafePath(msg("{target} is not a plain file (a device, a pipe or a socket); FieldVisit does not "
                         "replace it. Choose a file name.", target=target))


def _why(exc: OSError) -> str:
    from fieldvisit.services.errors import os_reason

    return os_reason(exc)


def _new_temporary(target: Path, mode: int, plain: bool = False) -> tuple[Path, int]:
    """A fresh temporary file next to ``target`` (``O_EXCL | O_NOFOLLOW``) and its descriptor
    (``plain``: an ASCII name, not one made from the target's). Raises UnsafePath when its name is
    taken; UserError naming the folder when it cannot be written there (a read-only disk, /proc,
    no permission)."""
    import errno

    tmp = target.with_name(f".fieldvisit-{secrets.token_hex(6)}.part" if plain
                           else f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, mode)
    except FileExistsError:
        raise UnsafePath(msg("Cannot write {target}: a file or link already has its temporary name; try again.",
                             target=target)) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        why = "it takes no new files" if exc.errno == errno.ENOENT else _why(exc)  # /proc, a vanished folder
        raise UserError(msg("Cannot write in the folder {folder} ({why}); choose another place for {name}.",
                            folder=target.parent, why=why, name=target.name)) from None


@contextlib.contextmanager
def path_writer(target: Path, trailer: bytes = b"") -> Iterator[str]:
    """For writers that want a file name (Qt's PDF writer): the name of a fresh owner-only
    temporary file next to ``target``; when the block ends, the file is checked (not empty, ending
    with ``trailer`` when given — a writer that silently stopped on a full disk leaves less),
    fsynced and renamed over ``target``; removed on any failure. Raises OSError (ENOSPC) when it
    was cut short."""
    import tempfile

    if not text_path(Path(target).parent):  # a folder whose name is not text: write aside, then copy
        target = writable_target(target)
        with tempfile.TemporaryDirectory(prefix="fieldvisit-") as aside:
            tmp = Path(aside) / "out.part"
            yield str(tmp)
            _check_written(tmp, trailer)
            with open(tmp, "rb") as src, atomic_writer(target) as dst:
                while chunk := src.read(_CHUNK):
                    dst.write(chunk)
        return
    tmp = temporary_path(target)
    with _replacing(tmp, target):
        yield str(tmp)
        _check_written(tmp, trailer, fsync=True)


def _check_written(tmp: Path, trailer: bytes, fsync: bool = False) -> None:
    """Raise OSError (ENOSPC) when the writer left ``tmp`` empty or without its ``trailer`` on a
    disk that is (nearly) full; UserError when it did so with room to spare (the writer itself
    failed: the disk is not to blame)."""
    import errno
    import shutil

    fd = os.open(tmp, os.O_RDWR | _NOFOLLOW | _BINARY)
    try:
        size = os.fstat(fd).st_size
        tail = os.pread(fd, len(trailer) + 64, max(0, size - len(trailer) - 64)) if trailer else b""
        if size == 0 or (trailer and trailer not in tail):
            if shutil.disk_usage(tmp.parent).free < _ROOM:
                raise OSError(errno.ENOSPC, "the file was cut short")
            raise UserError(msg("The file could not be written completely (the disk has room); choose another "
                                "file name or folder and try again."))
        if fsync:
            os.fsync(fd)
    finally:
        os.close(fd)


#: Free space below which a file cut short is put down to a full disk (bytes).
_ROOM = 64 * 1024 * 1024


class TooLarge(UserError):
    """A file larger than the limit for its kind; refused before it is read."""


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CHUNK = 1 << 20


def open_untrusted(path: Path, limit: int | None = None, what: str = "file", *, follow: bool = False) -> BinaryIO:
    """``path`` opened for reading, as a file object, when it is a regular file (checked on the
    opened descriptor, so a FIFO, a device like /dev/zero, a socket or a folder is refused in one
    sentence and never blocks: it is opened with ``O_NONBLOCK``), not a link unless ``follow``
    (for a path the user named), and at most ``limit`` bytes by its size. The one way FieldVisit
    opens a file someone else may have made. Raises TooLarge / UnsafePath / UserError."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | (0 if follow else _NOFOLLOW) | _BINARY)
    except FileNotFoundError:
        raise UserError(msg("The file {path} does not exist.", path=path)) from None
    except IsADirectoryError:
        raise UserError(msg("{path} is a folder; give the file itself.", path=path)) from None
    except OSError as exc:
        if not follow and Path(path).is_symlink():
            raise UnsafePath(msg("{path} is a link; FieldVisit does not follow links here.", path=path)) from None
        raise UserError(msg("Cannot read {path}: {why}.", path=path, why=exc.strerror or exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise UserError(msg("{path} is a folder; give the file itself.", path=path))
            raise UserError(msg("{path} is not a plain file (a pipe, a device or a socket); give a saved file.",
                                path=path))
        if limit is not None and st.st_size > limit:
            raise TooLarge(msg("The {what} {path} is {size} MB; at most {limit} MB are accepted. Nothing was read.",
                               what=what, path=path, size=st.st_size // (1024 * 1024) or 1,
                               limit=limit // (1024 * 1024)))
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(fh: BinaryIO, limit: int, what: str = "file", path: Path | str = "") -> bytes:
    """At most ``limit`` bytes of an open file, read in chunks (never trusting its reported
    size: a file that grows, or a device, stops at the limit); TooLarge beyond it."""
    parts: list[bytes] = []
    got = 0
    while got <= limit:
        chunk = fh.read(min(_CHUNK, limit + 1 - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    if got > limit:
        raise TooLarge(msg("The {what} {path} is larger than {limit} MB. Nothing was read.", what=what, path=path,
                           limit=limit // (1024 * 1024) or 1))
    return b"".join(parts)


def read_limited(path: Path, limit: int, what: str = "file", *, follow: bool = False) -> bytes:
    """The bytes of ``path`` (a regular file; not a link unless ``follow``, for a path the user
    named) when at most ``limit`` bytes; TooLarge / UnsafePath / UserError otherwise."""
    with open_untrusted(path, limit, what, follow=follow) as fh:
        return read_capped(fh, limit, what, path)


def read_head(path: Path, limit: int) -> bytes:
    """Up to the first newline (at most ``limit`` bytes) of a regular file, not a link."""
    with open_untrusted(path) as fh:
        return fh.readline(limit)
