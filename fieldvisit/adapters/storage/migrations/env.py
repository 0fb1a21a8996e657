"""Alembic environment: runs on the connection FieldVisit hands it (render_as_batch for SQLite)."""

from alembic import context

from fieldvisit.adapters.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise SystemExit("Run migrations through FieldVisit: fieldvisit --db URL cases list")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
