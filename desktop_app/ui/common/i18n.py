"""Installs the user-interface translation: Vietnamese by default, English sources otherwise.

Qt's own strings (standard dialog buttons, the edit menu of text fields) come from the
project's ``qtbase_vi`` catalogue, since Qt ships no Vietnamese translation.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.resources import resource_path
from desktop_app.ui.common.qm_cache import compiled_translations

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
SOURCE_LANGUAGE = "en"


def translation_files(language: str) -> list[str]:
    """The compiled translations for ``language``: one per window package, and Qt's own.

    Missing or outdated ``.qm`` files are compiled from their ``.ts`` (see ``qm_cache``).
    """
    return [str(path) for path in compiled_translations(resource_path("translations"), language)]


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
