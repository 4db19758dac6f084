"""What a path given as a FILE is, told without opening it (a pipe would wait for a writer), and the
characters a typed key or title must not hold."""

from __future__ import annotations

import os
import socket

import pytest

from editor.model.frontmatter.one_line import unseen_character
from editor.model.storage.files import file_kind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_file_kind_names_each_kind_without_opening_it(tmp_path):
    (tmp_path / "file.md").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")  # opened for reading, it would block this test
    (tmp_path / "link.md").symlink_to(tmp_path / "gone.md")
    (tmp_path / "good-link.md").symlink_to(tmp_path / "file.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        kinds = {name: file_kind(tmp_path / name) for name in
                 ("file.md", "pipe.md", "link.md", "good-link.md", "sock", "absent.md")}
    finally:
        server.close()
    assert kinds == {"file.md": "file", "pipe.md": "pipe", "link.md": "link-to-nothing", "good-link.md": "file",
                     "sock": "socket", "absent.md": "missing"}
    assert file_kind(tmp_path) == "folder" and file_kind("/dev/null") == "device"


def test_file_kind_tells_a_path_it_may_not_look_at_from_a_missing_one(tmp_path, monkeypatch):
    """Said at once, with no second look: a file behind a folder that may not be searched may well be
    there, and "no such file" would send the user looking for a typo."""
    from tests.model.frontmatter.reading_support import make_unsearchable

    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "posting.md").write_text("x", encoding="utf-8")
    looks = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: looks.append(path) or real_stat(path, *a, **k))
    assert file_kind(tmp_path / "absent.md") == "missing" and len(looks) == 1
    make_unsearchable(monkeypatch, tmp_path / "closed")
    assert file_kind(tmp_path / "closed" / "posting.md") == "forbidden"
    assert file_kind(tmp_path / ("x" * 5000)) == "unreachable"  # a name longer than the system takes
    assert file_kind(tmp_path / "absent" / "posting.md") == "missing"


def test_the_command_line_names_each_kind(tmp_path, monkeypatch):
    from editor.cli.common import CommandError, refuse_unless_file
    from tests.model.frontmatter.reading_support import make_unsearchable

    (tmp_path / "closed").mkdir()
    make_unsearchable(monkeypatch, tmp_path / "closed")

    def refusal(name: str) -> tuple[str, str]:
        with pytest.raises(CommandError) as refused:
            refuse_unless_file(str(tmp_path / name))
        return refused.value.text("en"), refused.value.text("fr")

    english, french = refusal("absent.md")
    assert english.endswith("absent.md: no such file.") and french.endswith("absent.md\u00a0: fichier introuvable.")
    english, french = refusal("closed/posting.md")
    assert english.endswith(": cannot read the file (Permission denied).") and french.endswith("(permission refusée).")
    english, french = refusal("x" * 5000)
    assert english.endswith(": cannot read the file (the system cannot look at it).")
    assert french.endswith("(le système ne peut pas l’examiner).")


@pytest.mark.parametrize("field, text, found", [
    ("translationKey", "lead\u202edev", ("U+202E", "hidden-bidi")),
    ("translationKey", "lead\u2066dev", ("U+2066", "hidden-bidi")),
    ("translationKey", "lead\ndev", ("U+000A", "hidden-line-break")),
    ("translationKey", "lead\tdev", ("U+0009", "hidden-control")),
    ("title", "Lead\tdeveloper", None),  # a tab reads as a space in a title
    ("title", "Lead\x1bdeveloper", ("U+001B", "hidden-control")),
    ("description", "Ligne\u2028suivante", ("U+2028", "hidden-line-break")),
    ("translationKey", "développeuse-principale", None),
    ("layout", "job\u202eposting", None),  # not a field a person types as a name
])
def test_unseen_characters(field, text, found):
    result = unseen_character(field, text)
    assert (None if result is None else (result[0], result[1].key)) == found
