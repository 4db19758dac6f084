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
from tests.model.translation.test_status import index, make_site


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
