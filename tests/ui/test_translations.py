"""The Vietnamese translation is complete and covers every tr() string of the UI."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

REPO_ROOT = Path(__file__).resolve().parents[2]
UI_DIR = REPO_ROOT / "desktop_app" / "ui"
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*_vi.ts"))
QM_FILE = TRANSLATIONS / "shell_vi.qm"


def _ts_messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of every .ts file."""
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for ts in TS_FILES
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def _tr_literals() -> set[str]:
    """Every string literal passed to ``tr(...)`` or ``translate(context, ...)`` in the UI."""
    found: set[str] = set()
    for path in UI_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
    return found


def test_every_message_is_translated() -> None:
    messages = _ts_messages()
    assert messages
    problems = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translation is None
        or translation.get("type") in {"unfinished", "obsolete", "vanished"}
        or not (translation.text or "").strip()
    ]
    assert problems == []


def test_every_tr_string_in_the_ui_has_a_source_in_the_ts() -> None:
    literals = _tr_literals()
    sources = {source for _, source, _ in _ts_messages()}

    assert "Counter" in literals  # the scan itself works
    missing = sorted(literals - sources)
    assert missing == [], "run: python scripts/build_translations.py --update"


def test_built_qm_translates_a_known_string() -> None:
    translator = QTranslator()

    assert translator.load(str(QM_FILE)), f"{QM_FILE.name} missing: run build_translations.py"
    assert translator.translate("Roles", "Counter") == "Quầy tiếp nhận và trả kết quả"
    assert translator.translate("StationStatusBar", "Not signed in") == "Chưa đăng nhập"


def test_english_runs_on_the_source_strings(qapp) -> None:
    from desktop_app.ui.common.i18n import install_translation

    assert install_translation(qapp, "en") == []


def test_qt_standard_buttons_are_vietnamese(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

    button = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(
        button.Ok | button.Cancel | button.Yes | button.No | button.Close | button.Save
        | button.Apply
    )  # fmt: skip
    qtbot.addWidget(box)
    texts = {which.name: box.button(which).text().replace("&", "") for which in (
        button.Ok, button.Cancel, button.Yes, button.No, button.Close, button.Save, button.Apply
    )}  # fmt: skip
    assert texts == {
        "Ok": "Đồng ý", "Cancel": "Hủy", "Yes": "Có", "No": "Không", "Close": "Đóng",
        "Save": "Lưu", "Apply": "Áp dụng",
    }  # fmt: skip
    message = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(message)
    assert [b.text() for b in message.buttons()] == ["Đồng ý"]
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    menu.deleteLater()
    assert "Sao chép" in actions and "Dán" in actions and "Chọn tất cả" in actions


def test_the_qt_catalogue_is_never_refreshed_by_lupdate() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO_ROOT / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert "qtbase" in module.QT_CATALOGUES
    assert any(ts.name == "qtbase_vi.ts" for ts in module.ts_files("vi"))


def test_a_missing_qm_is_compiled_into_the_cache(tmp_path: Path) -> None:
    from desktop_app.ui.common.qm_cache import compiled_translations

    folder = tmp_path / "translations"
    folder.mkdir()
    for name in ("shell_vi.ts", "qtbase_vi.ts"):
        (folder / name).write_bytes((TRANSLATIONS / name).read_bytes())
    cache = tmp_path / "cache"

    found = compiled_translations(folder, "vi", cache)

    assert [path.parent for path in found] == [cache, cache]
    translator = QTranslator()
    assert translator.load(str(found[1]))
    assert translator.translate("Roles", "Counter") == "Quầy tiếp nhận và trả kết quả"
    assert compiled_translations(folder, "vi", cache) == found  # compiled once


def test_a_built_qm_is_used_unless_its_ts_is_newer(tmp_path: Path) -> None:
    import os

    from desktop_app.ui.common.qm_cache import compiled_translations

    folder = tmp_path / "translations"
    folder.mkdir()
    ts, qm = folder / "shell_vi.ts", folder / "shell_vi.qm"
    ts.write_bytes((TRANSLATIONS / "shell_vi.ts").read_bytes())
    qm.write_bytes(QM_FILE.read_bytes())
    cache = tmp_path / "cache"
    assert compiled_translations(folder, "vi", cache) == [qm]

    os.utime(qm, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))  # .ts edited since
    assert [path.parent for path in compiled_translations(folder, "vi", cache)] == [cache]
