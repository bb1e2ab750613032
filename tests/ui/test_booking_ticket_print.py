"""The printed ticket of a checked-in booking says so, with its slot's time."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop_app.printing.ticket import TicketPrint, print_ticket

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def _text(tmp_path, booking_start) -> str:
    ticket = TicketPrint("UBND PHƯỜNG ẮNG", "Hộ tịch", "A007", "", datetime(2026, 12, 2, 2, 5,
                         tzinfo=UTC), 2, 10, "Q261202A007", booking_start)  # fmt: skip
    pdf = tmp_path / f"ticket-{booking_start is not None}.pdf"
    print_ticket(ticket, ZONE, pdf_path=pdf)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_booked_ticket_prints_its_slot_and_a_walk_in_ticket_does_not(tmp_path):
    booked = _text(tmp_path, datetime(2026, 12, 2, 2, 30, tzinfo=UTC))
    walk_in = _text(tmp_path, None)
    assert "ĐẶT HẸN — 09:30" in booked and "A007" in booked
    assert "ĐẶT HẸN" not in walk_in and "A007" in walk_in
