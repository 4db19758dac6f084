"""The quick reader of flat front matters gives exactly what the full PyYAML reader gives, or nothing.

Whenever ``_read_quickly`` answers, the full reader must accept the same text and build the same
values (same types, same order), the same duplicate-key warnings and the same entries; when the
full reader refuses a text, the quick one must not have answered."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from editor.model.frontmatter import yaml_fast
from editor.model.frontmatter.document import DocumentError, parse_document
from editor.model.frontmatter.yaml_safe import YamlError, _parse_full, _read_quickly, parse_front_matter
from tests.examples import examples
from tests.model.corpus import CORPUS

TRICKY = ["1", "-1_000", "0x1f", "0o17", "1e3", "1.5e+3", ".inf", "-.Inf", ".NaN", "1.5", "12:30:00", "190:20:30.15",
          "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "y", "n", "true", "False", "2024-01-01",
          "2024-02-30", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 +5", "text", "+12", "0b101", "=",
          "<<", "-x", "-", "--", "---", "...", "?x", ":x", "a:b", "a: b", "a:", "C#", "a #b", "a#b", "it's",
          'say "hi"', "é", "日本", "\U0001f600", "\xa0x", "x\xa0", "%x", "@x", "`x", "!x", "&a x", "*a", "[a]",
          "{a: 1}", ",x", "|", ">", "9" * 1200, "a  b", "a \t b", "\\n"]
KEYS = ["title", "description", "a", "_", "x_y", "k-1", "yes", "No", "null", "on", "True", "~", "1", "<<", "é",
        "a b", "?x", "-k", "translationKey"]
PIECES = "ab :#'\"-?[]{}!&*|>%@`~,\\\t\xa0é\u2028\x85\r\x00\ufeff"


def same(text: str) -> None:
    quick = _read_quickly(text)
    if quick is None:
        return
    try:
        full = _parse_full(text)
    except YamlError as error:
        pytest.fail(f"the quick reader read {text!r}; the full one refuses it: {error.code} {error.params}")
    assert repr(quick.data) == repr(full.data), text
    assert [type(value) for value in quick.data.values()] == [type(value) for value in full.data.values()]
    assert [(w.code, w.line, w.column, w.variant, dict(w.params)) for w in quick.warnings] == \
           [(w.code, w.line, w.column, w.variant, dict(w.params)) for w in full.warnings], text
    assert quick.broken == full.broken == frozenset()
    assert quick.entries == full.entries, text


@pytest.mark.parametrize("value", TRICKY)
@pytest.mark.parametrize("shape", ["k: {}\n", "k: '{}'\n", 'k: "{}"\n', "k: {} # note\n", "k: >-\n  {}\nz: 1\n",
                                   "k: |\n  {}\n  {}\n\nz: 1\n", "{}: v\n", "k: {}", "k:   {}   \r\nz: 1\r\n"])
def test_tricky_scalars_in_every_place(value, shape):
    same(shape.format(value, value))


def test_the_common_shapes_are_read_quickly():
    for text in ["layout: job-posting\ntitle: 'Data ''Lead'' : x'\ndescription: >-\n  One line\n  and another.\n"
                 "archived: false\ntranslationKey: data\nleverId: 0f8fad5b-d9cb-469f-a165-70867728950e\n",
                 "# comment\ntitle: \"Analyste : données # 1\"   # trailing\n\ndate: 2024-01-05\nweight: 3\n",
                 "title: plain\r\nbody: |-\r\n  one\r\n\r\n  two\r\n", "", "# only a comment\n\n"]:
        assert _read_quickly(text) is not None, text
        same(text)


def test_a_duplicate_key_is_a_warning_at_its_second_place():
    front = parse_front_matter("title: a\nx: 1\ntitle: b\n")
    assert front.data == {"title": "b", "x": 1}
    assert [(w.code, w.line, w.column) for w in front.warnings] == [("duplicate-key", 2, 0)]
    same("title: a\nx: 1\ntitle: b\n")


_scalar = st.one_of(st.sampled_from(TRICKY), st.text(alphabet=PIECES, max_size=8),
                    st.text(max_size=6))
_quoted = st.one_of(_scalar.map(lambda s: "'" + s.replace("'", "''") + "'"), _scalar.map(lambda s: f"'{s}'"),
                    _scalar.map(lambda s: f'"{s}"'))
_block_lines = st.lists(st.tuples(st.sampled_from(["", " ", "  ", "   ", "    ", "\t"]), _scalar), min_size=0,
                        max_size=4).map(lambda lines: "".join(f"\n{indent}{text}" for indent, text in lines))
_block = st.tuples(st.sampled_from([">", ">-", "|", "|-", ">+", "|2", "> # c", ">-  "]), _block_lines).map("".join)
_value = st.one_of(_scalar, _quoted, _block)
_entry = st.tuples(st.one_of(st.sampled_from(KEYS), st.text(alphabet="abK_-: 1", min_size=1, max_size=4)),
                   st.sampled_from([": ", ":", ":  ", ":\t", " : "]), _value,
                   st.sampled_from(["", " # c", "# c", "  ", " #"])).map("".join)
_line = st.one_of(_entry, _entry, _entry, st.sampled_from(["", "   ", "# c", "  # c", "  more", "- item", "...",
                                                           "key", "\t"]))


@settings(max_examples=examples(600), deadline=None)
@given(st.lists(_line, max_size=7), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_property_the_quick_reader_agrees_with_pyyaml(lines, newline, final_break):
    text = newline.join(lines) + (newline if final_break else "")
    same(text)
    same(text.replace(newline, "\n", 1))  # mixed line ends


# Mostly well-formed front matters, so that most examples take the quick way and are compared.
_word = st.text(alphabet="abcé ':#\"-,.?!%@&*[]{}|>~0123456789\xa0", min_size=1, max_size=10)
_clean_value = st.one_of(
    st.sampled_from(TRICKY[:40]), _word, _word.map(lambda s: "'" + s.replace("'", "''") + "'"),
    _word.filter(lambda s: '"' not in s and "\\" not in s).map(lambda s: f'"{s}"'),
    st.tuples(st.sampled_from([">", ">-", "|", "|-"]), st.sampled_from(["  ", "    "]),
              st.lists(st.one_of(_word, st.just("")), min_size=1, max_size=4))
    .map(lambda b: b[0] + "".join(f"\n{b[1]}{line}" if line else "\n" for line in b[2])))
_clean_entry = st.tuples(st.sampled_from(KEYS[:8]), st.sampled_from([": ", ":  "]), _clean_value,
                         st.sampled_from(["", "", " # c", "   "])).map("".join)


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(st.one_of(_clean_entry, _clean_entry, _clean_entry, st.sampled_from(["", "# c", "  "])), max_size=8),
       st.sampled_from(["\n", "\r\n"]))
def test_property_well_formed_front_matters_agree_with_pyyaml(lines, newline):
    same(newline.join(lines) + newline)


@pytest.mark.skipif(not (CORPUS / "content").is_dir(), reason="the real site is not on this machine")
def test_every_corpus_front_matter_reads_the_same():
    quick = 0
    for path in sorted(Path(CORPUS, "content").rglob("*.md")):
        try:
            document = parse_document(path.read_bytes())
        except DocumentError:
            continue
        if document.format == "yaml":
            same(document.front)
            quick += _read_quickly(document.front) is not None
    assert quick >= 250  # most real front matters take the quick way


def test_the_unusual_characters_are_all_but_those_yaml_reads_as_plain_text():
    allowed = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
    unusual = {code for code in range(sys.maxunicode + 1) if yaml_fast._UNUSUAL.match(chr(code))}
    assert unusual == {code for code in range(sys.maxunicode + 1) if not allowed.match(chr(code))}


def test_lines_already_taken_apart_give_what_taking_them_apart_gives(monkeypatch):
    """scan remembers the one-line entries it took apart, by their line: a line met again (in
    another front matter, at another place) gives the same entry, at its own line number."""
    texts = ["layout: job-posting\ntitle: 'A, b'\narchived: false\n",
             "# c\n\narchived: false\ndescription: >-\n  layout: job-posting\nlayout: job-posting\n",
             "title: 'A, b'\nkey: x # note\nlayout: job-posting\n", "key: x # note\nkey: x # note\n"]
    yaml_fast._KNOWN_LINES.clear()
    afresh = []
    for text in texts:
        afresh.append(yaml_fast.scan(text))
        yaml_fast._KNOWN_LINES.clear()
    assert [yaml_fast.scan(text) for text in texts] == afresh  # each line remembered as it is first met
    assert "layout: job-posting" in yaml_fast._KNOWN_LINES and "  layout: job-posting" not in yaml_fast._KNOWN_LINES
    assert [yaml_fast.scan(text) for text in texts] == afresh  # every line now remembered
    monkeypatch.setattr(yaml_fast, "_KNOWN_MOST", 2)
    yaml_fast._KNOWN_LINES.clear()
    assert [yaml_fast.scan(text) for text in texts] == afresh and len(yaml_fast._KNOWN_LINES) <= 2
