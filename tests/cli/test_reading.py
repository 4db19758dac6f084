"""The commands on sites with hostile files, run in-process (``editor.cli.main``).

One impossible date, one file nobody can read, a pipe where a posting should be: each is a
message about that file; every other command and pair keeps working, and nothing is written
that could make a second posting with a key, or change one file of two."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from editor.cli import main
from editor.model.frontmatter.document import MAX_FILE_BYTES
from tests.model.frontmatter.reading_support import BROKEN_DATE, copy_site, folder, make_unreadable, sample_file


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path / "site")


@pytest.fixture
def broken_site(site):
    (folder(site, "en") / "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md").write_text(BROKEN_DATE, encoding="utf-8")
    return site


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err, err
    return status, out, err


def test_every_command_keeps_working_beside_an_impossible_date(broken_site, tmp_path, capsys):
    status, out, _ = run(capsys, "list", broken_site, "--format", "json")
    rows = {row["translationKey"]: row["status"] for row in json.loads(out)}
    assert status == 0 and rows["night-auditor"] == "invalid" and rows["data-analyst"] == "ok"
    status, out, _ = run(capsys, "check", broken_site)
    assert status == 1 and "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md:7:7: error yaml-value:" in out
    assert run(capsys, "archive", broken_site, "data-analyst")[0] == 0
    status, _, err = run(capsys, "archive", broken_site, "night-auditor")
    assert status == 1 and ":7: '2023-02-30' is not a real date" in err
    assert run(capsys, "new", broken_site, "--title-en", "Clerk", "--title-fr", "Commis")[0] == 0
    drafts = tmp_path / "drafts"
    for lang in ("en", "fr"):
        (drafts / lang).mkdir(parents=True)
        source = sample_file(broken_site, lang, "data-analyst" if lang == "en" else "analyste")
        shutil.copy(source, drafts / lang / source.name)
    assert run(capsys, "export", drafts, "--to", broken_site, "--dry-run")[0] == 0


def test_set_changes_other_fields_of_such_a_posting_and_repairs_the_broken_one(broken_site, capsys):
    path = folder(broken_site, "en") / "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md"
    status, _, err = run(capsys, "set", path, "title=Night Auditor (evenings)", "--only-this-file")
    assert status == 0 and "stays invalid until date is corrected" in err
    assert "title: 'Night Auditor (evenings)'\n" in path.read_text(encoding="utf-8")
    assert run(capsys, "set", path, "date=2023-02-28", "--only-this-file")[0] == 0
    assert "\ndate: 2023-02-28\n" in path.read_text(encoding="utf-8")
    assert ": error yaml-" not in run(capsys, "check", path)[1]  # repaired (its French half is still to write)


def test_list_escapes_control_characters_from_front_matter(site, capsys):
    path = sample_file(site, "en", "data-analyst")
    text = path.read_text(encoding="utf-8").replace("translationKey: data-analyst", 'translationKey: "data\\e]0;owned\\a\\e[2J"')
    path.write_text(text, encoding="utf-8")
    status, out, _ = run(capsys, "list", site)
    assert status == 0 and "\x1b" not in out and "\x07" not in out
    assert "data\\x1b]0;owned\\x07\\x1b[2J" in out


def test_set_body_file_refuses_a_posting_larger_than_the_editor_opens(site, tmp_path, capsys):
    path = sample_file(site, "en", "data-analyst")
    before = path.read_bytes()
    body = tmp_path / "body.md"
    body.write_text("word " * (MAX_FILE_BYTES // 5), encoding="utf-8")
    status, _, err = run(capsys, "set", path, "--body-file", body)
    assert status == 2 and f"{MAX_FILE_BYTES // 1024} KB" in err and path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_list_and_check_report_a_pipe_named_like_a_posting(site, capsys):
    os.mkfifo(folder(site, "en") / "x.md")
    status, out, _ = run(capsys, "list", site)
    assert status == 0 and "unreadable" in out
    status, out, _ = run(capsys, "check", site)
    assert status == 1 and "x.md:1:1: error not-a-regular-file:" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_commands_given_a_pipe_say_what_it_is_without_waiting_for_a_writer(site, tmp_path, capsys):
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    said = "is not a regular file but a named pipe (FIFO)"
    for command in (["check", pipe], ["render", pipe], ["get", pipe, "title"], ["set", pipe, "title=x"],
                    ["tm", "import", pipe, site], ["templates", "init", site, "--from", pipe]):
        status, _, err = run(capsys, *command, "--lang", "en")
        assert status == 2 and said in err, (command, err)
    status, _, err = run(capsys, "--lang", "fr", "check", pipe)
    assert status == 2 and "n’est pas un fichier ordinaire mais un tube nommé (FIFO)" in err
    (tmp_path / "dangling.md").symlink_to(tmp_path / "gone.md")
    status, _, err = run(capsys, "check", tmp_path / "dangling.md", "--lang", "en")
    assert status == 2 and "a symbolic link to a file that does not exist" in err
    status, _, err = run(capsys, "check", tmp_path / "absent.md", "--lang", "en")
    assert status == 2 and "no such file or folder" in err


# ----------------------------------------------------------------- a file nobody can read
@pytest.fixture
def unreadable_french(site, monkeypatch):
    french = sample_file(site, "fr", "analyste")
    make_unreadable(monkeypatch, french)
    return french


def test_list_does_not_call_an_unreadable_half_missing(site, unreadable_french, capsys):
    status, out, _ = run(capsys, "list", site, "--format", "json")
    rows = {row["translationKey"]: row["status"] for row in json.loads(out)}
    assert rows["data-analyst"] == "unreadable"
    assert rows[f"(unreadable: {unreadable_french.name})"] == "unreadable"


def test_archive_refuses_to_change_one_file_of_two(site, unreadable_french, capsys):
    english = sample_file(site, "en", "data-analyst")
    before = english.read_bytes()
    status, _, err = run(capsys, "archive", site, "data-analyst")
    assert status == 1 and "cannot be read" in err and unreadable_french.name in err
    assert english.read_bytes() == before


def test_set_of_a_shared_field_refuses_to_change_one_file_of_two(site, unreadable_french, capsys):
    english = sample_file(site, "en", "data-analyst")
    before = english.read_bytes()
    status, _, err = run(capsys, "set", english, "archived=true")
    assert status == 1 and "cannot be read" in err and english.read_bytes() == before
    assert run(capsys, "set", english, "title=Data Analyst II")[0] == 0  # a field of this file alone
    assert run(capsys, "set", english, "archived=true", "--only-this-file")[0] == 0


def test_new_names_the_files_it_could_not_compare_with(site, unreadable_french, capsys):
    status, _, err = run(capsys, "new", site, "--title-en", "Clerk", "--title-fr", "Commis")
    assert status == 0 and "cannot be read, so its key is unknown" in err and unreadable_french.name in err


def test_translate_does_not_create_a_duplicate(site, unreadable_french, capsys):
    status, _, err = run(capsys, "translate", site, "data-analyst", "--to", "fr")
    assert status == 2 and "cannot be read" in err
    assert sorted(p.name for p in folder(site, "fr").glob("*8552a8ea*")) == [unreadable_french.name]


def test_export_does_not_write_a_second_posting_with_the_key(site, unreadable_french, tmp_path, capsys):
    drafts = tmp_path / "drafts"
    for lang in ("en", "fr"):
        (drafts / lang).mkdir(parents=True)
    english = sample_file(site, "en", "data-analyst")
    shutil.copy(english, drafts / "en" / english.name)
    french_copy = drafts / "fr" / "analyste-de-donnees--8552a8ea-faa5-442e-83f7-3f5895e25342.md"
    french_copy.write_bytes(unreadable_french.read_bytes().replace(b"archived: false", b"archived: true"))
    status, _, err = run(capsys, "export", drafts, "--to", site, "--key", "data-analyst", "--accept-warnings")
    assert status == 1 and "export-site-unreadable" in err
    assert sorted(p.name for p in folder(site, "fr").glob("*8552a8ea*")) == [unreadable_french.name]


# ----------------------------------------------------------------- a posting saved as UTF-16
def test_a_posting_saved_as_utf16_is_named_and_its_pair_left_whole(site, capsys):
    """Saved from Windows Notepad as "Unicode", the French file was passed over as not a posting: the
    list said "French missing", check asked for a translation, and archive changed the English alone."""
    english, french = sample_file(site, "en", "data-analyst"), sample_file(site, "fr", "analyste")
    french.write_bytes(french.read_text(encoding="utf-8").encode("utf-16"))
    before = english.read_bytes(), french.read_bytes()
    status, out, _ = run(capsys, "list", site, "--format", "json", "--lang", "en")
    assert status == 0 and {row["translationKey"]: row["status"] for row in json.loads(out)}["data-analyst"] == "invalid"
    status, out, _ = run(capsys, "check", site, "--no-spelling", "--no-grammar", "--lang", "en")
    assert status == 1 and f"{french.name}:1:1: error not-utf8: The file is not UTF-8 text" in out
    assert "missing-counterpart" not in "".join(line for line in out.splitlines() if "data-analyst" in line)
    status, _, err = run(capsys, "archive", site, "data-analyst", "--lang", "en")
    assert status == 1 and french.name in err and "not UTF-8" in err
    assert (english.read_bytes(), french.read_bytes()) == before


def test_archive_says_why_when_the_field_cannot_be_written(site, capsys):
    # Found by the fuzz test: a '...' line ends the YAML early, so no edit can be written safely.
    path = sample_file(site, "en", "data-analyst")
    before = path.read_bytes()
    path.write_bytes(before.replace(b"archived: false\n", b"").replace(b"\n---\n", b"\n...\n---\n", 1))
    french = sample_file(site, "fr", "analyste")
    french_before = french.read_bytes()
    status, _, err = run(capsys, "archive", site, "data-analyst")
    assert status == 1 and "cannot be written safely" in err and "Nothing was changed" in err
    assert french.read_bytes() == french_before


def test_commands_on_a_posting_beside_a_symlink_loop(site, capsys):
    loop = folder(site, "en") / "loop.md"
    loop.symlink_to(loop)
    english = sample_file(site, "en", "data-analyst")
    assert run(capsys, "set", english, "archived=true")[0] == 0  # the counterpart search walks past the loop
    assert b"archived: true" in sample_file(site, "fr", "analyste").read_bytes()
    assert run(capsys, "check", english)[0] in (0, 1)
    status, out, _ = run(capsys, "check", site)
    assert status == 1 and "loop.md:1:1: error unreadable:" in out


def test_a_symlink_loop_given_by_name_is_called_a_loop(site, capsys):
    """Two links leading to each other were called "a symbolic link to a file that does not exist":
    the user looked for the missing file, where the links themselves were the fault."""
    one, other = folder(site, "en") / "one.md", folder(site, "en") / "other.md"
    one.symlink_to(other.name)
    other.symlink_to(one.name)
    for command in (["check", one], ["get", one, "title"], ["set", one, "title=x"], ["render", one]):
        status, _, err = run(capsys, *command, "--lang", "en")
        assert status == 2 and "is not a regular file but a symbolic link that leads back to itself (a loop)" in err, err
    status, _, err = run(capsys, "get", one, "title", "--lang", "fr")
    assert "un lien symbolique qui revient sur lui-même (une boucle)" in err, err


@pytest.mark.parametrize("command", [["list", "{loop}"], ["export", "{site}", "--to", "{loop}"], ["templates", "init", "{loop}"],
                                     ["xliff", "import", "{site}/x.xlf", "{loop}"], ["new", "{loop}", "--title-en", "Clerk"]])
def test_a_site_given_as_a_loop_of_links_is_said(site, tmp_path, capsys, command):
    """Path.resolve() raises RuntimeError for a loop (before Python 3.13): "internal error" for every
    command given one as its SITE, and `new` said "Cannot make … a drafts folder: File exists"."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    status, _, err = run(capsys, *[arg.format(loop=loop, site=site) for arg in command], "--lang", "en")
    assert status == 2 and f"{loop} cannot be read: Too many levels of symbolic links." in err, err
    assert loop.is_symlink() and sorted(tmp_path.iterdir()) == sorted([loop, site])


def test_export_into_a_site_whose_french_folder_is_a_loop_of_links_is_refused_cleanly(site, tmp_path, capsys):
    """The site's content/fr a link to itself: export planned the French file as new (the folder
    taken for an empty one), then reading it back to see that it had not changed raised OSError
    (ELOOP): "internal error". The folder's postings are unknown: the plan refuses."""
    target = copy_site(tmp_path / "target")
    french = target / "content" / "fr"
    shutil.rmtree(french)
    french.symlink_to("fr")
    english = sorted((target / "content" / "en").rglob("*.md"))
    before = [path.read_bytes() for path in english]
    status, _, err = run(capsys, "export", site, "--to", target, "--key", "product-manager", "--accept-warnings",
                         "--lang", "en")
    assert status == 1 and "cannot be read, and it may be the French posting of 'product-manager'" in err, err
    assert "Too many levels of symbolic links" in err
    assert [path.read_bytes() for path in english] == before and french.is_symlink()


def test_a_postings_folder_linked_elsewhere_is_said_and_archive_refuses(site, tmp_path, capsys):
    """A linked folder is not followed: its postings are unknown, not absent, so the other language's
    files are not touched alone."""
    import os

    french = site / "content" / "fr" / "careers" / "positions"
    moved = tmp_path / "elsewhere"
    shutil.move(str(french), moved)
    os.symlink(moved, french)
    status, out, _ = run(capsys, "list", site, "--format", "json")
    rows = {row["translationKey"]: row["status"] for row in json.loads(out)}
    assert rows["data-analyst"] == "unreadable", rows
    before = sample_file(site, "en", "data-analyst").read_bytes()
    status, _, err = run(capsys, "archive", site, "data-analyst")
    assert status != 0 and "symbolic link" in err
    assert sample_file(site, "en", "data-analyst").read_bytes() == before


def test_json_output_escapes_c1_controls_and_bidi_overrides_and_stays_the_same_value(site, capsys):
    import json

    path = sample_file(site, "en", "data-analyst")
    text = path.read_text(encoding="utf-8").replace("title: 'Data Analyst'", "title: \"Data\\x9b2J \\u202eAnalyst\"")
    path.write_text(text, encoding="utf-8")
    status, out, _ = run(capsys, "list", site, "--format", "json")
    assert status == 0 and "\x9b" not in out and "\u202e" not in out and "\\u009b" in out and "\\u202e" in out
    rows = {row["translationKey"]: row for row in json.loads(out)}
    assert rows["data-analyst"]["title_en"] == "Data\x9b2J \u202eAnalyst"  # the same value, escaped


def test_output_is_utf8_when_a_file_name_is_not(site, capsys):
    """A name that is not UTF-8 (b"\xff.md") reaches Python as a lone surrogate: in a UTF-8 locale
    ``list`` and ``check`` ended in an internal error, and in others wrote the raw byte, which a JSON
    reader refuses. Text shows the byte's escape, as for a control character; list's JSON a
    ``\udcff`` escape, from which the name's bytes can be had back (os.fsencode)."""
    folder_en = sample_file(site, "en", "data-analyst").parent
    text = sample_file(site, "en", "data-analyst").read_text(encoding="utf-8")
    with open(os.path.join(os.fsencode(folder_en), b"\xff.md"), "wb") as handle:
        handle.write(text.replace("translationKey: data-analyst", "translationKey: odd-name").encode("utf-8"))
    checked = ("check", site, "--no-grammar", "--no-spelling", "--no-translation")
    for command in (("list", site), checked, ("list", site, "--format", "json"), (*checked, "--format", "json")):
        _status, out, _ = run(capsys, *command)
        out.encode("utf-8")  # nothing left that a UTF-8 output refuses, or writes as a byte that is not UTF-8
        if "json" not in command:
            assert "\\xff.md" in out
    rows = json.loads(out)
    assert any(name.endswith("\\xff.md") for row in rows for name in [row["file"]])  # check names files as text does
    _status, out, _ = run(capsys, "list", site, "--format", "json")
    assert "\\udcff" in out
    assert any(os.fsencode(name).endswith(b"\xff.md") for name in _strings(json.loads(out)))


def test_a_review_copy_and_an_xliff_export_of_a_file_named_in_another_encoding(site, tmp_path, capsys):
    """Both ended in an internal error (a file name that is not UTF-8 cannot be written as UTF-8):
    the review copy shows the name with U+FFFD for the byte, XLIFF (which must name the file
    exactly for the import) refuses with what to do."""
    folder_en = sample_file(site, "en", "data-analyst").parent
    text = sample_file(site, "en", "data-analyst").read_text(encoding="utf-8")
    with open(os.path.join(os.fsencode(folder_en), b"\xff.md"), "wb") as handle:
        handle.write(text.replace("translationKey: data-analyst", "translationKey: odd-name").encode("utf-8"))
    status, _, _ = run(capsys, "review", site, "odd-name", "--html", tmp_path / "review.html")
    assert status == 0 and "\ufffd.md" in (tmp_path / "review.html").read_text(encoding="utf-8")
    status, _, err = run(capsys, "xliff", "export", site, "odd-name", "--to", "fr", "-o", tmp_path / "odd.xlf")
    assert status == 2 and "not UTF-8" in err and "rename" in err and not (tmp_path / "odd.xlf").exists()


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_list_json_gives_no_title_for_a_missing_language(site, capsys):
    import json

    status, out, _ = run(capsys, "list", site, "--format", "json")
    rows = {row["translationKey"]: row for row in json.loads(out)}
    assert rows["security-engineer"]["fr"] == [] and rows["security-engineer"]["title_fr"] is None
    assert rows["security-engineer"]["title_en"] == "Security Engineer"


def test_get_shows_control_characters_as_escapes_on_a_terminal_and_exact_when_piped(site, capsys, monkeypatch):
    path = sample_file(site, "en", "data-analyst")
    text = path.read_text(encoding="utf-8").replace("title: 'Data Analyst'", 'title: "Data\\e[2J Analyst"')
    path.write_text(text, encoding="utf-8")
    assert run(capsys, "get", path, "title")[1] == "Data\x1b[2J Analyst\n"  # piped: the exact value
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert run(capsys, "get", path, "title")[1] == "Data\\x1b[2J Analyst\n"
