"""The ``posting-editor`` command through its installed script: help, usage errors, render, get, bad
input, and the language of its messages.

``check`` is in test_check.py, ``list`` in test_list.py, edits in test_set.py and test_new_archive.py.
Every run goes through ``cli_support.run``, which fails on any traceback or "internal error" in stderr.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

import editor
from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    POSTING,
    posting,
    run,
    sample_file,
    site,
    script,
    write,
)

COMMANDS = ("check", "render", "get", "set", "list", "new", "archive")


# ------------------------------------------------------------------ version and help
def test_console_script_is_installed_next_to_the_interpreter():
    assert script().endswith("posting-editor")


def test_version():
    result = run("--version", installed=True)  # a smoke test of the console script itself
    assert result.returncode == 0
    assert result.stdout.strip() == f"posting-editor {editor.__version__}"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_of_every_command(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: posting-editor{' ' + command if command else ''}")
    assert "--help" in result.stdout
    if not command:
        for name in COMMANDS:
            assert name in result.stdout


def test_unknown_command_is_a_usage_error(tmp_path):
    result = run("frobnicate", "somewhere", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr
    assert result.stdout == ""


def test_a_lone_word_that_is_no_path_is_reported(tmp_path):
    # Without a command the argument is the PATH to open; a missing one must not start the window.
    result = run("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "frobnicate: no such file or folder" in result.stderr


@pytest.mark.parametrize("args", [["check"], ["get", "x.md"], ["set"], ["list"], ["check", "--format", "xml", "x"], ["list", "--bogus", "x"]])
def test_missing_or_wrong_arguments_are_usage_errors(args, tmp_path):
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("args, usage", [
    (["review", "site", "key", "--output", "x.html"], "usage: posting-editor review "),
    (["xliff", "import", "a.xlf", "site", "--to", "fr"], "usage: posting-editor xliff import "),
    (["list", "site", "--bogus"], "usage: posting-editor list "),
])
def test_an_unknown_option_shows_the_usage_of_the_command_it_was_given_to(args, usage, tmp_path):
    """`posting-editor review SITE KEY --output x.html` showed the usage of posting-editor itself
    (`posting-editor [-h] [--version] [--lang {en,fr}] COMMAND ...`), not the options review takes."""
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(usage), result.stderr
    assert "error: unrecognized arguments: " in result.stderr and args[-1] in result.stderr
    french = run("--lang", "fr", *args, cwd=tmp_path)
    assert french.stderr.startswith(usage.replace("usage:", "utilisation\u00a0:")), french.stderr
    assert "arguments inconnus\u00a0: " in french.stderr


def test_window_folder_that_is_not_a_site_is_refused_before_qt_starts(tmp_path):
    # A lone posting file opens the window on its folder (tests/ui/test_startup.py); a folder must be a site.
    (tmp_path / "loose.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = run(str(tmp_path), cwd=tmp_path, timeout=30)
    assert result.returncode == 2
    assert "site" in result.stderr and str(tmp_path) in result.stderr




# ---------------------------------------------------------------------------- render
def test_render_one_file_to_stdout(posting, tmp_path):
    result = run("render", posting.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.search(r"<h2[^>]*>About the role</h2>", result.stdout)
    assert "<li>Patience</li>" in result.stdout
    assert "---" not in result.stdout and "translationKey" not in result.stdout


def test_render_several_files_with_out(site, tmp_path):
    files = [sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")]
    result = run("render", *files, "--out", "html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    written = sorted(p.name for p in (tmp_path / "html").iterdir())
    assert written == sorted(f.stem + ".html" for f in files)
    french = (tmp_path / "html" / (files[1].stem + ".html")).read_text(encoding="utf-8")
    assert "<h2" in french and "données" in french


def test_render_several_files_without_out_is_a_usage_error(posting, tmp_path):
    other = write(tmp_path / "other.md", POSTING)
    result = run("render", posting.name, other.name, cwd=tmp_path)
    assert result.returncode == 2
    assert "--out" in result.stderr and result.stdout == ""


def test_render_invalid_file_reports_it(tmp_path):
    write(tmp_path / "broken.md", "---\ntitle: Conseiller : équipe\n---\nText\n")
    result = run("render", "broken.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("broken.md:2:") and result.stdout == ""


# ------------------------------------------------------------------------------- get
def test_get_title_archived_and_body(posting, tmp_path):
    assert run("get", posting.name, "title", cwd=tmp_path).stdout == "Plain title\n"
    assert run("get", posting.name, "archived", cwd=tmp_path).stdout == "false\n"
    assert run("get", posting.name, "description", cwd=tmp_path).stdout == "A short description of the role for search engines.\n"
    result = run("get", posting.name, "body", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == POSTING.split("---\n", 2)[2]


def test_get_missing_key(posting, tmp_path):
    result = run("get", posting.name, "salary", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == "" and "salary" in result.stderr


def test_get_keeps_accents_and_newlines(tmp_path):
    write(tmp_path / "fr.md", '---\nlayout: job-posting\ntitle: "Conseiller\u00a0: équipe\\nsur deux lignes"\n---\n')
    result = run("get", "fr.md", "title", cwd=tmp_path)
    assert result.stdout == "Conseiller\u00a0: équipe\nsur deux lignes\n"


# ------------------------------------------------------------------------- bad input
BILLION_LAUGHS = "---\nlayout: job-posting\n" + "a0: &a0 [" + ", ".join(['"lol"'] * 9) + "]\n" + "".join(
    f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)
) + "---\nbody\n"

BAD_FILES = {
    # name: (bytes, the stable code 'check' reports)
    "not-utf8": (b"---\ntitle: caf\xe9\n---\nbody\n", "not-utf8"),
    "empty": (b"", "empty-file"),
    "no-front-matter": (b"Just a body, no --- line.\n", "no-front-matter"),
    "billion-laughs": (BILLION_LAUGHS.encode(), "yaml-too-complex"),
    "python-tag": (b'---\nlayout: job-posting\ntitle: !!python/object/apply:os.system ["touch PWNED"]\n---\nbody\n', "unknown-tag"),
    "custom-tag": (b"---\ntitle: !secret value\n---\nbody\n", "unknown-tag"),
    "not-a-mapping": (b"---\n- a\n- b\n---\nbody\n", "front-matter-not-mapping"),
    "unclosed": (b"---\ntitle: x\nbody\n", "unclosed-front-matter"),
    "duplicate-key": (b"---\ntitle: a\ntitle: b\n---\nbody\n", "duplicate-key"),
    "too-large": (b"---\ntitle: big\n---\n" + b"x" * (3 * 1024 * 1024), "file-too-large"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_check_reports_bad_files(name, tmp_path):
    raw, code = BAD_FILES[name]
    (tmp_path / f"{name}.md").write_bytes(raw)
    result = run("check", f"{name}.md", "--format", "json", cwd=tmp_path, timeout=20)
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert code in {r["code"] for r in rows}
    assert all(r["file"] == f"{name}.md" and r["line"] >= 1 and r["column"] >= 1 for r in rows)
    assert not (tmp_path / "PWNED").exists()


COMMANDS_ON_A_FILE = [
    ["get", "{f}", "title"],
    ["get", "{f}", "body"],
    ["set", "{f}", "title=x"],
    ["set", "{f}", "--body-file", "-"],
    pytest.param(["render", "{f}"]),
]


# A duplicate key leaves the file readable (Hugo takes the last value); it is tested with 'set' in test_set.py.
UNREADABLE = [name for name in BAD_FILES if name != "duplicate-key"]


@pytest.mark.parametrize("command", COMMANDS_ON_A_FILE, ids=lambda c: " ".join(c[:1] + c[2:]))
@pytest.mark.parametrize("name", UNREADABLE)
def test_commands_on_bad_files_exit_1_and_leave_them_alone(name, command, tmp_path):
    raw, _ = BAD_FILES[name]
    path = tmp_path / f"{name}.md"
    path.write_bytes(raw)
    result = run(*[part.format(f=path.name) for part in command], cwd=tmp_path, input="new body\n", timeout=20)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"posting-editor: {path.name}:") or result.stderr.startswith(f"{path.name}:")
    assert result.stdout == ""
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temp file, nothing executed


@pytest.mark.parametrize("command", COMMANDS_ON_A_FILE + [["check", "{f}"]], ids=lambda c: " ".join(c[:1] + c[2:]))
@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_commands_on_a_missing_file_or_a_directory_exit_2(kind, command, tmp_path):
    if kind == "directory":
        (tmp_path / "folder.md").mkdir()
    name = "folder.md" if kind == "directory" else "missing.md"
    result = run(*[part.format(f=name) for part in command], cwd=tmp_path, input="", timeout=20)
    assert result.returncode == 2, result.stderr
    assert name in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", [["list", "{s}"], ["check", "{s}"], ["archive", "{s}", "data-analyst"],
                                     ["new", "{s}", "--title-en", "A", "--title-fr", "B"]])
def test_site_commands_on_a_folder_that_is_not_a_site(command, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("- buy milk\n", encoding="utf-8")
    result = run(*[part.format(s="notes") for part in command], cwd=tmp_path)
    assert result.returncode == 2
    assert "notes" in result.stderr and result.stdout == ""
    assert sorted(p.name for p in (tmp_path / "notes").iterdir()) == ["todo.md"]


def test_broken_hugo_config_is_a_message(site, tmp_path):
    (site / "config" / "_default" / "config.yaml").write_text("languages: [unclosed\n", encoding="utf-8")
    result = run("list", "site", cwd=tmp_path)
    assert result.returncode == 2
    assert "config.yaml" in result.stderr


def test_output_closed_early_is_not_an_error(site, tmp_path):
    # `posting-editor list SITE | head -1` must not print a broken-pipe traceback.
    process = subprocess.Popen([script(), "list", str(site), "--format", "json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=tmp_path)
    process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=30)
    assert "Traceback" not in stderr


def test_a_path_that_is_not_there_is_said_in_the_locales_language(tmp_path):
    """`posting-editor PATH` in a French locale said "frobnicate: no such file or folder." in English."""
    result = run("frobnicate", cwd=tmp_path, prefix=["env", "LC_ALL=fr_CA.UTF-8"])
    assert result.returncode == 2
    assert result.stderr.startswith("posting-editor\u00a0: frobnicate\u00a0: fichier ou dossier introuvable."), result.stderr


def test_lang_before_the_command_words_its_messages(tmp_path):
    """`posting-editor --lang fr get …`, the option where global options usually go, was refused with
    "argument COMMAND: invalid choice: 'fr'"."""
    result = run("--lang", "fr", "get", "absent.md", "title", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "posting-editor\u00a0: absent.md\u00a0: fichier introuvable.\n", result.stderr
    result = run("--lang", "fr", "get", "absent.md", "title", "--lang", "en", cwd=tmp_path)
    assert result.stderr == "posting-editor: absent.md: no such file.\n", result.stderr  # the command's own wins


@pytest.mark.parametrize("args, named", [
    (["list", ""], "SITE"), (["new", "", "--title-en", "Clerk"], "SITE"), (["check", "", "site"], "PATH"),
    (["export", "site", "--to", ""], "--to"), (["export", "", "--to", "site"], "SOURCE"),
    (["render", "site/x.md", "--out", ""], "--out"), (["xliff", "import", "", "site"], "FILE.xlf"),
    (["tm", "export", "site", "-o", ""], "--output"), (["set", "", "title=x"], "FILE"),
])
def test_an_empty_path_is_refused_before_anything_is_read_or_written(site, tmp_path, args, named):
    """"" is the current folder to Python: `export drafts --to "$SITE"` with SITE unset exported into
    the site the command was run in, and `new "" …` made the folder it ran in a drafts folder."""
    (tmp_path / "empty").mkdir()
    result = run(*[arg.replace("site", str(site)) for arg in args], cwd=tmp_path / "empty")
    assert result.returncode == 2 and result.stdout == ""
    assert f"error: {named} is empty: give a file or folder name" in result.stderr, result.stderr
    assert list((tmp_path / "empty").iterdir()) == []
    french = run(*[arg.replace("site", str(site)) for arg in args], "--lang", "fr", cwd=tmp_path / "empty")
    assert "est vide\u00a0: donnez un nom de fichier ou de dossier" in french.stderr, french.stderr


def test_a_site_name_too_long_for_the_system_is_blamed_not_its_folder(tmp_path):
    """It said "<the current folder> cannot be read: File name too long.", sending the user to check
    the permissions of a folder that was fine."""
    result = run("list", "b" * 300, "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("posting-editor: bbb"), result.stderr
    assert "cannot be read: File name too long." in result.stderr
