"""Arbitrary bytes and YAML-like text through every reading path: nothing escapes.

Each path must turn any input into data or a plain problem: the document split, the posting,
the site index and its checks, rendering, the site configuration, and the commands (in-process)
that never answer "internal error". Example counts stay small so the file runs in seconds."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.cli import main
from editor.model.checks import check_posting
from editor.model.checks.pipeline import check_site
from editor.model.frontmatter.document import DocumentError, parse_document
from editor.model.site.index import SiteIndex
from editor.model.frontmatter.posting import Posting
from editor.model.render.markdown import render_body
from editor.model.hugo.config import Site, SiteError
from editor.model.frontmatter.yaml_safe import YamlError, _line_starts, load_data, parse_front_matter
from tests.examples import examples

FUZZ = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = [
    "---\n", "\n", "\r\n", ": ", "- ", "  ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!str ", "!!binary ", "!!set ",
    "!!python/object:os.system ", "!x ", "'", '"', "|\n", ">-\n", "# ", "? ", "<<: ", "~", "yes", "null", "title",
    "translationKey", "layout: job-posting\n", "archived", "2023-02-30", "2023-02-03T10:00:00-99:99", "2022-02-29",
    "1:1:1:1", "0x1F", "0o17", "1e999", "-.inf", ".nan", "9" * 60, "\t", "\x00", "\x07", "\x1b[2J", "\ufeff", "\u2028",
    "\x85", "é", "\U0001F600", "=", "%YAML 1.1\n", "...\n", "key", "value",
]
yamlish = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), max_size=60).map("".join)
posting_bytes = st.one_of(
    st.binary(max_size=600),
    yamlish.map(lambda text: ("---\n" + text + "\n---\nBody\n").encode("utf-8", "surrogatepass")),
    yamlish.map(lambda text: ("---\nlayout: job-posting\ntranslationKey: k\n" + text + "\n---\n## H\n" + text)
                .encode("utf-8", "surrogatepass")),
)


@FUZZ
@given(yamlish)
def test_front_matter_and_data_files_parse_or_say_why(text):
    for read in (parse_front_matter, lambda t: parse_front_matter(t, allow_broken=True), load_data,
                 lambda t: load_data(t, lenient=True)):
        try:
            read(text)
        except YamlError as error:
            assert error.message and error.line >= 0 and error.column >= 0
            refused = re.search(r"does not allow \(U\+([0-9A-F]{4,6})", error.message)
            if refused:  # the line and column land on the very character named
                assert text[_line_starts(text)[error.line] + error.column] == chr(int(refused.group(1), 16))


@FUZZ
@given(posting_bytes)
def test_a_posting_is_data_or_one_problem(raw):
    try:
        parse_document(raw)
    except DocumentError:
        pass
    posting = Posting(raw, Path("fuzz.md"), "en")
    assert posting.valid or (posting.problem.line >= 1 and posting.problem.column >= 1 and posting.problem.message)
    check_posting(posting, "fuzz.md")
    render_body(posting.body)
    if posting.repairable:
        for field in posting.unreadable_fields:
            try:
                posting.set(str(field), "fixed")
            except ValueError:
                pass
    if posting.valid:
        try:
            posting.set("title", "A title")
        except ValueError:
            pass


def _commands(root: Path, file: Path) -> None:
    for args in (["list", root], ["list", root, "--format", "json"], ["check", root], ["get", file, "title"],
                 ["render", file], ["archive", root, "k"], ["set", file, "archived=true", "--only-this-file"]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([str(arg) for arg in args])
        assert status in (0, 1, 2) and "internal error" not in err.getvalue(), (args, err.getvalue())


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posting_bytes, st.one_of(st.binary(max_size=300), yamlish.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_a_site_holding_anything_lists_checks_and_opens(raw, config):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for lang in ("en", "fr"):
            (root / "content" / lang).mkdir(parents=True)
        file = root / "content" / "en" / "fuzz.md"
        file.write_bytes(raw)
        (root / "content" / "fr" / "other.md").write_bytes(b"---\nlayout: job-posting\ntranslationKey: k\ntitle: t\n---\n")
        _commands(root, file)
        index = SiteIndex.build(Site.open(root), workers=1)
        check_site(index, translation=False, spelling=False, grammar=False, workers=1, cache=False)
        (root / "config" / "_default").mkdir(parents=True)
        (root / "config" / "_default" / "params.yaml").write_bytes(config)
        try:
            Site.open(root)
        except SiteError as error:
            assert "cannot be read" in str(error)
        _commands(root, file)
