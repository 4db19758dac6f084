"""Smoke test of the packaged program (make package), run without the development environment.

Runs only when dist/posting-editor exists or RUN_PACKAGING_TESTS=1 (which builds it first when
it is missing: about a minute). Each run gets an empty environment, as ``env -i`` gives: no
PATH, no virtual environment, only a private HOME so nothing lands in the tester's own folders.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import __version__

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "posting-editor"
PROGRAM = BUNDLE / ("posting-editor.exe" if sys.platform == "win32" else "posting-editor")
SAMPLE = REPO / "resources" / "sample-site"
REQUESTED = os.environ.get("RUN_PACKAGING_TESTS") == "1"

pytestmark = pytest.mark.skipif(not (BUNDLE.exists() or REQUESTED),
                                reason="no dist/posting-editor (run 'make package', or set RUN_PACKAGING_TESTS=1)")


@pytest.fixture(scope="module")
def program() -> Path:
    if not PROGRAM.exists():
        subprocess.run(["make", "package"], cwd=REPO, check=True, timeout=1800)
    return PROGRAM


def clean_run(program: Path, *args, cwd: Path, home: Path, extra: dict | None = None, timeout: float = 120):
    env = {"HOME": str(home), **(extra or {})}
    if sys.platform == "win32":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    result = subprocess.run([str(program), *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def test_version(program, tmp_path, home):
    result = clean_run(program, "--version", cwd=tmp_path, home=home)
    assert result.returncode == 0 and result.stdout == f"posting-editor {__version__}\n"


def test_check_a_sample_posting(program, tmp_path, home):
    [posting] = (SAMPLE / "content" / "en" / "careers" / "positions").glob("lead-developer--*.md")
    shutil.copyfile(posting, tmp_path / posting.name)
    result = clean_run(program, "check", posting.name, cwd=tmp_path, home=home)
    assert result.returncode == 0, result.stderr
    assert "No problems found." in result.stderr
    (tmp_path / "broken.md").write_text("---\ntitle: 'unclosed\n---\nBody\n", encoding="utf-8")
    result = clean_run(program, "check", "broken.md", cwd=tmp_path, home=home)
    assert result.returncode == 1 and result.stdout.startswith("broken.md:2:")


def _check_french_line(program, tmp_path, home, line: str):
    """``check`` of the sample site's French posting with ``line`` added to its body."""
    site = tmp_path / "site"
    shutil.copytree(SAMPLE, site, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
    [posting] = (site / "content" / "fr" / "careers" / "positions").glob("analyste-de-données--*.md")
    posting.write_text(posting.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    return clean_run(program, "check", posting, cwd=tmp_path, home=home)


def test_spell_checking_works_from_the_bundle(program, tmp_path, home):
    result = _check_french_line(program, tmp_path, home, "Le Coordonateur répondra.")
    assert "spelling: “Coordonateur” is not in the French dictionary; perhaps: Coordonnateur" in result.stdout, result.stderr


def test_french_grammar_works_from_the_bundle(program, tmp_path, home):
    """The bundle built from an editable install had no grammalecte.fr: grammar-unavailable."""
    result = _check_french_line(program, tmp_path, home, "Les analystes mange des pommes.")
    assert "grammar-unavailable" not in result.stdout, result.stdout
    assert " warning grammar-" in result.stdout, result.stdout + result.stderr


def test_render_and_new_use_the_bundled_code_and_templates(program, tmp_path, home):
    site = tmp_path / "site"
    shutil.copytree(SAMPLE, site, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
    result = clean_run(program, "new", site, "--title-en", "Packaging Tester", "--title-fr", "Testeuse d’emballage",
                       cwd=tmp_path, home=home)
    assert result.returncode == 0, result.stderr
    [created] = (site / "content" / "en" / "careers" / "positions").glob("packaging-tester*.md")
    rendered = clean_run(program, "render", created, cwd=tmp_path, home=home)
    assert rendered.returncode == 0 and "<h2" in rendered.stdout


def test_the_window_starts(program, tmp_path, home):
    result = clean_run(program, cwd=tmp_path, home=home, extra={
        "QT_QPA_PLATFORM": "offscreen",
        "POSTING_EDITOR_BENCH_FIRST_PAINT": "1",  # quit once the window has painted
        "POSTING_EDITOR_SETTINGS_FILE": str(tmp_path / "settings.ini"),
        "POSTING_EDITOR_RECOVERY_DIR": str(tmp_path / "recovery"),
    })
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


def test_the_bundle_holds_resources_and_translations(program):
    internal = program.parent / "_internal"
    resources = internal / "resources"
    assert sorted(path.name for path in (resources / "translations").iterdir()) == ["posting_editor_en.qm", "posting_editor_fr.qm",
                                                                                "qtbase_supplement_fr.qm"]
    for name in ("templates/posting.en.md", "templates/posting.fr.md", "icons/app.svg", "preview/preview.css",
                 "sample-site/config/_default/config.yaml", "dictionaries/en_CA.dic", "dictionaries/fr.aff",
                 "dictionaries/fr.LICENSE.txt", "dictionaries/en_CA.LICENSE.txt", "dictionaries/base-words.txt"):
        assert (resources / name).is_file(), name
    assert not list(resources.rglob("public")) and not list(resources.rglob("*.ts"))
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_fr.qm").is_file()
    if sys.platform.startswith("linux"):
        share = program.parent / "share"
        assert (share / "applications" / "posting-editor.desktop").is_file()
        assert (share / "metainfo" / "ca.example.PostingEditor.metainfo.xml").is_file()
        assert (share / "icons" / "hicolor" / "256x256" / "apps" / "posting-editor.png").is_file()
