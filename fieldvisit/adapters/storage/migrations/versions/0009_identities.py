"""This workspace's identity (role and keys) and the peers it trusts.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("sign_private", sa.Text, nullable=False),
        sa.Column("box_private", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.String(80), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_identity"),
    )
    op.create_table(
        "peers",
        sa.Column("fingerprint", sa.String(80), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("sign_key", sa.Text, nullable=False),
        sa.Column("box_key", sa.Text, nullable=False),
        sa.Column("trusted_at", UTCDateTime, nullable=False),
        sa.Column("revoked_at", UTCDateTime, nullable=True),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_peers"),
    )


def downgrade() -> None:
    op.drop_table("peers")
    op.drop_table("identity")
