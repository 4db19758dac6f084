"""``check --fix`` (``fixes.fix_file``) on every real posting, in a copy: what it changes is only
spacing and apostrophes (and the notation of numbers around their digits), never a digit, an
address, a link target, code or a heading id (the real site lets headings carry attributes, as
Hugo does by default: a fix that would change an id keeps it with ``{#id}``, and the installed
Hugo gives the same ids before and after), and a second run finds nothing left to fix."""

from __future__ import annotations

import re
import shutil

import pytest

from editor.model.frontmatter.posting import Posting
from editor.model.hugo.config import Site
from editor.model.render.markdown import render_body
from editor.model.translation.fixes import fix_file
from tests.model.corpus import corpus_or_skip, writable_copy

# Every test here reads the same fixed copy of the corpus (a module fixture): one worker does them all.
pytestmark = pytest.mark.xdist_group("fix_corpus")

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007\u2002-\u200a]+|&nbsp;|&#160;|&#8239;")
# Notation around digits that a typography fix may move: "$50,000" / "50 000 $", "1:30" / "1 h 30",
# "2:00 PM" / "2:00 p.m.", "15 %".
_NOTATION = re.compile(r"(?<=\d)(?:[$,.:h%]|[aApP]\.?[mM]\.?)+|\$+(?=\d)")
# A full stop or comma an English fix moves inside the closing quotation mark.
_QUOTE_STOP = re.compile(r"(”|&rdquo;|&quot;|\")([.,])")
_ATTRIBUTES = re.compile(r'\b(?:href|src|id)="([^"]*)"')
_CODE = re.compile(r"<code[^>]*>(.*?)</code>", re.DOTALL)


def _text(html: str) -> str:
    html = html.replace("&rsquo;", "'").replace("’", "'")  # Hugo's smart quotes turn ' into &rsquo; anyway
    return _QUOTE_STOP.sub(r"\2\1", _NOTATION.sub("", _SPACES.sub("", html)))


@pytest.fixture(scope="module")
def fixed_corpus(tmp_path_factory):
    corpus = corpus_or_skip()
    site = tmp_path_factory.mktemp("corpus") / "cds-site"
    writable_copy(corpus, site, ignore=shutil.ignore_patterns(".git", "public", "resources"))
    files = sorted(p for p in (site / "content").rglob("*.md") if p.name != "_index.md")
    before = {path: Posting.load(path) for path in files}
    opened = Site.open(site)
    counts, notes = {}, {}
    for path in files:
        if before[path].valid:
            found: list[str] = []
            counts[path] = fix_file(path, notes=found, site=opened)  # the language from the site's content/en, content/fr
            notes[path] = found
    return before, counts, notes, opened


def test_fixes_change_only_spaces_apostrophes_and_number_notation(fixed_corpus):
    before, counts, _, _ = fixed_corpus
    assert sum(counts.values()) > 0  # the corpus has things to fix: the test is not vacuous
    for path, count in counts.items():
        if not count:
            continue
        old, new = before[path], Posting.load(path)
        old_html, new_html = render_body(old.body), render_body(new.body)
        assert _text(old_html) == _text(new_html), path.name
        assert _ATTRIBUTES.findall(old_html) == _ATTRIBUTES.findall(new_html), path.name  # links, images, heading ids
        assert _CODE.findall(old_html) == _CODE.findall(new_html), path.name
        assert re.findall(r"\d", old_html) == re.findall(r"\d", new_html), path.name
        for name in ("title", "description"):
            if isinstance(old.get(name), str):
                assert _text(old.get(name)) == _text(new.get(name)), (path.name, name)


def test_folded_descriptions_keep_their_line_breaks(fixed_corpus):
    before, counts, _, _ = fixed_corpus
    checked = 0
    for path, count in counts.items():
        old_text, new_text = before[path].text(), Posting.load(path).text()
        if count and re.search(r"^description: >-?\n", old_text, re.M):
            checked += 1
            assert old_text.count("\n") == new_text.count("\n"), path.name
    assert checked, "no folded description was fixed: the corpus changed"


def test_heading_ids_are_kept_with_attributes(fixed_corpus):
    before, counts, notes, _ = fixed_corpus
    kept = {path: found for path, found in notes.items() if found}
    assert len(kept) > 20  # the real site has many "Titre :" headings: the test is not vacuous
    for path, found in kept.items():
        assert all("kept with {#" in note for note in found), (path.name, found)
        assert Posting.load(path).body.count("{#") - before[path].body.count("{#") == len(found), path.name


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_gives_the_fixed_headings_their_old_ids(fixed_corpus, tmp_path):
    from tests.model.render.test_hugo_conformance import run_hugo

    before, _, notes, _ = fixed_corpus
    paths = [path for path, found in notes.items() if found]
    old = run_hugo(tmp_path / "old", {f"p{i}": before[path].text() for i, path in enumerate(paths)})
    new = run_hugo(tmp_path / "new", {f"p{i}": path.read_text(encoding="utf-8") for i, path in enumerate(paths)})
    for i, path in enumerate(paths):
        ids = re.findall(r'<h\d id="([^"]*)"', old[f"p{i}"])
        assert ids and ids == re.findall(r'<h\d id="([^"]*)"', new[f"p{i}"]), path.name
        assert "{#" not in new[f"p{i}"], path.name


def test_a_second_run_fixes_nothing(fixed_corpus):
    _, counts, _, site = fixed_corpus
    # With the site open, as check --fix runs (it found each file's site itself: 0.5 s more).
    assert all(fix_file(path, site=site) == 0 for path in counts), [p.name for p in counts if fix_file(p, site=site)]
