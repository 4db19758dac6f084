"""render_body against the real Hugo, on every valid posting of the corpus.

Method
------
1. A throw-away Hugo site is built in a temporary folder: a config that turns
   off every page kind but single pages (and aliases), one layout
   ``layouts/_default/single.html`` whose whole text is ``{{ .Content }}``, and
   each corpus posting copied verbatim to ``content/pNNNN.md``.  Postings whose
   front matter is not valid YAML (``yaml.safe_load`` on the part between the
   ``---`` lines, split with a regex) are left out, as Hugo would reject them.
2. ``hugo --quiet`` runs once for all pages (under a second); page ``pNNNN``
   ends up in ``public/pNNNN/index.html``.
3. Each page is compared with ``render_body(body)``, ``body`` being the text
   after the front matter.  The comparison is on structure and text: both
   sides are parsed with ``html.parser`` into a sequence of tags (with sorted
   attributes), comments and text; entities are decoded, runs of HTML
   whitespace collapse to one space and whitespace next to block-level tags is
   dropped.  Text differences, including a no-break space against a space,
   count as differences.  Byte-identical pages are counted as well.

The test asserts that at least 99.5 % of the postings are identical and lists
the ones that are not.  Two smaller tests run the unit-test samples and a few
``markup.goldmark`` settings through Hugo the same way.  Everything is skipped,
with the reason, when ``hugo`` or the corpus is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from editor.model.render.markdown import RenderOptions, render_body
from tests.model.render.test_markdown import CASES
from tests.model.corpus import CORPUS

REPO = Path(__file__).resolve().parents[3]
HUGO = shutil.which("hugo")
FRONT_MATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.S)
REQUIRED = 0.995

needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed (apt-get install hugo)")
needs_corpus = pytest.mark.skipif(not (CORPUS / "content").is_dir(), reason=f"corpus not found at {CORPUS}")

SITE_CONFIG = {
    "baseURL": "http://example.invalid/",
    "disableKinds": ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"],
    "disableAliases": True,
}

# --- comparison ------------------------------------------------------------------------

BLOCK_TAGS = frozenset(
    "p li ul ol h1 h2 h3 h4 h5 h6 table thead tbody tr th td div blockquote dl dt dd hr br pre sup".split()
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _Items(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.items.append(("<" + tag, tuple(sorted((k, v or "") for k, v in attrs))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.items.append(("</" + tag,))

    def handle_data(self, data: str) -> None:
        if self.items and self.items[-1][0] == "#":
            self.items[-1] = ("#", self.items[-1][1] + data)
        else:
            self.items.append(("#", data))

    def handle_comment(self, data: str) -> None:
        self.items.append(("!", data.strip()))


def structure(html: str) -> list[tuple]:
    """Tags, comments and text of ``html``, with insignificant whitespace removed."""
    parser = _Items()
    parser.feed(html)
    parser.close()
    items = parser.items
    result: list[tuple] = []
    for i, item in enumerate(items):
        if item[0] != "#":
            result.append(item)
            continue
        text = _HTML_SPACE.sub(" ", item[1])
        before = items[i - 1][0].lstrip("</") if i else "p"
        after = items[i + 1][0].lstrip("</") if i + 1 < len(items) else "p"
        if before in BLOCK_TAGS:
            text = text.lstrip(" ")
        if after in BLOCK_TAGS:
            text = text.rstrip(" ")
        if text:
            result.append(("#", text))
    return result


def test_structure_ignores_only_insignificant_whitespace() -> None:
    assert structure("<p>a &amp; b</p>\n<ul>\n<li>x </li>\n</ul>") == structure("<p>a &#38; b</p><ul><li>x</li></ul>")
    assert structure("<p>a\u00a0</p>") != structure("<p>a</p>")
    assert structure("<p>a <em>b</em></p>") != structure("<p>a<em>b</em></p>")
    assert structure('<a href="x" title="t">') == structure('<a title="t" href="x">')


# --- Hugo runs -----------------------------------------------------------------------------


def run_hugo(site: Path, pages: dict[str, str], config: dict | None = None) -> dict[str, str]:
    """Write ``pages`` (name -> file text) into a new site under ``site`` and return Hugo's HTML per name."""
    (site / "content").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "single.html").write_text("{{ .Content }}", encoding="utf-8")
    (site / "config.yaml").write_text(yaml.safe_dump({**SITE_CONFIG, **(config or {})}), encoding="utf-8")
    for name, text in pages.items():
        (site / "content" / f"{name}.md").write_text(text, encoding="utf-8")
    public = site / "public"
    completed = subprocess.run(
        [HUGO, "--quiet", "--source", str(site), "--destination", str(public),
         "--buildDrafts", "--buildFuture", "--buildExpired"],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, str] = {}
    for name in pages:
        page = public / name / "index.html"
        # Hugo writes no file for a page whose content renders empty
        result[name] = page.read_text(encoding="utf-8") if page.exists() else ""
    return result


def corpus_postings() -> list[tuple[Path, str]]:
    """(path, file text) of every posting whose front matter is valid YAML."""
    postings = []
    for path in sorted((CORPUS / "content").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        if match is None:
            continue
        try:
            data = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            continue
        if isinstance(data, dict):
            postings.append((path, text))
    return postings


@needs_hugo
@needs_corpus
def test_corpus_renders_like_hugo(tmp_path: Path) -> None:
    postings = corpus_postings()
    assert postings, "no valid posting found in the corpus"
    names = {f"p{i:04d}": item for i, item in enumerate(postings)}
    hugo = run_hugo(tmp_path / "site", {name: text for name, (_, text) in names.items()})

    identical, exact, differing = 0, 0, []
    for name, (path, text) in names.items():
        body = text[FRONT_MATTER.match(text).end() :]  # type: ignore[union-attr]
        mine = render_body(body)
        exact += mine == hugo[name]
        if structure(mine) == structure(hugo[name]):
            identical += 1
        else:
            differing.append(str(path.relative_to(CORPUS)))
    total = len(names)
    print(f"\nHugo conformance: {identical} of {total} postings identical ({exact} byte for byte)")
    for path in differing:
        print(f"  differs: {path}")
    assert identical >= REQUIRED * total, f"{identical}/{total} identical; differing: {differing}"


@needs_hugo
def test_unit_samples_are_hugo_output(tmp_path: Path) -> None:
    """The expectations of test_render.CASES are what Hugo really writes."""
    pages = {name.replace("_", "-"): "---\ntitle: sample\n---\n" + markdown for name, markdown, _ in CASES}
    hugo = run_hugo(tmp_path / "site", pages)
    for name, _, expected in CASES:
        assert hugo[name.replace("_", "-")] == expected, name


SETTINGS_SAMPLE = (
    "## Qualités _requises_ & Été {#q}\n\n## Qualités _requises_ & Été\n\n"
    "She said \"it's\" -- ok... <b>x</b> https://example.org www.example.org a@b.org\nnext line\n\n"
    "<div>\nblock\n</div>\n\n| a |\n|---|\n| 1 |\n\n~~del~~\n\n- [x] t\n\nT\n: d\n\n"
    "[js](javascript:x)\n\nx[^1]\n\n[^1]: n\n"
)
SETTINGS = {
    "unsafe": {"renderer": {"unsafe": True}},
    "hard-wraps-xhtml": {"renderer": {"hardWraps": True, "xhtml": True}},
    "plain": {"extensions": {"typographer": False, "linkify": False, "table": False, "strikethrough": False,
                             "taskList": False, "definitionList": False, "footnote": False}},
    "http-www": {"extensions": {"linkifyProtocol": "http"}},
    "ascii-ids": {"parser": {"autoHeadingIDType": "github-ascii", "attribute": {"title": False}}},
    "blackfriday-ids": {"parser": {"autoHeadingIDType": "blackfriday"}},
    "no-ids": {"parser": {"autoHeadingID": False}},
}


@needs_hugo
@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_goldmark_settings_match_hugo(tmp_path: Path, name: str) -> None:
    config = {"markup": {"goldmark": SETTINGS[name]}}
    hugo = run_hugo(tmp_path / "site", {"page": "---\ntitle: sample\n---\n" + SETTINGS_SAMPLE}, config)
    assert render_body(SETTINGS_SAMPLE, RenderOptions.from_hugo_config(config)) == hugo["page"]


@pytest.mark.skipif(not (CORPUS / "config" / "_default" / "config.yaml").is_file(), reason="corpus config missing")
def test_site_config_gives_hugo_defaults() -> None:
    config = yaml.safe_load((CORPUS / "config" / "_default" / "config.yaml").read_text(encoding="utf-8"))
    assert RenderOptions.from_hugo_config(config) == RenderOptions()


@needs_hugo
def test_many_duplicate_headings_get_hugos_ids(tmp_path: Path) -> None:
    """Ids of repeated headings (and of headings whose text looks like a suffixed id) are Hugo's."""
    from tests.model.render.test_markdown import DUPLICATE_HEADINGS

    markdown = DUPLICATE_HEADINGS + "## A\n\n## A-1\n\n" * 300 + "## A-1-1\n\n## heading-1\n\n##\n"
    hugo = run_hugo(tmp_path / "site", {"duplicates": "---\ntitle: sample\n---\n" + markdown})
    assert structure(render_body(markdown)) == structure(hugo["duplicates"])
