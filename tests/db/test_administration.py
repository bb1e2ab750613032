"""The administrator's services: staff, office, calendar, catalogue, queue; all audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.printing.audit_export import write_audit_csv, write_audit_xlsx
from desktop_app.services.dossiers.lookup import audit_view
from desktop_app.services.errors import ServiceError
from desktop_app.services.office import administration as admin
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.queue.admin import save_counter, save_fairness, save_notice
from desktop_app.services.queue.board import change_seq, read_board
from desktop_app.services.reports.audit_log import (
    AuditFilter,
    search_audit,
)
from desktop_app.services.staff.accounts import StaffRole, add_staff
from desktop_app.services.staff.auth import SignInFailure, sign_in
from desktop_app.storage.models import AuditEntry
from tests.support.handover_data import receive

PASSWORD = "motcua2026"


@pytest.fixture
def actor(context, office):
    with context.session() as session:
        return add_staff(session, office.id, username="admin", full_name="Quản Trị Viên",
                         role=StaffRole.ADMIN, password=PASSWORD)  # fmt: skip


def test_admin_creates_an_officer_who_signs_in_then_is_deactivated(context, office, now, actor):
    with context.session() as session:
        assert admin.require_admin(session, actor.id).username == "admin"
        admin.create_staff(session, office.id, username="CanBo7", full_name="phạm thị thu",
                           role="reception", password="matkhau123", department=None,
                           actor_id=actor.id, at=now)  # fmt: skip
    with context.session() as session:
        outcome = sign_in(session, "canbo7", "matkhau123", now=now)
    assert outcome.ok and outcome.staff.full_name == "Phạm Thị Thu"
    assert outcome.staff.role is StaffRole.RECEPTION
    with context.session() as session:
        admin.reset_password(session, "canbo7", "moi-12345", actor_id=actor.id, at=now)
        admin.change_staff(session, "canbo7", role="leader", actor_id=actor.id, at=now)
    with context.session() as session:
        assert sign_in(session, "canbo7", "moi-12345", now=now).staff.role is StaffRole.LEADER
        admin.change_staff(session, "canbo7", active=False, actor_id=actor.id, at=now)
    with context.session() as session:
        assert sign_in(session, "canbo7", "moi-12345", now=now).failure is SignInFailure.INACTIVE
        with pytest.raises(ServiceError):
            admin.require_admin(session, outcome.staff.id)
        with pytest.raises(ServiceError):
            admin.change_staff(session, "admin", active=False, actor_id=actor.id, at=now)
    with context.session(read_only=True) as session:
        actions = [r.action for r in search_audit(session, AuditFilter(username="admin"))]
    assert {"staff_created", "password_reset", "staff_changed"} <= set(actions)


def test_office_identity_calendar_override_and_local_fee(context, office, now, actor):
    day = date(2026, 12, 7)  # a Monday
    with context.session() as session:
        info = admin.update_office_identity(
            session,
            office.id,
            name="UBND Phường Hàng Bạc",
            address="38 Hàng Bạc",
            actor_id=actor.id,
            at=now,
        )
        admin.set_calendar_override(session, office.id, day, is_working_day=False,
                                    note="Nghỉ bù", actor_id=actor.id, at=now)  # fmt: skip
        fee = admin.set_local_fee(session, "2.000815", "3.000 đồng/trang", actor_id=actor.id,
                                  at=now)  # fmt: skip
    assert info.code == office.code and info.name == "UBND Phường Hàng Bạc"
    assert fee.fee_is_local and fee.fee_text == "3.000 đồng/trang"
    with context.session() as session:
        assert not office_calendar(session, context.settings, office.id).is_working_day(day)
        assert [o.note for o in admin.list_calendar_overrides(session, office.id)] == ["Nghỉ bù"]
        admin.remove_calendar_override(session, office.id, day, actor_id=actor.id, at=now)
        cleared = admin.set_local_fee(session, "2.000815", "", actor_id=actor.id, at=now)
    assert not cleared.fee_is_local
    with context.session(read_only=True) as session:
        assert office_calendar(session, context.settings, office.id).is_working_day(day)
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"office_changed", "calendar_override_set", "calendar_override_removed",
            "local_fee_set", "local_fee_cleared"} <= actions  # fmt: skip


def test_new_counter_and_notice_reach_the_board(context, office, now, actor):
    with context.session(read_only=True) as session:
        before = change_seq(session, office.id)
    with context.session() as session:
        save_counter(session, office.id, number=5, name="Quầy 5", areas=["B", "A"],
                     actor_id=actor.id, at=now)  # fmt: skip
        save_notice(session, office.id, "Nghỉ trưa 12:00–13:00", actor_id=actor.id, at=now)
        save_fairness(session, office.id, fairness_n=2, strict=False, actor_id=actor.id, at=now)
    with context.session(read_only=True) as session:
        board = read_board(session, office.id, at=now, tz=context.settings.zone)
        assert change_seq(session, office.id) > before
    assert [c.number for c in board.counters] == [5] and board.notice.startswith("Nghỉ trưa")


def test_audit_log_filters_by_dossier_and_exports(context, office, calendar, now, actor, tmp_path):
    with context.session() as session:
        dossier = receive(session, office, calendar, now, staff_id=actor.id)
        audit_view(session, dossier.id, actor.id)
    with context.session(read_only=True) as session:
        rows = search_audit(session, AuditFilter(dossier_code=dossier.code.lower()))
        none = search_audit(session, AuditFilter(end=now - timedelta(days=3650)))
        viewed = search_audit(session, AuditFilter(action="dossier_viewed"))
    assert {r.action for r in rows} >= {"dossier_viewed"}
    assert all(r.dossier_code == dossier.code for r in rows) and none == []
    assert viewed[0].username == "admin" and viewed[0].dossier_code == dossier.code
    write_audit_csv(rows, tmp_path / "audit.csv", context.settings.zone)
    write_audit_xlsx(rows, tmp_path / "audit.xlsx", context.settings.zone)
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert "Thời điểm" in text and dossier.code in text
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    assert sheet.cell(1, 7).value == "Mã hồ sơ" and sheet.max_row == len(rows) + 1
