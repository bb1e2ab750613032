"""bookings: booking settings per service area, pulled bookings, tickets of checked-in bookings

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.storage.types import UtcDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _create_booking_setting()
    _create_booking()
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.add_column(sa.Column("booking_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("booking_start", UtcDateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_queue_ticket_booking_id_booking"), "booking", ["booking_id"], ["id"]
        )
    with op.batch_alter_table("service_area", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("booking_streak", sa.Integer(), server_default="0", nullable=False)
        )


def _create_booking_setting() -> None:
    op.create_table(
        "booking_setting",
        sa.Column("area_id", sa.Uuid(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("days_ahead", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["service_area.id"], name=op.f("fk_booking_setting_area_id_service_area")
        ),
        sa.PrimaryKeyConstraint("area_id", name=op.f("pk_booking_setting")),
    )


def _create_booking() -> None:
    op.create_table(
        "booking",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("area_id", sa.Uuid(), nullable=False),
        sa.Column("start", UtcDateTime(timezone=True), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("procedure_code", sa.String(length=60), nullable=True),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("checked_in_at", UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('booked', 'cancelled', 'checked_in', 'late', 'no_show')",
            name=op.f("ck_booking_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_booking_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["service_area.id"], name=op.f("fk_booking_area_id_service_area")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["queue_ticket.id"], name=op.f("fk_booking_ticket_id_queue_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("code", name=op.f("uq_booking_code")),
    )
    op.create_index("ix_booking_office_start", "booking", ["office_id", "start"], unique=False)
    op.create_index("ix_booking_id_number", "booking", ["id_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_area", schema=None) as batch_op:
        batch_op.drop_column("booking_streak")
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.drop_constraint("fk_queue_ticket_booking_id_booking", type_="foreignkey")
        batch_op.drop_column("booking_start")
        batch_op.drop_column("booking_id")
    op.drop_index("ix_booking_id_number", table_name="booking")
    op.drop_index("ix_booking_office_start", table_name="booking")
    op.drop_table("booking")
    op.drop_table("booking_setting")
