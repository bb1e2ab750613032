"""central_office_setting: the office settings the centre counts by (report_withdrawn_as_resolved)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import central_server.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOMENT = central_server.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "central_office_setting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("last_office_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_central_office_setting_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_office_setting")),
        sa.UniqueConstraint(
            "office_id", "key", name=op.f("uq_central_office_setting_office_id_key")
        ),
    )
    op.create_index(
        op.f("ix_central_office_setting_office_id"),
        "central_office_setting",
        ["office_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_central_office_setting_office_id"), table_name="central_office_setting")
    op.drop_table("central_office_setting")
