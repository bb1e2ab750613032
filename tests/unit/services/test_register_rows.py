"""Register rows are checked without a database: shapes, dates, statuses, channels, words."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

import pytest

from desktop_app.services.dossiers.name_index import name_words
from desktop_app.services.dossiers.register_rows import RegisterRow, RowError, RowValidator

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
VALIDATOR = RowValidator({"2.000815": uuid.uuid4()}, TZ)
BASE = {
    "code": "000.00.06.H56-250103-0001",
    "procedure_code": "2.000815.000.00.00.H61",
    "applicant_name": "trần  văn đức",
    "id_number": "001 090 001 234",
    "phone": "+84987654321",
    "address": "",
    "channel": "post",
    "received_at": "2025-01-03T08:15",
    "due_at": "",
    "finished_at": "",
    "returned_at": "",
    "status": "2",
    "visit_id": "V1",
}


def test_good_row_is_normalised():
    row = VALIDATOR.check(2, BASE)
    assert isinstance(row, RegisterRow)
    assert (row.name, row.id_type, row.id_number, row.phone, row.channel) == (
        "Trần Văn Đức",
        "cccd",
        "001090001234",
        "0987654321",
        3,
    )
    assert row.received_at.utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"code": "HS-1"}, "not a dossier code"),
        ({"status": "11"}, "1–10"),
        ({"status": "10"}, "finished_at is empty"),
        ({"channel": "fax"}, "channel"),
        ({"received_at": ""}, "received_at is empty"),
        ({"finished_at": "2025-01-02T08:00", "status": "9"}, "before"),
        ({"phone": "12345"}, "phone"),
        ({"applicant_name": "  "}, "applicant_name"),
        ({"procedure_code": "1.000000"}, "catalogue"),
    ],
)
def test_bad_rows_say_why(changes, fragment):
    result = VALIDATOR.check(7, {**BASE, **changes})
    assert isinstance(result, RowError) and result.line == 7
    assert fragment in result.message


def test_name_words_skip_the_first_and_repeats():
    assert name_words("nguyen thi hong nhung") == ["thi", "hong", "nhung"]
    assert name_words("le van van") == ["van"]
    assert name_words("") == []
