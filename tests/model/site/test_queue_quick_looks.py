"""The quick looks a cold index takes at each posting (queue.posting_progress) find what the slow,
exact rules they stand in for would find: the same line checksums, the same word counts, and every
marker the check finds."""

import re
import sys
import zlib
from pathlib import Path

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


def reference_line_prints(texts: list[str], *, in_bytes: bool = False) -> set[int]:
    """The rule as first written, one line at a time; ``in_bytes``: a line's length counted in
    its UTF-8 bytes rather than its characters, as the look over the texts' UTF-8 counts it."""
    return {zlib.crc32(line.encode("utf-8")) for text in texts for whole in text.splitlines()
            if len(whole.encode("utf-8") if in_bytes else whole) >= 12
            for line in (whole.strip(" \t-*+>#"),) if line.count(" ") >= 2}


SHORT_LINES = ["été à éé ok", "ééééééééééé", "éééééééééééé x y", "- à é î ô û ç", "  \t-- ça va là --  ",
               "«\u00a0oui\u00a0» dit-il", "a b c d e f g h i j k l", "\r\n".join(["x y z w"] * 4) + "\rà b c d é f g\n"]


@pytest.mark.parametrize("texts", [AWKWARD, AWKWARD[2:3], [EN_BODY], [FR_BODY], ["", ""], ["x" * 40], [AWKWARD[2] * 3],
                                   SHORT_LINES, ["\n".join(SHORT_LINES)], [EN_BODY, FR_BODY, "\n".join(SHORT_LINES)]])
def test_line_prints_are_those_of_the_line_by_line_rule(texts):
    expected = reference_line_prints(list(texts))
    assert set(queue._line_prints(list(texts))) == expected
    in_bytes = reference_line_prints(list(texts), in_bytes=True)
    assert in_bytes >= expected  # never a shared line hidden: a few short lines of accented letters more
    if not any(brk in text for text in texts for brk in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
        # Cut and checksummed as bytes when no line break but \n and \r is in them.
        assert set(queue._line_prints(list(texts), [text.encode() for text in texts])) == in_bytes
    posting = Posting(posting_text("T", texts[-1], description=texts[0].replace("\n", " ")).encode(), None, "en")
    if posting.valid:
        fields = [posting.get("title"), posting.get("description"), posting.body]
        lines = set(queue.posting_progress(posting, frozenset())["lines"])
        assert lines in (reference_line_prints(fields), reference_line_prints(fields, in_bytes=True))


def test_short_accented_lines_shared_by_a_pair_only_get_it_read_again(tmp_path):
    """A line of 12 bytes but fewer characters gets a checksum: the pair that shares it is read
    again, and its blocks counted by the check's rules find nothing to translate."""
    write_pair(tmp_path, "short", EN_BODY + "\nà é î ô û ç\n", FR_BODY + "\nà é î ô û ç\n")
    index = SiteIndex.build(Site.open(tmp_path), cache=IndexCache(None))
    en, fr = (index.pair_for_key("short").first(lang).progress["lines"] for lang in ("en", "fr"))
    assert not set(en).isdisjoint(fr)
    assert queue.site_progress(index, {})["short"].word == "ok"


def test_every_character_that_folds_to_ascii_is_known():
    beyond_ascii = [chr(code) for code in range(128, sys.maxunicode + 1) if not 0xD800 <= code < 0xE000]
    holds_ascii = re.compile("[\x00-\x7f]")  # one search per character, not a loop over its folding
    folding = {c for c in beyond_ascii if holds_ascii.search(c.casefold())}
    # A class of single characters finds, in the characters laid end to end, those it matches one at a time.
    listed = set(queue._FOLDS_TO_ASCII.findall("".join(beyond_ascii)))
    assert re.fullmatch(r"\[[^]]*\]", queue._FOLDS_TO_ASCII.pattern)  # a class: one character a match
    assert listed == folding and folding


@pytest.mark.parametrize("text", [*AWKWARD, EN_BODY, FR_BODY, "ﬆhe ﬁrst", "THE AND TO OF", "Dé la ſ vous",
                                  "plain ascii with the words"])
def test_common_words_are_counted_as_in_the_case_folded_text(text):
    lowered = f" {text} ".encode().lower()
    folded = queue._folded([text], lowered)
    expected = f" {text.casefold()} "
    for lang in ("en", "fr"):
        assert [folded.count(word) for word in queue._COMMON[lang]] == [
            expected.count(word.decode()) for word in queue._COMMON[lang]]
        # The words grouped by first letter find the places the plain alternation finds.
        plain = re.compile(b" (?:" + b"|".join(re.escape(word.strip()) for word in queue._COMMON[lang]) + b")(?= )")
        assert queue._ANY_COMMON[lang].findall(folded) == plain.findall(folded)


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


# ------------------------------------------------------------------ the look before the look
def reference_unfinished_counts(texts: list[str], guidance: frozenset[str]) -> tuple[int, int]:
    """The counts as they were before the cheaper look was put in front: the two-word starts alone."""
    from editor.model.checks.unfinished import find_unfinished

    starts = queue.guidance_hint(guidance).starts
    if not any(start in " ".join(texts).encode("utf-8").lower() for start in starts):
        return 0, 0
    markers = placeholders = 0
    for text in texts:
        if any(start in text.encode("utf-8").lower() for start in starts):
            found = find_unfinished(text, guidance)
            markers += sum(1 for item in found if item.kind == "marker")
            placeholders += sum(1 for item in found if item.kind != "marker")
    return markers, placeholders


def counts(texts: list[str], guidance: frozenset[str]) -> tuple[int, int]:
    lowered = f" {' '.join(texts)} ".encode().lower()  # as posting_progress makes it
    return queue._unfinished_counts(texts, guidance, queue.guidance_hint(guidance), lowered,
                                    queue._folds_to_ascii(lowered))


def site_guidance_sentences() -> frozenset[str]:
    from editor.model.site import templates

    return templates.site_guidance(None)  # the bundled templates' sentences


GUIDED = [
    "- _Describe a main responsibility…_\n- _Second example…_\n",
    "Describe a main responsibility…\n",
    "_DESCRIBE ANOTHER   essential qualification. To give examples, indent them by two spaces:_\n",
    "1. Describe another essential qualification. To give examples, indent them by two spaces:\n",
    "* Décrivez une autre qualification essentielle. Pour donner des exemples, mettez-les en retrait de deux espaces :\n",
    "DÉCRIVEZ UNE AUTRE QUALIFICATION ESSENTIELLE. POUR DONNER DES EXEMPLES, METTEZ-LES EN RETRAIT DE DEUX ESPACES :\n",
    "_Describe another essential qualiﬁcation. To give examples, indent them by two spaces:_\n",
    "_Describe another essential qualification. To give examples, indent them by two spaces:_",
    "Describe another essential qualification to give examples indent them by two spaces\n",
    "[À TRADUIRE] Le texte.\n[à traduire] encore.\n[TO TRANSLATE] Text.\n[to TrAnSlAtE] more\n",
    "[TO TRANſLATE] a long s, [ÀTRADUIRE] no space, [ translate] a space\n",
    "_A placeholder ending in dots..._ and *another one…* and _not one_.\n",
    "Say how to apply (for example: select “Apply now” and send your résumé) and when applicants will hear back…\n",
    "_Write your organization’s commitment to equity and how to ask for an accommodation, with the address to write to…_\n",
    "Plain text with a [link](https://example.com) and [the terms](https://example.com/t).\n",
]


@pytest.mark.parametrize("text", [*GUIDED, *AWKWARD, EN_BODY, FR_BODY])
def test_the_look_before_the_look_changes_no_count(text):
    for guidance in (site_guidance_sentences(), frozenset(), frozenset({"a guidance sentence with no ascii ending…"})):
        for texts in ([text], ["A title", text], ["[À", "TRADUIRE] split across two texts", text]):
            assert counts(texts, guidance) == reference_unfinished_counts(texts, guidance), (texts, guidance)


def test_the_look_before_the_look_changes_no_count_on_mixed_texts():
    """Pieces of guidance, markers and ordinary prose put together in many ways (a fixed seed)."""
    import random

    guidance = site_guidance_sentences()
    pieces = [*GUIDED, *AWKWARD, EN_BODY[:400], FR_BODY[:400], "_", "*", "…", "...", "[", "K", "ß", "\n", " "]
    chooser = random.Random(12)
    found = 0
    for _ in range(400):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 6)))
        if chooser.random() < 0.3:
            text = text.upper() if chooser.random() < 0.5 else text.swapcase()
        expected = reference_unfinished_counts([text], guidance)
        assert counts([text], guidance) == expected, text
        found += any(expected)
    assert found > 100  # the texts hold unfinished work often enough for the comparison to mean something


def test_the_look_before_the_look_is_taken_on_a_sentence_with_no_letters_to_look_for():
    guidance = frozenset({"12 345 ; 67 890 !"})
    assert b"" in queue.guidance_hint(guidance).needles
    text = "_12 345 ; 67 890 !_\n"
    assert counts([text], guidance) == reference_unfinished_counts([text], guidance)


def test_what_the_look_before_the_look_relies_on():
    """Each fact of Unicode and of the check's patterns that makes a text without the needles
    or words hold nothing find_unfinished would find."""
    import re

    from editor.model.checks import unfinished

    assert queue._MARKERS == tuple(unfinished.MARKERS.values()) and queue._ELLIPSES == unfinished._ELLIPSIS
    everything = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000]
    # Every character at once: a one-character pattern finds, in the characters laid end to end,
    # exactly those it matches one at a time (one scan in re instead of a match call per character).
    laid_out = "".join(everything)
    for marker in queue._MARKERS:
        assert marker[0] == "["  # and "[" has no other case
        assert len(marker[1]) == 1
        matching = set(re.findall(re.escape(marker[1]), laid_out, re.IGNORECASE))
        assert matching == {marker[1].lower(), marker[1].upper()}
    # No character but "…" folds to a text holding "…"; no character folds to nothing.
    folded = [c.casefold() for c in everything]
    assert [c for c, fold in zip(everything, folded) if "…" in fold and c != "…"] == []
    assert [c for c, fold in zip(everything, folded) if fold == ""] == []


def test_a_cold_list_of_the_real_site_gives_the_same_counts_as_before():
    from tests.model.corpus import corpus_or_skip

    site = Site.open(corpus_or_skip())
    guidance = queue.site_guidance(site)
    for lang in ("en", "fr"):
        for path in site.markdown_files(lang, []):
            posting = Posting(path.read_bytes(), path, lang)
            if posting.valid:
                texts = [value for value in (posting.get("title"), posting.get("description")) if isinstance(value, str)]
                texts.append(posting.body)
                assert counts(texts, guidance) == reference_unfinished_counts(texts, guidance), path


# ------------------------------------------------------------------ the other language's words at once
def reference_language_words(posting: Posting) -> list[int]:
    """The quick look as it was before the other language's words were bounded in one search."""
    from editor.model.translation.untranslated import language_share

    texts = [value for value in (posting.get("title"), posting.get("description")) if isinstance(value, str)]
    folded = f" {' '.join([*texts, posting.body]).casefold()} ".encode("utf-8", "surrogatepass")
    lang = posting.file_language
    other = sum(folded.count(word) for word in queue._COMMON["fr" if lang == "en" else "en"])
    own = 0
    for word in queue._COMMON[lang]:
        own += folded.count(word)
        if 2 * other < own:
            return [0, 0]
    return list(language_share(posting, lang)[:2])


MIXED = [EN_BODY, FR_BODY, EN_BODY + FR_BODY, FR_BODY + EN_BODY[:300], "de de de de the the the the",
         "the the de de de la la les les des des vous avec et et", "Le the de THE Des dE", "the\nde\tla la la",
         "ﬆhe ﬁrst of the de la", "Straße de la the", " ".join(["de"] * 30 + ["the"] * 61)]


def test_the_other_languages_words_bounded_at_once_give_the_same_counts():
    import random

    chooser = random.Random(7)
    words = [" de", " la", " le", " les", " des", " vous", " avec", " et", " the", " and", " to", " of", " you",
             " with", " word", "\n", " ß", " K", " THE", " De"]
    texts = MIXED + ["".join(chooser.choice(words) for _ in range(chooser.randint(1, 80))) for _ in range(300)]
    decided = set()
    for text in texts:
        for lang in ("en", "fr"):
            posting = Posting(posting_text("A title", text).encode(), None, lang)
            assert posting.valid
            expected = reference_language_words(posting)
            assert queue.posting_progress(posting, frozenset())["words"] == expected, (text, lang)
            decided.add(expected == [0, 0])
    assert decided == {True, False}  # both ways of deciding were taken


def test_the_other_languages_words_on_the_real_site():
    from tests.model.corpus import corpus_or_skip

    site = Site.open(corpus_or_skip())
    for lang in ("en", "fr"):
        for path in site.markdown_files(lang, []):
            posting = Posting(path.read_bytes(), path, lang)
            if posting.valid and posting.get("layout") == "job-posting":
                assert queue.posting_progress(posting, frozenset())["words"] == reference_language_words(posting), path


def test_a_body_taken_from_the_files_bytes_is_the_body(tmp_path):
    """The index hands each posting's bytes to posting_progress, which takes the body's UTF-8 from
    their end: the same bytes as encoding the body, in every front matter format, with a BOM, CRLF."""
    from tests.model.corpus import CORPUS
    from tests.model.site.list_sites import write_list_site

    sites = [write_list_site(tmp_path / "site")] + ([CORPUS] if (CORPUS / "content").is_dir() else [])
    compared = boms = 0
    for root in sites:
        site = Site.open(root)
        guidance = queue.site_guidance(site)
        for lang in ("en", "fr"):
            for path in site.markdown_files(lang, []):
                raw = path.read_bytes()
                posting = Posting(raw, path, lang)
                if posting.valid:
                    assert queue._body_utf8(posting, raw) == posting.body.encode()
                    assert queue.posting_progress(posting, guidance, None, raw) == queue.posting_progress(posting, guidance)
                    compared += 1
                    boms += raw.startswith(b"\xef\xbb\xbf")
    assert compared > 50 and boms


def test_the_quick_look_for_notes_holds_what_every_note_holds():
    from editor.model.checks import unfinished
    from editor.model.site import queue

    for note in ("TODO", "TBD", "FIXME", "XXX", "XXXXX", "$XX,XXX"):
        assert unfinished.writer_note_count(f"Salaire : {note}.") == 1
        assert any(word in note for word in queue._NOTES), note
    assert unfinished.writer_note_count("Les todos du XXe siècle") == 0


@pytest.mark.parametrize("body", [
    "Salaire : TODO.\n", "Salaire : ÉTODOÉ et TBD’s\n", "«\u00a0FIXME\u00a0» après l’été\n", "XXX\u2028TODO\x0bTBD\n",
    "É T O D O : lettres séparées, pas une note\n", "TOÉDO, FIXÉME : coupées, pas des notes\n", "Aucune note ici.\n",
    "Les todos du XXe siècle\n", "Straße TODO ﬁn XXX\r\nTBD\n",
])
def test_notes_are_counted_as_the_gate_counts_them_beside_letters_other_than_ascii(tmp_path, body):
    """The look for notes shares its pass with the one taking out the bytes other than ASCII: those
    are left beside the notes' letters, and a note the gate counts is still found whole."""
    from editor.model.checks.unfinished import writer_note_count

    posting = Posting(posting_text("Analyste TBD", body, description="Une description FIXME").encode(),
                      tmp_path / "content" / "fr" / "a.md", "fr")
    texts = [posting.get("title"), posting.get("description"), posting.body]
    assert queue.posting_progress(posting, frozenset()).get("notes", 0) == sum(map(writer_note_count, texts))
