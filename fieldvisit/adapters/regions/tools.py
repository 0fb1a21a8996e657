"""Running a region build's external tools (osrm-extract/-contract, tippecanoe) so the build can
report progress and be cancelled: one place for "start, yield while it runs, kill when closed"."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Generator
from pathlib import Path


def run_tool(args: list[str], log: Path, cwd: Path | None = None) -> Generator[None, None, int]:
    """Run ``args`` with stdout and stderr appended to ``log``; yields about every 0.05 s while the
    tool runs (for progress and cancel: closing the generator kills the tool) and returns its exit
    code (use ``code = yield from run_tool(...)``)."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        try:
            while proc.poll() is None:
                yield
                time.sleep(0.05)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return proc.returncode
