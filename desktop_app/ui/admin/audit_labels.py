"""What the audit log's stored codes (``staff_created``, ``dossier``…) mean, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.lifecycle import DossierStatus

_STATUS_PREFIX = "dossier_status_"


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
