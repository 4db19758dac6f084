import pytest

from editor.model.translation.blocks import (
    align,
    align_bodies,
    block_at,
    block_count,
    counterpart_range,
    forget_parses,
    insert_block_after,
    map_line,
    replace_block_text,
    scroll_anchors,
    split_blocks,
    unmatched_blocks,
)

from editor.model.translation import matching
from tests.model.translation.helpers import EN_BODY, FR_BODY

BODY = """Intro paragraph
on two lines.

## Heading {#anchor}

- first item
  continued
- second [link](https://example.org/x)
  - nested `code` 3

1. ordered

```
## not a heading
```

| a | b |
|---|---|
| 1 | 2 |
"""


def test_blocks_kinds_lines_and_text():
    blocks = split_blocks(BODY)
    assert [(b.kind, b.level, b.start, b.end) for b in blocks] == [
        ("paragraph", 0, 0, 2),
        ("heading", 2, 3, 4),
        ("item", 1, 5, 7),
        ("item", 1, 7, 8),
        ("item", 2, 8, 9),
        ("item", 1, 10, 11),
        ("code", 0, 12, 15),
        ("table", 0, 16, 19),
    ]
    heading, first, second, nested, ordered = blocks[1:6]
    assert heading.plain == "Heading" and (heading.content_line, heading.content_column) == (3, 3)
    assert second.links == ("https://example.org/x",) and second.plain == "second link"
    assert nested.plain == "nested code 3" and nested.content_column == 4
    assert first.section == second.section == 1 and blocks[0].section == -1
    assert first.list_id == second.list_id != nested.list_id != ordered.list_id
    assert "1 | 2" in blocks[-1].plain
    forget_parses()  # counted from the body alone, whether or not its blocks are still kept
    assert block_count(BODY) == len(blocks) == 8 and block_count(EN_BODY) == len(split_blocks(EN_BODY))


def test_align_clean_pair_block_by_block():
    alignment = align_bodies(EN_BODY, FR_BODY)
    assert alignment.reliable
    assert all(a is not None and b is not None for a, b in alignment)
    assert [(a.kind, b.kind) for a, b in alignment] == [(a.kind, a.kind) for a, _ in alignment]
    assert len(alignment) == len(split_blocks(EN_BODY))


def test_align_by_section_with_missing_and_split_blocks():
    en = "## One\n\nAlpha text here with 42.\n\nBeta text that is long enough to matter.\n\n## Two\n\nGamma paragraph 7.\n"
    fr = ("## Un\n\nTexte alpha ici avec 42.\n\n## Deux\n\nParagraphe gamma, première moitié 7.\n\n"
          "Paragraphe gamma, seconde moitié.\n\nUn paragraphe ajouté qui n’existe qu’en français, assez long.\n")
    alignment = align(split_blocks(en), split_blocks(fr))
    rows = [(a.plain[:5] if a else None, b.plain[:5] if b else None) for a, b in alignment]
    assert ("One", "Un") in rows and ("Two", "Deux") in rows
    assert ("Alpha", "Texte") in rows
    assert ("Beta ", None) in rows  # left out of the translation
    # The last English paragraph split in two, or a paragraph added: never a block of another section.
    assert all(not (a and b and a.section != -1 and b.section != -1
                    and split_blocks(en)[a.section].plain != {"Un": "One", "Deux": "Two"}[split_blocks(fr)[b.section].plain])
               for a, b in alignment)


def _sections_body(word: str, count: int, left_out: int | None = None) -> str:
    return "".join(f"## {word} {number}\n\n" + "Some words about it. " * (1 + number % 4) + "\n\n"
                   for number in range(count) if number != left_out)


@pytest.mark.parametrize("limit", [250_000, 100])
def test_align_leaves_out_a_missing_section_whether_whole_or_banded(monkeypatch, limit):
    # A limit of 100 cells makes 60 sections a side take the banded path a pasted document does.
    monkeypatch.setattr(matching, "_FULL_ALIGNMENT_CELLS", limit)
    en, fr = split_blocks(_sections_body("Section", 60)), split_blocks(_sections_body("Partie", 60, left_out=31))
    headings = [(a.plain, b.plain) for a, b in align(en, fr) if a and b and a.kind == "heading"]
    assert len(headings) == 59
    assert all(a.split()[1] == b.split()[1] for a, b in headings)


def test_join_and_split_rows_and_groups():
    en = "First sentence of a paragraph about 5 things. Second sentence continues the same paragraph.\n\nClosing words.\n"
    fr = "Première phrase d’un paragraphe sur 5 choses.\n\nDeuxième phrase qui continue le même paragraphe.\n\nMots de la fin.\n"
    alignment = align_bodies(en, fr)
    first = split_blocks(en)[0]
    assert [b.start for b in alignment.partners(0, first)] == [0, 2]
    groups = alignment.groups()
    assert [(len(a), len(b)) for a, b in groups] == [(1, 2), (1, 1)]


def test_window_helpers_cursor_and_scroll():
    alignment = align_bodies(EN_BODY, FR_BODY)
    en_blocks = split_blocks(EN_BODY)
    salary = next(b for b in en_blocks if b.plain.startswith("$78,000"))
    start, end = counterpart_range(alignment, 0, salary.start)
    assert "78 000" in FR_BODY.split("\n")[start]
    assert counterpart_range(alignment, 0, 1) is None  # a blank line
    assert block_at(en_blocks, salary.start) == salary
    anchors = scroll_anchors(alignment)
    assert anchors[0] == (0, 0) and all(x[0] < y[0] and x[1] < y[1] for x, y in zip(anchors, anchors[1:]))
    assert map_line(anchors, salary.start, 0) == start
    assert map_line(anchors, start, 1) == salary.start
    assert unmatched_blocks(alignment, 0) == []


def test_replace_and_insert_keep_markup():
    blocks = split_blocks(BODY)
    changed = replace_block_text(BODY, blocks[2], "premier élément\nsur deux lignes")
    assert "- premier élément\n  sur deux lignes\n- second" in changed
    assert replace_block_text(BODY, blocks[1], "Titre").split("\n")[3] == "## Titre"
    inserted = insert_block_after(BODY, blocks[1], "Nouveau paragraphe.")
    assert "## Heading {#anchor}\n\nNouveau paragraphe.\n\n- first item" in inserted
    assert insert_block_after(BODY, blocks[3], "- added").split("\n")[8] == "- added"


def _token_fields(tokens) -> list[tuple]:
    return [(t.type, t.tag, t.nesting, t.attrs, t.map, t.level, t.content, t.markup, t.info, t.meta, t.block,
             t.hidden, _token_fields(t.children) if t.children else None) for t in tokens]


@pytest.mark.parametrize("body", [
    "Plain words only.\n\nA second paragraph.\n",
    "## A heading {#id}\n\n- an item\n- another\n",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "> a quote\n\n```\ncode\n```\n\n~~~\nmore\n~~~\n",
    "<div>\nHTML\n</div>\n\nText with <b>tags</b> and <https://example.ca>.\n",
    "[a link][ref] and ![an image](x.png)\n\n[ref]: /url\n",
    "`code`, ~~struck~~, ~one~, &amp; &eacute; and \\*escaped\\*\n",
    "Text\n===\n\nMore\n---\n\n***\n",
])
def test_a_body_parses_to_the_same_tokens_without_the_rules_it_cannot_use(body):
    from editor.model.translation.blocks import parse_tokens
    from editor.model.translation.parsers import parser

    assert _token_fields(parse_tokens(body)) == _token_fields(parser().parse(body))


def test_an_alignment_of_bodies_lined_up_before_is_the_same_rows_of_the_callers_own_blocks():
    from editor.model.translation.blocks import _align

    first = align(split_blocks(EN_BODY), split_blocks(FR_BODY))
    forget_parses()
    en, fr = split_blocks(EN_BODY), split_blocks(FR_BODY)  # equal blocks, other objects
    assert en == split_blocks(EN_BODY) and en[0] is not first[0][0]
    again, fresh = align(en, fr), _align(en, fr)
    assert again == fresh == first and again.costs == fresh.costs and again.sizes == fresh.sizes
    assert again.reliable == fresh.reliable and again is not first and again.costs is not first.costs
    mine = {id(block) for block in en + fr}
    assert all(id(block) in mine for row in again for block in row if block is not None)


@pytest.mark.parametrize("en, fr", [(EN_BODY, FR_BODY), (BODY, BODY.replace("first item", "premier élément")),
                                    (BODY, "Un seul paragraphe.\n"), ("- a\n  - b\n    - c\n\n  d\n- e\n", "- a\n- e\n")])
def test_the_block_at_a_line_is_the_innermost_one_as_a_scan_of_the_rows_finds_it(en, fr):
    """``innermost_at`` (a search, at each move of the cursor) gives what a scan of every row gave."""
    alignment = align_bodies(en, fr)
    for side, body in ((0, en), (1, fr)):
        for line in range(-1, body.count("\n") + 2):
            candidates = [row[side] for row in alignment
                          if row[side] is not None and row[side].start <= line < row[side].end]
            expected = max(candidates, key=lambda b: b.start) if candidates else None
            assert alignment.innermost_at(side, line) is expected, (side, line)


def test_huge_bodies_are_counted_and_aligned_without_being_kept(monkeypatch):
    """A pasted document's bodies change at every pause in typing: keeping each would hold gigabytes."""
    from editor.model.translation import blocks

    monkeypatch.setattr(blocks, "_KEPT_BODY_CHARS", 50)
    monkeypatch.setattr(blocks, "_KEPT_ALIGNMENT_BLOCKS", 4)
    blocks._kept_block_count.cache_clear()
    blocks._aligned.cache_clear()
    long_body = "## One\n\nA paragraph long enough.\n\n## Two\n\nAnother paragraph here.\n"
    assert blocks.block_count(long_body) == len(split_blocks(long_body))
    assert blocks._kept_block_count.cache_info().currsize == 0
    en, fr = split_blocks(long_body), split_blocks(long_body.replace("paragraph", "paragraphe"))
    assert align(en, fr) == blocks._align(en, fr)
    assert blocks._aligned.cache_info().currsize == 0
    short = split_blocks("## One\n")
    align(short, short)
    assert blocks._aligned.cache_info().currsize == 1


def test_replacing_a_block_never_makes_it_two():
    """A line break in a heading's new text ended the heading (the rest became a paragraph), and a
    blank line ended a paragraph or an item: the body had a block more than its other language."""
    body = "## Old\n\nOld text.\n\n- old item\n"
    heading, paragraph, item = split_blocks(body)
    assert replace_block_text(body, heading, "New\nheading") == "## New heading\n\nOld text.\n\n- old item\n"
    assert replace_block_text(body, paragraph, "One\n\nTwo") == "## Old\n\nOne\nTwo\n\n- old item\n"
    assert replace_block_text(body, item, "First\n \nsecond") == "## Old\n\nOld text.\n\n- First\n  second\n"


def test_a_carriage_return_in_a_blocks_new_text_is_a_line_break_of_the_files_own():
    """An XLIFF target holding "&#13;" (a CAT tool on Windows) put a lone CR into a file of LF
    lines: an editor shows two lines where git and the window saw one."""
    body = "Old text.\n\n- old item\n"
    paragraph, _item = split_blocks(body)
    assert replace_block_text(body, paragraph, "One\r\ntwo\rthree") == "One\ntwo\nthree\n\n- old item\n"
    crlf = body.replace("\n", "\r\n")
    assert replace_block_text(crlf, split_blocks(crlf)[0], "One\rtwo") == "One\r\ntwo\r\n\r\n- old item\r\n"
