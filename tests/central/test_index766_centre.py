"""The service index at the centre, from the ops an office pushed, equals the office's own.

The office database gets the month of known counts (``tests.support.index766_month``) through
the services and the outbox; its pending ops are applied at the centre as a push would apply
them (``apply_batch``), for two offices of the same data. Then the office's index, the centre's
index of that office, the sum of both, the CLI and the operator page's ranking are compared.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from central_server.admin import create_office, enrol_device, ensure_server_rows
from central_server.app import create_app
from central_server.central_ops import default_catalogue_file, load_catalogue, read_catalogue
from central_server.cli import main as central_main
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.ingest import apply_batch
from central_server.models import CatalogueProcedure, CentralOffice, Device
from central_server.pages import OFFICE_ZONE
from central_server.report_index import office_scores, ranking_rows, summed_index
from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.office.calendar import office_calendar
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.reports.form_ii06a import FormOptions
from desktop_app.services.reports.index766 import build_index766
from desktop_app.storage.migrate import upgrade_to_head as office_upgrade
from motcua_core.protocol import PushRequest
from motcua_core.reports.form_ii06a_report import ReportSource
from tests.support.form_ii06a_data import pending_ops
from tests.support.index766_month import PERIOD, TOTAL_POINTS, seed_index_month

UNITS = ("000.00.06.H56", "000.00.07.H56")
NOW = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)
TOKEN = "operator-secret-766"


def _office(url: str, unit: str):
    settings = load_settings(config_file=None, environ={}, read_standard_file=False,
                             overrides={"database_url": url, "office_code": unit})  # fmt: skip
    context = build_context(settings, create=True)
    office_upgrade(context.engine)
    try:
        with context.session() as session:
            set_up_office(session, unit, f"UBND {unit}")
            office = current_office(session)
            calendar = office_calendar(session, settings, office.id)
        seed_index_month(context, office, calendar)
        with context.session() as session:
            result = build_index766(session, PERIOD, FormOptions(settings.zone, True, NOW))
            return result, pending_ops(session)
    finally:
        context.close()


def _push(session, unit: str, ops: list[dict]) -> None:
    token = create_office(session, unit, f"UBND {unit}").token
    device_id = enrol_device(session, token, "counter 1").device_id
    office = session.query(CentralOffice).filter_by(unit_code=unit).one()
    device = session.get(Device, uuid.UUID(str(device_id)))
    request = PushRequest(batch_id=uuid.uuid4(), ops=ops)
    results = apply_batch(session, office, device, request)
    assert {r.outcome for r in results} == {"applied"}, [r.reason for r in results]


@pytest.fixture(scope="module")
def pushed(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("central_index766")
    results, ops = {}, {}
    for unit in UNITS[:1]:
        results[unit], ops[unit] = _office(f"sqlite:///{folder / unit}.sqlite3", unit)
    ops[UNITS[1]] = _other_office_ops(ops[UNITS[0]], UNITS)
    url = f"sqlite:///{folder}/central.sqlite3"
    engine = make_engine(url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        load_catalogue(session, read_catalogue(default_catalogue_file()))
        for unit in UNITS:
            _push(session, unit, ops[unit])
    yield results[UNITS[0]], engine, url
    engine.dispose()


def _other_office_ops(ops: list[dict], units: tuple[str, str]) -> list[dict]:
    """The same month at a second office (new ids and codes) whose citizens gave no rating."""
    ops = [op for op in ops if op["entity"] != "rating"]
    text = json.dumps(ops).replace(units[0], units[1])
    ids = {value for op in ops for value in _ids(op)}
    for old in ids:
        text = text.replace(old, str(uuid.uuid4()))
    return json.loads(text)


def _ids(op: dict) -> list[str]:
    found = [op["op_id"], op["entity_id"]]
    payload = op["payload"]
    for key in ("dossier_id", "ticket_id", "visit_ticket_id", "applicant_id", "staff_id"):
        if payload.get(key):
            found.append(str(payload[key]))
    if (payload.get("applicant") or {}).get("id"):
        found.append(str(payload["applicant"]["id"]))
    return found


def _scores(engine, units):
    source = ReportSource(PERIOD, "", True, now=NOW)
    with session_scope(make_session_factory(engine)) as session:
        return office_scores(session, units, source)


def test_the_catalogue_level_is_a_column_at_the_centre(pushed) -> None:
    _, engine, _ = pushed
    with session_scope(make_session_factory(engine)) as session:
        assert session.get(CatalogueProcedure, "1.004873").online_level == "full"
        assert session.get(CatalogueProcedure, "2.000815").online_level is None


def test_the_centre_scores_an_office_as_the_office_does(pushed) -> None:
    office, engine, _ = pushed
    (centre,) = _scores(engine, [UNITS[0]])
    assert centre.facts == office.facts
    assert centre.index == office.index
    assert str(centre.index.points) == TOTAL_POINTS


def test_all_offices_are_summed_from_their_facts(pushed) -> None:
    office, engine, _ = pushed
    scores = _scores(engine, None)
    assert [s.unit_code for s in scores] == [UNITS[1], UNITS[0]]  # no dissatisfied rating
    assert str(scores[0].index.points) == "23.75"  # satisfaction 1 − 0.3333 → 4.44 points
    summed = summed_index(scores)
    timely = summed.group("timeliness").indicators[0]
    assert timely.value == office.index.group("timeliness").indicators[0].value
    satisfied = summed.group("satisfaction").indicators[0]
    assert satisfied.value == Decimal("0.1667")  # 1 − (4/12 + 1/2)
    assert (scores[0].facts + scores[1].facts).handled == 2 * office.facts.handled


def test_the_cli_writes_json_and_xlsx(pushed, tmp_path, capsys) -> None:
    _, _, url = pushed
    args = ["report", "--db", url, "--form", "index766", "--from", "2026-11-01", "--to",
            "2026-11-30"]  # fmt: skip
    assert central_main([*args, "--all"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["key"] for g in data["groups"]] == [
        "timeliness",
        "online",
        "digitisation",
        "satisfaction",
    ]
    assert [o["rank"] for o in data["offices"]] == [1, 2]
    assert [o["unit_code"] for o in data["offices"]] == [UNITS[1], UNITS[0]]
    assert data["offices"][1]["points"] == float(TOTAL_POINTS)
    out = tmp_path / "index.xlsx"
    assert central_main([*args, "--office", UNITS[0], "--format", "xlsx", "--out", str(out)]) == 0
    assert load_workbook(out).sheetnames == ["Tổng hợp", "Xếp hạng", UNITS[0]]


def test_the_ranking_is_of_the_current_official_month(pushed) -> None:
    _, engine, _ = pushed
    with session_scope(make_session_factory(engine)) as session:
        moment = datetime(2026, 11, 14, 17, 0, tzinfo=UTC)  # 15 Nov 00:00 in Hà Nội: m12
        assert ranking_rows(session, moment, OFFICE_ZONE)[0].name == "2026-m12"
        before = datetime(2026, 11, 14, 16, 59, tzinfo=UTC)  # 14 Nov 23:59: still m11
        assert ranking_rows(session, before, OFFICE_ZONE)[0].name == "2026-m11"
        period, rows = ranking_rows(session, datetime(2026, 11, 12, tzinfo=UTC), OFFICE_ZONE)
    assert period.name == "2026-m11"  # 15 Oct – 14 Nov: B's dissatisfied rating is in it
    assert [row[:2] for row in rows] == [("1", UNITS[1]), ("2", UNITS[0])]


def test_the_operator_page_ranks_the_offices_behind_the_credential(pushed) -> None:
    _, engine, _ = pushed
    client = TestClient(create_app(engine, operator_token=TOKEN))
    closed = client.get("/admin/offices")
    assert closed.status_code == 401 and "Xếp hạng" not in closed.text
    shown = client.get("/admin/offices", headers={"Authorization": f"Bearer {TOKEN}"})
    assert shown.status_code == 200
    with session_scope(make_session_factory(engine)) as session:
        period, rows = ranking_rows(session, datetime.now(UTC), OFFICE_ZONE)
    ranking = shown.text.split("Xếp hạng Chỉ số phục vụ", 1)[1]
    assert f"kỳ {period.name}" in ranking
    first, second = rows[0][1], rows[1][1]
    assert ranking.index(first) < ranking.index(second)
    assert "<td>1</td>" in ranking and "<td>2</td>" in ranking
