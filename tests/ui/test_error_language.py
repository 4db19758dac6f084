"""The window shows the model's refusals in its interface language, as the command line does with --lang."""

from __future__ import annotations

from editor.ui import i18n


def test_a_dialog_says_the_models_refusal_in_french(qapp, qtbot, tmp_path):
    from editor.ui.glossary_dialog import GlossaryDialog

    site = tmp_path / "site"
    (site / "content" / "en").mkdir(parents=True)
    glossary = site / ".posting-editor" / "glossary.yaml"
    glossary.parent.mkdir()
    glossary.write_text("terms: 3\n", encoding="utf-8")
    i18n.install_translator(qapp, "fr")
    try:
        dialog = GlossaryDialog(site)
        qtbot.addWidget(dialog)
        said = dialog.error.text()
        assert said.startswith("Le glossaire ") and "doit contenir une liste de termes" in said, said
        assert dialog.error.accessibleName() == said
    finally:
        i18n.remove_translators(qapp)
    dialog = GlossaryDialog(site)
    qtbot.addWidget(dialog)
    assert "must hold a list of terms" in dialog.error.text()


def test_the_conflict_bar_and_a_refusal_follow_the_interface_language(qapp, tmp_path):
    import pytest

    from editor.model.hugo.config import Site, SiteError
    from editor.model.site.conflicts import shown_value
    from editor.ui.finding_texts import error_text

    with pytest.raises(SiteError) as refused:
        Site.open(tmp_path / "nowhere")
    i18n.install_translator(qapp, "fr")
    try:
        assert error_text(refused.value) == f"{tmp_path / 'nowhere'}\u00a0: dossier introuvable."
        assert shown_value(False, None, "fr") == "(non défini)"
    finally:
        i18n.remove_translators(qapp)
    assert error_text(refused.value) == f"{tmp_path / 'nowhere'}: no such folder."


def test_a_word_the_site_dictionary_refuses_is_said_in_the_interface_language(qapp, tmp_path):
    import pytest

    from editor.model.language.site_dictionary import add_word
    from editor.ui.finding_texts import error_text

    with pytest.raises(ValueError) as refused:
        add_word(tmp_path, "# not a word")
    i18n.install_translator(qapp, "fr")
    try:
        assert error_text(refused.value).startswith("«\u00a0# not a word\u00a0» ne peut pas être ajouté au dictionnaire")
    finally:
        i18n.remove_translators(qapp)
    assert error_text(refused.value).startswith("'# not a word' cannot be added to the dictionary")


def test_a_save_refused_by_the_system_or_by_a_link_is_said_in_french(qapp, qtbot, tmp_path, monkeypatch):
    """The French window said "Not saved — …: Permission denied (the file is read-only)", and for a
    posting linked outside the site "… leads to …, outside the site's English content folder …"."""
    import os
    import shutil

    from editor.resources import resource_path
    from editor.ui.document_manager import DocumentManager
    from tests.ui.window_fixtures import PM_EN, entry_for

    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    manager = DocumentManager(recovery_dir=tmp_path / "recovery", autosave_ms=60_000)
    said: list[str] = []
    manager.saveFailed.connect(said.append)
    i18n.install_translator(qapp, "fr")
    try:
        real = os.access
        monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode & os.W_OK else real(path, mode, **kw))
        assert manager.open_pair(*entry_for(site, "product-manager"))
        manager.set_field("en", "title", "Gestionnaire")
        assert not manager.save()
        assert said[-1] == (f"{site / PM_EN}\u00a0: permission refusée (le fichier est en lecture seule)\n\n"
                            "Vos modifications sont toujours ici, non enregistrées. Enregistrez de nouveau quand "
                            "le fichier pourra être écrit."), said
        monkeypatch.setattr(os, "access", real)
        manager.close_pair()

        outside = tmp_path / "elsewhere.md"
        shutil.move(site / PM_EN, outside)
        (site / PM_EN).symlink_to(outside)
        assert manager.open_pair(*entry_for(site, "product-manager"))
        manager.set_field("en", "title", "Gestionnaire")
        assert not manager.save()
        assert "mène à" in said[-1] and "leads to" not in said[-1] and "Errno" not in said[-1], said[-1]
    finally:
        i18n.remove_translators(qapp)
        manager.close_pair()
        manager.deleteLater()


def test_the_export_previews_detail_line_spaces_its_colon_in_french(qapp):
    """Choosing a file among the export's errors showed "en/a.md: À terminer : …" in the French window."""
    from PySide6.QtWidgets import QTreeWidgetItem

    from editor.model.findings import Finding, Severity
    from editor.ui.export_findings import DETAIL, add_findings

    findings = [Finding("/drafts/en/a.md", 1, 1, Severity.ERROR, "empty-description")]
    i18n.install_translator(qapp, "fr")
    try:
        group = QTreeWidgetItem()
        add_findings(group, findings, "error", lambda file: "en/a.md")
        assert group.child(0).data(0, DETAIL).startswith("en/a.md\u00a0: À terminer"), group.child(0).data(0, DETAIL)
    finally:
        i18n.remove_translators(qapp)
    group = QTreeWidgetItem()
    add_findings(group, findings, "error", lambda file: "en/a.md")
    assert group.child(0).data(0, DETAIL).startswith("en/a.md: To finish")
