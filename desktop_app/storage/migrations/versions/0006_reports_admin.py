"""reports admin: office settings, rating requests, audit rows that cannot change

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END",
)
_PG_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted (%)', TG_OP; END $$",
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_immutable()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_immutable()",
)


def upgrade() -> None:
    op.create_table(
        "office_setting",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "updated_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_office_setting_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["staff.id"], name=op.f("fk_office_setting_updated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("office_id", "key", name=op.f("pk_office_setting")),
    )
    op.create_table(
        "rating_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("counter_number", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=False
        ),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column(
            "answered_at", desktop_app.storage.types.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("rating_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'answered', 'expired')",
            name=op.f("ck_rating_request_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_rating_request_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_rating_request_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"], ["rating.id"], name=op.f("fk_rating_request_rating_id_rating")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_rating_request_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["queue_ticket.id"],
            name=op.f("fk_rating_request_ticket_id_queue_ticket"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_request")),
    )
    with op.batch_alter_table("rating_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_rating_request_waiting",
            ["office_id", "counter_number", "state", "created_at"],
            unique=False,
        )
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dossier_event_to_status", ["to_status", "dossier_id"], unique=False
        )
    _create_audit_triggers()


def _create_audit_triggers() -> None:
    """Audit rows are only ever added: the database refuses UPDATE and DELETE on them."""
    dialect = op.get_bind().dialect.name
    statements = _PG_TRIGGERS if dialect == "postgresql" else _SQLITE_TRIGGERS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_immutable()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_event_to_status")
    with op.batch_alter_table("rating_request", schema=None) as batch_op:
        batch_op.drop_index("ix_rating_request_waiting")
    op.drop_table("rating_request")
    op.drop_table("office_setting")
