"""Bàn giao — batches to departments and the post (desktop_app.ui.handover)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.handover.handover_page import HandoverPage, handover_title

PAGE_ORDER = 30


def page_title() -> str:
    return handover_title()


def make_page(counter: Any) -> HandoverPage:
    return HandoverPage(counter)
