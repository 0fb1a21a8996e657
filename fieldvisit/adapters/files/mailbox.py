"""A sync folder (a network share, a synced drive, a USB stick) as a mailbox:

    <folder>/bundles/<device>-<seq>.fvbundle        collector → office
    <folder>/packs/<device>/pack-<seq>.fvpack       office → one collector's device

Anyone with access to the share can plant files there, so: files are written under a fresh,
exclusively created temporary name (never through a link) and renamed; links — to files or to
folders — are never followed and are reported; a file's size is checked before it is read, and
its first line (the sender) can be read without the rest (``MailFile.head``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fieldvisit.adapters.files.safe_write import (
    UnsafePath, read_head, read_limited, real_folder, write_bytes_atomic,
)
from fieldvisit.domain.limits import MAX_SEALED_BYTES
from fieldvisit.domain.text import msg

BUNDLE_SUFFIX = ".fvbundle"
PACK_SUFFIX = ".fvpack"
HEAD_BYTES = 1024 * 1024
#: Packs and bundles in a shared folder are sealed (readable only by their recipients' keys);
#: the office and the laptop may reach the share as different accounts, so others may read them.
SHARED_FILE = 0o644


def device_folder(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.lower() if ch in "0123456789abcdef")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once (temporary file created with O_EXCL|O_NOFOLLOW, then
    renamed); its folder must exist."""
    write_bytes_atomic(Path(path), data)


@dataclass(slots=True)
class MailFile:
    """One file found in the mailbox; nothing is read until asked."""

    name: str
    path: Path

    def head(self) -> bytes:
        """The first line (the sealed file's envelope: kind and sender), at most 1 MiB."""
        return read_head(self.path, HEAD_BYTES)

    def tail(self, size: int = 64 * 1024) -> bytes:
        """The last ``size`` bytes (a format-1 file names its sender at its end)."""
        from fieldvisit.adapters.files.safe_write import open_untrusted

        with open_untrusted(self.path) as fh:
            end = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, end - size))
            return fh.read(size)

    def read(self) -> bytes:
        """The whole file; TooLarge beyond ``MAX_SEALED_BYTES``."""
        return read_limited(self.path, MAX_SEALED_BYTES, "sync file")


class FolderMailbox:
    """Implements the mailbox the sync-folder service uses; ``problems`` lists links and odd
    entries skipped while listing (sentences)."""

    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder)
        self.problems = []

    def reachable(self) -> bool:
        return self.root.is_dir()

    def _files(self, where: Path, suffix: str) -> list[MailFile]:
        try:
            real_folder(where, below=self.root)
        except UnsafePath as exc:
            self.problems.append(str(exc))
            return []
        if not where.is_dir():
            return []
        found = []
        with os.scandir(where) as entries:
            for entry in entries:
                if not entry.name.endswith(suffix):
                    continue
                if entry.is_symlink():
                    self.problems.append(msg("{path} is a link, not a file; it was skipped (FieldVisit does not "
                                             "follow links in the sync folder).", path=entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found.append(MailFile(entry.name, Path(entry.path)))
        return sorted(found, key=lambda f: f.name)

    def bundles(self) -> list[MailFile]:
        return self._files(self.root / "bundles", BUNDLE_SUFFIX)

    def packs_for(self, fingerprint: str) -> list[MailFile]:
        return self._files(self.root / "packs" / device_folder(fingerprint), PACK_SUFFIX)

    def _put(self, folder: Path, name: str, data: bytes) -> str:
        real_folder(folder, create=True, below=self.root)
        path = folder / name
        write_bytes_atomic(path, data, SHARED_FILE)
        return str(path)

    def put_bundle(self, fingerprint: str, seq: int, data: bytes) -> str:
        return self._put(self.root / "bundles", f"{device_folder(fingerprint)}-{seq:06d}{BUNDLE_SUFFIX}", data)

    def put_pack(self, fingerprint: str, seq: int, data: bytes) -> str:
        return self._put(self.root / "packs" / device_folder(fingerprint), f"pack-{seq:06d}{PACK_SUFFIX}", data)
