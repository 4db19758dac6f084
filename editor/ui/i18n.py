"""Choosing and installing the interface language (English or French).

Translators are installed together: the application's own
(``resources/translations/posting_editor_<lang>.qm``) and Qt's
(``qtbase_<lang>.qm``, shipped with PySide6) so that standard dialogs and
context menus speak the same language as the rest of the window, with ours
for what Qt's lacks (``qtbase_supplement_<lang>.qm``: Qt 6's file dialog asks
for "&Look in:" and "Folder", which qtbase_fr.qm has only in their Qt 5 forms).
The default locale follows too: Qt names a file's type by it. Installing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets
re-apply their texts there.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources import resource_path

SUPPORTED = ("en", "fr")
DEFAULT = "en"
CHOICES = ("system", *SUPPORTED)

# Translators are children of the application, found again by this name, so
# that no module-level state is needed to remove them on the next switch.
_TRANSLATOR_NAME = "posting_editor.translator"

log = logging.getLogger(__name__)


LANGUAGE_PROPERTY = "interfaceLanguage"  # what install_translator chose, for widgets that format numbers


def number_locale() -> QLocale:
    """Numbers written as the interface's language writes them (1 234,5 in French, 1,234.5 in English)."""
    app = QCoreApplication.instance()
    language = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return QLocale(f"{language or DEFAULT}_CA")


def translations_dir() -> Path:
    """Folder of the application's ``.ts`` sources and built ``.qm`` files."""
    return resource_path("translations")


def resolve_language(language: str, locale: QLocale | None = None) -> str:
    """Map a preference (``"system"``, ``"en"``, ``"fr"``) to ``"en"`` or ``"fr"``.

    ``"system"`` takes the first of the system's preferred UI languages that
    the application supports (so ``fr-CA`` gives French), else English.
    """
    if language in SUPPORTED:
        return language
    if language != "system":
        raise ValueError(f"unknown interface language {language!r}; expected one of {CHOICES}")
    locale = locale or QLocale.system()
    for tag in locale.uiLanguages():
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in SUPPORTED:
            return base
    return DEFAULT


def install_translator(app: QCoreApplication, language: str,
                       locale: QLocale | None = None) -> str:
    """Install the translators for ``language`` on ``app``, replacing earlier ones.

    Returns the language actually used (``"en"`` or ``"fr"``). A missing
    application ``.qm`` (translations not built yet) is logged, not raised:
    the interface then shows the English source strings.
    """
    resolved = resolve_language(language, locale)
    remove_translators(app)
    app.setProperty(LANGUAGE_PROPERTY, resolved)

    if not _install(app, f"posting_editor_{resolved}", str(translations_dir())) and resolved != DEFAULT:
        log.warning("no built translation for %s in %s (run tools/build_translations.py)", resolved, translations_dir())
    # Installed before Qt's, so asked after it (the last installed is asked first): it fills gaps only.
    _install(app, f"qtbase_supplement_{resolved}", str(translations_dir()))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not _install(app, f"qtbase_{resolved}", qt_dir) and resolved != DEFAULT:
        log.warning("Qt's own %s translation not found in %s", resolved, qt_dir)
    QLocale.setDefault(interface_locale(resolved))
    return resolved


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    """Install the translation ``name`` from ``folder`` on ``app``, named so that
    ``remove_translators`` finds it; False when there is no such file."""
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, folder):
        app.installTranslator(translator)
        return True
    translator.deleteLater()
    return False


def interface_locale(language: str) -> QLocale:
    """The locale Qt words things by in ``language`` (a file type's name in the file dialog): the
    system's when it is of that language (a user in France keeps fr_FR), else Canada's."""
    system = QLocale.system()
    wanted = QLocale(f"{language}_CA")
    return system if system.language() == wanted.language() else wanted


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall every translator that ``install_translator`` put on ``app``: English again."""
    app.setProperty(LANGUAGE_PROPERTY, DEFAULT)
    QLocale.setDefault(interface_locale(DEFAULT))
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        # Removed now, deleted later: a LanguageChange handler running right
        # now may still hold it.
        translator.setObjectName("")
        translator.deleteLater()
