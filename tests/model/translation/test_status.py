import os
import shutil
import subprocess
import time

import pytest

from editor.model.site.index import SiteIndex
from editor.model.hugo.config import Site
from editor.model.translation.status import (
    GitHistory,
    outdated_keys,
    record_translation_saved,
    source_changes,
    translation_status,
    word_diff,
)

from tests.model.translation.helpers import EN_BODY, FR_BODY, posting_text

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, timeout=60)


def make_site(root, *, with_git: bool):
    files = {}
    for key in ("analyst", "designer"):
        for lang, body in (("en", EN_BODY), ("fr", FR_BODY)):
            path = root / "content" / lang / "careers" / "positions" / f"{key}-{lang}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(posting_text(f"{key} {lang}", body, key=key), encoding="utf-8")
            files[(key, lang)] = path
    if with_git:
        git(root, "init", "-q")
        git(root, "config", "user.name", "Test")
        git(root, "config", "user.email", "test@example.org")
        git(root, "config", "commit.gpgsign", "false")
        git(root, "add", ".")
        git(root, "commit", "-q", "-m", "both languages")
    return files


def index(root):
    return SiteIndex.build(Site.open(root))


def edit(path, old, new):
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@needs_git
def test_git_outdated_when_the_source_is_committed_after_the_translation(tmp_path):
    files = make_site(tmp_path, with_git=True)
    assert outdated_keys(index(tmp_path)) == set()
    edit(files[("analyst", "en")], "team of 12 people", "team of 14 people")
    # Uncommitted change to the source, translation untouched: outdated already.
    status = translation_status(index(tmp_path))["analyst"]
    assert (status.outdated, status.source, status.method) == (True, "en", "git")
    git(tmp_path, "commit", "-q", "-am", "source changed")
    assert outdated_keys(index(tmp_path)) == {"analyst"}
    changes = [op for op in source_changes(Site.open(tmp_path), index(tmp_path).pair_for_key("analyst")) if op.kind != "equal"]
    assert [(op.kind, op.old, op.new) for op in changes] == [("replace", "12", "14")]
    text = files[("analyst", "en")].read_text(encoding="utf-8")
    assert text[changes[0].start:changes[0].end] == "14"
    # The translator updates the French file: uncommitted, then committed; up to date both times.
    edit(files[("analyst", "fr")], "équipe de 12 personnes", "équipe de 14 personnes")
    assert outdated_keys(index(tmp_path)) == set()
    git(tmp_path, "commit", "-q", "-am", "translation updated")
    assert outdated_keys(index(tmp_path)) == set()
    assert translation_status(index(tmp_path))["designer"].outdated is False


@needs_git
def test_git_source_is_the_file_written_first(tmp_path):
    files = make_site(tmp_path, with_git=True)
    french_first = tmp_path / "content" / "fr" / "careers" / "positions" / "writer-fr.md"
    french_first.write_text(posting_text("Rédacteur", FR_BODY, key="writer"), encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "French first")
    english = tmp_path / "content" / "en" / "careers" / "positions" / "writer-en.md"
    english.write_text(posting_text("Writer", EN_BODY, key="writer"), encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "English translation")
    status = translation_status(index(tmp_path))["writer"]
    assert (status.source, status.target, status.outdated) == ("fr", "en", False)
    edit(french_first, "12 personnes", "15 personnes")
    git(tmp_path, "commit", "-q", "-am", "French source changed")
    assert "writer" in outdated_keys(index(tmp_path))
    assert files  # the other pairs are untouched


@needs_git
def test_git_history_is_read_with_one_log_call(tmp_path, monkeypatch):
    make_site(tmp_path, with_git=True)
    calls = []
    real_run = subprocess.run

    def spy(command, *args, **kwargs):
        calls.append(command[3] if command[3] != "-c" else command[5])
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    history = GitHistory.read(Site.open(tmp_path))
    assert history is not None and calls.count("log") == 1 and len(calls) == 3


@needs_git
def test_the_texts_of_a_commit_read_at_once_are_those_read_one_by_one(tmp_path, monkeypatch):
    """``texts_at`` (one ``git cat-file`` per commit, for the memory's history) says what ``text_at``
    (``git show``) says of each file: a posting, one added later, one not in the repository, one
    outside it, a name with spaces, bytes that are not UTF-8, and a folder at a file's name."""
    files = make_site(tmp_path, with_git=True)
    odd = files[("analyst", "en")].with_name("a name with spaces.md")
    odd.write_bytes(b"---\ntitle: caf\xe9\n---\n")
    folder = files[("designer", "fr")].with_name("folder.md")
    (folder / "inside").mkdir(parents=True)
    (folder / "inside" / "x.md").write_text("x", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "odd files")
    edit(files[("analyst", "fr")], "équipe de 12", "équipe de 14")
    later = files[("designer", "en")].with_name("later.md")
    later.write_text("later", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "later")
    history = GitHistory.read(Site.open(tmp_path))
    paths = [*files.values(), odd, folder, later, later.with_name("never.md"), tmp_path.parent / "outside.md"]
    for number in range(len(history.commits)):
        read = history.texts_at(number, paths)
        assert read == {path: history.text_at(number, path) for path in paths}
        assert [read[odd], read[later]] == [["---\ntitle: caf\ufffd\n---\n", "later"],
                                            ["---\ntitle: caf\ufffd\n---\n", None], [None, None]][number]
        assert (read[folder] is None) == (number == 2) and read[later.with_name("never.md")] is None
    assert history.texts_at(0, []) == {}
    calls = []
    real_run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda command, *args, **kwargs: calls.append(command[3]) or real_run(
        command, *args, **kwargs))
    history.texts_at(0, paths)
    assert calls == ["cat-file", "show"]  # one process for them all, and ``git show`` for the folder


def test_without_git_the_state_file_decides(tmp_path):
    files = make_site(tmp_path, with_git=False)
    site = Site.open(tmp_path)
    status = translation_status(index(tmp_path))["analyst"]
    assert (status.outdated, status.method) == (False, "none")
    entry = index(tmp_path).pair_for_key("analyst")
    record_translation_saved(site, entry, translated="fr")
    assert (tmp_path / ".posting-editor" / "translations.json").is_file()
    assert translation_status(index(tmp_path))["analyst"].method == "state"
    assert outdated_keys(index(tmp_path)) == set()
    edit(files[("analyst", "en")], "team of 12 people", "team of 14 people")
    assert outdated_keys(index(tmp_path)) == {"analyst"}
    changes = [op for op in source_changes(site, index(tmp_path).pair_for_key("analyst")) if op.kind != "equal"]
    assert [(op.old, op.new) for op in changes] == [("12", "14")]
    # Translation saved after the change: in sync again.
    edit(files[("analyst", "fr")], "équipe de 12", "équipe de 14")
    record_translation_saved(site, index(tmp_path).pair_for_key("analyst"))
    assert outdated_keys(index(tmp_path)) == set()


def test_without_git_the_side_changed_since_is_the_source(tmp_path):
    files = make_site(tmp_path, with_git=False)
    site = Site.open(tmp_path)
    record_translation_saved(site, index(tmp_path).pair_for_key("designer"), translated="fr")
    edit(files[("designer", "fr")], "équipe de 12", "équipe de 20")
    status = translation_status(index(tmp_path))["designer"]
    assert (status.outdated, status.source, status.target) == (True, "fr", "en")
    # Both changed: outdated when the source was saved last.
    edit(files[("designer", "en")], "team of 12", "team of 20")
    past = time.time() - 100
    os.utime(files[("designer", "fr")], (past, past))
    assert translation_status(index(tmp_path))["designer"].outdated is True
    os.utime(files[("designer", "en")], (past - 100, past - 100))
    assert translation_status(index(tmp_path))["designer"].outdated is False


def test_damaged_state_file_means_nothing_known(tmp_path):
    make_site(tmp_path, with_git=False)
    state = tmp_path / ".posting-editor" / "translations.json"
    state.parent.mkdir()
    state.write_text("{not json")
    assert outdated_keys(index(tmp_path)) == set()


def test_word_diff_covers_the_new_text():
    ops = word_diff("We need 3 analysts now.", "We need 4 data analysts.")
    assert "".join(op.new for op in ops) == "We need 4 data analysts."
    assert [(op.kind, op.old, op.new) for op in ops if op.kind != "equal"] == [
        ("replace", "3", "4 data"), ("delete", " now", "")]
