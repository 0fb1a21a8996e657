"""Finalized visits: immutable, versioned by ``replaces``, identified by their UUID.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import DecimalText, UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("case_pk", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("replaces", sa.String(36), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("arrived_at", UTCDateTime, nullable=False),
        sa.Column("left_at", UTCDateTime, nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("promise_amount", DecimalText, nullable=True),
        sa.Column("promise_currency", sa.String(3), nullable=True),
        sa.Column("promise_date", sa.Date, nullable=True),
        sa.Column("payment_amount", DecimalText, nullable=True),
        sa.Column("recorded_at", UTCDateTime, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(["case_pk"], ["cases.id"], ondelete="RESTRICT", name="fk_visits_case_pk_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
        sa.UniqueConstraint("visit_id", name="uq_visits_visit_id"),
        sa.UniqueConstraint("replaces", name="uq_visits_replaces"),
    )
    op.create_index("ix_visits_case_pk", "visits", ["case_pk"])


def downgrade() -> None:
    op.drop_index("ix_visits_case_pk", table_name="visits")
    op.drop_table("visits")
