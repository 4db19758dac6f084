import pytest
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.ui.markdown_highlighter import MarkdownHighlighter

SAMPLE = """---
title: 'Developer'
---
# Join our team

Some **strong** and *emphasised* text with `code` and a [link](https://example.com).

- first item
1. numbered

> quoted **words**

```
# not a heading
```
"""


def _light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    return palette


def _dark_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    return palette


@pytest.fixture
def highlighted(qapp):
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(SAMPLE)
    highlighter = MarkdownHighlighter(document, _light_palette())
    highlighter.rehighlight()
    yield document, highlighter


def format_at(document: QTextDocument, line_text: str, needle: str):
    """The char format applied by the highlighter at ``needle`` in the line ``line_text``."""
    block = document.begin()
    while block.isValid():
        if block.text() == line_text:
            offset = line_text.index(needle)
            ranges = block.layout().formats()
            for fmt_range in ranges:
                if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
                    # Copy: the range list owns the format it hands out.
                    return QTextCharFormat(fmt_range.format)
            return None
        block = block.next()
    raise AssertionError(f"line not found: {line_text!r}")


def test_heading_is_bold(highlighted):
    document, _ = highlighted
    fmt = format_at(document, "# Join our team", "Join")
    assert fmt is not None and fmt.fontWeight() == QFont.Weight.Bold


def test_inline_spans(highlighted):
    document, _ = highlighted
    line = ("Some **strong** and *emphasised* text with `code` and a "
            "[link](https://example.com).")
    assert format_at(document, line, "strong").fontWeight() == QFont.Weight.Bold
    assert format_at(document, line, "emphasised").fontItalic()
    assert format_at(document, line, "`code`").background().style() != 0
    link = format_at(document, line, "link]")
    assert link.fontUnderline()
    assert link.foreground().color() == QColor("#0b57d0")
    assert format_at(document, line, "Some") is None


def test_list_markers_and_quote(highlighted):
    document, _ = highlighted
    assert format_at(document, "- first item", "-").fontWeight() == QFont.Weight.Bold
    assert format_at(document, "- first item", "first") is None
    assert format_at(document, "1. numbered", "1.").fontWeight() == QFont.Weight.Bold
    quote = format_at(document, "> quoted **words**", "quoted")
    assert quote.fontItalic()
    strong_in_quote = format_at(document, "> quoted **words**", "words")
    assert strong_in_quote.fontItalic() and strong_in_quote.fontWeight() == QFont.Weight.Bold


def test_fenced_code_is_not_a_heading(highlighted):
    document, highlighter = highlighted
    fmt = format_at(document, "# not a heading", "not")
    assert fmt.fontWeight() != QFont.Weight.Bold
    assert fmt.background() == highlighter.format_for("code").background()


def test_front_matter_is_dimmed_not_a_rule(highlighted):
    document, highlighter = highlighted
    fmt = format_at(document, "title: 'Developer'", "title")
    assert fmt.foreground() == highlighter.format_for("front_matter").foreground()


def test_colours_follow_the_palette(highlighted):
    document, highlighter = highlighted
    light = highlighter.format_for("link_target").foreground().color()
    highlighter.set_palette(_dark_palette())
    dark = highlighter.format_for("link_target").foreground().color()
    assert light.lightness() < 128 < dark.lightness()
    # The document was re-coloured, not just the table.
    line = ("Some **strong** and *emphasised* text with `code` and a "
            "[link](https://example.com).")
    assert format_at(document, line, "link]").foreground().color() == QColor("#8ab4f8")


def test_autolinks(qapp):
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    line = "Write to <careers@example.org> or see https://example.org/jobs!"
    document.setPlainText(line)
    MarkdownHighlighter(document, _light_palette()).rehighlight()
    assert format_at(document, line, "careers").fontUnderline()
    assert format_at(document, line, "example.org/jobs").fontUnderline()
    assert format_at(document, line, "!") is None  # trailing punctuation is not the URL
    assert format_at(document, line, "Write") is None


def test_intraword_underscores_are_not_emphasis(qapp):
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText("snake_case_name and _real_")
    MarkdownHighlighter(document, _light_palette()).rehighlight()
    assert format_at(document, "snake_case_name and _real_", "case") is None
    assert format_at(document, "snake_case_name and _real_", "real").fontItalic()


@pytest.mark.parametrize("front, field", [
    ("+++\ntitle = 'Developer'\n# a TOML comment\n+++\n", "# a TOML comment"),
    ('{\n  "title": "Developer",\n  "tags": [\n    "# not a heading"\n  ]\n}\n', '    "# not a heading"'),
])
def test_toml_and_json_front_matter_are_dimmed_until_they_close(qapp, front, field):
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(front + "# Join our team\n")
    highlighter = MarkdownHighlighter(document, _light_palette())
    highlighter.rehighlight()
    dimmed = highlighter.format_for("front_matter").foreground()
    assert format_at(document, field, "#").foreground() == dimmed
    assert format_at(document, field, "#").fontWeight() != QFont.Weight.Bold
    assert format_at(document, "# Join our team", "Join").fontWeight() == QFont.Weight.Bold


def test_a_long_text_is_coloured_in_chunks_after_it_shows(qtbot, monkeypatch):
    # The limits brought down from 25,000 lines to 20 so that 60 headings are "a pasted document".
    from editor.ui import markdown_editor, markdown_highlighter
    from editor.ui.markdown_editor import MarkdownEditor

    monkeypatch.setattr(markdown_highlighter, "AT_ONCE_LINES", 20)
    monkeypatch.setattr(markdown_editor, "AT_ONCE_LINES", 20)
    monkeypatch.setattr(markdown_highlighter, "CHUNK_LINES", 7)
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("".join(f"## Part {number}\n\nText of part {number}.\n\n" for number in range(60)))
    changes: list[str] = []
    editor.textChanged.connect(lambda: changes.append(editor.toPlainText()))
    document = editor.document()
    assert editor.highlighter.is_colouring()
    assert format_at(document, "## Part 59", "Part") is None  # not coloured yet: the window answers first
    qtbot.waitUntil(lambda: not editor.highlighter.is_colouring())
    for line in ("## Part 0", "## Part 30", "## Part 59"):
        fmt = format_at(document, line, "Part")
        assert fmt is not None and fmt.fontWeight() == QFont.Weight.Bold
    assert changes == []  # colouring is no edit: the window does not read the body again for it
    editor.setPlainText("# Short\n")  # a short text stops the chunks and is coloured at once
    assert not editor.highlighter.is_colouring()
    assert format_at(document, "# Short", "Short").fontWeight() == QFont.Weight.Bold
