"""bookings: offices' booking settings and calendars, bookings, booking limits

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import central_server.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None
_MOMENT = central_server.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    _settings()
    _calendar_days()
    _bookings()
    op.create_table(
        "booking_slot",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("area_code", sa.String(length=20), nullable=False),
        sa.Column("start", _MOMENT, nullable=False),
        sa.Column("taken", sa.Integer(), nullable=False),
        sa.CheckConstraint("taken >= 0", name=op.f("ck_booking_slot_taken_not_negative")),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_booking_slot_office_id_office")
        ),
        sa.PrimaryKeyConstraint("office_id", "area_code", "start", name=op.f("pk_booking_slot")),
    )
    op.create_table(
        "booking_attempt",
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address", "window_start", name=op.f("pk_booking_attempt")),
    )
    op.create_index(
        op.f("ix_booking_attempt_window_start"), "booking_attempt", ["window_start"], unique=False
    )


def _settings() -> None:
    op.create_table(
        "booking_setting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("area_code", sa.String(length=20), nullable=False),
        sa.Column("area_name", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("days_ahead", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("area_opens_at", sa.String(length=5), nullable=True),
        sa.Column("area_closes_at", sa.String(length=5), nullable=True),
        sa.Column("last_office_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_booking_setting_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_setting")),
        sa.UniqueConstraint(
            "office_id", "area_code", name=op.f("uq_booking_setting_office_id_area_code")
        ),
    )
    op.create_index(
        op.f("ix_booking_setting_office_id"), "booking_setting", ["office_id"], unique=False
    )


def _calendar_days() -> None:
    op.create_table(
        "office_calendar_day",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working_day", sa.Boolean(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.Column("last_office_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_office_calendar_day_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_calendar_day")),
        sa.UniqueConstraint("office_id", "day", name=op.f("uq_office_calendar_day_office_id_day")),
    )


def _bookings() -> None:
    op.create_table(
        "booking",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("area_code", sa.String(length=20), nullable=False),
        sa.Column("start", _MOMENT, nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("procedure_code", sa.String(length=60), nullable=True),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("visit_state", sa.String(length=20), nullable=True),
        sa.Column("visit_at", _MOMENT, nullable=True),
        sa.Column("visit_ticket_id", sa.Uuid(), nullable=True),
        sa.Column("visit_office_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("cancelled_at", _MOMENT, nullable=True),
        sa.CheckConstraint(
            "status IN ('booked', 'cancelled')", name=op.f("ck_booking_status_known")
        ),
        sa.CheckConstraint(
            "visit_state IS NULL OR visit_state IN ('checked_in', 'late', 'no_show')",
            name=op.f("ck_booking_visit_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_booking_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("code", name=op.f("uq_booking_code")),
    )
    op.create_index("ix_booking_office_start", "booking", ["office_id", "start"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_booking_attempt_window_start"), table_name="booking_attempt")
    op.drop_table("booking_attempt")
    op.drop_table("booking_slot")
    op.drop_index("ix_booking_office_start", table_name="booking")
    op.drop_table("booking")
    op.drop_table("office_calendar_day")
    op.drop_index(op.f("ix_booking_setting_office_id"), table_name="booking_setting")
    op.drop_table("booking_setting")
