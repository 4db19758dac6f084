import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editor import resources
from editor.ui import i18n
from editor.ui.actions import AppActions
from editor.ui.find_bar import FindReplaceBar

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built_resources(tmp_path_factory):
    """A resources folder whose translations/ holds .qm files built from the committed .ts."""
    root = tmp_path_factory.mktemp("resources")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists() and not shutil.which("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease is not installed")
    result = subprocess.run([sys.executable, str(REPO / "tools" / "build_translations.py"),
                             str(root / "translations")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (root / "translations" / "posting_editor_fr.qm").is_file()
    return root


@pytest.fixture
def french_resources(built_resources, monkeypatch, qapp):
    monkeypatch.setenv(resources.ENV_VAR, str(built_resources))
    yield built_resources
    i18n.remove_translators(qapp)


def test_french_translates_our_strings_and_qts(french_resources, qapp):
    assert i18n.install_translator(qapp, "fr") == "fr"
    assert QCoreApplication.translate("AppActions", "&Save") == "&Enregistrer"
    assert QCoreApplication.translate("FindReplaceBar", "Match case") == "Respecter la casse"
    # Qt's own dialogs and context menus come from qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_switching_back_to_english_removes_the_french_translators(french_resources, qapp):
    i18n.install_translator(qapp, "fr")
    i18n.install_translator(qapp, "fr")  # installing twice must not stack translators
    # Ours, Qt's and the supplement to Qt's: once each.
    assert len(qapp.findChildren(QTranslator, "posting_editor.translator")) == 3
    assert i18n.install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("AppActions", "&Save") == "&Save"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_widgets_follow_a_language_switch(french_resources, qapp, qtbot):
    actions = AppActions()
    bar = FindReplaceBar()
    qtbot.addWidget(bar)
    i18n.install_translator(qapp, "fr")
    actions.retranslate()  # the main window does this on LanguageChange
    qapp.processEvents()  # LanguageChange reaches the bar
    assert actions["save"].text() == "&Enregistrer"
    assert actions["quit"].text() == "&Quitter"
    assert bar.match_case.text() == "Respecter la casse"
    assert bar.find_field.accessibleName() == "Texte à rechercher"
    i18n.install_translator(qapp, "en")
    actions.retranslate()
    qapp.processEvents()
    assert actions["save"].text() == "&Save"
    assert bar.match_case.text() == "Match case"
    actions.deleteLater()


def test_plural_forms(french_resources, qapp):
    i18n.install_translator(qapp, "fr")
    assert QCoreApplication.translate("FindReplaceBar", "%n replaced", "", 1) == \
        "1 occurrence remplacée"
    assert QCoreApplication.translate("FindReplaceBar", "%n replaced", "", 3) == \
        "3 occurrences remplacées"


@pytest.mark.parametrize("locale, expected", [
    ("fr_CA", "fr"), ("fr_FR", "fr"), ("en_CA", "en"), ("de_DE", "en"),
])
def test_system_follows_the_locale(locale, expected):
    assert i18n.resolve_language("system", QLocale(locale)) == expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.resolve_language("klingon")


def test_missing_qm_falls_back_to_english_source_strings(tmp_path, monkeypatch, qapp, caplog):
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    try:
        assert i18n.install_translator(qapp, "fr") == "fr"
        assert QCoreApplication.translate("AppActions", "&Save") == "&Save"
        assert "no built translation" in caplog.text
    finally:
        i18n.remove_translators(qapp)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_translated(language):
    """French for every string; in the English file, both plural forms of every %n string ("1 posting",
    "2 postings"), or the interface shows "posting(s)"."""
    import xml.etree.ElementTree as ElementTree

    # Parsed, not searched with a regular expression: a lazy pattern spanning the file from every
    # <source> took seconds of CPU on the French file.
    root = ElementTree.parse(REPO / "resources" / "translations" / f"posting_editor_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [message.findtext("source") for message in messages
                  if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def _file_dialog_texts(folder: Path) -> dict[str, str]:
    """What Qt's own file dialog (the one drawn by Qt, as under X11 without a desktop's dialog) shows
    in words: labels, buttons, tool tips, menu actions, column headers, the places and the type of a
    folder and of a posting. The file names, the filter (ours) and the sizes and dates (see below)
    are left out."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QListView, QTreeView

    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts: dict[str, str] = {}
    try:
        for number, widget in enumerate(dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)):
            name = widget.objectName() or f"{type(widget).__name__} {number}"
            if widget.text():
                texts[name] = widget.text()
            if widget.toolTip():
                texts[f"{name} (tip)"] = widget.toolTip()
        for number, action in enumerate(dialog.findChildren(QAction)):
            if action.text():
                texts[f"action {action.objectName() or number}"] = action.text()
        tree = dialog.findChild(QTreeView, "treeView")
        model = tree.model()
        for column in range(model.columnCount()):
            texts[f"column {column}"] = model.headerData(column, Qt.Orientation.Horizontal)
        places = dialog.findChild(QListView, "sidebar").model()
        texts["first place"] = places.index(0, 0).data()
        source = dialog.findChild(QTreeView, "treeView").model()
        for name in ("folder", "posting.md"):
            # The type column (2): Qt's word for a folder, the shared MIME database's for a file.
            index = source.index(str(folder / name), 2)
            texts[f"type of {name}"] = index.data()
    finally:
        dialog.deleteLater()
    return texts


def test_qts_own_file_dialog_has_no_english_left_in_french(french_resources, qapp, tmp_path):
    """qtbase_fr.qm lacks Qt 6's "&Look in:", "Files of &type:" (its entries have no "&") and the
    words of QAbstractFileIconProvider ("Folder"); the MIME types' names follow the default locale.
    The sizes and dates follow the system's locale (QLocale::system(), read once at start): the
    user's own formats, as in every other program, not the interface's language."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "posting.md").write_text("# Title\n", encoding="utf-8")
    from PySide6.QtWidgets import QFileSystemModel

    QFileSystemModel().setRootPath(str(tmp_path))  # the model reads the folder in a thread: start it
    i18n.install_translator(qapp, "fr")
    french = _wait_for_types(qapp, tmp_path)
    i18n.install_translator(qapp, "en")
    english = _wait_for_types(qapp, tmp_path)
    assert english["lookInLabel"] == "&Look in:" and english["type of folder"] == "Folder"
    assert len(english) == len(french) > 20
    same = sorted(key for key in english if french.get(key) == english[key])
    assert same == ["column 2"]  # "Type" in both languages
    assert french["lookInLabel"] == "&Voir dans\u00a0:" and french["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert french["type of folder"] == "Dossier"


def test_the_default_locale_follows_the_interface_language(french_resources, qapp):
    """Qt words some things by the default locale (a file type's name in the file dialog)."""
    i18n.install_translator(qapp, "fr")
    assert QLocale().language() == QLocale.Language.French
    i18n.install_translator(qapp, "en")
    assert QLocale().language() == QLocale.Language.English
    i18n.install_translator(qapp, "fr")
    i18n.remove_translators(qapp)
    assert QLocale().language() == QLocale.Language.English


def _wait_for_types(qapp, folder: Path) -> dict[str, str]:
    import time

    deadline = time.monotonic() + 10
    while True:
        texts = _file_dialog_texts(folder)
        if all(texts.get(f"type of {name}") for name in ("folder", "posting.md")) or time.monotonic() > deadline:
            return texts
        qapp.processEvents()
        time.sleep(0.02)


def test_no_french_interface_text_has_a_space_before_a_semicolon_or_a_question_mark():
    """Canadian French (the house's rule, as the catalogues keep it): no space, breaking or not,
    before ; ! ? in the window's French either."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(REPO / "resources" / "translations" / "posting_editor_fr.ts")
    spaced = re.compile("[ \u00a0\u202f][;!?]")
    found = [text for element in tree.iter() if element.tag in ("translation", "numerusform")
             if spaced.search(text := element.text or "")]
    assert found == []


def test_every_french_colon_and_guillemet_is_spaced_by_a_space_that_does_not_break():
    """The house's rule: a non-breaking space before : and inside « », as the rest of the French
    interface has it; a plain one lets a wrapped label start its line with the colon ("…combinées" /
    ": • fichier.md")."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(REPO / "resources" / "translations" / "posting_editor_fr.ts")
    breaking = re.compile("(?<=\\S) :|« | »")
    found = [text for element in tree.iter() if element.tag in ("translation", "numerusform")
             if breaking.search(text := element.text or "")]
    assert found == []


def test_the_unsaved_question_says_dont_save_not_discard(qapp, monkeypatch):
    """Its middle button was Qt's « Ne pas tenir compte » in French ("Discard"), beside a text saying
    « Si vous n’enregistrez pas… »: it says « Ne pas enregistrer », as the text does."""
    from PySide6.QtWidgets import QMessageBox

    from editor.ui import dialogs, i18n

    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append([b.text() for b in box.buttons()]) or
                        QMessageBox.StandardButton.Cancel)
    assert dialogs.ask_unsaved(None, "Product Manager") is dialogs.UnsavedChoice.CANCEL
    assert "Do&n't Save" in seen[-1]
    i18n.install_translator(qapp, "fr")
    try:
        dialogs.ask_unsaved(None, "Gestionnaire de produit")
    finally:
        i18n.remove_translators(qapp)
    assert "&Ne pas enregistrer" in seen[-1] and "Ne pas tenir compte" not in seen[-1]
