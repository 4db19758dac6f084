"""The command's own output failing (a full disk under `check --format json > report.json`, a
closed output) and a closed input. A clear message and exit 2, never "internal error" (nor a
report cut short with exit 0)."""

from __future__ import annotations

import contextlib
import errno
import io
import sys

import pytest

from editor.cli.main import main
from tests.cli_support import sample_file, site  # noqa: F401  (site is a fixture)


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """Run in a folder of the test's own: a command that took "-" for a file name would write it there."""
    monkeypatch.chdir(tmp_path)


class _Full(io.RawIOBase):
    """A device that takes nothing: every write fails as on a full disk."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def _full_stdout():
    return io.TextIOWrapper(io.BufferedWriter(_Full()), encoding="utf-8", write_through=True)


def _run(capsys, stdout, *args):
    with contextlib.redirect_stdout(stdout):
        status = main([str(arg) for arg in args])
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err, err
    return status, err


@pytest.mark.parametrize("command", [["list", "{site}"], ["list", "{site}", "--format", "json"],
                                     ["check", "{site}", "--no-grammar", "--no-spelling", "--format", "json"],
                                     ["get", "{posting}", "body"], ["render", "{posting}"],
                                     ["xliff", "export", "{site}", "data-analyst", "--to", "fr", "-o", "-"]])
def test_output_to_a_full_disk_is_said_and_exits_2(site, capsys, command):
    posting = sample_file(site, "en", "data-analyst")
    args = [arg.format(site=site, posting=posting) for arg in command]
    status, err = _run(capsys, _full_stdout(), *args, "--lang", "en")
    assert status == 2 and "posting-editor: Cannot write the output: No space left on device." in err, err
    status, err = _run(capsys, _full_stdout(), *args, "--lang", "fr")
    assert status == 2 and "Impossible d’écrire la sortie\u00a0: plus d’espace libre sur le disque." in err, err


@pytest.mark.parametrize("args", [["--help"], ["list", "--help"], ["--version"]])
def test_help_and_version_to_a_full_disk_are_said_and_exit_2(capsys, args):
    # argparse drops a failed write of their text: exit 0, and nothing shown anywhere.
    status, err = _run(capsys, _full_stdout(), *args)
    assert status == 2 and "Cannot write the output: No space left on device." in err, err
    status, err = _run(capsys, _full_stdout(), "--lang", "fr", *args)
    assert status == 2 and "Impossible d’écrire la sortie" in err, err


def test_a_closed_output_is_said(site, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)  # what Python gives a program started with its output closed (>&-)
    status = main(["list", str(site), "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 2 and "Cannot write the output: the standard output is closed." in err, err


def test_a_body_from_a_closed_input_is_refused_and_the_posting_kept(site, capsys, monkeypatch):
    """`set FILE --body-file - <&-`: Python gives a program started with its input closed no
    sys.stdin at all, and the command ended in "internal error: AttributeError"."""
    posting = sample_file(site, "en", "data-analyst")
    before = posting.read_bytes()
    monkeypatch.setattr(sys, "stdin", None)
    status = main(["set", str(posting), "--body-file", "-", "--lang", "en"])
    err = capsys.readouterr().err
    assert status == 2 and "-: cannot read the body (the standard input is closed)." in err, err
    assert posting.read_bytes() == before
