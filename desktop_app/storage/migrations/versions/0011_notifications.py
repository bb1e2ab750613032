"""notifications: the citizen's consent and medium per dossier, requests and their delivery

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.types import UtcDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str, nullable: bool) -> sa.Column:
    return sa.Column(name, UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    # Plain ADD COLUMNs (no constraint), so SQLite does not copy a large dossier table.
    op.add_column(
        "dossier",
        sa.Column("notify_medium", sa.String(length=10), server_default="none", nullable=False),
    )
    op.add_column("dossier", _moment("notify_consent_at", True))
    op.create_table(
        "dossier_notification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("medium", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        _moment("created_at", False),
        _moment("updated_at", False),
        sa.CheckConstraint(
            "medium IN ('sms', 'zalo', 'email')", name=op.f("ck_dossier_notification_medium_known")
        ),
        sa.CheckConstraint(
            "state IN ('pending', 'sent', 'retrying', 'refused')",
            name=op.f("ck_dossier_notification_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_notification_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_notification")),
    )
    op.create_index(
        op.f("ix_dossier_notification_dossier_id"),
        "dossier_notification",
        ["dossier_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_dossier_notification_dossier_id"), table_name="dossier_notification")
    op.drop_table("dossier_notification")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("notify_consent_at")
        batch_op.drop_column("notify_medium")
