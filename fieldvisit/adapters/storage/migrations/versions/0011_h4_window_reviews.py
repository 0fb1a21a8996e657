"""The review queue of appointment texts that could not be read for sure: one row per case and
column (appointment / inconvenient) until someone corrects it, dismisses it, or a later import
brings a readable text. A person's decision (corrected / dismissed) is applied again when the
same text comes back for the same case.

Revision ID: 0011_h4
Revises: 0011_h6
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import UTCDateTime

revision = "0011_h4"
down_revision = "0011_h6"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "window_reviews",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("case_id", sa.String(120), nullable=False),
        sa.Column("column", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("row", sa.Integer, nullable=True),
        sa.Column("import_id", sa.Integer, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("resolved_at", UTCDateTime, nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
        sa.Column("resolution", sa.Text, nullable=True),
        sa.Column("action", sa.String(20), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_window_reviews"),
    )
    op.create_index("ix_window_reviews_case_id", "window_reviews", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_window_reviews_case_id", table_name="window_reviews")
    op.drop_table("window_reviews")
