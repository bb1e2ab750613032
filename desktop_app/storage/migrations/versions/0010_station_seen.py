"""station_seen: every station using the office database; schema_writer: who upgraded it

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.types import UtcDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "station_seen",
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("last_seen", UtcDateTime(timezone=True), nullable=False),
        sa.Column("clock_skew_seconds", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("host", "role", name=op.f("pk_station_seen")),
    )
    op.create_table(
        "schema_writer",
        sa.Column("revision", sa.String(length=32), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("upgraded_at", UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_schema_writer")),
    )


def downgrade() -> None:
    op.drop_table("schema_writer")
    op.drop_table("station_seen")
