"""SQLAlchemy 2 storage with Alembic migrations (SQLite by default, PostgreSQL for a central store)."""
