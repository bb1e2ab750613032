"""applied_op: the index of counts by outcome puts ``outcome`` first, so that only the primary
key begins with the office and a push's lookup of repeats stays a key probe

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("applied_op", schema=None) as batch_op:
        batch_op.create_index("ix_applied_op_outcome_office", ["outcome", "office_id"])
        batch_op.drop_index("ix_applied_op_office_outcome")


def downgrade() -> None:
    with op.batch_alter_table("applied_op", schema=None) as batch_op:
        batch_op.create_index("ix_applied_op_office_outcome", ["office_id", "outcome"])
        batch_op.drop_index("ix_applied_op_outcome_office")
