"""``.posting-editor/translations.json`` (a site without git: when each translation was last saved)
is read, changed and written back at every save of a translation: a record made by another program
in between, and a file that cannot be read, must not be lost by it."""

from __future__ import annotations

import json

import pytest

from editor.model.hugo.config import Site
from editor.model.storage import files as storage_files
from editor.model.translation import status as status_module
from editor.model.translation.status import record_translation_saved
from tests.model.translation.test_status import edit, index, make_site


def state(root):
    return json.loads((root / ".posting-editor" / "translations.json").read_text(encoding="utf-8"))


def test_a_record_another_program_writes_meanwhile_is_kept(tmp_path, monkeypatch):
    make_site(tmp_path, with_git=False)
    site = Site.open(tmp_path)
    record_translation_saved(site, index(tmp_path).pair_for_key("designer"), translated="fr")
    real_write, raced = storage_files.atomic_write, []

    def another_program_first(path, data, **options):
        if not raced:  # between this save's read of the file and its write, another one records "designer"
            raced.append(path)
            current = json.loads(path.read_text(encoding="utf-8"))
            current["pairs"]["designer"]["saved"] = "by another window"
            path.write_text(json.dumps(current), encoding="utf-8")
        return real_write(path, data, **options)

    monkeypatch.setattr(status_module, "atomic_write", another_program_first)
    record_translation_saved(site, index(tmp_path).pair_for_key("analyst"), translated="fr")
    pairs = state(tmp_path)["pairs"]
    assert set(pairs) == {"analyst", "designer"} and pairs["designer"]["saved"] == "by another window"


def test_a_state_file_that_cannot_be_read_is_not_overwritten(tmp_path):
    make_site(tmp_path, with_git=False)
    site = Site.open(tmp_path)
    path = tmp_path / ".posting-editor" / "translations.json"
    path.parent.mkdir()
    damaged = '{"version": 1, "pairs": {"designer": {"source": "en", "hashes": {}}, \n<<<<<<< ours\n'
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(OSError):
        record_translation_saved(site, index(tmp_path).pair_for_key("analyst"), translated="fr")
    assert path.read_text(encoding="utf-8") == damaged


@pytest.mark.parametrize("fixed", ["fr", "en"])
def test_a_typography_fix_neither_outdates_a_pair_nor_hides_that_it_was(tmp_path, fixed):
    """`check --fix` rewrote a file the record held as it was: the French fixed read as changed since
    the translation was saved, and the untouched English was listed as "behind the French changes"
    (the English fixed, the French as behind it). A fixed file of the record stays the record's; a
    pair outdated before the fix stays outdated."""
    from editor.model.translation import fix_file
    from editor.model.translation.status import translation_status

    files = make_site(tmp_path, with_git=False)
    site = Site.open(tmp_path)
    for key in ("analyst", "designer"):
        path = files[(key, fixed)]
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + '\n\nUn "mot" entre guillemets.\n'
                        if fixed == "fr" else path.read_text(encoding="utf-8").rstrip("\n") + "\n\nNot everyone “checks all the boxes”.\n",
                        encoding="utf-8")
        record_translation_saved(site, index(tmp_path).pair_for_key(key), translated="fr")
    if fixed == "fr":  # the English changed since the translation: outdated
        edit(files[("designer", "en")], "team of 12 people", "team of 14 people")
    else:  # the French changed since, not recorded: the English is behind it
        edit(files[("designer", "fr")], "équipe de 12 personnes", "équipe de 14 personnes")
    before = {key: translation_status(index(tmp_path))[key] for key in ("analyst", "designer")}
    assert not before["analyst"].outdated and before["designer"].outdated
    for key in ("analyst", "designer"):
        assert fix_file(files[(key, fixed)], site=site) >= 1
    after = translation_status(index(tmp_path))
    assert (after["analyst"].source, after["analyst"].outdated) == ("en", False)
    assert (after["designer"].source, after["designer"].target, after["designer"].outdated) == (
        before["designer"].source, before["designer"].target, True)
