"""A new workspace is created straight at the newest schema (``metadata.create_all`` + Alembic's
version row, :mod:`fieldvisit.adapters.storage.fresh`) instead of running every migration: the
database it makes must be the one the migrations make — same tables, columns (types, nullability,
defaults), primary and foreign keys, indexes, unique and check constraints, triggers and views —
and later migrations must apply to it. SQLite (encrypted file) and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from fieldvisit.adapters.storage import db


def _shape(engine) -> dict:
    insp = inspect(engine)
    shape = {}
    for table in sorted(insp.get_table_names()):
        shape[table] = {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"], str(c.get("default")),
                               bool(c.get("autoincrement")) if engine.dialect.name != "sqlite" else None)
                              for c in insp.get_columns(table)),
            "pk": sorted(insp.get_pk_constraint(table)["constrained_columns"]),
            "fks": sorted((tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]),
                           str(sorted((fk.get("options") or {}).items()))) for fk in insp.get_foreign_keys(table)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table)),
            "unique": sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
            "checks": sorted(c["sqltext"] for c in insp.get_check_constraints(table)),
        }
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            shape["_objects"] = sorted(conn.execute(text(
                "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view')")).all())
        else:
            shape["_objects"] = sorted(conn.execute(text(
                "SELECT event_object_table, trigger_name FROM information_schema.triggers "
                "UNION ALL SELECT table_name, 'view' FROM information_schema.views WHERE table_schema = 'public'")).all())
        shape["_version"] = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return shape


def _urls(backend: str, tmp_path) -> list[str]:
    if backend == "sqlite":
        return [f"sqlite:///{tmp_path / 'created.sqlite'}", f"sqlite:///{tmp_path / 'migrated.sqlite'}"]
    from tests.conftest import _pg_database

    return [_pg_database()[0], _pg_database()[0]]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_created_workspace_has_the_schema_the_migrations_make(backend, tmp_path, monkeypatch):
    created_url, migrated_url = _urls(backend, tmp_path)
    created = db.open_engine(created_url)
    monkeypatch.setattr(db, "_MIGRATE_NEW", True)
    migrated = db.open_engine(migrated_url)
    try:
        assert _shape(created)["_version"] == [db.head_revision()]
        shape_created, shape_migrated = _shape(created), _shape(migrated)
        assert set(shape_created) == set(shape_migrated)
        for table in shape_migrated:
            assert shape_created[table] == shape_migrated[table], table
        # and Alembic knows where it stands: the newest migration undone and done again
        from alembic import command

        cfg = db.alembic_config()
        with created.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
        db.upgrade(created)
        assert _shape(created) == shape_migrated
    finally:
        created.dispose()
        migrated.dispose()


def test_an_existing_workspace_is_still_migrated_not_recreated(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = db.open_engine(url, migrate=False)
    try:
        db.upgrade(engine, "0010")  # a workspace of an older version, with a case in it
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO cases (case_id, name, address, work_address, geo_status, country, timezone, balance, "
                "currency, phone, flags, notes, status, appointment_text, created_at, updated_at) VALUES ('OLD-1', "
                "'Old', '', '', 'missing', 'ES', 'Europe/Madrid', '10.00', 'EUR', '', '', '', 'open', '', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
        db.upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == db.head_revision()
            assert conn.execute(text("SELECT name FROM cases WHERE case_id = 'OLD-1'")).scalar() == "Old"
            assert conn.execute(text("SELECT balance FROM cases WHERE case_id = 'OLD-1'")).scalar() == "10.00"
        with engine.begin() as conn:  # 0014: a balance the case file did not give is NULL (unknown), not 0.00
            conn.execute(text("UPDATE cases SET balance = NULL WHERE case_id = 'OLD-1'"))
    finally:
        engine.dispose()
