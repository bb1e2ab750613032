"""procedure: its online level (toàn trình / một phần / none), set by the central catalogue

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("online_level", sa.String(length=10), nullable=True))
        batch_op.create_check_constraint(
            "online_level_known", "online_level IS NULL OR online_level IN ('full', 'partial')"
        )


def downgrade() -> None:
    with op.batch_alter_table("procedure", schema=None) as batch_op:
        batch_op.drop_constraint("online_level_known", type_="check")
        batch_op.drop_column("online_level")
