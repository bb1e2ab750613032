"""Lookup: exact code, accent-insensitive names (prefix and word), ID, phone, filters, pages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.services.dossiers.lookup import (
    SearchFilters,
    SearchKind,
    SortKey,
    classify_text,
    find_dossier_id,
    search_dossiers,
)
from desktop_app.services.dossiers.reception import (
    ApplicantInput,
    ReceptionRequest,
    receive_dossier,
)
from desktop_app.services.dossiers.status import change_status
from desktop_app.services.errors import NotFound
from motcua_core.domain.identifiers import IdType
from motcua_core.domain.lifecycle import DossierStatus

PEOPLE = [
    ("Nguyễn Thị Hồng Nhung", "001085012345", "0912345678", "1.004873"),
    ("Nguyễn Văn An", "001090001111", "0987000111", "2.000815"),
    ("Đặng Hồng Nhung", "079190002222", None, "1.004873"),
    ("Lê Văn Nam", "123456789", None, "2.000815"),
]


@pytest.fixture
def codes(context, office, calendar, now):
    result = []
    with context.session() as session:
        for index, (name, number, phone, procedure) in enumerate(PEOPLE):
            id_type = IdType.CMND if len(number) == 9 else IdType.CCCD
            request = ReceptionRequest(
                procedure, ApplicantInput(name, id_type, number, phone=phone)
            )
            saved = receive_dossier(
                session,
                request,
                office=office,
                calendar=calendar,
                received_at=now + timedelta(minutes=index),
            )
            result.append(saved.code)
        change_status(
            session, find_dossier_id(session, result[3]), DossierStatus.IN_PROGRESS, at=now
        )
    return result


def search(context, calendar, now, text, **kwargs):
    with context.session(read_only=True) as session:
        return search_dossiers(session, text, now=now, tz=calendar.tz, **kwargs)


def names(page):
    return [item.applicant_name for item in page.items]


def test_classify_text():
    assert classify_text(" 000.00.06.h56-261126-0001 ") == (
        SearchKind.CODE,
        "000.00.06.H56-261126-0001",
    )
    assert classify_text("0912 345 678") == (SearchKind.PHONE, "0912345678")
    assert classify_text("001085012345") == (SearchKind.ID_NUMBER, "001085012345")
    assert classify_text("C1234567") == (SearchKind.ID_NUMBER, "C1234567")
    assert classify_text("Đặng  HỒNG") == (SearchKind.NAME, "dang hong")
    assert classify_text("   ")[0] is SearchKind.NONE


def test_code_id_phone(context, calendar, now, codes):
    assert names(search(context, calendar, now, codes[2])) == ["Đặng Hồng Nhung"]
    assert names(search(context, calendar, now, "001 085 012 345")) == ["Nguyễn Thị Hồng Nhung"]
    assert names(search(context, calendar, now, "+84 987 000 111")) == ["Nguyễn Văn An"]
    assert search(context, calendar, now, codes[0][:-1] + "9").items == ()
    with pytest.raises(NotFound), context.session(read_only=True) as session:
        find_dossier_id(session, codes[0][:-1] + "9")


def test_names_without_accents_prefix_first_then_words(context, calendar, now, codes):
    assert names(search(context, calendar, now, "nguyen")) == [
        "Nguyễn Thị Hồng Nhung",
        "Nguyễn Văn An",
    ]
    assert set(names(search(context, calendar, now, "hong nhung"))) == {
        "Đặng Hồng Nhung",
        "Nguyễn Thị Hồng Nhung",
    }
    assert names(search(context, calendar, now, "dang h")) == ["Đặng Hồng Nhung"]
    assert set(names(search(context, calendar, now, "nhu"))) == {
        "Nguyễn Thị Hồng Nhung",
        "Đặng Hồng Nhung",
    }


def test_pages_and_sorting(context, calendar, now, codes):
    first = search(context, calendar, now, "", limit=3, sort=SortKey.RECEIVED)
    second = search(context, calendar, now, "", limit=3, offset=3, sort=SortKey.RECEIVED)
    assert first.has_more and not second.has_more
    assert [i.code for i in first.items + second.items] == codes
    by_word = search(context, calendar, now, "nhung", limit=1, offset=1)
    assert len(by_word.items) == 1 and not by_word.has_more


def test_filters(context, calendar, now, codes):
    statuses = SearchFilters(statuses=(DossierStatus.IN_PROGRESS,))
    assert names(search(context, calendar, now, "", filters=statuses)) == ["Lê Văn Nam"]
    procedure = SearchFilters(procedure_code="2.000815")
    assert len(search(context, calendar, now, "", filters=procedure).items) == 2
    day = now.astimezone(calendar.tz).date()
    period = SearchFilters(received_from=day, received_to=day)
    assert len(search(context, calendar, now, "", filters=period).items) == 4
    earlier = SearchFilters(received_to=day - timedelta(days=1))
    assert search(context, calendar, now, "", filters=earlier).items == ()
    later = now + timedelta(days=30)
    assert len(search(context, calendar, later, "", filters=SearchFilters(overdue=True)).items) == 4
    soon = SearchFilters(due_within_days=1)
    assert {i.procedure_code for i in search(context, calendar, now, "", filters=soon).items} == {
        "2.000815"
    }
