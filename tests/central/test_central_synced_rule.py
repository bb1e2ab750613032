"""The office setting ``report_withdrawn_as_resolved`` travels to the centre, which counts by it.

An office sets it off and its outbox (the ops the real services wrote, the setting's among them)
is applied at the centre as a push applies it: the centre's form II.06a of that office then
equals the office's own, without any option; summed with an office that kept the default, each
is counted by its own rule and the notes say which. ``--withdrawn-as-resolved`` still overrides.
A setting op that is not valid, or not the pushing office's, is rejected with a reason.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from central_server.admin import ensure_server_rows
from central_server.central_ops import default_catalogue_file, load_catalogue, read_catalogue
from central_server.cli import main as central_main
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from central_server.ingest import apply_batch
from central_server.models import CentralOffice, Device
from central_server.report_forms import build_central_form
from desktop_app.app import build_context
from desktop_app.config import load_settings
from desktop_app.services.office.identity import current_office
from desktop_app.services.office.settings import apply_office_settings, set_office_setting
from desktop_app.services.office.setup import set_up_office
from desktop_app.services.reports.form_ii06a import FormOptions, build_form_ii06a
from desktop_app.storage.migrate import upgrade_to_head as office_upgrade
from motcua_core.domain.form_ii06a import sum_columns
from motcua_core.protocol import PushRequest
from motcua_core.reports.form_ii06a_json import form_ii06a_as_dict
from motcua_core.reports.form_ii06a_report import ReportSource
from tests.central.test_central_report_forms import AFTER, PERIOD, _by_field, _push
from tests.support.form_ii06a_data import PERIOD_NAME, insert_cases, pending_ops

STRICT, DEFAULT = "000.00.09.H56", "000.00.10.H56"


def _office(folder, unit: str, strict: bool):
    """The office's own form (by its stored setting) and its outbox as push ops."""
    settings = load_settings(config_file=None, environ={}, read_standard_file=False,
                             overrides={"database_url": f"sqlite:///{folder}/{unit}.sqlite3",
                                        "office_code": unit})  # fmt: skip
    context = build_context(settings, create=True)
    office_upgrade(context.engine)
    try:
        with context.session() as session:
            set_up_office(session, unit, f"UBND {unit}")
            office_id = current_office(session).id
            insert_cases(session, office_id, unit)
            if strict:
                set_office_setting(session, office_id, "report_withdrawn_as_resolved", "false",
                                   staff_id=None, at=datetime(2020, 7, 1, tzinfo=UTC))  # fmt: skip
        with context.session() as session:
            stored = apply_office_settings(session, settings, office_id)
            options = FormOptions(settings.zone, stored.report_withdrawn_as_resolved, AFTER)
            return build_form_ii06a(session, PERIOD, options), pending_ops(session)
    finally:
        context.close()


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("central_rule")
    forms, ops = {}, {}
    for unit, strict in ((STRICT, True), (DEFAULT, False)):
        forms[unit], ops[unit] = _office(folder, unit, strict)
    url = f"sqlite:///{folder}/central.sqlite3"
    engine = make_engine(url)
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        load_catalogue(session, read_catalogue(default_catalogue_file()))
        for unit in (STRICT, DEFAULT):
            _push(session, unit, ops[unit])
    yield forms, ops, engine, url
    engine.dispose()


def _form(engine, units, source: ReportSource):
    with session_scope(make_session_factory(engine)) as session:
        return build_central_form(session, units, source)


def _synced_source() -> ReportSource:
    return ReportSource(PERIOD, "", True, now=AFTER, synced_rules=True)


def test_the_setting_travels_and_the_centre_counts_the_office_by_it(synced) -> None:
    forms, ops, engine, _ = synced
    [setting] = [op for op in ops[STRICT] if op["entity"] == "office_setting"]
    assert setting["payload"]["value"] is False
    assert not [op for op in ops[DEFAULT] if op["entity"] == "office_setting"]
    office = forms[STRICT]
    assert not office.withdrawn_as_resolved
    centre = _form(engine, [STRICT], _synced_source())
    assert _by_field(centre) == _by_field(office)
    assert form_ii06a_as_dict(centre)["notes"] == form_ii06a_as_dict(office)["notes"]
    assert _by_field(_form(engine, [DEFAULT], _synced_source())) == _by_field(forms[DEFAULT])
    assert _by_field(centre) != _by_field(forms[DEFAULT])  # the rule made a difference


def test_offices_summed_are_each_counted_by_their_own_rule(synced) -> None:
    forms, _, engine, _ = synced
    both = _form(engine, None, _synced_source())
    assert dict(both.total) == sum_columns([forms[STRICT].total, forms[DEFAULT].total])
    note = form_ii06a_as_dict(both)["notes"][0]
    assert "từng đơn vị" in note and STRICT in note.split("không tính")[1]
    assert DEFAULT in note.split("không tính")[0]


def test_the_option_still_overrides_every_office(synced, capsys) -> None:
    forms, _, _, url = synced
    args = ["report", "--db", url, "--form", "ii06a", "--period", PERIOD_NAME, "--office", STRICT]
    assert central_main(args) == 0
    synced_total = json.loads(capsys.readouterr().out)["total"]["columns"]
    assert synced_total == dict(forms[STRICT].total)
    assert central_main([*args, "--withdrawn-as-resolved", "yes"]) == 0
    assert json.loads(capsys.readouterr().out)["total"]["columns"] == dict(forms[DEFAULT].total)
    assert central_main([*args[:-2], "--all", "--withdrawn-as-resolved", "no"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["columns"] == sum_columns([forms[STRICT].total] * 2)
    assert "tắt" in data["notes"][0]


def _setting_op(payload: dict) -> dict:
    return {"op_id": str(uuid.uuid4()), "seq": 10_000, "entity": "office_setting",
            "entity_id": str(payload.get("id")), "operation": "upsert", "payload": payload,
            "schema_version": 1, "device_time": AFTER.isoformat()}  # fmt: skip


def test_a_bad_setting_op_is_rejected_with_a_reason(synced) -> None:
    _, ops, engine, _ = synced
    [setting] = [op for op in ops[STRICT] if op["entity"] == "office_setting"]
    good = setting["payload"]
    bad = [
        {**good, "value": "maybe"},
        {**good, "key": "working_days"},
        {**good, "id": str(uuid.uuid4())},
    ]
    with session_scope(make_session_factory(engine)) as session:
        office = session.query(CentralOffice).filter_by(unit_code=DEFAULT).one()
        device = session.query(Device).filter_by(office_id=office.id).first()
        request = PushRequest(batch_id=uuid.uuid4(), ops=[_setting_op(p) for p in bad])
        results = apply_batch(session, office, device, request)
    assert [r.outcome for r in results] == ["rejected"] * 3
    assert "value" in results[0].reason and "key" in results[1].reason
    assert "not this office's" in results[2].reason
    assert _by_field(_form(engine, [DEFAULT], _synced_source())) != _by_field(
        _form(engine, [STRICT], _synced_source())
    )
