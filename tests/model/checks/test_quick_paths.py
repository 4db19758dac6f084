"""The structural check's shortcuts give what the slower paths they stand in for give, on
generated texts full of what could tell them apart (odd letters and spaces, apostrophes, case).

Each shortcut keeps the path it replaced: a test here compares the two, so a finding never
depends on which one ran."""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from editor.model.translation.text import STOPWORDS, common_words_in, common_words_of

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


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXT, max_size=4), lang=st.sampled_from(["en", "fr"]))
@example(texts=["the1 le2 THE IT it ½la x²the", "l’équipe we're\u00a0les, the."], lang="en")
@example(texts=["the1 le2 THE IT it ½la x²the", "l’équipe we're\u00a0les, the."], lang="fr")
def test_the_common_words_of_one_language_are_counted_as_for_both(texts, lang):
    assert common_words_in(texts, lang) == common_words_of(texts)[lang]
