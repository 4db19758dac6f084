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
