"""The site's own files under ``.posting-editor/`` (the translation state, the dictionary, the
glossary) come with the repository, links included: a link there leading out of the site must
never have a save replace a file of the user's (a settings file, ~/.bashrc)."""

from __future__ import annotations

import json
import os

import pytest

from editor.model.hugo.config import Site
from tests.model.translation.xliff_support import pair_site

VICTIM = {"editor.fontSize": 14}


@pytest.fixture
def victim(tmp_path):
    path = tmp_path / "home" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps(VICTIM), encoding="utf-8")
    return path


def _link(site, name, victim):
    folder = site / ".posting-editor"
    folder.mkdir(exist_ok=True)
    (folder / name).symlink_to(os.path.relpath(victim, folder))


def test_the_translation_state_is_not_written_through_a_link_out_of_the_site(tmp_path, victim):
    from editor.model.translation.status import record_translation_saved

    site = tmp_path / "site"
    index = pair_site(site)
    _link(site, "translations.json", victim)
    with pytest.raises(OSError):
        record_translation_saved(Site.open(site), index.pair_for_key("analyst"), translated="fr")
    assert json.loads(victim.read_text(encoding="utf-8")) == VICTIM


def test_a_dictionary_word_is_not_written_through_a_link_out_of_the_site(tmp_path, victim):
    from editor.model.language.site_dictionary import SiteDictionaryError, add_word

    site = tmp_path / "site"
    pair_site(site)
    _link(site, "dictionary.txt", victim)
    with pytest.raises(SiteDictionaryError) as refused:
        add_word(site, "Kubernetes")
    assert json.loads(victim.read_text(encoding="utf-8")) == VICTIM
    assert "outside" in str(refused.value)


def test_the_glossary_is_not_saved_through_a_link_out_of_the_site(tmp_path):
    from editor.model.translation.glossary import Glossary, GlossaryError

    site = tmp_path / "site"
    pair_site(site)
    victim = tmp_path / "home" / "notes.yaml"
    victim.parent.mkdir()
    victim.write_text("terms:\n- en: mine\n  fr: le mien\n", encoding="utf-8")
    before = victim.read_bytes()
    _link(site, "glossary.yaml", victim)
    glossary = Glossary.load(site)
    glossary.add("hiring manager", "gestionnaire d’embauche")
    with pytest.raises(GlossaryError):
        glossary.save()
    assert victim.read_bytes() == before


def test_a_state_folder_that_is_a_link_out_of_the_site_is_not_written_either(tmp_path, victim):
    from editor.model.translation.status import record_translation_saved

    site = tmp_path / "site"
    index = pair_site(site)
    (site / ".posting-editor").symlink_to(victim.parent, target_is_directory=True)
    with pytest.raises(OSError):
        record_translation_saved(Site.open(site), index.pair_for_key("analyst"), translated="fr")
    assert sorted(os.listdir(victim.parent)) == ["settings.json"]
