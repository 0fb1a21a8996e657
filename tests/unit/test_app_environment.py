"""Starting the window on a machine that cannot show it: one sentence, not a Qt abort; as root,
QtWebEngine's sandbox is switched off so the map loads."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldvisit.services.errors import UserError
from fieldvisit.ui.app import prepare_environment


def test_no_display_is_one_sentence():
    with pytest.raises(UserError, match="needs a display"):
        prepare_environment({}, platform="linux", euid=1000)


def test_root_gets_the_sandbox_switch_and_a_display_is_enough():
    env = {"DISPLAY": ":0"}
    prepare_environment(env, platform="linux", euid=0)
    assert env["QTWEBENGINE_DISABLE_SANDBOX"] == "1"
    env = {"WAYLAND_DISPLAY": "wayland-0", "QTWEBENGINE_DISABLE_SANDBOX": "0"}
    prepare_environment(env, platform="linux", euid=0)
    assert env["QTWEBENGINE_DISABLE_SANDBOX"] == "0"  # the user's own choice stands
    env = {"DISPLAY": ":0"}
    prepare_environment(env, platform="linux", euid=1000)
    assert "QTWEBENGINE_DISABLE_SANDBOX" not in env


def test_cli_without_display_exits_2_without_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FIELDVISIT_HOME": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, "-m", "fieldvisit", "--db", f"sqlite:///{tmp_path / 'w.sqlite'}"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2
    assert "needs a display" in r.stderr and "Traceback" not in r.stderr
