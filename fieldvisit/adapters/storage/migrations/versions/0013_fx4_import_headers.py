"""The signature of an import's column headers (``imports.headers_key``; NULL: imported before it
was kept), so a re-import of the same lender's file under a new name (``cartera_2026-11-30.csv``
after ``cartera_2026-11-23.csv``) is recognised as the same source.

Revision ID: 0013_fx4
Revises: 0012_split
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_fx4"
down_revision = "0012_split"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("imports") as batch:
        batch.add_column(sa.Column("headers_key", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("imports") as batch:
        batch.drop_column("headers_key")
