"""Installs the user-interface translation: Vietnamese by default, English sources otherwise."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
SOURCE_LANGUAGE = "en"


def translation_files(language: str) -> list[str]:
    """The compiled translations for ``language``, one per window package."""
    folder = resource_path("translations")
    return sorted(str(path) for path in folder.glob(f"*_{language}.qm"))


def install_translation(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Install every translation file for ``language`` into ``app``.

    Translators are parented to ``app`` so they live as long as the application.

    Returns:
        The installed translators: empty for the English sources or when none are built (the
        window then shows English rather than failing to start).
    """
    language = (language or DEFAULT_LANGUAGE).strip().lower()
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load translation %s", path)
            translator.deleteLater()
    if not installed:
        log.warning("no translation for %r; run scripts/build_translations.py", language)
    return installed
