"""attachments: the content-addressed stored files and the dossiers' digitised documents

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop_app.storage.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _moment(name: str, nullable: bool) -> sa.Column:
    return sa.Column(name, desktop_app.storage.types.UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        _moment("created_at", False),
        _moment("uploaded_at", True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_file")),
    )
    op.create_table(
        "dossier_attachment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("document_index", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=100), nullable=True),
        sa.Column("number", sa.String(length=100), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=200), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("permanent", sa.Boolean(), nullable=False),
        sa.Column("owner_id_number", sa.String(length=20), nullable=True),
        sa.Column("digitised_by_id", sa.Uuid(), nullable=True),
        _moment("digitised_at", False),
        sa.Column("reused_from_id", sa.Uuid(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "role IN ('document', 'result')", name=op.f("ck_dossier_attachment_role_known")
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_attachment_dossier_id_dossier")
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["stored_file.sha256"],
            name=op.f("fk_dossier_attachment_sha256_stored_file"),
        ),
        sa.ForeignKeyConstraint(
            ["digitised_by_id"],
            ["staff.id"],
            name=op.f("fk_dossier_attachment_digitised_by_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["reused_from_id"],
            ["dossier_attachment.id"],
            name=op.f("fk_dossier_attachment_reused_from_id_dossier_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_attachment")),
        sa.UniqueConstraint(
            "dossier_id",
            "role",
            "document_index",
            name=op.f("uq_dossier_attachment_dossier_id_role_document_index"),
        ),
    )
    with op.batch_alter_table("dossier_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dossier_attachment_dossier_id"), ["dossier_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dossier_attachment_owner_id_number"), ["owner_id_number"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_attachment_owner_id_number"))
        batch_op.drop_index(batch_op.f("ix_dossier_attachment_dossier_id"))
    op.drop_table("dossier_attachment")
    op.drop_table("stored_file")
