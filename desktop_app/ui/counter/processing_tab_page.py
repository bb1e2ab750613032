"""Xử lý — the department side (desktop_app.ui.handover)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.handover.processing_page import ProcessingPage, processing_title

PAGE_ORDER = 40


def page_title() -> str:
    return processing_title()


def make_page(counter: Any) -> ProcessingPage:
    return ProcessingPage(counter)
