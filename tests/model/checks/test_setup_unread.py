"""What the checks read besides the postings (a site template's guidance, the settings, glossary and
dictionary) and could not read is said, by ``check`` and by export's gate alike: never a check that
quietly did less and found nothing."""

from __future__ import annotations

import shutil

import pytest

from editor.model.checks.pipeline import check_site
from editor.model.hugo.config import Site
from editor.model.site.export import plan_export
from editor.model.site.index import SiteIndex
from editor.model.site.templates import templates_dir
from editor.resources import resource_path
from tests.export_support import make_drafts, make_site

GUIDANCE = "_Describe the team in two or three sentences._"


def unreadable_template(root):
    """The site's own templates, the French one saved in Latin-1 (as an editor on Windows may)."""
    folder = root / ".posting-editor" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(templates_dir() / "posting.en.md", folder / "posting.en.md")
    french = (templates_dir() / "posting.fr.md").read_text(encoding="utf-8")
    (folder / "posting.fr.md").write_bytes(f"{french}\n{GUIDANCE} Équipe.\n".encode("latin-1", "replace"))
    return folder / "posting.fr.md"


def test_a_site_template_that_cannot_be_read_is_a_warning_in_check(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    index = SiteIndex.build(Site.open(site))
    assert "template-unreadable" not in {f.code for f in check_site(index, grammar=False, spelling=False)}
    unreadable_template(site)  # nothing else changed: a kept result must not hide it
    for _run in range(2):
        found = [f for f in check_site(SiteIndex.build(Site.open(site)), grammar=False, spelling=False)
                 if f.code == "template-unreadable"]
        assert [(f.file, f.severity.value) for f in found] == [(".posting-editor/templates/posting.fr.md", "warning")]
        english, french = found[0].as_text("en"), found[0].as_text("fr")
        assert "cannot be read" in english and "not UTF-8" in english and "guidance" in english
        assert "ne peut pas être lu" in french and "consignes" in french


def test_exports_gate_says_what_it_could_not_read(tmp_path):
    site, drafts = make_site(tmp_path / "site"), make_drafts(tmp_path / "drafts")
    (drafts / ".posting-editor").mkdir()
    (drafts / ".posting-editor" / "glossary.yaml").write_text("terms: [never closed\n", encoding="utf-8")
    (drafts / ".posting-editor" / "config.yaml").write_text("typography: [\n", encoding="utf-8")
    unreadable_template(site)
    plan = plan_export(SiteIndex.build(Site.open(drafts)), SiteIndex.build(Site.open(site)), ["ux-researcher"])
    said = {f.code: f.file for f in plan.warnings}
    assert said["glossary-unreadable"] == str(drafts / ".posting-editor" / "glossary.yaml")
    assert said["settings-unreadable"] == str(drafts / ".posting-editor" / "config.yaml")
    assert said["template-unreadable"] == str(site / ".posting-editor" / "templates" / "posting.fr.md")


def test_a_damaged_translation_state_file_is_a_warning_in_check_and_export(tmp_path):
    """A translations.json left with a merge's conflict markers tells nothing about which pairs are
    outdated or which language each was translated from: said, not taken for "nothing outdated"."""
    site, drafts = make_site(tmp_path / "site"), make_drafts(tmp_path / "drafts")
    damaged = '{"version": 1, "pairs": {\n<<<<<<< ours\n"data-analyst": {"source": "fr", "hashes": {}}\n'
    for root in (site, drafts):
        (root / ".posting-editor").mkdir(exist_ok=True)
    index = SiteIndex.build(Site.open(site))
    assert "translations-unreadable" not in {f.code for f in check_site(index, grammar=False, spelling=False)}
    (site / ".posting-editor" / "translations.json").write_text(damaged, encoding="utf-8")
    found = [f for f in check_site(SiteIndex.build(Site.open(site)), grammar=False, spelling=False)
             if f.code == "translations-unreadable"]
    assert [(f.file, f.severity.value) for f in found] == [(".posting-editor/translations.json", "warning")]
    assert "outdated" in found[0].as_text("en") and "à jour" in found[0].as_text("fr")
    (drafts / ".posting-editor" / "translations.json").write_text(damaged, encoding="utf-8")
    plan = plan_export(SiteIndex.build(Site.open(drafts)), SiteIndex.build(Site.open(site)), ["ux-researcher"])
    assert [f.file for f in plan.warnings if f.code == "translations-unreadable"] == [
        str(drafts / ".posting-editor" / "translations.json")]


@pytest.mark.parametrize("name, code", [("dictionary.txt", "dictionary-unreadable"), ("config.yaml", "settings-unreadable"),
                                        ("translations.json", "translations-unreadable"),
                                        ("glossary.yaml", "glossary-unreadable")])
def test_a_link_to_a_file_not_there_is_said_not_taken_for_no_file(tmp_path, name, code):
    """A repository may carry these as links to a shared file that is not checked out here: the site's
    words, settings or record were then quietly none."""
    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    link = site / ".posting-editor" / name
    link.unlink(missing_ok=True)
    link.symlink_to(tmp_path / "shared" / name)
    found = [f for f in check_site(SiteIndex.build(Site.open(site)), grammar=False, cache=False) if f.code == code]
    assert [f.file for f in found] == [f".posting-editor/{name}"]
    assert "No such file" in found[0].as_text("en") or "cannot be read" in found[0].as_text("en")
