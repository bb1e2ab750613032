"""Trả kết quả — return of results and rating (desktop_app.ui.handover)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.handover.return_page import ReturnPage, return_title

PAGE_ORDER = 50


def page_title() -> str:
    return return_title()


def make_page(counter: Any) -> ReturnPage:
    return ReturnPage(counter)
