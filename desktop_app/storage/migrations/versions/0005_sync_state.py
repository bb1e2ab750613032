"""sync state: pull cursor, server epoch, batch in flight, last success and report

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str) -> sa.Column:
    return sa.Column(name, desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True)


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=True),
        sa.Column("device_id", sa.String(length=80), nullable=True),
        sa.Column("server_epoch", sa.String(length=64), nullable=True),
        sa.Column("pull_cursor", sa.BigInteger(), nullable=False),
        sa.Column("inflight_batch_id", sa.Uuid(), nullable=True),
        _moment("last_attempt_at"),
        _moment("last_success_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("clock_skew_seconds", sa.Float(), nullable=True),
        _moment("last_report_at"),
        sa.Column("last_report", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    # The single row every station updates (created here so that no two stations race to).
    state = sa.table(
        "sync_state",
        sa.column("id", sa.Integer()),
        sa.column("pull_cursor", sa.BigInteger()),
        sa.column("consecutive_failures", sa.Integer()),
    )
    op.bulk_insert(state, [{"id": 1, "pull_cursor": 0, "consecutive_failures": 0}])


def downgrade() -> None:
    op.drop_table("sync_state")
