"""A command on a workspace does only the work it needs: the time zone of a start point seen
before is kept in the (encrypted) workspace and found again without the zone data, and a
passphrase given in FIELDVISIT_PASSPHRASE opens the file without asking the OS keyring."""

from __future__ import annotations

import pytest

from fieldvisit.adapters.geo.zones import ZoneFinder, cells_from_text, cells_text
from fieldvisit.bootstrap import ZONE_CELLS, open_app

MADRID = (40.4168, -3.7038)


def test_the_zone_of_a_start_point_is_found_again_without_the_zone_data(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    first = open_app(url)
    assert first.zones.zone_for("", *MADRID) == "Europe/Madrid"
    first.close()  # keeps the cell's zone in the workspace

    again = open_app(url)
    try:
        assert again.zones.zone_for("", *MADRID) == "Europe/Madrid"
        assert again.zones._finder is None  # timezonefinder was not needed
        assert again.zones.learned() == {}
        assert cells_from_text(again.setting(ZONE_CELLS))  # stored in the workspace, not beside it
    finally:
        again.close()


def test_a_damaged_or_outdated_zone_cache_is_ignored_and_the_zone_computed():
    assert cells_from_text("not json") == {}
    assert cells_from_text('{"data": "0.0-other", "cells": [[1, 2, "Europe/Paris"]]}') == {}
    finder = ZoneFinder(known_cells=lambda: cells_from_text("{broken"))
    assert finder.zone_for("", *MADRID) == "Europe/Madrid"
    kept = cells_from_text(cells_text(finder.learned()))
    assert kept and set(kept.values()) == {"Europe/Madrid"}


def test_the_environment_passphrase_opens_without_asking_the_keyring(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    open_app(url).close()

    def keyring_get(path):
        raise AssertionError("the keyring was asked although FIELDVISIT_PASSPHRASE opens the workspace")

    monkeypatch.setattr("fieldvisit.adapters.storage.passphrase.keyring_get", keyring_get)
    open_app(url).close()


def test_a_wrong_environment_passphrase_still_falls_through_to_the_keyring(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    import os

    right = os.environ["FIELDVISIT_PASSPHRASE"]
    open_app(url).close()
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "a stale passphrase")
    monkeypatch.setattr("fieldvisit.adapters.storage.passphrase.keyring_get", lambda path: right)
    app = open_app(url)
    try:
        assert app.passphrases.used == right
    finally:
        app.close()


@pytest.mark.parametrize("garbage", [b"\x00" * 4096])
def test_a_damaged_file_still_gives_its_sentence(tmp_path, garbage):
    from fieldvisit.services.errors import UserError

    db = tmp_path / "ws.sqlite"
    db.write_bytes(garbage)
    with pytest.raises(UserError) as err:
        open_app(f"sqlite:///{db}")
    assert "damaged" in str(err.value) or "does not open" in str(err.value)
