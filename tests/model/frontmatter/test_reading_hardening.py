"""Hostile input on the reading side: impossible values, non-regular and unreadable files,
control characters. One bad file is one finding; nothing else stops working."""

from __future__ import annotations

import datetime
import os
import threading

import pytest

from editor.model.checks.pipeline import check_site
from editor.model.frontmatter.document import MAX_FILE_BYTES
from editor.model.storage.files import NotRegularFileError, read_bytes
from editor.model.site.index import SiteIndex, Status
from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.translation.skeleton import SkeletonError, create_counterpart
from editor.model.frontmatter.yaml_safe import YamlError, load_scalar_text, parse_front_matter
from tests.model.frontmatter.reading_support import BROKEN_DATE, copy_site, folder, make_unreadable, sample_file


def _structure_findings(index):
    """The site check's findings without the language tools (the one pipeline, as ``check --no-…``)."""
    return check_site(index, translation=False, spelling=False, grammar=False, workers=1, cache=False)


def posting_with(line: str) -> Posting:
    return Posting(f"---\ntitle: 'A job'\n{line}\narchived: false\n---\nBody.\n".encode())


@pytest.mark.parametrize(
    "line, words",
    [
        ("date: 2023-02-30", "not a real date"),
        ("date: 2023-02-03T10:00:00-99:99", "time zone offset"),
        ("count: " + "7" * 5000, "5,000 characters"),
        ("count: " + ":".join(["1"] * 2000), "characters long"),
        ("dates: [2023-01-01, 2023-13-01]", "not a real date"),
        ("nested: {when: 2022-02-29}", "not a real date"),
    ],
)
def test_an_impossible_value_makes_the_posting_invalid_at_its_line(line, words):
    posting = posting_with(line)
    assert not posting.valid
    assert posting.problem.code == "yaml-value"
    assert posting.problem.line == 3
    assert words in posting.problem.message
    assert "sys." not in posting.problem.message and "timedelta" not in posting.problem.message
    assert posting.to_bytes().decode("utf-8").count(line) == 1  # kept as it was


def test_the_column_points_at_the_bad_value_inside_a_list():
    posting = posting_with("dates: [2023-01-01, 2023-13-01]")
    assert posting.problem.column == len("dates: [2023-01-01, ") + 1


def test_setting_the_broken_field_repairs_the_posting_and_touches_only_its_line():
    posting = Posting(BROKEN_DATE.encode("utf-8"))
    assert posting.repairable and posting.unreadable_fields == {"date"}
    posting.set("title", "Night Auditor (evenings)")
    assert not posting.valid  # the date is still impossible
    assert "date: 2023-02-30\n" in posting.to_bytes().decode("utf-8")
    posting.set("date", datetime.date(2023, 2, 28))
    assert posting.valid
    text = posting.to_bytes().decode("utf-8")
    assert text == BROKEN_DATE.replace("date: 2023-02-30", "date: 2023-02-28").replace(
        "title: 'Night Auditor'", "title: 'Night Auditor (evenings)'")


def test_a_syntax_error_is_not_repairable_by_fields():
    posting = posting_with("title: [unclosed")
    assert not posting.valid and not posting.repairable
    with pytest.raises(ValueError):
        posting.set("archived", True)


@pytest.mark.parametrize("character, name", [("\x00", "NUL"), ("\x07", "BEL"), ("\x1b", "ESCAPE"), ("\x01", "U+0001")])
def test_a_control_character_is_reported_where_it_is(character, name):
    posting = Posting(f"---\ntitle: a\ndescription: >-\n  one two{character} three\n---\n".encode())
    assert posting.problem.code == "yaml-syntax"
    assert (posting.problem.line, posting.problem.column) == (4, len("  one two") + 1)
    assert name in posting.problem.message


def test_nesting_and_aliases_are_bounded():
    with pytest.raises(YamlError) as deep:
        parse_front_matter("a: " + "[" * 900 + "]" * 900)
    assert deep.value.code == "yaml-too-complex"


def test_a_command_line_value_that_cannot_be_built_is_an_error_not_a_crash():
    with pytest.raises(YamlError):
        load_scalar_text("2023-02-30")
    with pytest.raises(YamlError):
        load_scalar_text(":".join(["1"] * 5000))


def test_one_impossible_date_does_not_stop_the_site(tmp_path):
    site = copy_site(tmp_path / "site")
    bad = folder(site, "en") / "night-auditor--5d3c1a2b-0000-4000-8000-00000000a001.md"
    bad.write_text(BROKEN_DATE, encoding="utf-8")
    index = SiteIndex.build(Site.open(site))
    assert index.pair_for_key("night-auditor").status == Status.INVALID
    assert index.pair_for_key("data-analyst").status == Status.OK
    findings = [f for f in _structure_findings(index) if f.file.endswith(bad.name)]
    assert [(f.code, f.line) for f in findings if f.code == "yaml-value"] == [("yaml-value", 7)]


def test_set_body_refuses_a_posting_the_editor_could_not_open():
    posting = posting_with("leverId: x")
    with pytest.raises(ValueError, match=f"{MAX_FILE_BYTES // 1024} KB"):
        posting.set_body("x" * MAX_FILE_BYTES)
    assert posting.body == "Body.\n"


# ----------------------------------------------------------------- non-regular files
def _finishes(function, seconds: float = 20):
    result: dict = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as error:  # noqa: BLE001 (reported to the test)
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading did not finish (it would hang the command)"
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened_for_reading(tmp_path):
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    result = _finishes(lambda: read_bytes(fifo))
    assert isinstance(result.get("error"), NotRegularFileError)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    assert isinstance(_finishes(lambda: read_bytes(link)).get("error"), NotRegularFileError)


def test_reading_stops_at_the_limit_whatever_the_size_says(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 100)
    assert len(read_bytes(path, 10)) == 11


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="needs FIFOs and /dev/zero")
def test_a_site_with_odd_files_lists_and_checks_them_as_findings(tmp_path):
    site = copy_site(tmp_path / "site")
    en = folder(site, "en")
    os.mkfifo(en / "pipe.md")
    (en / "zero.md").symlink_to("/dev/zero")
    (en / "loop.md").symlink_to(en / "loop.md")
    (en / "gone.md").symlink_to(en / "nowhere.md")
    result = _finishes(lambda: SiteIndex.build(Site.open(site), workers=1))
    index = result["value"]
    odd = {p.path.name: p.problem.code for p in index.unreadable()}
    assert odd == {"pipe.md": "not-a-regular-file", "zero.md": "not-a-regular-file",
                   "loop.md": "unreadable", "gone.md": "unreadable"}
    unreadable = [entry for entry in index.pairs if entry.key.startswith("(unreadable: ")]
    assert unreadable and all(entry.status == Status.UNREADABLE for entry in unreadable)
    findings = _finishes(lambda: _structure_findings(index))["value"]
    codes = {(f.file.rsplit("/", 1)[-1], f.code) for f in findings}
    assert {("pipe.md", "not-a-regular-file"), ("zero.md", "not-a-regular-file"), ("loop.md", "unreadable")} <= codes
    assert not any(f.code == "missing-counterpart" and f.file.endswith(("pipe.md", "zero.md")) for f in findings)


# ----------------------------------------------------------------- unreadable files
def _site_with_unreadable_french(tmp_path, monkeypatch):
    site = copy_site(tmp_path / "site")
    french = sample_file(site, "fr", "analyste")
    make_unreadable(monkeypatch, french)
    return site, french


def test_an_unreadable_file_is_reported_not_taken_for_absent(tmp_path, monkeypatch):
    site, french = _site_with_unreadable_french(tmp_path, monkeypatch)
    index = SiteIndex.build(Site.open(site), workers=1)
    entry = index.pair_for_key("data-analyst")
    assert entry.status == Status.UNREADABLE  # not missing-fr: the French file may be the one unread
    [unread] = index.unreadable()
    assert unread.path == french and unread.problem.code == "unreadable"
    assert "Permission denied" in unread.problem.message
    assert index.unreadable_refusal("data-analyst") is not None
    # A pair that has both its files is not held up by someone else's unreadable file.
    assert index.unreadable_refusal("lead-developer") is None


def test_translate_refuses_while_the_other_half_may_be_unreadable(tmp_path, monkeypatch):
    site, _ = _site_with_unreadable_french(tmp_path, monkeypatch)
    index = SiteIndex.build(Site.open(site), workers=1)
    source = index.pair_for_key("data-analyst").first("en")
    with pytest.raises(SkeletonError, match="cannot be read"):
        create_counterpart(index, source, "fr")


def test_an_unreadable_posting_is_never_written():
    from editor.model.frontmatter.posting import InvalidPostingError

    posting = Posting.unreadable_file(__import__("pathlib").Path("/nonexistent/x.md"), "en",
                                      PermissionError(13, "Permission denied"))
    with pytest.raises(InvalidPostingError):
        posting.save()


def _cached_site(tmp_path):
    from editor.model.site.index_cache import IndexCache

    site = copy_site(tmp_path / "site")
    for path in site.rglob("*.md"):
        os.utime(path, (1_600_000_000, 1_600_000_000))  # old enough for the cache to keep its rows
    cache = tmp_path / "cache.json"
    SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(cache))
    return site, cache


def test_a_cached_file_made_unreadable_since_is_reported(tmp_path, monkeypatch):
    from editor.model.site.index_cache import IndexCache

    site, cache = _cached_site(tmp_path)
    french = sample_file(site, "fr", "analyste")
    make_unreadable(monkeypatch, french)
    real_access = os.access
    monkeypatch.setattr("editor.model.site.index.os.access", lambda path, mode: str(path) != str(french) and real_access(path, mode))
    index = SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(cache))
    assert index.pair_for_key("data-analyst").status == Status.UNREADABLE


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission_is_unreadable(tmp_path):
    from editor.model.site.index_cache import IndexCache

    site, cache = _cached_site(tmp_path)
    french = sample_file(site, "fr", "analyste")
    french.chmod(0)
    try:
        for index in (SiteIndex.build(Site.open(site), workers=1),
                      SiteIndex.build(Site.open(site), workers=1, cache=IndexCache(cache))):
            assert index.pair_for_key("data-analyst").status == Status.UNREADABLE
    finally:
        french.chmod(0o644)


# ----------------------------------------------------------------- site configuration
@pytest.mark.parametrize(
    "text, words",
    [
        ("a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)), "expands to more than"),
        ("x: " + "[" * 900 + "]" * 900 + "\n", "nested more than"),
        ("".join(" " * i + "k:\n" for i in range(900)) + " " * 900 + "k: 1\n", "nested more than"),
        ("n: " + ":".join(["1"] * 20000) + "\n", "characters long"),
        ("a: b\x00\n", "U+0000"),
        ("tags: !!python/object:os.system x\n", "not allowed"),
    ],
)
def test_a_hostile_params_file_is_refused_with_a_message(tmp_path, text, words):
    from editor.model.hugo.config import SiteError

    site = copy_site(tmp_path / "site")
    (site / "config" / "_default" / "params.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(SiteError, match="params.yaml cannot be read") as refused:
        Site.open(site)
    assert words in str(refused.value)


@pytest.mark.parametrize("name, text", [("hugo.toml", "a = " + "[" * 3000 + "]" * 3000),
                                        ("hugo.json", "[" * 100000 + "]" * 100000),
                                        ("hugo.json", '{"a": ' + "1" * 5000 + "}")])
def test_a_hostile_toml_or_json_configuration_is_refused(tmp_path, name, text):
    from editor.model.hugo.config import SiteError

    site = copy_site(tmp_path / "site")
    (site / name).write_text(text, encoding="utf-8")
    with pytest.raises(SiteError, match=f"{name} cannot be read"):
        Site.open(site)


def test_an_impossible_date_in_the_configuration_stays_text_as_in_hugo(tmp_path):
    site = copy_site(tmp_path / "site")
    (site / "config" / "_default" / "params.yaml").write_text("launched: 2023-02-30\n", encoding="utf-8")
    assert Site.open(site).config["params"]["launched"] == "2023-02-30"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_configuration_folder_is_refused_without_hanging(tmp_path):
    from editor.model.hugo.config import SiteError

    site = copy_site(tmp_path / "site")
    os.mkfifo(site / "config" / "_default" / "menus.yaml")
    result = _finishes(lambda: Site.open(site))
    assert isinstance(result.get("error"), SiteError)


def test_the_translation_settings_and_glossary_survive_hostile_yaml(tmp_path):
    from editor.model.translation.glossary import Glossary, GlossaryError
    from editor.model.translation.settings import TranslationSettings

    state = tmp_path / ".posting-editor"
    state.mkdir()
    (state / "config.yaml").write_text("typography: 2023-02-30\nx: " + "[" * 500 + "]" * 500, encoding="utf-8")
    assert TranslationSettings.load(tmp_path).problem is not None
    (state / "glossary.yaml").write_text("terms: [" + ":".join(["1"] * 3000) + "]", encoding="utf-8")
    with pytest.raises(GlossaryError):
        Glossary.load(tmp_path)


def test_a_field_can_be_added_to_front_matter_that_holds_only_a_comment():
    # Found by the fuzz test: the empty front matter parsed itself again without end.
    posting = Posting(b"---\n# nothing yet\n---\nBody.\n")
    posting.set("title", "A job")
    assert posting.to_bytes() == b"---\n# nothing yet\ntitle: A job\n---\nBody.\n"


@pytest.mark.parametrize("before", ["😀é", "l’équipe ", "\u2028"])
def test_a_control_character_after_other_non_ascii_text_is_still_found(before):
    # LibYAML counts bytes: without converting, the column drifts by one per extra UTF-8 byte.
    posting = Posting(f"---\ntitle: a\nb: {before}\x00\n---\n".encode())
    lines = f"---\ntitle: a\nb: {before}\x00".replace("\u2028", "\n").split("\n")
    assert (posting.problem.line, posting.problem.column) == (len(lines), len(lines[-1]))


def test_a_folder_that_cannot_be_listed_is_not_taken_for_empty(tmp_path, monkeypatch):
    import editor.model.hugo.config as site_module

    site = copy_site(tmp_path / "site")
    hidden = folder(site, "fr")
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        # As os.walk does for a folder without read permission (simulated: the tests run as root).
        if str(top) == str(hidden.parent.parent) or str(top).startswith(str(hidden)):
            if onerror is not None:
                onerror(PermissionError(13, "Permission denied", str(hidden)))
            return iter(())
        return real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(site_module.os, "walk", walk)
    index = SiteIndex.build(Site.open(site), workers=1)
    assert index.pair_for_key("data-analyst").status == Status.UNREADABLE
    assert index.unreadable_refusal("data-analyst") is not None
    findings = _structure_findings(index)
    assert any(f.code == "unreadable" and "Permission denied" in f.message for f in findings)
    missing = [f for f in findings if f.code == "missing-counterpart" and "data-analyst" in f.file]
    assert missing and all("unless it is one of the files that cannot be read" in f.message for f in missing)


def test_site_templates_are_read_as_bounded_regular_files(tmp_path):
    """A site's own templates come from its repository: a pipe or an endless file there must not hang `new`."""
    import os

    from editor.model.checks.unfinished import guidance_from_templates
    from editor.model.storage.files import read_text

    folder = tmp_path / "templates"
    folder.mkdir()
    os.mkfifo(folder / "posting.en.md")
    (folder / "posting.fr.md").symlink_to("/dev/zero")
    assert guidance_from_templates([folder]) == frozenset()
    (folder / "big.md").write_bytes(b"x" * 100)
    with pytest.raises(OSError):
        read_text(folder / "big.md", limit=10)
