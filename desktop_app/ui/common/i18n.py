"""Installs the user-interface translation: Vietnamese by default, English sources otherwise."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
SOURCE_LANGUAGE = "en"


def translation_file(language: str) -> str:
    """The path of the compiled translation for ``language`` (it may not exist yet)."""
    return str(resource_path("translations", f"desktop_app_{language}.qm"))


def install_translation(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> QTranslator | None:
    """Install the translation for ``language`` into ``app``.

    The translator is parented to ``app`` so it lives as long as the application.

    Returns:
        The installed translator, or None for the English sources or a missing translation
        (the window then shows English rather than failing to start).
    """
    language = (language or DEFAULT_LANGUAGE).strip().lower()
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    path = translation_file(language)
    if not translator.load(path):
        log.warning(
            "no translation for language %r (%s); run scripts/build_translations.py", language, path
        )
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator
