"""``check`` again with nothing changed prints what a full check prints, byte for byte (text and
JSON, English and French), without checking any pair again or loading the checkers; and a wording
changed in the catalogue shows at once, still without checking anything again."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli.main import main
from editor.model.checks import pipeline
from editor.model.findings.catalogue import messages
from tests.model.translation.test_site import OTHER_FR, SHARED_FR, _approve, _drift_site

BENCH_SITE = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_site.py"
WAYS = [(form, lang) for form in ("text", "json") for lang in ("en", "fr")]
# What a run with every finding taken from the cache has no use for.
CHECKERS = ("grammalecte", "editor.model.language.grammar", "editor.model.language.dictionaries",
            "editor.model.language.spelling", "editor.model.render.markdown", "editor.model.translation.memory.build",
            "editor.model.translation.memory.verify", "editor.model.translation.typography", "markdown_it")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A generated site with every kind of row the cache keeps: findings with a fix (typography),
    terminology drift between pairs and segments verified against the other pairs (two generated
    pairs have every kind that sixteen postings have)."""
    spec = importlib.util.spec_from_file_location("bench_site", BENCH_SITE)
    bench_site = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_site)
    root = tmp_path_factory.mktemp("warm") / "site"
    bench_site.generate_site(root, 4)
    index = _drift_site(root, {"drift-a": SHARED_FR, "drift-b": SHARED_FR, "drift-c": OTHER_FR})
    _approve(index, "drift-a", "drift-b")
    return root


@pytest.fixture(scope="module")
def kept_once(generated, tmp_path_factory) -> Path:
    """A cache folder holding what a run with the default options keeps for the site: the tests that
    start from a site checked once copy it rather than each checking the site again."""
    cache = tmp_path_factory.mktemp("warm-cache") / "cache"
    with (pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(io.StringIO()),
          contextlib.redirect_stderr(io.StringIO()) as err):
        patch.setenv("POSTING_EDITOR_CACHE_DIR", str(cache))
        assert main(["check", str(generated), "--no-grammar", "--lang", "en"]) == 1, err.getvalue()
    return cache


@pytest.fixture
def counted(monkeypatch):
    """The keys of the pairs a run checks (rather than takes from the cache)."""
    calls: list[str] = []
    original = pipeline._site_pair

    def counting(entry, *args):
        calls.append(entry.key)
        return original(entry, *args)

    monkeypatch.setattr(pipeline, "_site_pair", counting)
    return calls


def checked(capsys, site: Path, form: str = "text", lang: str = "en") -> tuple[int, str, str]:
    status = main(["check", str(site), "--no-grammar", "--format", form, "--lang", lang])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    return status, out, err


def test_a_warm_check_prints_what_a_full_check_prints(generated, capsys, monkeypatch, tmp_path, counted):
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
    full = {way: checked(capsys, generated, *way) for way in WAYS}
    found = json.loads(full[("json", "en")][1])
    codes = {item["code"] for item in found}
    assert any("fix" in item for item in found) and "terminology-drift" in codes, codes
    assert "translation-of-other-source" in codes, codes
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    checked(capsys, generated)
    counted.clear()
    for way in WAYS:
        assert checked(capsys, generated, *way) == full[way], way
    assert counted == []


def test_a_changed_wording_shows_without_checking_again(generated, kept_once, capsys, monkeypatch, tmp_path, counted):
    shutil.copytree(kept_once, tmp_path / "cache")
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    before = {lang: checked(capsys, generated, "json", lang)[1] for lang in ("en", "fr")}
    counted.clear()
    reworded = {}
    for lang in ("en", "fr"):
        item = json.loads(before[lang])[0]
        entry = messages(lang).MESSAGES[item["code"]]
        table, name = (entry, item.get("variant", "")) if isinstance(entry, dict) else (messages(lang).MESSAGES, item["code"])
        monkeypatch.setitem(table, name, table[name] + f" ({lang} reworded)")
        reworded[lang] = item
    for lang in ("en", "fr"):
        code, variant = reworded[lang]["code"], reworded[lang].get("variant")
        wanted = [{**item, "message": item["message"] + f" ({lang} reworded)"}
                  if (item["code"], item.get("variant")) == (code, variant) else item
                  for item in json.loads(before[lang])]
        assert json.loads(checked(capsys, generated, "json", lang)[1]) == wanted
    assert counted == []
    monkeypatch.undo()  # the wording as it was: worded again from the cache, as before
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    assert checked(capsys, generated, "json", "fr")[1] == before["fr"]


def test_a_warm_check_loads_no_checker(generated, tmp_path):
    env = dict(os.environ, POSTING_EDITOR_CACHE_DIR=str(tmp_path / "cache"), LANG="C.UTF-8")
    script = ("import sys; from editor.cli.main import main; status = main(sys.argv[1:]); "
              "print('\\n'.join(sorted(sys.modules)), file=sys.stderr); sys.exit(status)")
    argv = [sys.executable, "-c", script, "check", str(generated), "--no-grammar"]
    first = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
    assert "editor.model.language.spelling" in first.stderr.splitlines()  # what the test looks for is real
    again = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
    assert again.stdout == first.stdout
    loaded = set(again.stderr.splitlines())
    assert [name for name in loaded if name.startswith(CHECKERS)] == []


def test_after_one_pair_changed_only_it_is_checked_and_the_output_is_a_full_checks(
        generated, kept_once, capsys, monkeypatch, tmp_path, counted):
    shutil.copytree(kept_once, tmp_path / "cache")
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    checked(capsys, generated)
    path = sorted((generated / "content" / "fr").rglob("*--*.md"))[1]
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original.replace("---\n\n", "---\n\nUne phrase de plus : 12 000 $. ", 1), encoding="utf-8")
        counted.clear()
        after = {lang: checked(capsys, generated, "text", lang) for lang in ("en", "fr")}
        assert len(counted) == 1
        monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", "off")
        assert {lang: checked(capsys, generated, "text", lang) for lang in ("en", "fr")} == after
    finally:
        path.write_text(original, encoding="utf-8")


def test_findings_are_in_the_order_of_the_files_as_shown(generated, capsys, monkeypatch, tmp_path):
    """From inside the site, files show as ``../fr/…`` before ``careers/…``: not the site's order."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(generated / "content" / "en")
    for _ in range(2):  # checked, then from the cache
        _status, out, _err = checked(capsys, Path("../.."))
        places = [(file, int(line), int(column)) for file, line, column, _rest in
                  (text.split(":", 3) for text in out.splitlines())]
        assert places == sorted(places) and places[0][0].startswith("../fr/") and places[-1][0].startswith("careers/")
