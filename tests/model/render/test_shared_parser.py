"""The parsers kept for the program's life are whole before any thread uses them: markdown-it-py
and mdurl build tables in place the first time, and a second thread meanwhile saw them half made
(mdurl's IndexError in the window; a ruler's chain lacking rules, a preview quietly wrong)."""

import threading

import mdurl
from mdurl import _decode, _encode

from editor.model.render import markdown
from editor.model.translation import parsers


def _rulers(md):
    return (md.core.ruler, md.block.ruler, md.inline.ruler, md.inline.ruler2)


def _fresh_tables(monkeypatch):
    monkeypatch.setattr(_encode, "encode_cache", {})
    monkeypatch.setattr(_decode, "decode_cache", {})
    markdown._markdown_it.cache_clear()
    parsers.parser.cache_clear()


def test_the_renderers_and_the_block_parsers_rules_are_compiled_when_made(monkeypatch):
    _fresh_tables(monkeypatch)
    for md in (markdown._markdown_it(markdown.RenderOptions()), parsers.parser()):
        assert all(ruler.__cache__ is not None for ruler in _rulers(md))
    assert mdurl.ENCODE_DEFAULT_CHARS in _encode.encode_cache  # markdown-it's own normalizeLink, kept by parsers
    assert _decode.decode_cache  # and its normalizeLinkText


def test_threads_parsing_with_a_new_parser_all_get_what_one_gets(monkeypatch):
    _fresh_tables(monkeypatch)
    text = "# Title\n\n- one [link](https://example.org/é?q=1)\n- two *em* `code`\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    expected = [token.type for token in parsers.parser().parse(text)]
    parsers.parser.cache_clear()
    results, errors = [], []
    start = threading.Barrier(8)

    def parse():
        start.wait(60)
        try:
            results.append([token.type for token in parsers.parser().parse(text)])
        except Exception as error:  # noqa: BLE001 - what a thread raised is the finding
            errors.append(error)

    threads = [threading.Thread(target=parse) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and results == [expected] * 8
