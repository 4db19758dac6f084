"""Counts of what a reader reads: markup, link targets and tags left out."""

from editor.model.writing.counts import count_words, plain_text, posting_counts


def test_words_keep_apostrophes_hyphens_and_decimal_commas_inside():
    assert count_words("L’équipe bilingue compte 3,5 postes à temps-plein.") == 7


def test_markdown_and_html_markup_are_not_counted():
    body = "## About us\n\nWe **build** [services](https://example.org/a-long-path).\n\n<p>Two <em>words</em></p>\n"
    assert plain_text(body).split("\n") == ["About us", "We build services.", "Two words"]


def test_a_posting_counts_its_title_description_and_body():
    counts = posting_counts("Lead developer", "One line.", "Hello there.\n")
    assert counts.words == 6
    assert counts.characters == len("Lead developer") + len("One line.") + len("Hello there.")
