"""BRK15b #3/#4: where the CLI writes and which workspace it opens.

- Every output file (``--out``, ``--pdf``) is written atomically next to its target, and a target
  that exists and is not a regular file — a device like /dev/full, a FIFO, a socket, a folder or
  a link — is refused in one sentence (exit 2) and left exactly as it was. Test targets are made
  in a temporary folder (never a real /dev node).
- ``--db`` must be a database URL or an explicit workspace path: ``notaurl`` and an in-memory
  SQLite URL (which would keep nothing) are refused, and nothing is created.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldvisit.adapters.files.safe_write import UnsafePath, writable_target, write_bytes_atomic
from fieldvisit.adapters.storage.db import DatabaseError, normalise_url
from fieldvisit.services.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def fv(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "fieldvisit", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=180)


def refused(r) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


@pytest.fixture()
def targets(tmp_path):
    """A FIFO, a socket, a folder, a link to a precious file and the file itself."""
    folder = tmp_path / "targets"
    folder.mkdir()
    os.mkfifo(folder / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock"))
    (folder / "dir").mkdir()
    (folder / "victim").write_text("precious", encoding="utf-8")
    (folder / "link").symlink_to(folder / "victim")
    yield folder
    sock.close()


def _kinds(folder: Path) -> dict:
    return {p.name: stat.S_IFMT(os.lstat(p).st_mode) for p in folder.iterdir()}


def test_the_writer_refuses_every_target_that_is_not_a_regular_file(targets):
    before = _kinds(targets)
    for name, words in (("fifo", "not a plain file"), ("sock", "not a plain file"), ("dir", "is a folder"),
                        ("link", "is a link")):
        with pytest.raises(UnsafePath, match=words):
            write_bytes_atomic(targets / name, b"new")
    assert _kinds(targets) == before  # nothing replaced, no temporary file left behind
    assert (targets / "victim").read_text(encoding="utf-8") == "precious"
    write_bytes_atomic(targets / "victim", b"new")  # a regular file is replaced whole
    assert (targets / "victim").read_bytes() == b"new" and (targets / "link").is_symlink()


def test_a_missing_or_unwritable_folder_is_named(tmp_path):
    with pytest.raises(UserError, match=f"The folder {tmp_path / 'nope'} does not exist"):
        writable_target(tmp_path / "nope" / "x.pdf")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="is not a folder"):
        writable_target(tmp_path / "file" / "x.pdf")
    if Path("/proc/self").is_dir():  # a folder that takes no new files
        with pytest.raises(UserError, match="Cannot write in the folder /proc"):
            write_bytes_atomic(Path("/proc/x.pdf"), b"x")


def test_cli_outputs_refuse_a_fifo_a_link_and_a_folder_and_leave_them(tmp_path, targets):
    db = f"sqlite:///{tmp_path / 'ws.db'}"
    assert fv("--db", db, "demo", "--cases", "12").returncode == 0
    collector = fv("--db", db, "--json", "collectors", "list").stdout
    name = __import__("json").loads(collector)["collectors"][0]["name"]
    assert fv("--db", db, "plan", "--date", "2026-12-02", "--collector", name).returncode == 0
    before = _kinds(targets)
    commands = [
        ["route", "export", "--date", "2026-12-02", "--collector", name, "--format", "gpx", "--out"],
        ["map", "--date", "2026-12-02", "--collector", name, "--out"],
        ["report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv", "--out"],
        ["prep", "DEMO-0001", "--pdf"],
    ]
    for command, target, words in ((commands[0], "fifo", "not a plain file"), (commands[1], "link", "is a link"),
                                   (commands[2], "sock", "not a plain file"), (commands[3], "fifo", "not a plain file"),
                                   (commands[3], "dir", "is a folder")):
        line = refused(fv("--db", db, *command, str(targets / target)))
        assert words in line, line
    assert _kinds(targets) == before
    assert (targets / "victim").read_text(encoding="utf-8") == "precious"
    line = refused(fv("--db", db, "prep", "DEMO-0001", "--pdf", str(tmp_path / "no" / "x.pdf")))
    assert f"The folder {tmp_path / 'no'} does not exist" in line


def test_db_that_is_not_a_url_or_is_in_memory_is_refused(tmp_path):
    for value in ("notaurl", "sqlite:/x.db", "postgresql:host"):
        line = refused(fv("--db", value, "cases", "list", cwd=tmp_path))
        assert "is not a database URL" in line and "sqlite:///" in line, line
    for value in ("sqlite:///", "sqlite://", "sqlite:///:memory:"):
        line = refused(fv("--db", value, "--json", "demo", "--cases", "5", cwd=tmp_path))
        assert "in-memory" in line, line
    assert "--db is empty" in refused(fv("--db", "", "cases", "list", cwd=tmp_path))
    assert list(tmp_path.iterdir()) == []  # no ./notaurl, no .inuse marker


def test_an_explicit_workspace_path_still_works(tmp_path):
    assert normalise_url(str(tmp_path / "ws")) == f"sqlite:///{tmp_path / 'ws'}"
    assert normalise_url("./ws").startswith("sqlite:///") and normalise_url("team.sqlite").startswith("sqlite:///")
    with pytest.raises(DatabaseError, match="'notaurl' is not a database URL"):
        normalise_url("notaurl")
