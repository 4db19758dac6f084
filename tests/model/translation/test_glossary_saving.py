"""Saving the site's glossary (the window's Glossary dialog, ``glossary import``) rewrites the file:
what the editor does not use in it (an entry not finished yet, a field of the site's own, another
section) must come back as it was, and a change made by another program since it was read must
not be overwritten."""

from __future__ import annotations

import pytest
import yaml

from editor.model.translation.glossary import Glossary, GlossaryError
from editor.model.translation.settings import STATE_FOLDER

HAND_WRITTEN = """\
terms:
  - en: Treasury Board
    fr: Conseil du Trésor
    source: TERMIUM Plus
  - en: term employment
  - not a term
  - en: [deputy head, deputy minister]
    fr: administrateur général
reviewed_by: the translation team
"""


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / STATE_FOLDER
    folder.mkdir()
    (folder / "glossary.yaml").write_text(HAND_WRITTEN, encoding="utf-8")
    return tmp_path


def test_a_save_keeps_what_the_editor_does_not_use(site):
    glossary = Glossary.load(site)
    assert [entry.en[0] for entry in glossary.entries] == ["Treasury Board", "deputy head"]
    glossary.add("public service", "fonction publique")
    glossary.save()
    saved = yaml.safe_load((site / STATE_FOLDER / "glossary.yaml").read_text(encoding="utf-8"))
    assert saved["terms"] == [
        {"en": "Treasury Board", "fr": "Conseil du Trésor", "source": "TERMIUM Plus"},
        {"en": "term employment"},
        "not a term",
        {"en": ["deputy head", "deputy minister"], "fr": "administrateur général"},
        {"en": "public service", "fr": "fonction publique"},
    ]
    assert saved["reviewed_by"] == "the translation team"


def test_a_removed_entry_goes_and_the_others_stay_in_place(site):
    glossary = Glossary.load(site)
    glossary.remove(glossary.entries[0])
    glossary.save()
    saved = yaml.safe_load((site / STATE_FOLDER / "glossary.yaml").read_text(encoding="utf-8"))
    assert saved["terms"] == [{"en": "term employment"}, "not a term",
                              {"en": ["deputy head", "deputy minister"], "fr": "administrateur général"}]


def test_a_glossary_changed_by_another_program_since_it_was_read_is_not_overwritten(site):
    glossary = Glossary.load(site)
    path = site / STATE_FOLDER / "glossary.yaml"
    path.write_text(HAND_WRITTEN + "  - en: added by a colleague\n    fr: ajouté par un collègue\n", encoding="utf-8")
    glossary.add("public service", "fonction publique")
    with pytest.raises(GlossaryError):
        glossary.save()
    assert "colleague" in path.read_text(encoding="utf-8")


def test_the_starter_glossary_is_not_saved_over_a_glossary_made_meanwhile(tmp_path):
    glossary = Glossary.load(tmp_path)  # the site has none yet: the bundled starter
    made = tmp_path / STATE_FOLDER / "glossary.yaml"
    made.parent.mkdir()
    made.write_text("terms:\n  - en: made by a colleague\n    fr: fait par une collègue\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="another program"):
        glossary.save()
    assert "colleague" in made.read_text(encoding="utf-8")
