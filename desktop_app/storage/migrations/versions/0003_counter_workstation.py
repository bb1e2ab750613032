"""counter workstation (reserved: filled by the change that needs it)

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _upgrade_counter_3a()
    _upgrade_handover_3b()


def downgrade() -> None:
    _downgrade_handover_3b()
    _downgrade_counter_3a()


# counter: reception, lookup, import (3A) ------------------------------------------------------
# Visits and idempotent saves on the dossier; the word index of applicants' names.


def _upgrade_counter_3a() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("visit_key", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("request_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_dossier_visit_key"), ["visit_key"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_dossier_request_id"), ["request_id"])
    op.create_table(
        "dossier_name_word",
        sa.Column("word", sa.String(length=60), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_name_word_dossier_id_dossier")
        ),
        sa.PrimaryKeyConstraint("word", "dossier_id", name=op.f("pk_dossier_name_word")),
    )


def _downgrade_counter_3a() -> None:
    op.drop_table("dossier_name_word")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_dossier_request_id"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_dossier_visit_key"))
        batch_op.drop_column("request_id")
        batch_op.drop_column("visit_key")


# end counter (3A) -----------------------------------------------------------------------------


# handover/return (3B) ------------------------------------------------------------------------
# Department decisions and return details on the dossier, batch numbers, who gave / took each item.


def _upgrade_handover_3b() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supplement_request", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("stop_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extension_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("returned_to_name", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("returned_to_id_number", sa.String(length=20), nullable=True)
        )
        batch_op.add_column(sa.Column("returned_to_authorised", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("returned_by_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("fee_collected", sa.Numeric(precision=12, scale=0), nullable=True)
        )
        batch_op.create_foreign_key(
            op.f("fk_dossier_returned_by_id_staff"), "staff", ["returned_by_id"], ["id"]
        )
    with op.batch_alter_table("handover_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
    with op.batch_alter_table("handover_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sender_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("receiver_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_handover_item_sender_id_staff"), "staff", ["sender_id"], ["id"]
        )
        batch_op.create_foreign_key(
            op.f("fk_handover_item_receiver_id_staff"), "staff", ["receiver_id"], ["id"]
        )


def _downgrade_handover_3b() -> None:
    with op.batch_alter_table("handover_item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_handover_item_receiver_id_staff"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_handover_item_sender_id_staff"), type_="foreignkey")
        batch_op.drop_column("receiver_id")
        batch_op.drop_column("sender_id")
    with op.batch_alter_table("handover_batch", schema=None) as batch_op:
        batch_op.drop_column("number")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_dossier_returned_by_id_staff"), type_="foreignkey")
        for column in (
            "fee_collected", "returned_by_id", "returned_to_authorised", "returned_to_id_number",
            "returned_to_name", "extension_reason", "stop_reason", "supplement_request",
        ):  # fmt: skip
            batch_op.drop_column(column)


# end handover/return (3B) --------------------------------------------------------------------
