"""Where a collector's day ends (optional; the day ends at home when empty).

Revision ID: 0011_h1
Revises: 0010
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_h1"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("collectors") as batch:
        batch.add_column(sa.Column("end_lat", sa.Float, nullable=True))
        batch.add_column(sa.Column("end_lon", sa.Float, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("collectors") as batch:
        batch.drop_column("end_lon")
        batch.drop_column("end_lat")
