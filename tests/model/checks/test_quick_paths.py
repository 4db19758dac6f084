"""The structural check's shortcuts give what the slower paths they stand in for give, on
generated texts full of what could tell them apart (odd letters and spaces, apostrophes, case).

Each shortcut keeps the path it replaced: a test here compares the two, so a finding never
depends on which one ran."""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from editor.model.translation.text import STOPWORDS, common_words_in, common_words_of
from tests.examples import examples

# Words and marks that change a count: common words of both languages in any case, acronyms,
# elisions and contractions with either apostrophe, letters that case folding changes in length
# or kind (ß, İ, ŉ, the combining iota), numerals that are letters to a regular expression (½, ²),
# and every kind of space a text may hold.
_WORDS = sorted(STOPWORDS["en"] | STOPWORDS["fr"])[::3] + [
    "THE", "The", "IT", "LES", "Les", "ÉQUIPE", "Équipe", "we're", "WE'RE", "l’équipe", "D’UNE", "qu'il",
    "rock'n'roll", "d'", "'s", "’", "'", "aujourd'hui", "straße", "AUßI", "İle", "\u0345le", "ŉ", "½", "x²",
    "a1", "le_", "_la", "team", "équipe", "données", "x", "A", "É"]
_GLUE = [" ", "  ", "\n", "\t", "\u00a0", "\u202f", "\u2028", "\x1c", "", ",", ".", "(", ")", "-", "/", "«\u00a0",
         "\u00a0»", "’", "'", "*", "_", "0", "[", "](", "#"]
# Mostly words between spaces, as prose is, with anything at all between them now and then.
_TEXT = st.lists(st.tuples(st.one_of(st.sampled_from(_WORDS), st.text(max_size=4)),
                           st.one_of(st.just(" "), st.sampled_from(_GLUE))),
                 max_size=30).map(lambda pieces: "".join(word + glue for word, glue in pieces))


@settings(max_examples=examples(200), deadline=None)
@given(texts=st.lists(_TEXT, max_size=4), lang=st.sampled_from(["en", "fr"]))
@example(texts=["the1 le2 THE IT it ½la x²the", "l’équipe we're\u00a0les, the."], lang="en")
@example(texts=["the1 le2 THE IT it ½la x²the", "l’équipe we're\u00a0les, the."], lang="fr")
def test_the_common_words_of_one_language_are_counted_as_for_both(texts, lang):
    assert common_words_in(texts, lang) == common_words_of(texts)[lang]


# Markdown lines as postings write them and as they go wrong: list markers, quotes, indented
# code, thematic breaks and Setext underlines with spaces and tabs, fences, HTML, entities,
# escapes, tildes, tables, references, headings; every kind of line end, NUL included.
_LINE_STARTS = ["", "", "  ", "    ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "10) ", "## ", "#", "   - ", "> - "]
_LINE_TEXTS = ["A sentence of prose.", "word", "***", "---", "- - -", "* * *", "___", "_ _ _", "--", "-", "==",
               "= =", "===  ", "---\t", "*-*", "~~gone~~", "~x~", "`code`", "```", "~~~", "<div>", "<b>x</b>",
               "<!-- note -->", "&amp;", "&#35;", "\\*", "\\", "[a](https://x.ca)", "![i](s.png)", "[r]: /u",
               "| a | b |", "|---|---|", "*em*", "**bold**", "_u_", "<https://x.ca>", "\0", "Title {#id}", ""]
_LINE_ENDS = ["\n", "\n", "\n\n", "\r\n", "\r", "  \n", " \t\n", ""]
_MARKDOWN = st.lists(st.tuples(st.sampled_from(_LINE_STARTS), st.lists(st.sampled_from(_LINE_TEXTS), max_size=3),
                               st.sampled_from(_LINE_ENDS)),
                     max_size=12).map(lambda lines: "".join(start + " ".join(texts) + end for start, texts, end in lines))


def _parsed(md, body: str) -> list[dict]:
    return [token.as_dict() for token in md.parse(body)]


@settings(max_examples=examples(200), deadline=None)
@given(body=_MARKDOWN)
@example(body="Title\n---\n\n- item\n- ***\n> * * *\r\ntext\r===\rmore")
@example(body="para\n\n1. one\n2. two\n   ---\n  ___ \t\n")
@example(body="> Title\n>--\n\n>Another\n>=\n")
def test_a_body_parsed_without_the_rules_it_cannot_use_gives_every_rule_s_tokens(body):
    from editor.model.translation.parsers import parser, parser_for

    assert _parsed(parser_for(body), body) == _parsed(parser(), body)


def test_the_real_postings_parse_the_same_without_the_rules_they_cannot_use():
    from editor.model.translation.parsers import parser, parser_for
    from tests.model.corpus import corpus_or_skip

    from editor.model.frontmatter.posting import Posting

    for path in sorted((corpus_or_skip() / "content").rglob("*.md")):
        body = Posting.load(path).body
        assert _parsed(parser_for(body), body) == _parsed(parser(), body), path


def _guidance() -> frozenset[str]:
    from editor.model.site.templates import site_guidance

    return site_guidance(None)  # the bundled templates' guidance sentences


def _as_written(sentence: str, case: str, apostrophe: str, ellipsis: str, mark: str) -> str:
    """A guidance sentence as a writer may have left it in a body, its underscores removed."""
    written = sentence.replace("'", apostrophe).replace("…", ellipsis)
    written = written.upper() if case == "upper" else written.capitalize() if case == "first" else written
    return mark + written


_GUIDANCE_LINE = st.builds(_as_written, st.sampled_from(sorted(_guidance())), st.sampled_from(["", "upper", "first"]),
                           st.sampled_from(["'", "’"]), st.sampled_from(["…", "...", "", "… "]),
                           st.sampled_from(["", "- ", "## ", "_", "  "]))
_BODY_LINE = st.one_of(_GUIDANCE_LINE, st.sampled_from(["A line of prose.", "", "- An item", "_An aside._", "…"]))


@settings(max_examples=examples(200), deadline=None)
@given(lines=st.lists(_BODY_LINE, max_size=6), newline=st.sampled_from(["\n", "\r\n"]))
def test_the_look_before_the_guidance_search_never_hides_guidance(lines, newline):
    import pytest

    from editor.model.checks import unfinished

    text, guidance = newline.join(lines), _guidance()
    found = unfinished.find_unfinished(text, guidance)
    with pytest.MonkeyPatch.context() as patch:  # every line normalised and compared, as before the look existed
        patch.setattr(unfinished, "_may_hold_guidance", lambda text, guidance: True)
        assert found == unfinished.find_unfinished(text, guidance)


# --------------------------------------------------------------- slips and English quotes
# The patterns the reviser round wrote first, each tried at every character of every text (a cold
# structural check of 5,000 postings spent ~1.5 CPU-s in them); the shortcuts look only where a
# parenthesis, a spaced hyphen or a closing quotation mark is, and must find the same.
import re  # noqa: E402

_OLD_PAREN = re.compile(r"[()]|\n[ \t]*(?:\r?\n|[-*+][ \t]|\d{1,9}[.)][ \t]|#)")
_OLD_PAREN_PLAIN = re.compile(r"[()]")
_OLD_HYPHEN = re.compile(r"([^\W\d_]+[,.;:!?)”»’'\"]?) - (?=([^\W\d_]+))")
_OLD_QUOTE = re.compile(r"(?<=[^\s\d?!.,])(?P<q>[”\"])(?P<p>[.,])(?![\w.])")


def _old_unclosed(text: str, markdown: bool) -> list[int]:
    found: list[int] = []
    opened: list[int] = []
    for match in (_OLD_PAREN if markdown else _OLD_PAREN_PLAIN).finditer(text):
        mark = match.group(0)
        if mark == "(":
            opened.append(match.start())
        elif mark == ")":
            if opened and text[max(0, match.start() - 2):match.start()][-1:] not in ":;" \
                    and not text[max(0, match.start() - 2):match.start()] == ":-":
                opened.pop()
        else:
            if opened:
                found.append(opened[0])
            opened = []
    if opened:
        found.append(opened[0])
    return found


_MARKS = ["(", ")", " (", ") ", ":)", ";)", ":-)", "\n", "\n\n", "\r\n\r\n", "\n- ", "\n* ", "\n1. ", "\n12) ",
          "\n# ", "\n  \t- ", " - ", "- ", " -", "-", "word", "Été", "a1", "½", "x²", "_", "l’", ", ", ".", "”.",
          '".', '",', "”,", "?”.", "5\".", "...\".", " ", "\u00a0", '"', "”", "it", "2"]
_MARKED = st.lists(st.sampled_from(_MARKS), max_size=40).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(text=_MARKED, markdown=st.booleans())
@example(text="(a\n\n)b (c\n- d) (e", markdown=True)
def test_unclosed_parentheses_are_found_as_the_first_way_found_them(text, markdown):
    from editor.model.checks.slips import _unclosed_parentheses

    assert _unclosed_parentheses(text, markdown) == _old_unclosed(text, markdown)


@settings(max_examples=examples(300), deadline=None)
@given(text=_MARKED)
@example(text="Été, - word - it) - a1 - x² - _ - l’ - b")
def test_a_spaced_hyphen_between_words_is_found_as_the_first_way_found_it(text):
    from editor.model.checks.slips import _HYPHEN_DASH, _word_before

    old = [(match.end(1), f"{match.group(1)} - {match.group(2)}") for match in _OLD_HYPHEN.finditer(text)]
    new = [(match.start(), f"{_word_before(text, match.start())} - {match.group(1)}")
           for match in _HYPHEN_DASH.finditer(text) if _word_before(text, match.start())]
    assert new == old


@settings(max_examples=examples(300), deadline=None)
@given(text=_MARKED)
@example(text='He said "fine". It is 5". “Why?”. Wait...". x”, y')
def test_a_stop_after_a_closing_quote_is_found_as_the_first_way_found_it(text):
    from editor.model.translation.typography import _quote_punctuation

    old = [(m.start(), m.end()) for m in _OLD_QUOTE.finditer(text)
           if not (m.group("q") == '"' and text.count('"', 0, m.start()) % 2 == 0)]
    new = [(edit.start, edit.end) for edit in _quote_punctuation(text, None) if edit is not None]
    assert new == old
