"""A case's balance may be unknown (``cases.balance`` NULL): a case file with no balance column, or a
blank balance cell, gives a case whose balance is not known, shown as "unknown", never 0.00.

Revision ID: 0014_fx16
Revises: 0013_fx4
Create Date: 2026-12-01
"""

from alembic import op

from fieldvisit.adapters.storage.types import DecimalText

revision = "0014_fx16"
down_revision = "0013_fx4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("balance", existing_type=DecimalText(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE cases SET balance = '0.00' WHERE balance IS NULL")
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("balance", existing_type=DecimalText(), nullable=False)
