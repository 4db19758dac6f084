"""``parse_document`` finds the closing delimiter with str.find; it must find the line the
line-by-line rule found (the first line from the opening that is the delimiter), whatever the line
breaks."""

from __future__ import annotations

import random
import re

import pytest

from editor.model.frontmatter.document import Document, DocumentError, decode, announced_format, parse_document

_DELIMITER = re.compile(r"---[ \t]*(\r\n|\n|\r|$)")
_TOML_DELIMITER = re.compile(r"\+\+\+[ \t]*(\r\n|\n|\r|$)")
_LINE_END = re.compile(r"\r\n|\n|\r")


def line_by_line(raw: bytes) -> Document | str:
    """The rule as it was written first: the delimiter tried at every line start in turn."""
    text, bom = decode(raw)
    if announced_format(text) not in ("yaml", "toml"):
        return "other"
    toml = announced_format(text) == "toml"
    delimiter = _TOML_DELIMITER if toml else _DELIMITER
    opening = delimiter.match(text)
    if opening is None or opening.group(1) == "":
        return "no-front-matter"
    position = opening.end()
    while position <= len(text):
        closing = delimiter.match(text, position)
        if closing is not None:
            return Document(bom, opening.group(0), text[opening.end():position], closing.group(0),
                            text[closing.end():], "toml" if toml else "yaml")
        next_line = _LINE_END.search(text, position)
        if next_line is None:
            break
        position = next_line.end()
    return "unclosed-front-matter"


def found(raw: bytes) -> Document | str:
    try:
        return parse_document(raw)
    except DocumentError as error:
        return error.code


PIECES = ["---", "+++", "----", "--- ", "---\t", " ---", "-- -", "a: ---", "title: x", "x---", "\n", "\r", "\r\n",
          "\n\r", " ", "\t", "body ---", "é", "# c"]


@pytest.mark.parametrize("seed", range(4))
def test_the_closing_line_is_the_one_the_line_by_line_rule_finds(seed):
    chooser = random.Random(seed)
    kinds = set()
    for _ in range(2500):
        start = chooser.choice(["---\n", "---\r\n", "---\r", "+++\n", "--- \n", "---"])
        raw = (start + "".join(chooser.choice(PIECES) for _ in range(chooser.randint(0, 14)))).encode()
        expected = line_by_line(raw)
        if expected == "other":
            continue
        assert found(raw) == expected, raw
        kinds.add(expected if isinstance(expected, str) else expected.format)
    assert kinds == {"yaml", "toml", "unclosed-front-matter", "no-front-matter"}
