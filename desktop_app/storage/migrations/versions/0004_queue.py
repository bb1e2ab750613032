"""queue: priority groups, counter state, the display board, ticket number per day

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "queue_priority_group",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_queue_priority_group_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_priority_group")),
        sa.UniqueConstraint(
            "office_id", "code", name=op.f("uq_queue_priority_group_office_id_code")
        ),
    )
    op.create_table(
        "queue_counter_state",
        sa.Column("counter_id", sa.Uuid(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("pause_reason", sa.Text(), nullable=False),
        sa.Column("paused_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("priority_streak", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_queue_counter_state_counter_id_counter")
        ),
        sa.PrimaryKeyConstraint("counter_id", name=op.f("pk_queue_counter_state")),
    )
    op.create_table(
        "queue_board",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("notice", sa.Text(), nullable=False),
        sa.Column(
            "updated_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_queue_board_office_id_office")
        ),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_queue_board")),
    )
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.create_index(
            "uq_queue_ticket_day_display",
            ["office_id", "local_day", "display_number"],
            unique=True,
        )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.create_index("ix_ticket_event_kind_at", ["kind", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_event_kind_at")
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.drop_index("uq_queue_ticket_day_display")
    op.drop_table("queue_board")
    op.drop_table("queue_counter_state")
    op.drop_table("queue_priority_group")
