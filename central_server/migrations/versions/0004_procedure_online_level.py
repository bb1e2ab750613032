"""procedure: its online level (toàn trình / một phần / none), read from the catalogue entry

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("online_level", sa.String(length=10), nullable=True))
    procedure = sa.table(
        "procedure",
        sa.column("code", sa.String),
        sa.column("entry", sa.JSON),
        sa.column("online_level", sa.String),
    )
    bind = op.get_bind()
    for code, entry in bind.execute(sa.select(procedure.c.code, procedure.c.entry)).all():
        level = (entry or {}).get("online_level") if isinstance(entry, dict) else None
        if level in ("full", "partial"):
            bind.execute(
                procedure.update().where(procedure.c.code == code).values(online_level=level)
            )


def downgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_column("online_level")
