"""Báo cáo — the period report, shown to leaders and administrators (desktop_app.ui.reports)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.reports.window import REPORT_ROLES, ReportsPage, reports_title

PAGE_ORDER = 90


def page_title() -> str:
    return reports_title()


def make_page(counter: Any) -> ReportsPage:
    """The report page; its tab is visible only while a leader or an administrator is signed in."""
    page = ReportsPage(counter.context, None)
    page.clock = counter.now

    def follow(staff: Any) -> None:
        index = counter.tabs.indexOf(page)
        if index >= 0:
            counter.tabs.setTabVisible(index, getattr(staff, "role", None) in REPORT_ROLES)

    counter.signed_in.connect(follow)
    return page
