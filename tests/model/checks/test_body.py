"""Body checks: each rule fires where it should, stays quiet on clean text,
and runs over the real corpus without error."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from editor.model.checks.body import VAGUE_LINK_TEXTS, check_body
from editor.model.findings import Severity
from tests.model.corpus import CORPUS

REPO = Path(__file__).resolve().parents[3]
SAMPLE_SITE = REPO / "resources/sample-site"
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^---[ \t]*\r?\n", re.S | re.M)
CODES = {"heading-skip", "body-h1", "empty-link-text", "vague-link-text", "raw-html"}


def codes(body: str, first_line: int = 1) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in check_body(body, "posting.md", first_line)]


def split(text: str) -> tuple[str, int]:
    """Body and the 1-based file line it starts on."""
    match = FRONT_MATTER.match(text)
    if not match:
        return text, 1
    return text[match.end():], text[: match.end()].count("\n") + 1


# -- heading-skip ---------------------------------------------------------------


def test_heading_skip_from_h2_to_h4_points_at_the_h4():
    body = "## About us\n\nText.\n\n#### Details\n\nMore.\n"
    assert codes(body) == [("heading-skip", 5, 1)]


def test_first_heading_at_h3_skips_level_2_under_the_title():
    assert codes("Intro.\n\n### The role\n") == [("heading-skip", 3, 1)]


def test_heading_lines_are_file_lines():
    assert codes("## A\n\n#### B\n", first_line=12) == [("heading-skip", 14, 1)]


def test_going_back_up_or_one_step_down_is_fine():
    body = "## A\n\n### B\n\n#### C\n\n## D\n\n### E\n"
    assert codes(body) == []


def test_bold_paragraph_and_code_are_not_headings():
    body = (
        "## About the role\n\n**What you will do:**\n\n- Things\n\n"
        "```\n#### not a heading\n```\n\n    #### indented code\n"
    )
    assert codes(body) == []


def test_heading_skip_message_names_the_levels():
    [finding] = check_body("## A\n\n#### B\n", "p.md", 1)
    assert finding.severity is Severity.WARNING
    assert "level 4" in finding.message and "###" in finding.message


# -- body-h1 ---------------------------------------------------------------------


def test_atx_h1_in_body():
    assert codes("Intro.\n\n# Lead Developer\n") == [("body-h1", 3, 1)]


def test_setext_h1_in_body():
    assert codes("Lead Developer\n==============\n") == [("body-h1", 1, 1)]


def test_h2_after_body_h1_is_not_also_a_skip():
    assert codes("# Title\n\n## Section\n") == [("body-h1", 1, 1)]


# -- empty-link-text ----------------------------------------------------------------


def test_empty_link_text():
    assert codes("See [](https://example.org) now.\n") == [("empty-link-text", 1, 5)]


def test_whitespace_only_link_text_is_empty():
    assert codes("See [ ](https://example.org).\n") == [("empty-link-text", 1, 5)]


def test_linked_image_without_alt_is_empty_but_with_alt_is_not():
    assert codes("[![](logo.png)](https://example.org)\n") == [("empty-link-text", 1, 1)]
    assert codes("[![Agency logo](logo.png)](https://example.org)\n") == []


def test_column_of_empty_link_after_an_ordinary_link():
    body = "Read [the guide](https://a.example) and [](https://b.example).\n"
    assert codes(body) == [("empty-link-text", 1, 41)]


# -- vague-link-text ------------------------------------------------------------------


@pytest.mark.parametrize("text", sorted(VAGUE_LINK_TEXTS))
def test_every_vague_text_is_reported(text):
    assert codes(f"For details, [{text}](https://example.org).\n") == [("vague-link-text", 1, 14)]


@pytest.mark.parametrize("text", ["Click Here", "HERE.", "Cliquez ici !", "« ici »", "En savoir plus…"])
def test_vague_text_ignores_case_and_punctuation(text):
    assert [c for c, *_ in codes(f"[{text}](https://example.org)\n")] == ["vague-link-text"]


def test_descriptive_links_are_quiet():
    body = (
        "[Read more about our benefits](https://example.org) and "
        "[ici, le formulaire d’adaptation](https://example.org). Click here is plain text.\n"
    )
    assert codes(body) == []


def test_vague_link_on_a_later_line_of_a_paragraph():
    body = "## How to apply\n\nSend your résumé\nby email, or apply [here](https://example.org).\n"
    assert codes(body, first_line=9) == [("vague-link-text", 12, 20)]


def test_vague_link_text_wrapped_over_two_lines():
    body = "Intro\nsee [read\nmore](https://example.org)\n"
    assert codes(body) == [("vague-link-text", 2, 5)]


def test_vague_link_inside_list_and_table():
    body = "- Apply [here](https://x.example)\n\n| A | B |\n|---|---|\n| [Ici](https://y.example) | b |\n"
    assert codes(body) == [("vague-link-text", 1, 9), ("vague-link-text", 5, 3)]


def test_second_identical_link_gets_its_own_column():
    body = "[here](https://a.example) or [here](https://b.example)\n"
    assert codes(body) == [("vague-link-text", 1, 1), ("vague-link-text", 1, 30)]


def test_autolinks_are_not_judged_by_their_text():
    assert codes("Write to <mailto:jobs@example.org> or <https://example.org>.\n") == []


# -- raw-html -----------------------------------------------------------------------


def test_html_block_is_reported_once_at_its_first_line():
    body = "## About us\n\n<p>We build services.</p>\n<p>Second.</p>\n"
    findings = check_body(body, "p.md", 20)
    assert [(f.code, f.line, f.column) for f in findings] == [("raw-html", 22, 1)]
    assert findings[0].severity is Severity.WARNING
    assert "<p>" in findings[0].message and "blank line" in findings[0].message


def test_inline_html_column_is_found_in_the_source_line():
    body = "First line\nand then a break<br>here.\n"
    assert codes(body) == [("raw-html", 2, 17)]


def test_inline_html_after_a_link_with_the_same_text():
    body = "[x](https://example.org) x <b>bold</b>\n"
    assert codes(body) == [("raw-html", 1, 28), ("raw-html", 1, 35)]


def test_comments_shortcodes_and_code_are_quiet():
    body = (
        "<!-- note for translators -->\n\n"
        "Inline <!-- hidden --> comment.\n\n"
        '{{<figure src="team.png" alt="Our team">}}\n\n'
        "Use `<br>` sparingly.\n\n"
        "```html\n<p>example</p>\n```\n"
    )
    assert codes(body) == []


# -- clean text -------------------------------------------------------------------


CLEAN = """\
## About us

We build public services with the people who use them.

## What you bring

- Experience with:
  - Python
  - accessibility testing
- A habit of writing things down

### Nice to have

- Both official languages

## How to apply

Send your résumé through [our job board](https://jobs.example.org/123).
Write to <mailto:jobs@example.org> for an accommodation.
"""


def test_clean_posting_has_no_findings():
    assert codes(CLEAN) == []


def test_empty_body_has_no_findings():
    assert codes("") == []


def test_sample_site_postings_are_clean():
    postings = sorted(SAMPLE_SITE.glob("content/*/careers/positions/*--*.md"))
    assert postings
    for path in postings:
        body, first = split(path.read_text(encoding="utf-8"))
        assert check_body(body, str(path), first) == [], path.name


# -- real corpus ------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_corpus_runs_and_findings_point_inside_the_file():
    counts: collections.Counter[str] = collections.Counter()
    files = sorted((CORPUS / "content").rglob("*.md"))
    assert len(files) > 300
    for path in files:
        text = path.read_text(encoding="utf-8")
        body, first = split(text)
        total_lines = text.count("\n") + 1
        for finding in check_body(body, str(path), first):
            assert finding.code in CODES
            assert first <= finding.line <= total_lines
            assert finding.column >= 1
            counts[finding.code] += 1
    print(f"\nbody findings over {len(files)} corpus files: {dict(sorted(counts.items()))}")
    # The corpus has pasted WordPress HTML and "here" links; if these vanish
    # the parser has stopped seeing them.
    assert counts["raw-html"] > 0
    assert counts["vague-link-text"] > 0
