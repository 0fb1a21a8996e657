"""Road travel times fetched from a routing service, kept per workspace for offline days.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "travel_cache",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("a_lat", sa.Float, nullable=False),
        sa.Column("a_lon", sa.Float, nullable=False),
        sa.Column("b_lat", sa.Float, nullable=False),
        sa.Column("b_lon", sa.Float, nullable=False),
        sa.Column("seconds", sa.Integer, nullable=False),
        sa.Column("metres", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_travel_cache"),
        sa.UniqueConstraint("source", "a_lat", "a_lon", "b_lat", "b_lon", name="uq_travel_cache_source"),
    )


def downgrade() -> None:
    op.drop_table("travel_cache")
