"""The saved profile an import was read with (``imports.profile``; NULL: none), so a later import
of the same source can name the stored cases its file no longer has.

Revision ID: 0012_split
Revises: 0011_h5
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_split"
down_revision = "0011_h5"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("imports") as batch:
        batch.add_column(sa.Column("profile", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("imports") as batch:
        batch.drop_column("profile")
