"""The notification rule's checks at reception, and the settings that choose events and media."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.config import SettingsError, describe_settings, load_settings
from desktop_app.services.dossiers.applicant_input import ApplicantInput
from desktop_app.services.dossiers.notification_rule import recipient_of
from desktop_app.services.dossiers.reception_request import ReceptionRequest, request_problems
from desktop_app.setting_values import NOTIFY_EVENTS, NOTIFY_MEDIA, parse_events
from motcua_core.domain.identifiers import IdType
from motcua_core.notification_payloads import NOTIFICATION_EVENTS, NOTIFICATION_MEDIA

TODAY = date(2026, 11, 26)


def _request(medium: str | None, phone: str | None = None, email: str | None = None):
    applicant = ApplicantInput("Trần Văn Đức", IdType.CCCD, "001090001234", phone=phone,
                               email=email)  # fmt: skip
    return ReceptionRequest("1.004873", applicant, notify_medium=medium)


def test_the_settings_name_the_same_events_and_media_as_the_payloads() -> None:
    assert NOTIFY_EVENTS == NOTIFICATION_EVENTS
    assert (*NOTIFICATION_MEDIA, "none") == NOTIFY_MEDIA


@pytest.mark.parametrize(
    ("medium", "phone", "email", "field", "words"),
    [("sms", None, "a@b.vn", "phone", "số điện thoại"), ("zalo", "  ", None, "phone", "Zalo"),
     ("email", "0912345678", "", "email", "địa chỉ email"), ("fax", None, None, "notify_medium",
     "SMS, Zalo, email")],
)  # fmt: skip
def test_a_medium_without_its_recipient_is_reported_under_the_missing_field(
    medium, phone, email, field, words
) -> None:
    problems = request_problems(_request(medium, phone, email), TODAY)
    assert list(problems) == [field] and words in problems[field]


@pytest.mark.parametrize("medium", [None, "none", "sms", "zalo", "email"])
def test_a_medium_with_its_recipient_or_no_consent_is_no_problem(medium) -> None:
    assert dict(request_problems(_request(medium, "0912345678", "duc@example.vn"), TODAY)) == {}


def test_a_bad_phone_is_reported_as_bad_not_as_missing() -> None:
    problems = request_problems(_request("sms", "12ab"), TODAY)
    assert list(problems) == ["phone"] and "số điện thoại của người nộp" not in problems["phone"]


def test_the_recipient_is_the_phone_or_the_address_the_medium_needs() -> None:
    assert recipient_of("sms", "0912", "a@b.vn") == recipient_of("zalo", "0912", None) == "0912"
    assert recipient_of("email", "0912", "a@b.vn") == "a@b.vn"
    assert (
        recipient_of("none", "0912", "a@b.vn") is None
        and recipient_of("email", "0912", None) is None
    )


def test_event_settings_parse_lists_and_refuse_unknown_names() -> None:
    settings = load_settings(read_standard_file=False, environ={
        "DESKTOP_APP_NOTIFY_EVENTS_POST": "returned, received",
        "DESKTOP_APP_NOTIFY_EVENTS_ONLINE": "none",
        "DESKTOP_APP_NOTIFY_DEFAULT_MEDIUM": "Zalo",
    })  # fmt: skip
    assert settings.notify_events_post == ("received", "returned")
    assert settings.notify_events_online == () and settings.notify_default_medium == "zalo"
    assert settings.notify_events_in_person == NOTIFICATION_EVENTS
    shown = {row["name"]: row["value"] for row in describe_settings(settings)}
    assert (
        shown["notify_events_post"] == "received,returned" and shown["notify_events_online"] == ""
    )
    assert parse_events(["result_ready", "received"]) == ("received", "result_ready")
    with pytest.raises(SettingsError, match="notify_events_post.*not posted"):
        load_settings(
            read_standard_file=False, environ={"DESKTOP_APP_NOTIFY_EVENTS_POST": "posted"}
        )
    with pytest.raises(SettingsError, match="one of sms, zalo, email, none"):
        load_settings(
            read_standard_file=False, environ={"DESKTOP_APP_NOTIFY_DEFAULT_MEDIUM": "fax"}
        )
