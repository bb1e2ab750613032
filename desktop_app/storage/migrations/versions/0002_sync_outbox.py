"""sync outbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 08:31:44.826453
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types


revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_op",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("operation", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column(
            "device_time", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'sent', 'applied', 'duplicate', 'rejected', 'conflict')",
            name=op.f("ck_outbox_op_state_known"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox_op")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_op_id")),
    )
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_op_state_seq", ["state", "seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_op", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_op_state_seq")

    op.drop_table("outbox_op")
