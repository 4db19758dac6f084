"""The quick looks a cold index takes at each posting (queue.posting_progress) find what the slow,
exact rules they stand in for would find: the same line checksums, the same word counts, and every
marker the check finds."""

import sys
import zlib

import pytest

from editor.model.site import queue
from editor.model.site.index import SiteIndex
from editor.model.site.index_cache import IndexCache
from editor.model.hugo.config import Site
from editor.model.frontmatter.posting import Posting

from tests.model.site.test_queue import write_pair
from tests.model.translation.helpers import EN_BODY, FR_BODY, posting_text

# Texts with every kind of line break, list and quote marks, lines around 12 characters, and
# characters whose case folding is longer or ASCII ("ß", "ﬁ", the Kelvin sign, dotted İ).
AWKWARD = [
    "Title of the role",
    "A description\non two lines of text",
    "- one two three\r\n* one two three four\r>   # heading with words\x0bpage\x0cbreak line here now\n"
    "abc def ghi\nabcd efg hij\n  \t-- the  last one --  \n\u2028line after a separator\u2029and a paragraph\x85"
    "next line\x1cfile\x1dgroup\x1erecord separator here\nStraße and the ﬁne ﬂow with the K unit\n"
    "İstanbul office with the team\nÉcrivez à l’équipe de la direction et des services\n\n\n"
    "trailing words without a break",
    "",
    "\n\n",
]


def reference_line_prints(texts: list[str]) -> list[int]:
    """The rule as first written, one line at a time."""
    return sorted({zlib.crc32(line.encode("utf-8")) for text in texts for whole in text.splitlines() if len(whole) >= 12
                   for line in (whole.strip(" \t-*+>#"),) if line.count(" ") >= 2})


@pytest.mark.parametrize("texts", [AWKWARD, AWKWARD[2:3], [EN_BODY], [FR_BODY], ["", ""], ["x" * 40], [AWKWARD[2] * 3]])
def test_line_prints_are_those_of_the_line_by_line_rule(texts):
    assert queue._line_prints(list(texts)) == reference_line_prints(list(texts))


def test_every_character_that_folds_to_ascii_is_known():
    folding = {chr(code) for code in range(128, sys.maxunicode + 1)
               if not 0xD800 <= code < 0xE000 and any(ord(c) < 128 for c in chr(code).casefold())}
    listed = {chr(code) for code in range(128, sys.maxunicode + 1)
              if not 0xD800 <= code < 0xE000 and queue._FOLDS_TO_ASCII.match(chr(code))}
    assert listed == folding


@pytest.mark.parametrize("text", [*AWKWARD, EN_BODY, FR_BODY, "ﬆhe ﬁrst", "THE AND TO OF", "Dé la ſ vous",
                                  "plain ascii with the words"])
def test_common_words_are_counted_as_in_the_case_folded_text(text):
    lowered = text.encode("utf-8").lower()
    folded = b" " + queue._folded(text, lowered) + b" "
    expected = f" {text.casefold()} "
    for lang in ("en", "fr"):
        assert [folded.count(word) for word in queue._COMMON[lang]] == [
            expected.count(word.decode()) for word in queue._COMMON[lang]]


def test_a_marker_in_any_case_is_counted_as_the_check_counts_it(tmp_path):
    """The quick look once searched "RADUIRE" and "raduire" only: a marker typed "[à TrAduire]",
    which the check reports, left the pair listed as done."""
    write_pair(tmp_path, "mixed", EN_BODY, "[à TrAduire] " + FR_BODY)
    index = SiteIndex.build(Site.open(tmp_path), cache=IndexCache(None))
    found = queue.site_progress(index, {})["mixed"]
    assert found.word == "needs-translation" and found.describe() == "French: 1 block to translate"


def test_the_quick_look_finds_what_the_full_search_finds_in_each_field(tmp_path):
    guidance = frozenset({"describe a main responsibility of the role"})
    text = posting_text("Data Analyst", "Plain text.\n", description="_DESCRIBE A  main responsibility of the role_")
    posting = Posting(text.encode("utf-8"), tmp_path / "content" / "en" / "a.md", "en")
    assert queue.posting_progress(posting, guidance)["placeholders"] == 1
