"""How the administration window names staff roles, in Vietnamese (the audit log too)."""

from __future__ import annotations

from desktop_app.services.staff.accounts import StaffRole

ROLE_LABELS_VI = {
    StaffRole.RECEPTION: "Cán bộ tiếp nhận",
    StaffRole.SPECIALIST: "Chuyên viên",
    StaffRole.LEADER: "Lãnh đạo",
    StaffRole.ADMIN: "Quản trị",
}
