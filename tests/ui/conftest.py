"""Every UI test proves the window writes nothing to the database on the UI thread (issue 17):
a write reached from the window's code on the Qt main thread fails the test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_ui_thread_writes():
    from fieldvisit.adapters.storage.write_guard import forbid_ui_thread_writes

    with forbid_ui_thread_writes() as found:
        yield found
    assert not found, "database writes on the UI thread: " + "; ".join(found)
