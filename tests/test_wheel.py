"""A plain package install works: build the wheel from this checkout, install it alone in a fresh venv,
and use it as a user would (--version, check on the real corpus, new, the window with a preview).

Slow (a build and an install): runs when RUN_WHEEL_TESTS=1 (`make wheel-smoke`, which CI runs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from editor import __version__
from tests.model.corpus import CORPUS

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(os.environ.get("RUN_WHEEL_TESTS") != "1",
                                reason="builds and installs the wheel: set RUN_WHEEL_TESTS=1 (make wheel-smoke)")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv holding the wheel built from this checkout."""
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(root / "dist"), str(REPO)],
                   check=True, timeout=600)
    [wheel] = (root / "dist").glob("posting_editor-*.whl")
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=900)
    return bin_dir


def run(bin_dir: Path, *args, cwd: Path, home: Path, timeout: float = 300, program: str = "posting-editor"):
    """Runs from outside the checkout, with a private HOME, so nothing can be found through the repository."""
    env = {"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    result = subprocess.run([str(bin_dir / program), *map(str, args)], cwd=cwd, env=env, capture_output=True,
                            text=True, timeout=timeout)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def home(tmp_path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_the_wheel_holds_its_resources_and_compiled_translations(installed, tmp_path, home):
    code = "import editor.resources as r; print(r.resources_dir())"
    result = run(installed, "-c", code, cwd=tmp_path, home=home, program="python")
    folder = Path(result.stdout.strip())
    assert REPO not in folder.parents and folder.name == "data", folder
    for name in ("templates/posting.en.md", "templates/posting.fr.md", "glossary.yaml", "preview/preview.css",
                 "translations/posting_editor_fr.qm", "icons/app.svg", "sample-site/config/_default/config.yaml"):
        assert (folder / name).is_file(), name
    assert not list(folder.rglob("*.ts"))


def test_version(installed, tmp_path, home):
    result = run(installed, "--version", cwd=tmp_path, home=home)
    assert result.returncode == 0 and result.stdout == f"posting-editor {__version__}\n"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the repository")
def test_check_on_the_corpus_finds_what_the_development_install_finds(installed, tmp_path, home):
    wheel = run(installed, "check", CORPUS, "--format", "json", cwd=tmp_path, home=home)
    here = subprocess.run([sys.executable, "-m", "editor.cli", "check", str(CORPUS), "--format", "json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert wheel.returncode == here.returncode == 1
    assert json.loads(wheel.stdout) == json.loads(here.stdout)
    assert any(finding["code"].startswith("glossary") for finding in json.loads(wheel.stdout))


def test_new_uses_the_installed_templates(installed, tmp_path, home):
    site = tmp_path / "drafts"
    for lang in ("en", "fr"):
        (site / lang).mkdir(parents=True)
    result = run(installed, "new", site, "--title-en", "Wheel Tester", "--title-fr", "Testeuse de roue",
                 cwd=tmp_path, home=home)
    assert result.returncode == 0, result.stderr
    [created] = (site / "en").glob("wheel-tester*.md")
    assert "## " in created.read_text(encoding="utf-8")


def test_the_window_opens_the_sample_site_in_french_with_a_preview(installed, tmp_path, home):
    script = REPO / "tests" / "wheel" / "window_smoke.py"
    result = run(installed, str(script), cwd=tmp_path, home=home, program="python")
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert "<h2" in seen["preview"]
    assert "&Fichier" in seen["menus"], seen["menus"]
