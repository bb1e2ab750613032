"""Audit rows cannot be changed or deleted: the database itself refuses (both backends)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError

from desktop_app.services.audit import record_audit
from desktop_app.storage.models import AuditEntry


def test_update_and_delete_of_audit_rows_are_refused(context, now):
    with context.session() as session:
        record_audit(session, "dossier_viewed", "dossier", "x", detail="", at=now)
    for statement in (
        update(AuditEntry).values(detail="changed"),
        delete(AuditEntry),
        text("UPDATE audit_entry SET action = 'nothing'"),
    ):
        with (
            pytest.raises(DatabaseError, match="audit entries cannot be"),
            context.session() as session,
        ):
            session.execute(statement)
    with context.session(read_only=True) as session:
        rows = session.scalars(select(AuditEntry)).all()
    assert len(rows) >= 1 and all(r.detail == "" for r in rows)
    assert {r.action for r in rows} >= {"dossier_viewed"}


def test_truncate_is_refused_on_postgresql(context):
    if context.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is a PostgreSQL statement")
    with (
        pytest.raises(DatabaseError, match="audit entries cannot be"),
        context.session() as session,
    ):
        session.execute(text("TRUNCATE audit_entry"))
    with context.session(read_only=True) as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) is not None


def test_no_application_code_updates_or_deletes_audit_rows() -> None:
    """A code-level guard next to the triggers: nothing but INSERT touches the table."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "desktop_app"
    offenders = []
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("update(AuditEntry", "delete(AuditEntry", "UPDATE audit_entry",
                       "DELETE FROM audit_entry"):  # fmt: skip
            if needle in source:
                offenders.append(f"{path.name}: {needle}")
    assert offenders == []
