"""Noto Sans is the application font, so stacked Vietnamese capitals are drawn fully."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.fonts import load_shipped_fonts, setup_application_font


def test_shipped_fonts_are_registered() -> None:
    assert load_shipped_fonts() == ["Noto Sans"]
    assert "Bold" in QFontDatabase.styles("Noto Sans")


def test_noto_sans_is_the_application_font(qtbot: QtBot) -> None:
    font = setup_application_font()

    assert font.family() == "Noto Sans"
    assert QGuiApplication.font().family() == "Noto Sans"
    label = QLabel("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG — Ắ Ầ Ễ")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == "Noto Sans"
