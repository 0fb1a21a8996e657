"""Issue 17: a laptop can be stolen or shared. FieldVisit's own folder (FIELDVISIT_HOME and every
folder it creates for the user's data) is owner-only (0700); every export holding personal data —
reports, prep sheets, the day's hand-off files, the map page — is written owner-only (0600), whole
or not at all (a full disk leaves no half file and is one sentence)."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.integration.test_hostile_cli import _cases_csv, assert_refused, fv


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_fieldvisit_home_and_its_folders_are_owner_only(tmp_path, monkeypatch):
    from fieldvisit.adapters import holiday_calendar
    from fieldvisit.adapters.storage.db import default_url

    home = tmp_path / "new" / "home"
    monkeypatch.setenv("FIELDVISIT_HOME", str(home))
    os.umask(0o022)
    holiday_calendar._keep(home / "cache" / "holidays" / "x.json", {date(2026, 1, 1): "New Year"})
    for folder in (tmp_path / "new", home, home / "cache", home / "cache" / "holidays"):
        assert _mode(folder) == 0o700, folder
    other = tmp_path / "data"
    default_url(other)
    assert _mode(other) == 0o700


def test_a_folder_that_already_exists_is_left_as_it_is(tmp_path):
    from fieldvisit.adapters.files.safe_write import private_folder

    mine = tmp_path / "mine"
    mine.mkdir(mode=0o755)
    os.chmod(mine, 0o755)
    private_folder(mine / "a" / "b")
    assert _mode(mine) == 0o755 and _mode(mine / "a") == 0o700 and _mode(mine / "a" / "b") == 0o700


def test_exports_are_owner_only(qapp, tmp_path):
    from fieldvisit.adapters.handoff.files import write_route
    from fieldvisit.adapters.report_files import write_csv, write_pdf, write_xlsx
    from tests.integration.test_hostile_exports import _itinerary, _report

    os.umask(0o022)
    report = _report("Ana Pérez")
    write_csv(tmp_path / "r.csv", report)
    write_xlsx(tmp_path / "r.xlsx", report)
    write_pdf(tmp_path / "r.pdf", report, "Team report")
    from fieldvisit.adapters.handoff.itinerary import write_itinerary_pdf

    for fmt in ("gpx", "kml", "ics"):
        write_route(_itinerary("Ana Pérez"), fmt, tmp_path / f"day.{fmt}", date(2026, 11, 23))
    write_itinerary_pdf(str(tmp_path / "day.pdf"), _itinerary("Ana Pérez"), date(2026, 11, 23), with_map=False)
    written = sorted(tmp_path.iterdir())
    assert len(written) == 7
    for path in written:
        assert _mode(path) == 0o600, path
    assert (tmp_path / "r.pdf").read_bytes().rstrip().endswith(b"%%EOF")


def test_cli_report_and_prep_sheet_are_owner_only(tmp_path):
    db = str(tmp_path / "ws.sqlite")
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), db=db).returncode == 0
    for fmt in ("csv", "xlsx", "pdf"):
        r = fv("report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", fmt,
               "--out", str(tmp_path / f"r.{fmt}"), db=db)
        assert r.returncode == 0, r.stderr
        assert _mode(tmp_path / f"r.{fmt}") == 0o600
    assert _mode(tmp_path) in (0o700, _mode(tmp_path))  # a folder the user made stays as it was


def test_a_pdf_cut_short_by_a_full_disk_leaves_nothing(qapp, tmp_path, monkeypatch):
    """QPdfWriter says nothing when the disk fills: the file is checked before it is put in place."""
    from fieldvisit.adapters import pdf as pdf_module
    from fieldvisit.adapters.files.safe_write import path_writer

    import shutil

    from fieldvisit.services.errors import UserError

    with pytest.raises(UserError, match="could not be written completely .the disk has room"), \
            path_writer(tmp_path / "p.pdf", pdf_module.PDF_END) as tmp:
        Path(tmp).write_bytes(b"%PDF-1.4\n")  # a writer that stopped with room on the disk: not "disk full"
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 0))  # full
    with pytest.raises(OSError) as caught, path_writer(tmp_path / "p.pdf", pdf_module.PDF_END) as tmp:
        Path(tmp).write_bytes(b"%PDF-1.4\n")  # what a writer leaves when the disk fills half-way
    assert caught.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_during_an_export_is_one_sentence(tmp_path, monkeypatch):
    """The disk filling up while writing (simulated at the file boundary): exit 2, the sentence
    says the disk is full, no 'Exception ignored' traceback, no half file."""
    db = str(tmp_path / "ws.sqlite")
    assert fv("cases", "import", str(_cases_csv(tmp_path / "c.csv")), db=db).returncode == 0
    full = tmp_path / "full"
    full.mkdir()
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import errno, os\n"
        "from fieldvisit.adapters.files import safe_write\n"
        "real = os.fsync\n"
        "def fsync(fd):\n"
        "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "safe_write.os.fsync = fsync\n", encoding="utf-8")
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(hook), str(Path.cwd())] + ([env_path] if env_path else []))
    try:
        for fmt in ("xlsx", "csv", "pdf"):
            r = fv("report", "--from", "2026-11-01", "--to", "2026-11-30", "--format", fmt,
                   "--out", str(full / f"r.{fmt}"), db=db)
            assert_refused(r, "disk is full")
            assert "Exception ignored" not in r.stderr
    finally:
        if env_path:
            os.environ["PYTHONPATH"] = env_path
        else:
            os.environ.pop("PYTHONPATH", None)
    assert list(full.iterdir()) == []
