"""Form II.06a counted from an office database equals the columns built into the test dossiers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.services.office.identity import OfficeInfo
from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a
from motcua_core.domain.form_ii06a import invariant_errors
from motcua_core.domain.report_periods import parse_report_period
from motcua_core.reports.form_ii06a_json import form_ii06a_as_dict
from tests.support.form_ii06a_data import (
    PERIOD_NAME,
    expected_by_field,
    insert_cases,
    late_codes,
    local,
)

AFTER = datetime(2020, 8, 1, tzinfo=UTC)


@pytest.fixture
def seeded(context, office: OfficeInfo):
    with context.session() as session:
        insert_cases(session, office.id, office.code)
    return context


def _form(context, withdrawn_as_resolved: bool = True, now: datetime = AFTER):
    options = FormOptions(context.settings.zone, withdrawn_as_resolved, now)
    with context.session(read_only=True) as session:
        return build_form_ii06a(session, parse_report_period(PERIOD_NAME), options)


def test_rows_have_the_columns_built_in_stand_under_headings_and_the_annex_lists_the_late(
    seeded, office: OfficeInfo
) -> None:
    for withdrawn_as_resolved in (True, False):
        strict = _form(seeded, withdrawn_as_resolved)
        got = {row.field_name: dict(row.columns) for row in strict.rows}
        assert got == expected_by_field(withdrawn_as_resolved)
        assert invariant_errors(strict.total) == []
        assert strict.total["3"] == sum(row["3"] for row in got.values())
    report = _form(seeded)
    assert [(r.heading, r.field_name, r.field_code) for r in report.rows] == [
        ("Hộ tịch", "Hộ tịch", "ho-tich"),
        ("Chứng thực", "Chứng thực", "chung-thuc"),
        ("Cư trú và lĩnh vực khác", "Cư trú", "cu-tru"),
    ]
    assert [line.code for line in report.late] == late_codes(office.code)
    reasons = {line.reason for line in report.late}
    assert "Chờ kết quả xác minh của Công an huyện" in reasons and "" in reasons


def test_the_json_names_the_rule_and_a_period_not_over_judges_open_dossiers_now(seeded) -> None:
    data = form_ii06a_as_dict(_form(seeded, withdrawn_as_resolved=False))
    assert (data["form"], data["from"], data["to"]) == ("II.06a", "2020-05-15", "2020-06-14")
    assert set(data["rows"][0]) >= {"field_code", "field_name", "columns"}
    assert list(data["total"]["columns"]) == [str(n) for n in range(3, 14)]
    assert "không được tính" in data["notes"][0]
    # At 23:00 local on the last day the dossier due at 23:30 is still within its limit.
    late = _form(seeded, now=AFTER).total
    early = _form(seeded, now=local(2020, 6, 14, 23, 0))
    assert early.total["13"] < late["13"]
    assert not early.period_over
    assert any("chưa kết thúc" in note for note in form_ii06a_as_dict(early)["notes"])
