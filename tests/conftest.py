"""Shared fixtures: a fresh workspace on SQLite and, where available, on a real PostgreSQL.

``FIELDVISIT_TEST_PG_URL`` names a PostgreSQL server (``.ci/run`` starts one). Each test gets
its own database on it. Under ``CI=true`` a missing server fails the PostgreSQL tests instead of
skipping them.
"""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Workspaces are encrypted at rest: tests give the passphrase the way a script would, and keep
# away from the machine's own keyring.
os.environ.setdefault("FIELDVISIT_PASSPHRASE", "test workspace passphrase")
# The planning clock (services.plan_clock): the suite's fixed dates (2026-11-23 …) stay days to
# come whatever the calendar says; tests of "today" inject their own clock.
os.environ.setdefault("FIELDVISIT_NOW", "2026-01-01T00:00:00+00:00")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses its sandbox as root
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

# Custom URL schemes must be registered before the QApplication (pytest-qt's qapp) exists.
from fieldvisit.ui.map_view import register_scheme  # noqa: E402

register_scheme()

PG_URL = os.environ.get("FIELDVISIT_TEST_PG_URL", "")


def _pg_database():
    import psycopg

    if not PG_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("FIELDVISIT_TEST_PG_URL is not set under CI=true: PostgreSQL tests must run")
        pytest.skip("no PostgreSQL (set FIELDVISIT_TEST_PG_URL)")
    name = f"fv_test_{uuid.uuid4().hex[:12]}"
    admin = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    return base + "/" + name, admin, name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty workspace URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'workspace.sqlite'}"
        return
    url, admin, name = _pg_database()
    yield url
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def app(db_url, monkeypatch):
    """An opened workspace (migrated) with a fixed default time zone."""
    from fieldvisit.bootstrap import open_app

    monkeypatch.setenv("TZ", "Europe/Madrid")
    application = open_app(db_url)
    yield application
    application.close()


@pytest.fixture
def sqlite_app(tmp_path, monkeypatch):
    from fieldvisit.bootstrap import open_app

    monkeypatch.setenv("TZ", "Europe/Madrid")
    application = open_app(f"sqlite:///{tmp_path / 'workspace.sqlite'}")
    yield application
    application.close()


@pytest.fixture(scope="session", autouse=True)
def _web_engine_teardown():
    """Qt WebEngine must lose its pages before its profile and the QApplication: close and delete
    every window left, then the shared profile (else the interpreter crashes on exit)."""
    yield
    from PySide6.QtWidgets import QApplication

    from fieldvisit.ui.map_view import shutdown_web

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    shutdown_web()
