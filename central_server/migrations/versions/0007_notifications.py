"""notifications: providers, requests and their sending

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import central_server.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
_MOMENT = central_server.types.UtcDateTime(timezone=True)
_STATES = "state IN ('queued', 'sending', 'sent', 'retrying', 'refused')"


def upgrade() -> None:
    op.create_table(
        "notify_provider",
        sa.Column("medium", sa.String(length=10), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("secrets", sa.Text(), nullable=True),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.CheckConstraint(
            "medium IN ('email', 'zalo', 'sms')", name=op.f("ck_notify_provider_medium_known")
        ),
        sa.PrimaryKeyConstraint("medium", name=op.f("pk_notify_provider")),
    )
    op.create_table(
        "notification_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_code", sa.String(length=60), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("medium", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("missing", sa.Text(), nullable=True),
        sa.Column("requested_at", _MOMENT, nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _MOMENT, nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", _MOMENT, nullable=True),
        sa.Column("provider_message_id", sa.String(length=200), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.CheckConstraint(_STATES, name=op.f("ck_notification_request_state_known")),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_notification_request_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_request")),
    )
    op.create_index(
        "ix_notification_request_due", "notification_request", ["state", "next_attempt_at"]
    )
    op.create_index(
        "ix_notification_request_office_state", "notification_request", ["office_id", "state"]
    )


def downgrade() -> None:
    op.drop_index("ix_notification_request_office_state", table_name="notification_request")
    op.drop_index("ix_notification_request_due", table_name="notification_request")
    op.drop_table("notification_request")
    op.drop_table("notify_provider")
