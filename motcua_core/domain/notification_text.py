"""The words a citizen receives about their dossier, one template per event.

Every message names the office, the dossier code and the public lookup link, and the date
where the event has one (the appointment for ``received``, the new date for ``extension``),
written dd/mm/yyyy. It never holds the applicant's ID number or address: :func:`compose` is
not given them, and runs of nine or more digits (an ID or phone number an officer typed into
what a supplement needs) are masked in the one free text it takes; :func:`missing_text` gives
that text the same way to a provider that carries it as a template parameter (Zalo ZNS).

The same body serves e-mail, Zalo and SMS. What a supplement needs is shortened, at a word,
so the body stays within ``SMS_BODY_UNITS`` UTF-16 code units (four UCS-2 parts); the rest of
a message is short by construction. A gateway that takes only GSM 7-bit sends
:func:`motcua_core.domain.sms_length.without_marks` of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from motcua_core.domain.lookup_address import PUBLIC_LOOKUP_PATH, lookup_address

#: A body's budget: four UCS-2 SMS parts of 67 code units.
SMS_BODY_UNITS = 4 * 67
_ELLIPSIS = "…"
_ID_LIKE = re.compile(r"\d{9,}")
_ID_MASK = "***"


@dataclass(frozen=True)
class Message:
    """One message: ``subject`` for e-mail, ``body`` for every medium."""

    subject: str
    body: str


def _subject(event: str, code: str) -> str:
    subjects = {
        "received": f"Hồ sơ {code} đã được tiếp nhận",
        "supplement": f"Hồ sơ {code} cần bổ sung",
        "extension": f"Hồ sơ {code} được hẹn lại ngày trả kết quả",
        "result_ready": f"Hồ sơ {code} đã có kết quả",
        "returned": f"Hồ sơ {code} đã được trả kết quả",
    }
    if event not in subjects:
        raise ValueError(f"không có mẫu tin nhắn cho sự kiện {event!r}")
    return subjects[event]


def _day_sentence(prefix: str, day: date | None) -> str:
    return "" if day is None else f" {prefix}: {day:%d/%m/%Y}."


def _event_sentence(event: str, office: str, code: str, day: date | None, missing: str) -> str:
    if event == "received":
        return f"{office} đã tiếp nhận hồ sơ {code}." + _day_sentence("Ngày hẹn trả", day)
    if event == "supplement":
        stop = "" if missing.endswith(_ELLIPSIS) else "."
        return f"{office} đề nghị bổ sung hồ sơ {code}: {missing}{stop}"
    if event == "extension":
        return f"{office} xin lỗi vì hồ sơ {code} chưa có kết quả đúng hẹn." + _day_sentence(
            "Ngày hẹn mới", day
        )
    if event == "result_ready":
        return f"{office}: hồ sơ {code} đã có kết quả, mời ông/bà đến nhận."
    return f"{office} đã trả kết quả hồ sơ {code}."


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _shortened(missing: str, room: int) -> str:
    """``missing`` cut at a word, with an ellipsis, to at most ``room`` code units."""
    if _units(missing) <= room:
        return missing
    budget = room - _units(_ELLIPSIS)
    words = missing.split(" ")
    while words and _units(" ".join(words)) > budget:
        words.pop()
    kept = " ".join(words) if words else missing[: max(budget, 0)]
    while _units(kept) > budget:  # one long word, cut by characters (some take two units)
        kept = kept[:-1]
    return kept.rstrip(" ,;:.") + _ELLIPSIS


def missing_text(missing: str | None, limit: int | None = None) -> str:
    """What a supplement needs as a citizen may read it, wherever it goes (a body, or a
    template parameter of a provider such as Zalo ZNS): spaces collapsed, ID-like numbers
    masked, cut at a word to ``limit`` UTF-16 code units when given; never empty."""
    needs = _ID_LIKE.sub(_ID_MASK, " ".join((missing or "").split())).rstrip(" ,;:.")
    needs = needs or "giấy tờ còn thiếu"
    return needs if limit is None else _shortened(needs, limit)


def _page(lookup_url: str, code: str) -> str:
    """The dossier's lookup page: ``lookup_url`` is the base, or already the page's address."""
    if f"{PUBLIC_LOOKUP_PATH}?code=" in lookup_url:
        return lookup_url
    return lookup_address(lookup_url, code)


def compose(
    event: str,
    *,
    office_name: str,
    dossier_code: str,
    day: date | None,
    missing: str | None,
    lookup_url: str,
) -> Message:
    """The message telling the citizen of ``event`` on dossier ``dossier_code``.

    Args:
        event: one of ``NOTIFICATION_EVENTS``.
        office_name: the office as the citizen knows it ("UBND phường Bến Nghé").
        dossier_code: the code on the receipt.
        day: the appointment (``received``) or the new date (``extension``); else ignored.
        missing: what a supplement needs (``supplement``); else ignored.
        lookup_url: the public lookup page's base address (the page for the code is built
            from it), or that page's full address.

    Raises:
        ValueError: for an event with no template.
    """
    subject = _subject(event, dossier_code)
    tail = f" Tra cứu: {_page(lookup_url, dossier_code)}"
    needs = missing_text(missing)
    body = _event_sentence(event, office_name, dossier_code, day, needs) + tail
    if event == "supplement" and _units(body) > SMS_BODY_UNITS:
        room = SMS_BODY_UNITS - (_units(body) - _units(needs))
        needs = _shortened(needs, max(room, 0))
        body = _event_sentence(event, office_name, dossier_code, day, needs) + tail
    return Message(subject, body)
