"""Sync: where each visit came from and whether the office acknowledged it, its prep-sheet
snapshot, the log of packs and bundles sent and received, and supervisors' reviews.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from fieldvisit.adapters.storage.types import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("prep", sa.JSON, nullable=True))
        batch.add_column(sa.Column("collector", sa.String(200), nullable=True))
        batch.add_column(sa.Column("device", sa.String(80), nullable=True))
        batch.add_column(sa.Column("received_at", UTCDateTime, nullable=True))
        batch.add_column(sa.Column("acknowledged_at", UTCDateTime, nullable=True))
    op.create_index("ix_visits_device", "visits", ["device"])
    # visits recorded before sync belong to their case's collector
    op.execute("UPDATE visits SET collector = (SELECT collectors.name FROM cases JOIN collectors "
               "ON collectors.id = cases.collector_id WHERE cases.id = visits.case_pk) WHERE collector IS NULL")
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("direction", sa.String(20), nullable=False),
        sa.Column("peer", sa.String(200), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_log"),
        sa.UniqueConstraint("direction", "peer", "seq", name="uq_sync_log_direction"),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
    )
    op.create_index("ix_reviews_visit_id", "reviews", ["visit_id"])


def downgrade() -> None:
    op.drop_index("ix_reviews_visit_id", table_name="reviews")
    op.drop_table("reviews")
    op.drop_table("sync_log")
    op.drop_index("ix_visits_device", table_name="visits")
    with op.batch_alter_table("visits") as batch:
        for name in ("acknowledged_at", "received_at", "device", "collector", "prep"):
            batch.drop_column(name)
