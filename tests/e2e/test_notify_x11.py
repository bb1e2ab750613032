"""The notification medium at reception, on a real X server: keys typed by xdotool.

The officer receives a citizen from a scanned card, types the phone, presses Ctrl+M once (SMS)
and Ctrl+Enter; the dossier records the consent and its "received" message. The centre's
report that the gateway refused the number is then stored (as a pull would), and the dossier
view, opened by F3 and a scan of the receipt, shows the refusal. Screenshots of each step go to
pytest's temporary folder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_counter_x11 import CARD, ID_NUMBER, Station, demo_station, sign_in
from tests.support.xserver import missing_tools, wait_until

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (scripts/test.sh)"
    ),
]
REFUSAL = "Số điện thoại không nhận tin nhắn thương hiệu"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with demo_station(tmp_path) as running:
        yield running


def _refuse(station: Station) -> None:
    """The gateway's refusal, as the pulled delivery report stores it."""
    with sqlite3.connect(station.db_url.removeprefix("sqlite:///")) as connection:
        connection.execute(
            "UPDATE dossier_notification SET state = 'refused', attempts = 3, detail = ?",
            (REFUSAL,),
        )


def test_reception_with_the_medium_key_and_the_refusal_in_the_dossier_view(station: Station):
    screen = station.screen
    sign_in(station)
    screen.key("alt+1")
    screen.type("1193")
    screen.key("Return")
    screen.map_characters(CARD)
    screen.scan(CARD)
    screen.type("0912345678")
    screen.key("ctrl+m")
    station.shot("notify-sms-chosen")
    screen.key("ctrl+Return")
    found = wait_until(lambda: station.dossiers_of(ID_NUMBER), 30, "the received dossier")
    code = found[0]["code"]  # type: ignore[index]
    shown = station.cli("dossier", "show", code)
    assert shown["notify_medium"] == "sms"
    assert [(n["event"], n["medium"], n["state"]) for n in shown["notifications"]] == [
        ("received", "sms", "pending")
    ]
    station.shot("notify-saved")
    screen.key("Return")  # the next citizen: the medium is back to the office's default
    _refuse(station)
    screen.key("F3")
    screen.scan(code)
    station.focus_dialog(f"Hồ sơ {code}")
    station.shot("notify-refused-in-dossier")
    screen.key("Escape")
    errors = station.stderr.read_text()
    assert "Traceback" not in errors, errors
