"""``posting-editor set`` through the installed script.

Edits are judged on bytes: the changed field's line differs, every other byte stays. Values are
judged the way the site will read them: ``yaml.safe_load`` must give back the exact value and,
when hugo is installed, Hugo must build a page showing it. ``new`` and ``archive`` are in
test_new_archive.py.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.cli_support import (  # noqa: F401 (fixtures are used by name)
    _index_cache_folder,
    private_index_cache,
    HUGO,
    POSTING,
    changed_lines,
    front_matter,
    hugo_page,
    hugo_pages,
    posting,
    run,
    sample_file,
    site,
)

LINES = POSTING.splitlines(keepends=True)
TITLE_LINE = LINES.index("title: 'Plain title'\n")
DESCRIPTION_LINES = (LINES.index("description: >-\n"), LINES.index("archived: false\n"))
ARCHIVED_LINE = LINES.index("archived: false\n")


# ------------------------------------------------------------------------- set: basics
def test_set_changes_only_that_line(posting, tmp_path):
    before = posting.read_bytes()
    result = run("set", posting.name, "title=Senior Analyst", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = posting.read_bytes()
    assert changed_lines(before, after) == [TITLE_LINE]
    assert front_matter(posting)["title"] == "Senior Analyst"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["posting.md"]  # no temp file left


def test_set_archived_true_is_a_boolean(posting, tmp_path):
    before = posting.read_bytes()
    assert run("set", posting.name, "archived=true", cwd=tmp_path).returncode == 0
    assert changed_lines(before, posting.read_bytes()) == [ARCHIVED_LINE]
    assert posting.read_bytes().splitlines()[ARCHIVED_LINE] == b"archived: true"
    assert front_matter(posting)["archived"] is True
    assert run("get", posting.name, "archived", cwd=tmp_path).stdout == "true\n"


def test_set_title_with_apostrophe_and_colon_is_a_string(posting, tmp_path):
    assert run("set", posting.name, "title=l'équipe : données", cwd=tmp_path).returncode == 0
    assert front_matter(posting)["title"] == "l'équipe : données"
    assert run("get", posting.name, "title", cwd=tmp_path).stdout == "l'équipe : données\n"


def test_set_several_fields_at_once(posting, tmp_path):
    before = posting.read_bytes()
    assert run("set", posting.name, "title=Two", "archived=true", cwd=tmp_path).returncode == 0
    assert changed_lines(before, posting.read_bytes()) == [TITLE_LINE, ARCHIVED_LINE]


def test_set_keeps_the_file_mode(posting, tmp_path):
    posting.chmod(0o640)
    assert run("set", posting.name, "title=Mode", cwd=tmp_path).returncode == 0
    assert stat.S_IMODE(posting.stat().st_mode) == 0o640


def test_set_keeps_crlf_line_endings(tmp_path):
    path = tmp_path / "windows.md"
    raw = POSTING.replace("\n", "\r\n").encode()
    path.write_bytes(raw)
    assert run("set", path.name, "title=a: b", cwd=tmp_path).returncode == 0
    assert changed_lines(raw, path.read_bytes()) == [TITLE_LINE]
    assert path.read_bytes().count(b"\r\n") == raw.count(b"\r\n") and b"\n" not in path.read_bytes().replace(b"\r\n", b"")


@pytest.mark.parametrize("assignment", ["title", "=x", "body=x", "archived=maybe", "archived="])
def test_set_rejects_bad_assignments(assignment, posting, tmp_path):
    before = posting.read_bytes()
    result = run("set", posting.name, assignment, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("posting-editor: ")
    assert posting.read_bytes() == before


def test_set_with_nothing_to_set(posting, tmp_path):
    result = run("set", posting.name, cwd=tmp_path)
    assert result.returncode == 2 and "KEY=VALUE" in result.stderr


@pytest.mark.parametrize("field", ["title", "description"])
@pytest.mark.parametrize("value", ["Line1\nLine2", "Line1\r\nLine2", "Line1\u2028Line2", "Title\n"], ids=repr)
def test_set_refuses_a_line_break_in_a_title_or_description(field, value, posting, tmp_path):
    """A title with a line break renders badly in Hugo's <title> and meta tags; it was accepted."""
    before = posting.read_bytes()
    result = run("set", posting.name, f"{field}={value}", "archived=true", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{field} must be on one line" in result.stderr
    assert posting.read_bytes() == before  # nothing of the command was written, not even archived
    french = run("set", "--lang", "fr", posting.name, f"{field}={value}", cwd=tmp_path)
    assert french.returncode == 2 and f"« {field} » doit tenir sur une ligne" in french.stderr.replace("\u00a0", " ")


@pytest.mark.parametrize("assignment", ["translationKey=pm\u202emp", "translationKey=pm\nother", "translationKey=pm\tx",
                                        "title=Chef\u2066fe", "description=a\x07b"], ids=repr)
def test_set_refuses_a_character_nobody_sees_in_a_key_or_title(assignment, posting, tmp_path):
    """A key holding a bidirectional override looks like another and never links its pair; set wrote it."""
    before = posting.read_bytes()
    result = run("set", posting.name, assignment, "--lang", "en", cwd=tmp_path)
    assert result.returncode == 2 and "which cannot be seen" in result.stderr and "U+" in result.stderr, result.stderr
    assert posting.read_bytes() == before


# ------------------------------------------------------------- set: values that need quoting
VALUES = [
    "it's", 'say "hi"', "Conseiller : équipe", "a #hashtag", "« Bonjour »", "*star", "&anchor", "!important",
    "null", "yes", "123", "Conseiller\u00a0: équipe", "l'équipe : données",
    # more of what writers type or paste
    "- dash first", "? question", "@mention", "%percent", "`code`", "[crochets]", "{accolades}", "~", "No", "off",
    "2024-05-01", "1e3", "0x1F", ".inf", "Fin :", "#1 priority", "| pipe", "> quote", "a\tb", "C:\\Temps\\",
    "« Conseiller\u202f: équipe »", "Développeur·euse", "emoji 🚀 ok", "x" * 300,
]


def ids(value: str) -> str:
    return repr(value)[:40]


@pytest.fixture(scope="module")
def hugo_shows(tmp_path_factory):
    """Every value of VALUES set by ``set`` as the title, and as the description, of its own posting, and
    how Hugo shows each: {(field, value): (the posting's bytes, Hugo's title, description)}. One Hugo
    build for them all (one per value was 80 builds); each test checks that its own file is the one
    Hugo read."""
    if not HUGO:
        return {}
    tmp = tmp_path_factory.mktemp("hugo-values")
    files: dict[str, Path] = {}
    for field in ("title", "description"):
        for number, value in enumerate(VALUES):
            path = tmp / f"{field}-{number}.md"
            path.write_text(POSTING, encoding="utf-8")
            assert run("set", path.name, f"{field}={value}", cwd=tmp).returncode == 0
            files[path.stem] = path
    shown = hugo_pages(files, tmp)
    return {(field, value): (files[f"{field}-{number}"].read_bytes(), *shown[f"{field}-{number}"][:2])
            for field in ("title", "description") for number, value in enumerate(VALUES)}


# The tests reading hugo_shows run in one worker: spread over both, each built it (a Hugo build and 80 sets).
HUGO_SHOWS_GROUP = pytest.mark.xdist_group("hugo-shows")


@HUGO_SHOWS_GROUP
@pytest.mark.parametrize("value", VALUES, ids=ids)
def test_set_title_to_any_text(value, posting, tmp_path, hugo_shows):
    before = posting.read_bytes()
    result = run("set", posting.name, f"title={value}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = posting.read_bytes()
    assert changed_lines(before, after) == [TITLE_LINE]
    assert front_matter(posting)["title"] == value
    assert run("get", posting.name, "title", cwd=tmp_path).stdout == value + "\n"
    if HUGO:
        built, title, _ = hugo_shows["title", value]
        assert built == after and title == value


@HUGO_SHOWS_GROUP
@pytest.mark.parametrize("value", VALUES, ids=ids)
def test_set_folded_description_to_any_text(value, posting, tmp_path, hugo_shows):
    before = posting.read_bytes()
    assert run("set", posting.name, f"description={value}", cwd=tmp_path).returncode == 0
    after = posting.read_bytes()
    start, end = DESCRIPTION_LINES
    old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert new_lines[:start] == old_lines[:start]
    assert new_lines[len(new_lines) - (len(old_lines) - end):] == old_lines[end:]
    assert front_matter(posting)["description"] == value
    if HUGO:
        built, _, description = hugo_shows["description", value]
        assert built == after and description == value


def test_set_archived_is_a_boolean_for_hugo_too(posting, tmp_path):
    if not HUGO:
        pytest.skip("hugo is not installed")
    assert run("set", posting.name, "archived=true", cwd=tmp_path).returncode == 0
    assert hugo_page(posting, tmp_path)[2] == "true"


# ---------------------------------------------------------------------- set: body
def test_set_body_from_a_file(posting, tmp_path):
    (tmp_path / "body.txt").write_text("## Nouveau\n\nTexte « neuf ».\n", encoding="utf-8")
    head = POSTING[: POSTING.index("\n---\n") + 5].encode()
    assert run("set", posting.name, "--body-file", "body.txt", cwd=tmp_path).returncode == 0
    assert posting.read_bytes() == head + "## Nouveau\n\nTexte « neuf ».\n".encode()


def test_set_body_from_stdin_with_a_field(posting, tmp_path):
    assert run("set", posting.name, "archived=true", "--body-file", "-", input="Closed.\n", cwd=tmp_path).returncode == 0
    assert run("get", posting.name, "body", cwd=tmp_path).stdout == "Closed.\n"
    assert front_matter(posting)["archived"] is True


def test_set_body_file_that_is_not_utf8(posting, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Numéro".encode("latin-1"))
    before = posting.read_bytes()
    result = run("set", posting.name, "--body-file", "latin1.txt", cwd=tmp_path)
    assert result.returncode == 2 and "latin1.txt" in result.stderr
    assert posting.read_bytes() == before


@pytest.mark.parametrize("body", [b"One\r\n\r\nTwo\r\n", b"One\n\nTwo\n"], ids=["crlf-body", "lf-body"])
def test_set_body_keeps_the_files_crlf_line_endings(body, tmp_path):
    path = tmp_path / "windows.md"
    path.write_bytes(POSTING.replace("\n", "\r\n").encode())
    (tmp_path / "body.md").write_bytes(body)
    assert run("set", path.name, "--body-file", "body.md", cwd=tmp_path).returncode == 0
    assert path.read_bytes().endswith(b"---\r\nOne\r\n\r\nTwo\r\n")


# ------------------------------------------------------------- set: invalid or odd files
def test_set_on_an_invalid_file_changes_nothing(tmp_path):
    path = tmp_path / "broken.md"
    raw = "---\nlayout: job-posting\ntitle: Conseiller : équipe\narchived: false\n---\nText\n".encode()
    path.write_bytes(raw)
    result = run("set", path.name, "archived=true", cwd=tmp_path)
    assert result.returncode == 1
    assert "broken.md:3:" in result.stderr and "not changed" in result.stderr
    assert path.read_bytes() == raw


def test_set_on_a_duplicate_key_changes_nothing(tmp_path):
    path = tmp_path / "twice.md"
    raw = b"---\nlayout: job-posting\ntitle: First\ntitle: Second\n---\nText\n"
    path.write_bytes(raw)
    result = run("set", path.name, "title=Third", cwd=tmp_path)
    assert result.returncode in (1, 2) and "twice.md" in result.stderr
    assert path.read_bytes() == raw


def test_set_on_a_duplicate_key_says_why(tmp_path):
    (tmp_path / "twice.md").write_bytes(b"---\nlayout: job-posting\ntitle: First\ntitle: Second\n---\nText\n")
    result = run("set", "twice.md", "title=Third", cwd=tmp_path)
    assert "more than once" in result.stderr


def test_set_through_a_symlink_edits_the_target(posting, tmp_path):
    link = tmp_path / "link.md"
    link.symlink_to(posting.name)
    assert run("set", link.name, "title=Linked", cwd=tmp_path).returncode == 0
    assert link.is_symlink()
    assert front_matter(posting)["title"] == "Linked"


# ---------------------------------------------------------------- set: unwritable files
# Root writes through any permission bit, so as root the command runs as 'nobody' (through
# setpriv) in a folder everyone can reach (pytest's own tmp folders are private to root).
NOBODY = 65534


@pytest.fixture
def shared_dir():
    folder = Path(tempfile.mkdtemp(prefix="posting-editor-perm-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def as_other_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    prefix, refusal = _other_user()
    if refusal:
        pytest.skip(refusal)
    return prefix


@functools.cache
def _other_user() -> tuple[list[str], str]:
    """The prefix running a command as 'nobody', or why it cannot: asked once for the tests that need
    it (the probe starts Python as 'nobody', 0.3 CPU-s: it compiles the standard library each time)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return [], "running as root, where permission bits do not stop writes, and setpriv is not installed"
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import editor"], capture_output=True, cwd="/", timeout=60)
    if probe.returncode != 0:
        return [], f"running as root and the user 'nobody' cannot run the venv: {probe.stderr.decode()[:200]}"
    return prefix, ""


def give(path: Path, mode: int, owner_is_test_user: bool):
    if owner_is_test_user and os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    path.chmod(mode)


def test_set_in_a_read_only_folder_fails_cleanly(shared_dir):
    user = as_other_user()
    folder = shared_dir / "site"
    folder.mkdir()
    path = folder / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    give(path, 0o444, owner_is_test_user=False)
    give(folder, 0o555, owner_is_test_user=False)
    result = run("set", str(path), "title=Nope", cwd="/", prefix=user)
    assert result.returncode == 2
    assert "Permission denied" in result.stderr
    assert path.read_text(encoding="utf-8") == POSTING
    assert [p.name for p in folder.iterdir()] == ["posting.md"]


def test_set_in_a_read_only_folder_names_the_posting(shared_dir):
    user = as_other_user()
    folder = shared_dir / "site"
    folder.mkdir()
    path = folder / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    give(folder, 0o555, owner_is_test_user=False)
    result = run("set", str(path), "title=Nope", cwd="/", prefix=user)
    assert str(path) in result.stderr and ".tmp" not in result.stderr


def test_set_on_a_read_only_file_is_refused(shared_dir):
    user = as_other_user()
    folder = shared_dir / "mine"
    folder.mkdir()
    give(folder, 0o755, owner_is_test_user=True)
    path = folder / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    give(path, 0o444, owner_is_test_user=True)
    result = run("set", str(path), "title=Nope", cwd="/", prefix=user)
    assert result.returncode == 2 and "posting.md" in result.stderr
    assert path.read_text(encoding="utf-8") == POSTING


# ----------------------------------------------------------------- set: pairs in a site
def test_shared_field_is_written_to_the_counterpart(site, tmp_path):
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    en_before, fr_before = en.read_bytes(), fr.read_bytes()
    result = run("set", str(en), "archived=true", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert fr.name in result.stderr  # says which other file it changed
    for path, before in ((en, en_before), (fr, fr_before)):
        assert [before.splitlines()[i] for i in changed_lines(before, path.read_bytes())] == [b"archived: false"]
        assert front_matter(path)["archived"] is True
    assert run("list", "site", "--format", "json", cwd=tmp_path).stdout.count('"status": "ok"') == 4


def test_per_language_field_stays_in_its_file(site, tmp_path):
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    fr_before = fr.read_bytes()
    assert run("set", str(en), "title=Data Scientist", cwd=tmp_path).returncode == 0
    assert fr.read_bytes() == fr_before
    assert front_matter(en)["title"] == "Data Scientist"


def test_only_this_file(site, tmp_path):
    en, fr = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    fr_before = fr.read_bytes()
    assert run("set", str(en), "archived=true", "--only-this-file", cwd=tmp_path).returncode == 0
    assert fr.read_bytes() == fr_before


@pytest.mark.parametrize("value", ["Line one\nline two", "Line one\r\nline two", "Line one\n\nline two"], ids=repr)
def test_set_keeps_the_line_breaks_of_a_value_on_several_lines(value, posting, tmp_path):
    """Read as YAML, "Line one\\nline two" is a plain scalar whose line break YAML folds into a
    space: the field was written on one line, exit 0, the break the user gave gone without a word."""
    result = run("set", posting.name, f"department={value}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert front_matter(posting)["department"] == value.replace("\r\n", "\n")


def test_set_still_reads_a_yaml_block_scalar_as_yaml(posting, tmp_path):
    result = run("set", posting.name, "department=|-\n  Line one\n  line two", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert front_matter(posting)["department"] == "Line one\nline two"


@pytest.mark.parametrize("only_this_file", [False, True])
def test_a_key_another_pair_uses_is_refused(site, tmp_path, only_this_file):
    """`set FILE translationKey=K` with K another pair's key wrote it into both files (exit 0, not a
    word): two postings a language then claimed K, and the pairing of both pairs was broken."""
    en, fr = sample_file(site, "en", "product-manager"), sample_file(site, "fr", "gestionnaire")
    before = en.read_bytes(), fr.read_bytes()
    result = run("set", str(en), "translationKey=data-analyst", *(["--only-this-file"] if only_this_file else []),
                 cwd=tmp_path)
    assert result.returncode == 2
    assert "The key 'data-analyst' is already used by the English file data-analyst--" in result.stderr
    assert (en.read_bytes(), fr.read_bytes()) == before
    result = run("set", str(fr), "translationKey=data-analyst", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2 and "La clé «\u00a0data-analyst\u00a0» est déjà utilisée par le fichier en français" in result.stderr, result.stderr
    assert (en.read_bytes(), fr.read_bytes()) == before


def test_a_new_key_of_its_own_and_the_pairs_own_key_are_written(site, tmp_path):
    en, fr = sample_file(site, "en", "product-manager"), sample_file(site, "fr", "gestionnaire")
    assert run("set", str(en), "translationKey=product-manager", cwd=tmp_path).returncode == 0
    assert run("set", str(en), "translationKey=product-lead", cwd=tmp_path).returncode == 0
    assert front_matter(en)["translationKey"] == front_matter(fr)["translationKey"] == "product-lead"


def test_a_lever_id_that_is_not_a_uuid_is_refused(site, tmp_path):
    """`set FILE leverId=bad` wrote it into both files (exit 0), where `new --lever-id bad` refuses
    it and `check` then reports an error: the leverId names the files and the "Apply" address."""
    en, fr = sample_file(site, "en", "product-manager"), sample_file(site, "fr", "gestionnaire")
    before = en.read_bytes(), fr.read_bytes()
    result = run("set", str(en), "leverId=3a2f11bd-e6f1", cwd=tmp_path)
    assert result.returncode == 2
    assert "'3a2f11bd-e6f1' is not a leverId (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)." in result.stderr
    assert (en.read_bytes(), fr.read_bytes()) == before
    other = "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert run("set", str(en), f"leverId={other}", cwd=tmp_path).returncode == 0
    assert front_matter(en)["leverId"] == front_matter(fr)["leverId"] == other
    assert run("set", str(en), "leverId=", cwd=tmp_path).returncode == 0  # not in the applicant-tracking system yet
