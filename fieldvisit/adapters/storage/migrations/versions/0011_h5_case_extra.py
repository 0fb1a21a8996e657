"""Information columns kept from case files (``cases.extra``: header → text), shown on the
preparation sheet.

Revision ID: 0011_h5
Revises: 0011_h4
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_h5"
down_revision = "0011_h4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("extra", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("extra")
