"""Workspace settings, collectors, imports, cases, windows and case history.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import DecimalText, UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "collectors",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("home_lat", sa.Float, nullable=True),
        sa.Column("home_lon", sa.Float, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_collectors"),
        sa.UniqueConstraint("name", name="uq_collectors_name"),
    )
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("imported", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Integer, nullable=False),
        sa.Column("review", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_imports"),
    )
    op.create_table(
        "import_rejections",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("import_id", sa.Integer, nullable=False),
        sa.Column("row", sa.Integer, nullable=False),
        sa.Column("column", sa.String(80), nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], ondelete="CASCADE",
                                name="fk_import_rejections_import_id_imports"),
        sa.PrimaryKeyConstraint("id", name="pk_import_rejections"),
    )
    op.create_index("ix_import_rejections_import_id", "import_rejections", ["import_id"])
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_id", sa.String(120), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("work_address", sa.Text, nullable=False),
        sa.Column("lat", sa.Float, nullable=True),
        sa.Column("lon", sa.Float, nullable=True),
        sa.Column("geo_status", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("balance", DecimalText, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("last_payment_date", sa.Date, nullable=True),
        sa.Column("last_payment_amount", DecimalText, nullable=True),
        sa.Column("phone", sa.String(80), nullable=False),
        sa.Column("flags", sa.String(200), nullable=False),
        sa.Column("collector_id", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("appointment_text", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("import_id", sa.Integer, nullable=True),
        sa.ForeignKeyConstraint(["collector_id"], ["collectors.id"], ondelete="SET NULL",
                                name="fk_cases_collector_id_collectors"),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], ondelete="SET NULL",
                                name="fk_cases_import_id_imports"),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("case_id", name="uq_cases_case_id"),
    )
    op.create_index("ix_cases_collector_id", "cases", ["collector_id"])
    op.create_table(
        "windows",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_pk", sa.Integer, nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("start_at", UTCDateTime, nullable=True),
        sa.Column("end_at", UTCDateTime, nullable=True),
        sa.Column("weekdays", sa.String(20), nullable=False),
        sa.Column("start_time", sa.Time, nullable=True),
        sa.Column("end_time", sa.Time, nullable=True),
        sa.Column("place", sa.String(10), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.ForeignKeyConstraint(["case_pk"], ["cases.id"], ondelete="CASCADE",
                                name="fk_windows_case_pk_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_windows"),
    )
    op.create_index("ix_windows_case_pk", "windows", ["case_pk"])
    op.create_table(
        "case_history",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_pk", sa.Integer, nullable=False),
        sa.Column("import_id", sa.Integer, nullable=True),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("before", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(["case_pk"], ["cases.id"], ondelete="CASCADE",
                                name="fk_case_history_case_pk_cases"),
        sa.ForeignKeyConstraint(["import_id"], ["imports.id"], ondelete="SET NULL",
                                name="fk_case_history_import_id_imports"),
        sa.PrimaryKeyConstraint("id", name="pk_case_history"),
        sa.UniqueConstraint("case_pk", "import_id", name="uq_case_history_case_pk"),
    )
    op.create_index("ix_case_history_case_pk", "case_history", ["case_pk"])


def downgrade() -> None:
    for table in ("case_history", "windows", "cases", "import_rejections", "imports",
                  "collectors", "settings"):
        op.drop_table(table)
