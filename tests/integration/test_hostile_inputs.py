"""Issue 17 (second breaker round): files that are not files, and inputs that used to end in exit
1. A FIFO or a device given to any command that reads a file is refused at once (exit 2, one
sentence) instead of hanging or filling memory; a workspace file too short, a read-only
workspace, wrong JSON types, huge numbers and DTDs in a workbook are sentences too."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.integration.test_hostile_cli import _cases_csv, _visit, assert_refused, fv

READERS = [
    ("cases", "import"),
    ("sync", "import"),
    ("pack", "import"),
    ("visits", "add", "--json-file"),
    ("keys", "trust"),
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ws")
    db = str(folder / "ws.sqlite")
    r = fv("cases", "import", str(_cases_csv(folder / "c.csv")), db=db)
    assert r.returncode == 0, r.stderr
    return db


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_fifo_is_refused_at_once_not_waited_on(command, workspace, tmp_path):
    fifo = tmp_path / "x.fvbundle"
    os.mkfifo(fifo)
    r = fv(*command, str(fifo), db=workspace, timeout=60)  # a hang would end in TimeoutExpired
    assert_refused(r, "not a plain file")


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_device_is_refused_without_reading_it(command, workspace):
    r = fv(*command, "/dev/zero", db=workspace, timeout=60)
    assert_refused(r, "not a plain file")


def test_read_limited_stops_at_the_limit_whatever_the_size_says(tmp_path):
    from fieldvisit.adapters.files.safe_write import TooLarge, read_capped

    with open("/dev/zero", "rb") as fh, pytest.raises(TooLarge):
        read_capped(fh, 3 * 1024 * 1024, "file", "/dev/zero")


def test_a_fifo_swapped_into_the_sync_folder_is_skipped(tmp_path):
    from fieldvisit.adapters.files.mailbox import FolderMailbox
    from fieldvisit.services.errors import UserError

    share = tmp_path / "share"
    (share / "bundles").mkdir(parents=True)
    os.mkfifo(share / "bundles" / "b-000001.fvbundle")
    box = FolderMailbox(share)
    listed = box.bundles()
    assert listed == []  # not a file: not even listed
    # swapped in after the listing: opening it does not wait for a writer
    from fieldvisit.adapters.files.mailbox import MailFile

    item = MailFile("b-000001.fvbundle", share / "bundles" / "b-000001.fvbundle")
    with pytest.raises(UserError, match="not a plain file"):
        item.head()
    with pytest.raises(UserError, match="not a plain file"):
        item.read()
