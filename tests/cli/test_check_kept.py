"""``check`` on a site prints the output it kept only while nothing it depends on changed: after
any one input changes (a posting, a setting, the glossary, the dictionary, the translator's
memory, the record of approved translations, a git commit that changes no file, the program, the
options, the language, the format, the current folder), it prints what a run with no cache at all
prints. With nothing changed it checks nothing and reads no pair's findings."""

from __future__ import annotations

import importlib.util
import contextlib
import io
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.model.checks import pipeline, results_cache
from editor.model.hugo.config import Site
from editor.model.site.index import SiteIndex
from editor.model.translation.glossary import Glossary
from tests.model.translation.test_site import OTHER_FR, SHARED_FR, _approve, _drift_site

BENCH_SITE = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_site.py"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A generated site with findings of every kind the checks keep, drift between pairs included
    (two generated pairs have every kind that sixteen have)."""
    spec = importlib.util.spec_from_file_location("bench_site", BENCH_SITE)
    bench_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_site)
    root = tmp_path_factory.mktemp("kept") / "generated"
    bench_site.generate_site(root, 4)
    _approve(_drift_site(root, {"drift-a": SHARED_FR, "drift-b": SHARED_FR, "drift-c": OTHER_FR}), "drift-a", "drift-b")
    return root


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    """Where every test's copy of the site is: one folder, so that what a run prints (which names the
    files) is the same in every test for the same site and options, and can be computed once."""
    return tmp_path_factory.mktemp("kept-site") / "site"


@pytest.fixture(scope="module")
def kept_once(generated, place, tmp_path_factory) -> Path:
    """A cache folder holding what a run with the default options keeps for the site as generated:
    the tests that start from a site checked once copy it rather than each checking the site again
    (their first run then reads it, as a user's second run does)."""
    cache = tmp_path_factory.mktemp("kept-cache") / "cache"
    shutil.copytree(generated, place)
    with (pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(io.StringIO()),
          contextlib.redirect_stderr(io.StringIO()) as err):
        patch.setenv("POSTING_EDITOR_CACHE_DIR", str(cache))
        assert main(["check", str(place), "--no-grammar", "--lang", "en"]) == 1, err.getvalue()
    return cache


@pytest.fixture
def site(generated, place, kept_once) -> Path:
    shutil.rmtree(place, ignore_errors=True)
    return Path(shutil.copytree(generated, place))


@pytest.fixture(scope="module")
def cold_as_generated() -> dict[tuple[str, ...], tuple[int, str, str]]:
    """Cold runs' output on the site as generated, by options: the same files at the same place
    print the same, so each is computed once for the module (:meth:`Runs.cold_unchanged`)."""
    return {}


class Runs:
    """``check`` runs on one site: kept (a cache folder of its own) or cold (no cache at all),
    counting the runs that checked the site rather than printed what was kept."""

    def __init__(self, capsys, monkeypatch, cache: Path, as_generated: dict[tuple[str, ...], tuple[int, str, str]]):
        self.capsys, self.monkeypatch, self.cache, self.as_generated = capsys, monkeypatch, cache, as_generated
        self.checks = 0
        original = pipeline._check_site

        def counting(*args, **options):
            self.checks += 1
            return original(*args, **options)

        monkeypatch.setattr(pipeline, "_check_site", counting)

    def kept(self, site: Path | str, *options: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(self.cache))
        return self._run(site, options)

    def cold(self, site: Path | str, *options: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
        return self._run(site, options)

    def cold_unchanged(self, site: Path, *options: str) -> tuple[int, str, str]:
        """``cold`` on the site as the ``site`` fixture made it, nothing changed yet: computed once
        for the module (it is not counted in ``checks`` when it was)."""
        if options not in self.as_generated:
            self.as_generated[options] = self.cold(site, *options)
        return self.as_generated[options]

    def _run(self, site: Path | str, options: tuple[str, ...]) -> tuple[int, str, str]:
        lang = () if "--lang" in options else ("--lang", "en")
        status = main(["check", str(site), "--no-grammar", *lang, *options])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err and "internal error" not in err, err
        return status, out, err

    def kept_then_checked(self, site: Path, change: Callable[[], object], *options: str) -> tuple[int, str, str]:
        """The kept output before ``change``, after making sure it is used; then, after it, the
        output of a run with the cache, which must be the cold run's, and checked, not kept."""
        self.kept(site, *options)
        self.checks = 0
        before = self.kept(site, *options)
        assert self.checks == 0, "nothing changed, yet the site was checked again"
        change()
        after = self.kept(site, *options)
        assert self.checks == 1
        assert after == self.cold(site, *options)
        return before


@pytest.fixture
def runs(capsys, monkeypatch, tmp_path, cold_as_generated) -> Runs:
    """Runs with a cache folder of their own, empty."""
    return Runs(capsys, monkeypatch, tmp_path / "cache", cold_as_generated)


@pytest.fixture
def warm_runs(runs, kept_once) -> Runs:
    """Runs whose cache already holds what a run with the default options keeps for the site."""
    shutil.copytree(kept_once, runs.cache)
    return runs


def test_with_nothing_changed_the_kept_output_is_the_cold_runs_in_every_format_and_language(site, runs):
    # Text and English as the defaults, written as the other tests write them, which share these runs.
    ways = [(), ("--lang", "fr"), ("--format", "json"), ("--format", "json", "--lang", "fr")]
    cold = {way: runs.cold_unchanged(site, *way) for way in ways}
    for way in ways:
        runs.kept(site, *way)
    runs.checks = 0
    for way in ways:
        assert runs.kept(site, *way) == cold[way], way
    assert runs.checks == 0
    assert cold[ways[0]][0] == 1 and "terminology-drift" in cold[ways[0]][1]  # a site with findings to keep


def _append(path: Path, text: str) -> Callable[[], None]:
    return lambda: path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _flip_archived(path: Path) -> Callable[[], None]:
    def flip() -> None:
        text = path.read_text(encoding="utf-8")
        flipped = ("archived: false", "archived: true") if "archived: false" in text else ("archived: true", "archived: false")
        path.write_text(text.replace(*flipped, 1), encoding="utf-8")
    return flip


def _posting(site: Path, lang: str, pattern: str = "*--*.md") -> Path:
    return sorted((site / "content" / lang).rglob(pattern))[1]


def _state(site: Path, name: str, text: str) -> Callable[[], None]:
    def write() -> None:
        (site / ".posting-editor").mkdir(exist_ok=True)
        (site / ".posting-editor" / name).write_text(text, encoding="utf-8")
    return write


CHANGES: dict[str, Callable[[Path], Callable[[], object]]] = {
    "a posting's body": lambda site: _append(_posting(site, "en"), "\n- _Describe a main responsibility…_\n"),
    "a posting's front matter": lambda site: _flip_archived(_posting(site, "fr")),
    "a posting deleted": lambda site: _posting(site, "fr").unlink,
    "a posting renamed": lambda site: lambda: _posting(site, "fr").rename(_posting(site, "fr").with_name("renamed.md")),
    "a setting": lambda site: _state(site, "config.yaml", "disabled_checks: [terminology-drift]\n"),
    "the glossary": lambda site: lambda: _glossary_term(site, "team of 12 people", "groupe de douze"),
    "the record of approved translations": lambda site: lambda: _approve(SiteIndex.build(Site.open(site)), "drift-c"),
}


def _glossary_term(site: Path, en: str, fr: str) -> None:
    glossary = Glossary.load(site)
    glossary.add(en, fr)
    glossary.save()


@pytest.mark.parametrize("name", CHANGES)
def test_after_a_change_the_output_is_a_cold_runs(site, warm_runs, name):
    before = warm_runs.kept_then_checked(site, CHANGES[name](site))
    assert warm_runs.kept(site)[1] != before[1], "the change was meant to change the findings"


def test_after_the_site_publishes_raw_html_the_output_is_a_cold_runs(site, runs):
    """Hugo's configuration is an input: with markup.goldmark.renderer.unsafe the HTML a posting holds
    is published as written, so it is no longer a finding."""
    _append(_posting(site, "en"), "\n<p>A paragraph written in HTML.</p>\n")()
    assert "raw-html" in runs.cold(site)[1]
    config = site / "config" / "_default" / "config.yaml"
    before = runs.kept_then_checked(site, _append(config, "\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n"))
    assert "raw-html" in before[1] and "raw-html" not in runs.kept(site)[1]


def test_after_a_word_is_added_to_the_dictionary_the_output_is_a_cold_runs(site, warm_runs):
    runs = warm_runs
    found = json.loads(runs.cold_unchanged(site, "--format", "json")[1])
    word = next(item["params"]["word"] for item in found if item["code"].startswith("spelling"))
    before = runs.kept_then_checked(site, _state(site, "dictionary.txt", f"{word}\n"))
    assert runs.kept(site)[1] != before[1]


def test_after_a_translation_memory_file_is_added_the_site_is_checked_again(site, runs):
    folder = site / ".posting-editor" / "memory"
    folder.mkdir(parents=True)
    runs.kept_then_checked(site, lambda: (folder / "mine.tmx").write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>', encoding="utf-8"))


def test_another_program_checks_the_site_again(site, warm_runs, monkeypatch):
    warm_runs.kept_then_checked(site, lambda: monkeypatch.setattr(results_cache, "code_digest", lambda: "another program"))


@pytest.mark.parametrize("options", [("--no-spelling",), ("--no-translation",), ("--lang", "fr"), ("--format", "json")])
def test_other_options_print_their_own_output_and_keep_it_beside_the_first(site, warm_runs, options):
    runs = warm_runs
    runs.kept(site)
    runs.checks = 0
    first = runs.kept(site)
    other = runs.kept(site, *options)
    assert other == runs.cold_unchanged(site, *options) and other != first
    runs.checks = 0
    assert runs.kept(site) == first and runs.kept(site, *options) == other
    assert runs.checks == 0


def test_from_another_folder_files_are_named_from_there(site, warm_runs, monkeypatch):
    runs = warm_runs
    runs.kept(site)
    monkeypatch.chdir(site / "content")
    before = runs.kept("..")
    assert runs.kept(site) == before  # the same folder, however the site is named
    monkeypatch.chdir(site / "content" / "fr")
    runs.checks = 0
    after = runs.kept("../..")
    assert runs.checks == 1
    assert after == runs.cold("../..") and after != before


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "commit.gpgsign=false", *args], check=True, capture_output=True, timeout=60,
                   env=dict(os.environ, GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.org",
                            GIT_COMMITTER_NAME="T", GIT_COMMITTER_EMAIL="t@example.org"))


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_git_commit_that_changes_no_file_is_seen(tmp_path, runs):
    """In git the history decides which pairs the site approved: committing the English file of a
    pair whose French was committed first makes French its source, up to date, so the drift it
    showed goes, though no file changed."""
    root = tmp_path / "git-site"
    _drift_site(root, {"drift-a": SHARED_FR, "drift-b": SHARED_FR, "drift-c": OTHER_FR})
    git(root, "init", "--quiet")
    git(root, "add", "-A")
    git(root, "reset", "--quiet", "--", str(next(root.rglob("drift-c-en.md"))))
    git(root, "commit", "--quiet", "-m", "All but one English file")
    before = runs.kept_then_checked(root, lambda: (git(root, "add", "-A"), git(root, "commit", "--quiet", "-m", "The rest")))
    assert "terminology-drift" in before[1] and "terminology-drift" not in runs.kept(root)[1]


def test_another_starter_glossary_is_seen(site, runs, monkeypatch, tmp_path):
    """A site without a glossary of its own is checked with the program's starter glossary."""
    from editor.resources import ENV_VAR, resources_dir

    resources = Path(shutil.copytree(resources_dir(), tmp_path / "resources"))
    monkeypatch.setenv(ENV_VAR, str(resources))
    assert not (site / ".posting-editor" / "glossary.yaml").exists()
    starter = resources / "glossary.yaml"
    before = runs.kept_then_checked(site, _append(starter, "  - en: team of 12 people\n    fr: groupe de douze\n"))
    assert runs.kept(site)[1] != before[1]


def test_a_damaged_kept_output_is_not_printed(site, runs, tmp_path):
    runs.kept(site)
    kept = list((tmp_path / "cache").glob("result-*"))
    assert kept
    for file in kept:
        file.write_bytes(b"not a kept output")
    runs.checks = 0
    again = runs.kept(site)
    assert runs.checks == 1 and again == runs.cold_unchanged(site)
