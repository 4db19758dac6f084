"""Running the installed ``posting-editor`` script from tests, and the files those tests work on.

The CLI tests call ``editor.cli.main.main`` in the test process (starting the console script
costs ~0.3 s a run, and 160 runs were 40% of the suite); a few smoke tests go through the console
script that ``pip install`` put next to the interpreter (``installed=True``), so a broken entry
point is caught too, as are runs that need another process (another user, the window). Every run
checks the one promise shared by all commands: bad input never ends in a traceback (nor in the
catch-all "internal error").
"""

from __future__ import annotations

import contextlib
import functools
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SAMPLE_SITE = REPO / "resources" / "sample-site"
POSITIONS = Path("content") / "{lang}" / "careers" / "positions"
FRONT_MATTER = re.compile(r"\A\ufeff?---\r?\n(.*?)^---\r?$", re.S | re.M)
FINDING_LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning|info) (?P<code>[a-z0-9-]+): (?P<message>.+)$"
)
HUGO = shutil.which("hugo")

# A posting written by the tests themselves, outside any site (so no counterpart is involved).
POSTING = """\
---
layout: job-posting
type: section
title: 'Plain title'
description: >-
  A short description of the role for search engines.
archived: false
translationKey: hand-made
leverId: 0f8fad5b-d9cb-469f-a165-70867728950e
---

## About the role

You will help a small team answer letters from the public.

## What you bring

- Patience
- A good ear
"""


@pytest.fixture(scope="session")
def _index_cache_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("index-cache")


@pytest.fixture(autouse=True)
def private_index_cache(_index_cache_folder, monkeypatch):
    """Keep the index cache of the commands run by tests out of the user's own cache folder."""
    monkeypatch.setenv("POSTING_EDITOR_CACHE_DIR", str(_index_cache_folder))


@pytest.fixture
def site(tmp_path):
    """A copy of the bundled sample site; tests never touch the original."""
    return copy_sample_site(tmp_path / "site")


@pytest.fixture
def posting(tmp_path):
    path = tmp_path / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    return path


def script() -> str:
    found = shutil.which("posting-editor", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"The console script 'posting-editor' is not installed next to {sys.executable}; run 'make test'.")
    return found


def run(*args: str, cwd: Path | None = None, input: str | bytes | None = None, timeout: float = 60,
        prefix: list[str] | None = None, installed: bool = False) -> subprocess.CompletedProcess:
    """Run the command (after ``prefix``, e.g. a user switch); stdout/stderr as text.

    In this process unless ``installed``, ``prefix`` or the arguments would open the window.
    Fails the test on any traceback or internal error.
    """
    if installed or prefix or _opens_window(args):
        result = _run_script(args, cwd, input, timeout, prefix)
    else:
        result = _run_here(args, cwd, input)
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    return result


def _opens_window(args) -> bool:
    """Whether the command starts Qt: in the test process it would leave a QGuiApplication behind, on
    which the window tests' QApplication could not be made (Qt aborts). The window does, and
    ``review`` writing a PDF (Qt prints it); ``review`` writing HTML, or refusing, does not."""
    from editor.cli.main import _leading_language

    _language, args = _leading_language([str(arg) for arg in args])  # `--lang fr [PATH]` opens the window too
    first = args[0] if args else ""
    if first == "review":
        return any(arg == "--pdf" or arg.startswith("--pdf=") for arg in args)
    return not args or (first not in _command_names() and not first.startswith("-"))


@functools.cache
def _command_names() -> tuple[str, ...]:
    """The commands, as the program's parser lists them: asked once, as building the parser takes
    a few milliseconds and the command tests run the program about a thousand times."""
    from editor.cli.main import command_names

    return command_names()


def _run_script(args, cwd, input, timeout, prefix) -> subprocess.CompletedProcess:
    # Messages in English whatever the developer's locale (check and export follow it, see --lang).
    env = {k: v for k, v in os.environ.items()
           if k not in ("POSTING_EDITOR_DEBUG", "LC_ALL", "LC_MESSAGES", "PYTHONDONTWRITEBYTECODE")}
    env["LANG"] = "C.UTF-8"
    # Compiled once for all the commands a test run starts, as an installed program's are: without it
    # every command compiles Grammalecte's 3 MB rule table again (seconds each on a busy machine).
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "posting-editor-tests-pycache"))
    result = subprocess.run(
        [*(prefix or []), script(), *map(str, args)],
        cwd=cwd,
        input=input.encode("utf-8") if isinstance(input, str) else input,
        capture_output=True,
        timeout=timeout,
        env=env,
    )
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    return result


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, with ``buffer`` as the console's streams have."""

    def __init__(self, data: bytes = b""):
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline=None if data else "\n",
                         write_through=True)

    def text(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8")


def _run_here(args, cwd, input) -> subprocess.CompletedProcess:
    from editor.cli.main import main

    stdin = _Stream(input.encode("utf-8") if isinstance(input, str) else (input or b""))
    stdout, stderr = _Stream(), _Stream()
    # Messages in English whatever the developer's locale (check and export follow it, see --lang).
    saved = {name: os.environ.get(name) for name in ("POSTING_EDITOR_DEBUG", "LANG", "LC_ALL", "LC_MESSAGES")}
    for name in ("POSTING_EDITOR_DEBUG", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "C.UTF-8"
    here = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            old_stdin, sys.stdin = sys.stdin, stdin
            try:
                code = main([str(arg) for arg in args])
            except SystemExit as exit:  # argparse: --help, --version, usage errors
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 2)
                if isinstance(exit.code, str):
                    print(exit.code, file=sys.stderr)
            finally:
                sys.stdin = old_stdin
    finally:
        os.chdir(here)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return subprocess.CompletedProcess(["posting-editor", *map(str, args)], code, stdout.text(), stderr.text())


def copy_sample_site(dest: Path) -> Path:
    """A private copy of the bundled site: tests edit it freely, the bundled one is never touched."""
    shutil.copytree(SAMPLE_SITE, dest, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
    return dest


def sample_file(site: Path, lang: str, key_prefix: str) -> Path:
    """The posting of ``lang`` whose file name starts with ``key_prefix`` (sample file names are stable)."""
    [path] = (site / str(POSITIONS).format(lang=lang)).glob(f"{key_prefix}*--*.md")
    return path


def write(path: Path, text: str) -> Path:
    """``text`` into ``path`` as UTF-8; returns ``path``."""
    path.write_text(text, encoding="utf-8")
    return path


def front_matter(path: Path) -> dict:
    text = path.read_bytes().decode("utf-8")
    match = FRONT_MATTER.match(text)
    assert match, f"{path} has no front matter"
    return yaml.safe_load(match.group(1))


def changed_lines(before: bytes, after: bytes) -> list[int]:
    """Indexes of lines that differ, when both have the same number of lines (line endings kept)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new), (old, new)
    return [i for i, (a, b) in enumerate(zip(old, new)) if a != b]


def parse_findings(stdout: str) -> list[dict]:
    rows = []
    for line in stdout.splitlines():
        match = FINDING_LINE.match(line)
        assert match, f"not 'file:line:col: severity code: message': {line!r}"
        row = match.groupdict()
        row["line"], row["column"] = int(row["line"]), int(row["column"])
        rows.append(row)
    return rows


def hugo_page(posting: Path, tmp: Path) -> tuple[str, str, str]:
    """Build a one-page Hugo site holding ``posting``; the page's title, description and archived as shown."""
    return hugo_pages({"posting": posting}, tmp)["posting"]


def hugo_pages(postings: dict[str, Path], tmp: Path) -> dict[str, tuple[str, str, str]]:
    """Build one Hugo site holding each of ``postings`` as the page of its name (a run of Hugo costs
    a few tenths of a CPU second: tests judging many values build them all at once); each page's
    title, description and archived as shown."""
    site = tmp / "hugo-site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "config.yaml").write_text(
        "baseURL: https://example.invalid/\n"
        "disableKinds: [taxonomy, term, RSS, sitemap, home, section, 404, robotsTXT]\n",
        encoding="utf-8",
    )
    (site / "layouts" / "_default" / "single.html").write_text(
        '<h1 id="t">{{ .Title }}</h1>\n<p id="d">{{ .Description }}</p>\n<p id="a">{{ .Params.archived }}</p>\n',
        encoding="utf-8",
    )
    for name, posting in postings.items():
        shutil.copyfile(posting, site / "content" / f"{name}.md")
    result = subprocess.run(
        [HUGO, "--source", str(site), "--destination", str(site / "public"), "--quiet", "--noBuildLock",
         "--cacheDir", str(tmp / "hugo-cache")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"Hugo refused a file:\n{result.stderr}"
    shown = {}
    for name in postings:
        page = (site / "public" / name / "index.html").read_text(encoding="utf-8")
        fields = {
            field: html.unescape(re.search(rf'<(?:h1|p) id="{field}">(.*?)</(?:h1|p)>', page, re.S).group(1))
            for field in ("t", "d", "a")
        }
        shown[name] = (fields["t"], fields["d"], fields["a"])
    return shown
