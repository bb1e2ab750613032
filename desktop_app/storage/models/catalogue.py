"""The procedure catalogue (thủ tục hành chính) the office receives dossiers for."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models.base import Base, utc_now, uuid_pk


class Procedure(Base):
    """A procedure of the catalogue (thủ tục hành chính) with its legal time limit."""

    __tablename__ = "procedure"
    __table_args__ = (
        CheckConstraint(
            "limit_unit IN ('hours', 'working_days', 'half_days', 'calendar_days', 'same_day')",
            name="limit_unit_known",
        ),
        CheckConstraint(
            "online_level IS NULL OR online_level IN ('full', 'partial')",
            name="online_level_known",
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    field: Mapped[str] = mapped_column(String(200))
    limit_amount: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    limit_unit: Mapped[str] = mapped_column(String(20))
    same_day: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_text: Mapped[str] = mapped_column(Text, default="")
    local_fee_text: Mapped[str | None] = mapped_column(Text)
    required_documents: Mapped[list[Any]] = mapped_column(default=list)
    area_code: Mapped[str | None] = mapped_column(String(20))
    #: ``full`` (toàn trình), ``partial`` (một phần) or None: ``motcua_core.domain.online_level``.
    online_level: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
