"""lookup attempts per client address and minute (the public lookup's shared limit)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "lookup_attempt",
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address", "window_start", name=op.f("pk_lookup_attempt")),
    )
    op.create_index(
        op.f("ix_lookup_attempt_window_start"), "lookup_attempt", ["window_start"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_lookup_attempt_window_start"), table_name="lookup_attempt")
    op.drop_table("lookup_attempt")
