"""attachments: content-addressed files, which office holds each, upload chunks, metadata

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import central_server.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOMENT = central_server.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("completed_at", _MOMENT, nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "attachment_holding",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("held_at", _MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_attachment_holding_office_id_office")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment_blob.sha256"],
            name=op.f("fk_attachment_holding_sha256_attachment_blob"),
        ),
        sa.PrimaryKeyConstraint("office_id", "sha256", name=op.f("pk_attachment_holding")),
    )
    op.create_index(
        op.f("ix_attachment_holding_sha256"), "attachment_holding", ["sha256"], unique=False
    )
    op.create_table(
        "attachment_chunk",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("chunk_index", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("received_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id", "sha256"],
            ["attachment_holding.office_id", "attachment_holding.sha256"],
            name=op.f("fk_attachment_chunk_office_id_attachment_holding"),
        ),
        sa.PrimaryKeyConstraint(
            "office_id", "sha256", "chunk_index", name=op.f("pk_attachment_chunk")
        ),
    )
    op.create_table(
        "central_attachment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("dossier_code", sa.String(length=60), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("document_index", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("last_office_seq", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.CheckConstraint(
            "role IN ('document', 'result')", name=op.f("ck_central_attachment_role_known")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["office.id"], name=op.f("fk_central_attachment_office_id_office")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_central_attachment")),
    )
    op.create_index(
        op.f("ix_central_attachment_office_id"), "central_attachment", ["office_id"], unique=False
    )
    op.create_index(
        op.f("ix_central_attachment_dossier_id"), "central_attachment", ["dossier_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_central_attachment_dossier_id"), table_name="central_attachment")
    op.drop_index(op.f("ix_central_attachment_office_id"), table_name="central_attachment")
    op.drop_table("central_attachment")
    op.drop_table("attachment_chunk")
    op.drop_index(op.f("ix_attachment_holding_sha256"), table_name="attachment_holding")
    op.drop_table("attachment_holding")
    op.drop_table("attachment_blob")
