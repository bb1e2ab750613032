"""Form II.06a at the centre, from the ops an office pushed, equals the office's own form.

The office database gets the dossiers of known columns (``tests.support.form_ii06a_data``)
through the outbox the real services write; its pending ops are applied at the centre as a
push would apply them (``apply_batch``), for two offices of the same data. Then the office's
form, the centre's form of that office and the centre's form of all offices are compared.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from central_server.admin import create_office, enrol_device, ensure_server_rows
from central_server.central_ops import default_catalogue_file, load_catalogue, read_catalogue
from central_server.cli import main as central_main
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.ingest import apply_batch
from central_server.models import CentralOffice, Device
from central_server.report_forms import build_central_form
from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.office.identity import current_office
from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a
from motcua_core.domain.report_periods import parse_report_period
from motcua_core.protocol import PushRequest
from motcua_core.reports.form_ii06a_report import ReportSource
from tests.support.form_ii06a_data import PERIOD_NAME, insert_cases, late_codes, pending_ops

UNITS = ("000.00.06.H56", "000.00.07.H56")
PERIOD = parse_report_period(PERIOD_NAME)
AFTER = datetime(2020, 8, 1, tzinfo=UTC)


def _office_form(url: str, unit: str, withdrawn: bool):
    settings = load_settings(config_file=None, environ={}, read_standard_file=False,
                             overrides={"database_url": url, "office_code": unit})  # fmt: skip
    context = build_context(settings, create=True)
    from desktop_app.services.office.setup import set_up_office
    from desktop_app.storage.migrate import upgrade_to_head as office_upgrade

    office_upgrade(context.engine)
    try:
        with context.session() as session:
            set_up_office(session, unit, f"UBND {unit}")
            insert_cases(session, current_office(session).id, unit)
        with context.session() as session:
            ops = pending_ops(session)
            options = FormOptions(settings.zone, withdrawn, AFTER)
            return build_form_ii06a(session, PERIOD, options), ops
    finally:
        context.close()


@pytest.fixture(scope="module")
def pushed(tmp_path_factory: pytest.TempPathFactory):
    """The office's forms (both rules) and a central database holding two offices' pushes."""
    folder = tmp_path_factory.mktemp("central_ii06a")
    forms, ops_by_unit = {}, {}
    for unit in UNITS:
        url = f"sqlite:///{folder / unit}.sqlite3"
        forms[unit], ops_by_unit[unit] = _office_form(url, unit, True)
    forms["strict"], _ = _office_form(f"sqlite:///{folder}/strict.sqlite3", "000.00.08.H56", False)
    central_url = f"sqlite:///{folder}/central.sqlite3"
    engine = make_engine(central_url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        load_catalogue(session, read_catalogue(default_catalogue_file()))
        for unit in UNITS:
            _push(session, unit, ops_by_unit[unit])
    yield forms, engine, central_url
    engine.dispose()


def _push(session, unit: str, ops: list[dict]) -> None:
    token = create_office(session, unit, f"UBND {unit}").token
    device_id = enrol_device(session, token, "counter 1").device_id
    office = session.query(CentralOffice).filter_by(unit_code=unit).one()
    device = session.get(Device, uuid.UUID(str(device_id)))
    for start in range(0, len(ops), 200):
        request = PushRequest(batch_id=uuid.uuid4(), ops=ops[start : start + 200])
        results = apply_batch(session, office, device, request)
        assert {r.outcome for r in results} == {"applied"}, [r.reason for r in results]


def _central(engine, units, withdrawn: bool = True):
    source = ReportSource(PERIOD, "", withdrawn, now=AFTER)
    with session_scope(make_session_factory(engine)) as session:
        return build_central_form(session, units, source)


def _by_field(report) -> dict[str, dict[str, int]]:
    return {row.field_code: dict(row.columns) for row in report.rows}


def test_the_centre_counts_an_office_as_the_office_does(pushed) -> None:
    forms, engine, _ = pushed
    office, centre = forms[UNITS[0]], _central(engine, [UNITS[0]])
    assert _by_field(centre) == _by_field(office)
    assert dict(centre.total) == dict(office.total)
    assert [line.code for line in centre.late] == late_codes(UNITS[0])
    assert [line.reason for line in centre.late] == [line.reason for line in office.late]


def test_all_offices_are_summed_and_the_rule_follows_the_option(pushed) -> None:
    forms, engine, _ = pushed
    both = _central(engine, None)
    assert {k: v for k, v in both.total.items()} == {
        k: 2 * v for k, v in forms[UNITS[0]].total.items()
    }
    strict = _central(engine, [UNITS[1]], withdrawn=False)
    assert _by_field(strict) == _by_field(forms["strict"])


def test_the_command_writes_json_and_xlsx(pushed, tmp_path: Path, capsys) -> None:
    forms, _, url = pushed
    args = ["report", "--db", url, "--form", "ii06a", "--period", PERIOD_NAME]
    assert central_main([*args, "--office", UNITS[0]]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["form"] == "II.06a" and data["from"] == "2020-05-15"
    assert data["total"]["columns"] == {k: v for k, v in forms[UNITS[0]].total.items()}
    out = tmp_path / "all.xlsx"
    assert central_main([*args, "--all", "--format", "xlsx", "--out", str(out)]) == 0
    sheet = load_workbook(out)["II.06a"]
    assert "C7:F7" in {str(r) for r in sheet.merged_cells.ranges}
    assert central_main([*args, "--office", "999.99.99.H99"]) == 2
    assert "no office 999.99.99.H99" in capsys.readouterr().err
    assert central_main(["report", "--db", url, "--form", "ii06a", "--all"]) == 2
