"""What the audit log's stored codes (``staff_created``, ``dossier``…) mean, in words."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop_app.services.handover.batches import Direction
from desktop_app.services.ratings.rating import RatingLevel
from desktop_app.services.staff.accounts import StaffRole
from desktop_app.ui.admin.role_labels import ROLE_LABELS_VI
from motcua_core.domain.lifecycle import DossierStatus

_STATUS_PREFIX = "dossier_status_"
_ROLES = {role.value for role in StaffRole}
_ROLE = re.compile(r"role=(\w+)")
_DOSSIERS = re.compile(r"(\d+) dossiers")
_WRONG_PASSWORD = re.compile(r"wrong password \((\d+) in a row\)")


def _actions() -> dict[str, str]:
    return {
        "signed_in": QCoreApplication.translate("AuditLabels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditLabels", "Sign-in refused"),
        "dossier_received": QCoreApplication.translate("AuditLabels", "Dossier received"),
        "dossier_refused": QCoreApplication.translate("AuditLabels", "Dossier refused"),
        "dossier_viewed": QCoreApplication.translate("AuditLabels", "Dossier viewed"),
        "dossier_extended": QCoreApplication.translate("AuditLabels", "Time limit extended"),
        "handover_created": QCoreApplication.translate("AuditLabels", "Handover sent"),
        "handover_received": QCoreApplication.translate("AuditLabels", "Handover received"),
        "result_returned": QCoreApplication.translate("AuditLabels", "Result returned"),
        "rating_recorded": QCoreApplication.translate("AuditLabels", "Rating recorded"),
        "counter_paused": QCoreApplication.translate("AuditLabels", "Counter paused"),
        "counter_resumed": QCoreApplication.translate("AuditLabels", "Counter resumed"),
        "staff_created": QCoreApplication.translate("AuditLabels", "Account created"),
        "staff_changed": QCoreApplication.translate("AuditLabels", "Account changed"),
        "password_reset": QCoreApplication.translate("AuditLabels", "Password reset"),
        "office_changed": QCoreApplication.translate("AuditLabels", "Office changed"),
        "office_setting_changed": QCoreApplication.translate(
            "AuditLabels", "Office setting changed"
        ),
        "office_setting_cleared": QCoreApplication.translate(
            "AuditLabels", "Office setting cleared"
        ),
        "calendar_override_set": QCoreApplication.translate("AuditLabels", "Calendar day set"),
        "calendar_override_removed": QCoreApplication.translate(
            "AuditLabels", "Calendar day removed"
        ),
        "local_fee_set": QCoreApplication.translate("AuditLabels", "Local fee set"),
        "local_fee_cleared": QCoreApplication.translate("AuditLabels", "Local fee removed"),
        "area_added": QCoreApplication.translate("AuditLabels", "Service area added"),
        "area_changed": QCoreApplication.translate("AuditLabels", "Service area changed"),
        "counter_added": QCoreApplication.translate("AuditLabels", "Counter added"),
        "counter_changed": QCoreApplication.translate("AuditLabels", "Counter changed"),
        "priority_group_saved": QCoreApplication.translate("AuditLabels", "Priority group saved"),
        "display_notice_changed": QCoreApplication.translate(
            "AuditLabels", "Display notice changed"
        ),
    }


def _entities() -> dict[str, str]:
    return {
        "dossier": QCoreApplication.translate("AuditLabels", "Dossier"),
        "staff": QCoreApplication.translate("AuditLabels", "Account"),
        "office": QCoreApplication.translate("AuditLabels", "Office"),
        "office_setting": QCoreApplication.translate("AuditLabels", "Office setting"),
        "calendar_override": QCoreApplication.translate("AuditLabels", "Calendar"),
        "procedure": QCoreApplication.translate("AuditLabels", "Procedure"),
        "service_area": QCoreApplication.translate("AuditLabels", "Service area"),
        "counter": QCoreApplication.translate("AuditLabels", "Counter"),
        "priority_group": QCoreApplication.translate("AuditLabels", "Priority group"),
        "queue_board": QCoreApplication.translate("AuditLabels", "Display"),
        "handover_batch": QCoreApplication.translate("AuditLabels", "Handover batch"),
        "rating": QCoreApplication.translate("AuditLabels", "Rating"),
    }


def action_label(action: str) -> str:
    """``"staff_created"`` → "Tạo tài khoản"; a code without a label is shown as it is."""
    label = _actions().get(action)
    if label is not None:
        return label
    if action.startswith(_STATUS_PREFIX) and action[len(_STATUS_PREFIX) :].isdigit():
        number = int(action[len(_STATUS_PREFIX) :])
        if number in DossierStatus._value2member_map_:
            status = DossierStatus(number).label_vi
            return QCoreApplication.translate("AuditLabels", "Status changed: {status}").format(
                status=status
            )
    return action


def entity_label(entity: str) -> str:
    """``"dossier"`` → "Hồ sơ"; an entity without a label is shown as it is."""
    return _entities().get(entity, entity)


def _detail_words() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("AuditLabels", "name"),
        "address": QCoreApplication.translate("AuditLabels", "address"),
        "full_name": QCoreApplication.translate("AuditLabels", "full name"),
        "department": QCoreApplication.translate("AuditLabels", "department"),
        "activated": QCoreApplication.translate("AuditLabels", "activated"),
        "deactivated": QCoreApplication.translate("AuditLabels", "deactivated"),
        "working_day": QCoreApplication.translate("AuditLabels", "extra working day"),
        "day_off": QCoreApplication.translate("AuditLabels", "extra day off"),
        "unknown username": QCoreApplication.translate("AuditLabels", "unknown username"),
        "inactive account": QCoreApplication.translate("AuditLabels", "inactive account"),
        "locked out": QCoreApplication.translate("AuditLabels", "locked out"),
        "authorised": QCoreApplication.translate("AuditLabels", "to an authorised person"),
        "applicant": QCoreApplication.translate("AuditLabels", "to the applicant"),
        **{d.value: d.label_vi for d in Direction},
        **{level.value: level.label_vi for level in RatingLevel},
    }


def _setting_names() -> dict[str, str]:
    return {
        "working_windows": QCoreApplication.translate("AuditLabels", "Working windows"),
        "working_days": QCoreApplication.translate("AuditLabels", "Working days"),
        "same_day_cutoff": QCoreApplication.translate("AuditLabels", "Same-day cut-off"),
        "priority_fairness_n": QCoreApplication.translate("AuditLabels", "Fairness"),
        "priority_strict": QCoreApplication.translate("AuditLabels", "Strict priority"),
        "station_printers": QCoreApplication.translate("AuditLabels", "Printers"),
        "office_logo": QCoreApplication.translate("AuditLabels", "Logo"),
    }


def _detail_part(part: str) -> str:
    words = _detail_words()
    if part in words:
        return words[part]
    if match := _ROLE.fullmatch(part):
        role = ROLE_LABELS_VI.get(StaffRole(match[1])) if match[1] in _ROLES else match[1]
        return QCoreApplication.translate("AuditLabels", "role: {role}").format(role=role)
    if match := _DOSSIERS.fullmatch(part):
        return QCoreApplication.translate("AuditLabels", "{count} dossiers").format(count=match[1])
    if match := _WRONG_PASSWORD.fullmatch(part):
        return QCoreApplication.translate(
            "AuditLabels", "wrong password ({count} in a row)"
        ).format(count=match[1])
    return part


def detail_label(detail: str) -> str:
    """``"full_name,role=leader"`` → "họ tên, vai trò: Lãnh đạo"; unknown parts as they are."""
    if not detail:
        return ""
    groups = [g.strip() for g in detail.split(";")]
    return "; ".join(", ".join(_detail_part(p.strip()) for p in g.split(",")) for g in groups)


def object_label(entity: str, entity_id: str) -> str:
    """The object's id, or the setting's name for an office setting."""
    if entity == "office_setting":
        return _setting_names().get(entity_id, entity_id)
    return entity_id
