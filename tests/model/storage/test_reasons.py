"""Why a file could not be written, in the reader's language: the system's reasons are English."""

from __future__ import annotations

import errno
from pathlib import Path

from editor.model.findings.worded import Worded
from editor.model.storage.confine import OutsideSiteError
from editor.model.storage.reasons import READ_ONLY, failure_words, system_reason, write_failure


def test_a_full_disk_and_a_read_only_file_are_said_in_french():
    full = OSError(errno.ENOSPC, "No space left on device", "/site/a.md")
    assert write_failure(full, "en") == "Cannot write /site/a.md: No space left on device."
    assert write_failure(full, "fr") == "Impossible d’écrire /site/a.md\u00a0: plus d’espace libre sur le disque."
    locked = PermissionError(errno.EACCES, READ_ONLY, "/site/a.md")
    assert write_failure(locked, "en") == f"Cannot write /site/a.md: {READ_ONLY}."
    assert "permission refusée (le fichier est en lecture seule)" in write_failure(locked, "fr")


def test_an_unusual_reason_keeps_the_systems_words_and_a_nameless_one_says_no_name():
    odd = OSError(errno.EXDEV, "Invalid cross-device link")
    assert system_reason(odd) == "Invalid cross-device link"
    assert write_failure(OSError(errno.ENOSPC, "No space left on device"), "fr") == \
        "Impossible d’écrire\u00a0: plus d’espace libre sur le disque."


def test_the_editors_own_refusal_is_said_whole():
    refusal = OutsideSiteError.at(Path("/site/a.md"), "outside-site-by-link", path="/site/a.md", real="/b.md",
                                  root="/site")
    assert failure_words(refusal) is refusal and system_reason(refusal) is refusal
    assert isinstance(refusal, Worded)
    assert write_failure(refusal, "fr").startswith("/site/a.md mène à /b.md")


def test_a_folder_or_a_pipe_where_a_file_was_expected_is_said_in_french(tmp_path):
    from editor.model.storage.files import NotRegularFileError, read_bytes

    try:
        read_bytes(tmp_path)
    except NotRegularFileError as error:
        said = system_reason(error)
    assert str(said) == "not a regular file (a pipe, a device or a folder); only regular files are read"
    assert said.text("fr").startswith("ce n’est pas un fichier ordinaire")
