"""A sync folder (a network share, a synced drive, a USB stick) as a mailbox:

    <folder>/bundles/<device>-<seq>.fvbundle        collector → office
    <folder>/packs/<device>/pack-<seq>.fvpack       office → one collector's device

Files are written under a temporary name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path

BUNDLE_SUFFIX = ".fvbundle"
PACK_SUFFIX = ".fvpack"


def device_folder(fingerprint: str) -> str:
    return fingerprint.replace(" ", "").lower()


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


class FolderMailbox:
    def __init__(self, folder: str | Path) -> None:
        self.root = Path(folder)

    def reachable(self) -> bool:
        return self.root.is_dir()

    def _files(self, where: Path, suffix: str) -> list[Path]:
        return sorted(p for p in where.glob(f"*{suffix}") if p.is_file()) if where.is_dir() else []

    def bundles(self) -> list[tuple[str, bytes]]:
        return [(str(p), p.read_bytes()) for p in self._files(self.root / "bundles", BUNDLE_SUFFIX)]

    def packs_for(self, fingerprint: str) -> list[tuple[str, bytes]]:
        return [(str(p), p.read_bytes())
                for p in self._files(self.root / "packs" / device_folder(fingerprint), PACK_SUFFIX)]

    def put_bundle(self, fingerprint: str, seq: int, data: bytes) -> str:
        path = self.root / "bundles" / f"{device_folder(fingerprint)}-{seq:06d}{BUNDLE_SUFFIX}"
        write_atomic(path, data)
        return str(path)

    def put_pack(self, fingerprint: str, seq: int, data: bytes) -> str:
        path = self.root / "packs" / device_folder(fingerprint) / f"pack-{seq:06d}{PACK_SUFFIX}"
        write_atomic(path, data)
        return str(path)
