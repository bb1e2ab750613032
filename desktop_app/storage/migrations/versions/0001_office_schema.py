"""office schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 08:22:49.826141
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types


revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applicant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("id_type", sa.String(length=20), nullable=True),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column(
            "created_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant")),
    )
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.create_index("ix_applicant_id_number", ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_applicant_name_key"), ["name_key"], unique=False)

    op.create_table(
        "daily_counter",
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "local_day", name=op.f("pk_daily_counter")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column(
            "created_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    op.create_table(
        "procedure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("name_key", sa.String(length=500), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("limit_amount", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("limit_unit", sa.String(length=20), nullable=False),
        sa.Column("same_day", sa.Boolean(), nullable=False),
        sa.Column("fee_text", sa.Text(), nullable=False),
        sa.Column("local_fee_text", sa.Text(), nullable=True),
        sa.Column("required_documents", sa.JSON(), nullable=False),
        sa.Column("area_code", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "updated_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.CheckConstraint(
            "limit_unit IN ('hours', 'working_days', 'half_days', 'calendar_days', 'same_day')",
            name=op.f("ck_procedure_limit_unit_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure")),
        sa.UniqueConstraint("code", name=op.f("uq_procedure_code")),
    )
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_procedure_name_key"), ["name_key"], unique=False)

    op.create_table(
        "calendar_override",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working_day", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_calendar_override_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("office_id", "day", name=op.f("uq_calendar_override_office_id_day")),
    )
    op.create_table(
        "counter",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_counter_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counter")),
        sa.UniqueConstraint("office_id", "number", name=op.f("uq_counter_office_id_number")),
    )
    op.create_table(
        "service_area",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ticket_prefix", sa.String(length=4), nullable=False),
        sa.Column("number_width", sa.Integer(), nullable=False),
        sa.Column("daily_cap", sa.Integer(), nullable=True),
        sa.Column("opens_at", sa.Time(), nullable=True),
        sa.Column("closes_at", sa.Time(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "number_width IN (3, 4)", name=op.f("ck_service_area_number_width_3_or_4")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_service_area_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_area")),
        sa.UniqueConstraint("office_id", "code", name=op.f("uq_service_area_office_id_code")),
        sa.UniqueConstraint(
            "office_id", "ticket_prefix", name=op.f("uq_service_area_office_id_ticket_prefix")
        ),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column(
            "locked_until", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "created_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.CheckConstraint(
            "role IN ('reception', 'specialist', 'leader', 'admin')",
            name=op.f("ck_staff_role_known"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_staff_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_at", ["at"], unique=False)

    op.create_table(
        "counter_area",
        sa.Column("counter_id", sa.Uuid(), nullable=False),
        sa.Column("area_id", sa.Uuid(), nullable=False),
        sa.Column("preference", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["service_area.id"], name=op.f("fk_counter_area_area_id_service_area")
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_counter_area_counter_id_counter")
        ),
        sa.PrimaryKeyConstraint("counter_id", "area_id", name=op.f("pk_counter_area")),
    )
    op.create_table(
        "handover_batch",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("from_unit", sa.String(length=200), nullable=False),
        sa.Column("to_unit", sa.String(length=200), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=True),
        sa.Column("receiver_id", sa.Uuid(), nullable=True),
        sa.Column("receiver_name", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("sent_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "received_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "direction IN ('to_department', 'to_counter', 'to_post')",
            name=op.f("ck_handover_batch_direction_known"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_handover_batch_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["receiver_id"], ["staff.id"], name=op.f("fk_handover_batch_receiver_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["staff.id"], name=op.f("fk_handover_batch_sender_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_batch")),
    )
    op.create_table(
        "queue_ticket",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("area_id", sa.Uuid(), nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("display_number", sa.String(length=10), nullable=False),
        sa.Column("priority_group", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column(
            "issued_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "arrival_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("called_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "serving_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "finished_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("target_counter", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("recall_count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('waiting', 'called', 'serving', 'done', 'no_show', 'transferred', 'cancelled')",
            name=op.f("ck_queue_ticket_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["service_area.id"], name=op.f("fk_queue_ticket_area_id_service_area")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_queue_ticket_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_queue_ticket_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_ticket")),
        sa.UniqueConstraint(
            "office_id",
            "area_id",
            "local_day",
            "number",
            name=op.f("uq_queue_ticket_office_id_area_id_local_day_number"),
        ),
    )
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.create_index(
            "ix_queue_ticket_waiting", ["office_id", "local_day", "status", "area_id"], unique=False
        )

    op.create_table(
        "dossier",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("procedure_id", sa.Uuid(), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("id_number", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("channel", sa.Integer(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column(
            "received_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("due_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "original_due_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("paused_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "finished_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "returned_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("sets_count", sa.Integer(), nullable=False),
        sa.Column("fee_text", sa.Text(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("return_method", sa.String(length=20), nullable=False),
        sa.Column("return_address", sa.String(length=500), nullable=True),
        sa.Column("visit_ticket_id", sa.Uuid(), nullable=True),
        sa.Column("received_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "updated_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.CheckConstraint("channel IN (1, 2, 3)", name=op.f("ck_dossier_channel_known")),
        sa.CheckConstraint("status BETWEEN 1 AND 10", name=op.f("ck_dossier_status_known")),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["applicant.id"], name=op.f("fk_dossier_applicant_id_applicant")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_dossier_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["procedure.id"], name=op.f("fk_dossier_procedure_id_procedure")
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["staff.id"], name=op.f("fk_dossier_received_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["visit_ticket_id"],
            ["queue_ticket.id"],
            name=op.f("fk_dossier_visit_ticket_id_queue_ticket"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("code", name=op.f("uq_dossier_code")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index("ix_dossier_id_number", ["id_number"], unique=False)
        batch_op.create_index("ix_dossier_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_dossier_phone", ["phone"], unique=False)
        batch_op.create_index("ix_dossier_received_at", ["received_at"], unique=False)
        batch_op.create_index("ix_dossier_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "ticket_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_ticket_event_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["queue_ticket.id"], name=op.f("fk_ticket_event_ticket_id_queue_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_event")),
    )
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_event_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "dossier_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("from_status", sa.Integer(), nullable=True),
        sa.Column("to_status", sa.Integer(), nullable=True),
        sa.Column("from_unit", sa.String(length=200), nullable=True),
        sa.Column("to_unit", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_event_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_dossier_event_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_event")),
    )
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_event_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "handover_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("handed_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column(
            "received_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("result_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["handover_batch.id"],
            name=op.f("fk_handover_item_batch_id_handover_batch"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_handover_item_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_item")),
        sa.UniqueConstraint(
            "batch_id", "dossier_id", name=op.f("uq_handover_item_batch_id_dossier_id")
        ),
    )
    with op.batch_alter_table("handover_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handover_item_dossier_id"), ["dossier_id"], unique=False
        )

    op.create_table(
        "rating",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "level IN ('very_satisfied', 'satisfied', 'dissatisfied')",
            name=op.f("ck_rating_level_known"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_rating_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_rating_office_id_office")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_rating_staff_id_staff")),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["queue_ticket.id"], name=op.f("fk_rating_ticket_id_queue_ticket")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
    )


def downgrade() -> None:
    op.drop_table("rating")
    with op.batch_alter_table("handover_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_item_dossier_id"))

    op.drop_table("handover_item")
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_event_dossier_id"))

    op.drop_table("dossier_event")
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_event_ticket_id"))

    op.drop_table("ticket_event")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_status_due")
        batch_op.drop_index("ix_dossier_received_at")
        batch_op.drop_index("ix_dossier_phone")
        batch_op.drop_index("ix_dossier_name_key")
        batch_op.drop_index("ix_dossier_id_number")

    op.drop_table("dossier")
    with op.batch_alter_table("queue_ticket", schema=None) as batch_op:
        batch_op.drop_index("ix_queue_ticket_waiting")

    op.drop_table("queue_ticket")
    op.drop_table("handover_batch")
    op.drop_table("counter_area")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_at")

    op.drop_table("audit_entry")
    op.drop_table("staff")
    op.drop_table("service_area")
    op.drop_table("counter")
    op.drop_table("calendar_override")
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_procedure_name_key"))

    op.drop_table("procedure")
    op.drop_table("office")
    op.drop_table("daily_counter")
    with op.batch_alter_table("applicant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applicant_name_key"))
        batch_op.drop_index("ix_applicant_id_number")

    op.drop_table("applicant")
