"""Visit drafts: autosaved while the form is open, offered back after a crash.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("draft_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(120), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("draft_id", name="pk_drafts"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
