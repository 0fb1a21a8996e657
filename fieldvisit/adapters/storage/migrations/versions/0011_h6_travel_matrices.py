"""Road travel matrices kept whole (one row per set of points and routing source), replacing
the pair-by-pair travel cache (its rows are dropped; it is refilled on the next connected plan).

Revision ID: 0011_h6
Revises: 0011_h1
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import UTCDateTime

revision = "0011_h6"
down_revision = "0011_h1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "travel_matrices",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("points_key", sa.String(64), nullable=False),  # sha256 of the rounded points, in order
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("points", sa.LargeBinary, nullable=False),  # float64 (lat, lon) × size, zlib
        sa.Column("seconds", sa.LargeBinary, nullable=False),  # int32 size × size, zlib
        sa.Column("metres", sa.LargeBinary, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_travel_matrices"),
        sa.UniqueConstraint("source", "points_key", name="uq_travel_matrices_source"),
    )
    op.drop_table("travel_cache")


def downgrade() -> None:
    op.drop_table("travel_matrices")
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
