"""Build a region pack from an ``.osm.pbf`` extract, offline: OSRM extract / contract per
profile with the executables the ``osrm-bindings`` wheel ships, the address index, and the
street map (vector tiles, ``tiles.py``). Contraction hierarchies (CH), not MLD: on the shipped extract a 1,000 × 1,000 table
takes ~0.8 s with CH against ~8 s with MLD (benchmarks/bench_region.py). Everything is written into ``.building-<name>`` and renamed into place at the end, so a
failed or cancelled build leaves nothing half-built behind.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Generator
from datetime import datetime, timezone
from pathlib import Path

from fieldvisit.adapters.regions import addresses
from fieldvisit.adapters.regions.pack import PROFILES, engine_version, load_pack, write_manifest
from fieldvisit.adapters.regions.scan import scan_extract
from fieldvisit.adapters.regions.tools import run_tool
from fieldvisit.services.errors import UserError
from fieldvisit.services.progress import Progress

STEPS = ("extract", "contract")


def osrm_dir() -> Path:
    import osrm

    return Path(osrm.__file__).parent


def _tool(name: str) -> str:
    exe = osrm_dir() / "bin" / (f"osrm-{name}" + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():  # pragma: no cover - broken install
        raise UserError(f"The routing tool osrm-{name} is missing from this installation; reinstall FieldVisit.")
    return str(exe)


def _run(args: list[str], cwd: Path, log: Path) -> Generator[None, None, None]:
    """Run one OSRM tool; yields while it runs so the caller can report progress and cancel
    (closing the generator kills the tool)."""
    if (yield from run_tool(args, log, cwd)) != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        raise UserError(f"Building the roads failed at osrm-{Path(args[0]).name.split('-')[-1]} ({tail[0][-160:]}); "
                        "check that the extract is complete.")


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would send Ctrl+C there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process
        return True
    return True


def _claim(work: Path, name: str) -> Path:
    """Make the build folder ``work`` ours (``.pid`` inside). A folder left by a build that died
    (killed, power cut) is cleared; one a running build holds (the window and the CLI at once, a
    second click) raises :class:`UserError` instead of pulling the files from under it."""
    work.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            work.mkdir()
        except FileExistsError:
            try:
                pid = int((work / ".pid").read_text(encoding="ascii").strip() or 0)
            except (OSError, ValueError):
                pid = 0
            fresh = time.time() - work.stat().st_mtime < 60
            if (pid and _alive(pid)) or (not pid and fresh):
                raise UserError(f"The region pack {name!r} is being built right now by another FieldVisit; "
                                "wait for it to finish (or cancel it there) and try again.") from None
            shutil.rmtree(work, ignore_errors=True)
            continue
        (work / ".pid").write_text(str(os.getpid()), encoding="ascii")
        return work
    raise UserError(f"The folder {work} cannot be cleared; remove it by hand and build again.")


def build_pack(extract: Path, root: Path, name: str, profiles: tuple[str, ...] = PROFILES,
               street_map: bool = True, threads: int = 2) -> Generator[Progress, None, dict]:
    """Build pack ``name`` under ``root`` from ``extract``. Yields :class:`Progress`; returns the
    pack's JSON (``name``, ``modes``, ``addresses``, ``seconds``, ``bytes``...). Raises
    :class:`UserError` for a bad extract or a name already used."""
    started = time.monotonic()
    target = root / name
    if target.exists():
        raise UserError(f"A region pack named {name!r} already exists; remove it first or choose another --name.")
    total = 2 + len(profiles) * len(STEPS) + (1 if street_map else 0)
    work = _claim(root / f".building-{name}", name)
    done = False
    try:
        yield Progress(0, total, f"Reading {extract.name}")
        scan = scan_extract(extract)
        yield Progress(1, total, "Indexing addresses")
        count = addresses.write_index(work / addresses.FILE, scan.entries)
        step = 2
        tiles = None
        if street_map:  # first: it takes seconds, the roads take minutes
            from fieldvisit.adapters.regions import tiles as tile_builder

            yield Progress(step, total, "Drawing the street map")
            for _ in tile_builder.build_tiles(extract, work / tile_builder.FILE, work):
                yield Progress(step, total, "Drawing the street map")
            tiles = tile_builder.FILE
            step += 1
        profile_dir = osrm_dir() / "share" / "profiles"
        for profile in profiles:
            folder = work / profile
            folder.mkdir()
            pbf = folder / "region.osm.pbf"
            shutil.copyfile(extract, pbf)
            log = work / "build.log"
            for tool in STEPS:
                yield Progress(step, total, f"Roads for {profile}: {tool}")
                args = [_tool(tool)]
                if tool == "extract":
                    args += ["-p", str(profile_dir / f"{profile}.lua"), str(pbf)]
                else:
                    args += [str(folder / "region.osrm")]
                args += ["-t", str(threads)]
                for _ in _run(args, folder, log):
                    yield Progress(step, total, f"Roads for {profile}: {tool}")
                step += 1
            pbf.unlink()
        (work / "build.log").unlink(missing_ok=True)
        (work / ".pid").unlink(missing_ok=True)
        write_manifest(work, name=name, profiles=list(profiles), bounds=scan.bounds, addresses=count,
                       engine=engine_version(), source=extract.name, tiles=tiles,
                       built=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        os.replace(work, target)
        done = True
    finally:
        if not done:
            shutil.rmtree(work, ignore_errors=True)
    pack = load_pack(target)
    yield Progress(total, total, f"Region {name} ready")
    return {**pack.as_json(), "seconds": round(time.monotonic() - started, 1)}
