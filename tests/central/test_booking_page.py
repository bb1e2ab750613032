"""The public booking page: its forms in-process, then a citizen booking and cancelling with
headless Chromium at a phone's width and a desktop's, screenshots kept in the test's folder."""

from __future__ import annotations

import base64
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from central_server.admin import create_office, ensure_server_rows
from central_server.app import create_app
from central_server.db import make_engine, make_session_factory, session_scope, upgrade_to_head
from tests.support.booking_central import AREA, AREA_NAME, booking_day, push_body, setup_ops, slot
from tests.support.sync_harness import free_port
from tests.support.webdriver import Browser, chromium_available

UNIT = "000.00.06.H56"
OFFICE = "UBND Phường Hàng Bạc"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}")
    upgrade_to_head(engine)
    with session_scope(make_session_factory(engine)) as session:
        ensure_server_rows(session)
        token = create_office(session, UNIT, OFFICE).token
    application = create_app(engine)
    client = TestClient(application)
    enrolled = client.post("/api/v1/enrol", json={"token": token}).json()
    auth = {"Authorization": f"Bearer {enrolled['device_id']}:{enrolled['secret']}"}
    pushed = client.post(
        f"/api/v1/offices/{UNIT}/push", json=push_body(setup_ops(UNIT)), headers=auth
    )
    assert {r["outcome"] for r in pushed.json()["results"]} == {"applied"}
    yield application
    engine.dispose()


def _form(**values: str) -> dict[str, str]:
    return {"office": UNIT, "area": AREA, "name": "Trần Văn Bình", "phone": "0987654321"} | values


def test_the_page_narrows_office_area_day_and_books_a_slot(app) -> None:
    client, day = TestClient(app), booking_day()
    assert OFFICE in client.get("/dat-hen").text
    assert AREA_NAME in client.get("/dat-hen", params={"office": UNIT}).text
    days = client.get("/dat-hen", params={"office": UNIT, "area": AREA}).text
    assert day.isoformat() in days and "<script" not in days
    chosen = client.get("/dat-hen", params={"office": UNIT, "area": AREA, "day": day.isoformat()})
    assert chosen.text.count('name="start"') == 8 and "còn 2 chỗ" in chosen.text
    booked = client.post("/dat-hen", data=_form(start=slot(day, 9)))
    assert booked.status_code == 200 and "Đã đặt lịch hẹn" in booked.text
    assert 'src="data:image/png;base64,' in booked.text and "/dat-hen/huy?code=DH" in booked.text


@pytest.mark.parametrize(
    ("values", "status", "message"),
    [
        ({"phone": "12345"}, 422, "Số điện thoại không hợp lệ"),
        ({"name": "Bình\x07"}, 422, "Vui lòng nhập họ tên"),
        ({"id_number": "123"}, 422, "Số CCCD/CMND không hợp lệ"),
        ({"start": "2026-12-03T09:10:00+07:00"}, 422, "không có trong lịch"),
        ({"start": ""}, 422, "Vui lòng chọn một khung giờ"),
        ({"area": "XX"}, 404, "không nhận đặt hẹn"),
    ],
)
def test_the_page_answers_bad_input_in_vietnamese(app, values, status, message) -> None:
    values.setdefault("start", slot(booking_day(), 9))
    answer = TestClient(app).post("/dat-hen", data=_form(**values))
    assert answer.status_code == status and message in answer.text


def test_the_page_says_a_slot_is_full_and_cancels_with_the_phone(app) -> None:
    client, start = TestClient(app), slot(booking_day(), 10)
    for phone in ("0987000001", "0987000002"):
        assert client.post("/dat-hen", data=_form(start=start, phone=phone)).status_code == 200
    full = client.post("/dat-hen", data=_form(start=start, phone="0987000003"))
    assert full.status_code == 409 and "đã hết chỗ" in full.text
    booked = client.post("/api/v1/public/bookings", json=_form(start=slot(booking_day(), 11)))
    code = booked.json()["code"]
    form = client.get("/dat-hen/huy", params={"code": code}).text
    assert f'value="{code}"' in form
    wrong = client.post("/dat-hen/huy", data={"code": code, "phone": "0987000009"})
    assert wrong.status_code == 404 and "Không tìm thấy" in wrong.text
    done = client.post("/dat-hen/huy", data={"code": code, "phone": "0987654321"})
    assert done.status_code == 200 and f"Đã hủy lịch hẹn <b>{code}</b>" in done.text


@pytest.fixture
def server(app) -> Iterator[str]:
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        timeout_keep_alive=1,
        timeout_graceful_shutdown=2,
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(600):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(30)


@pytest.mark.slow
@pytest.mark.skipif(not chromium_available(), reason="needs Debian chromium and chromium-driver")
@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 900)])
def test_a_citizen_books_and_cancels_in_chromium(server, tmp_path, width, height) -> None:
    browser = Browser(tmp_path / "profile", width, height).start()
    shots = tmp_path / "screenshots"
    shots.mkdir()
    try:
        code = _book_in_browser(browser, server, shots, width)
        browser.go(f"{server}/dat-hen/huy?code={code}")
        browser.type('input[name="phone"]', "0912345678")
        browser.click("form.step button")
        assert f"Đã hủy lịch hẹn {code}" in browser.text("body")
        browser.screenshot(shots / f"{width}-4-cancelled.png")
    finally:
        browser.quit()


def _book_in_browser(browser: Browser, server: str, shots: Path, width: int) -> str:
    day = booking_day()
    browser.go(f"{server}/dat-hen")
    for name, value in (("office", UNIT), ("area", AREA), ("day", day.isoformat())):
        browser.click(f'select[name="{name}"] option[value="{value}"]')
        browser.click('form[method="get"] button')
    browser.screenshot(shots / f"{width}-1-slots.png")
    assert browser.page_width() <= width  # nothing wider than the screen
    browser.click(f'input[name="start"][value="{slot(day, 9, 30)}"]')
    browser.type('input[name="name"]', "Nguyễn Thị Hoa")
    browser.type('input[name="phone"]', "0912 345 678")
    browser.screenshot(shots / f"{width}-2-filled.png")
    browser.click('form[method="post"] button')
    code = browser.text(".code")
    browser.screenshot(shots / f"{width}-3-booked.png")
    assert browser.page_width() <= width
    assert _decoded(browser.attribute("img.qr", "src"), shots / f"{width}-qr.png") == code
    return code


def _decoded(uri: str, path: Path) -> str:
    path.write_bytes(base64.b64decode(uri.split(",", 1)[1]))
    scan = subprocess.run(["zbarimg", "--nodbus", "--raw", "-q", str(path)], capture_output=True)
    return scan.stdout.decode().strip()
