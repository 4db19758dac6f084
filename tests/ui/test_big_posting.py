"""A pasted document of thousands of headings: the preview says it shows the first blocks, the text is
coloured in chunks after it shows, typing edits the text, the word counts arrive, and saving keeps every line."""

from __future__ import annotations

from PySide6.QtTest import QTest

from tests.ui.window_fixtures import PM_EN, PM_FR, opened_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

# The limits are lowered for the test (a window laying out 1,200 blocks took 8 s of the suite): 120
# blocks, over the preview's 100; 2 x 13 KB, over the counts' 10,000 characters; 240 lines, over the
# 100 coloured at once; 60 sections a side, over the whole alignment's 100 cells.
HEADINGS = 60


def grow(path, word: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "".join(f"\n## {word} {number}\n\nSome text here for this part of it, long enough to weigh what a real paragraph weighs.\n"
                                   for number in range(HEADINGS)), encoding="utf-8")


def test_a_huge_posting_is_previewed_in_part_and_still_edits_and_saves(qtbot, site_copy, settings_file, recovery_dir,  # noqa: F811
                                                                        monkeypatch):
    from PySide6.QtGui import QFont

    from editor.model.render import preview_limit
    from editor.model.translation import matching
    from editor.ui import background, markdown_editor, markdown_highlighter

    monkeypatch.setattr(preview_limit, "PREVIEW_MAX_BLOCKS", 100)
    monkeypatch.setattr(background, "LONG_TEXT_CHARS", 10_000)
    monkeypatch.setattr(markdown_highlighter, "AT_ONCE_LINES", 100)
    monkeypatch.setattr(markdown_editor, "AT_ONCE_LINES", 100)
    monkeypatch.setattr(matching, "_FULL_ALIGNMENT_CELLS", 100)
    grow(site_copy / PM_EN, "Part")
    grow(site_copy / PM_FR, "Partie")
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as win:
        win.show()
        qtbot.waitExposed(win)
        preview = win.pair_editor.columns["en"].preview
        qtbot.waitUntil(lambda: "preview-limit" in preview.html_source(), timeout=30_000)
        assert "the preview shows the first 100 " in preview.html_source()
        assert "Part 20<" in preview.html_source() and f"Part {HEADINGS - 1}<" not in preview.html_source()
        qtbot.waitUntil(lambda: "en" in win.word_counts.counts, timeout=30_000)
        assert win.word_counts.counts["en"].words > HEADINGS * 15
        body = win.pair_editor.columns["en"].body
        qtbot.waitUntil(lambda: not body.highlighter.is_colouring(), timeout=30_000)
        last_heading = body.document().findBlockByNumber(body.document().blockCount() - 4)
        assert last_heading.text() == f"## Part {HEADINGS - 1}"
        assert any(part.format.fontWeight() == QFont.Weight.Bold for part in last_heading.layout().formats())
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        QTest.keyClicks(body, "typed")
        assert body.toPlainText().endswith("typed")
        assert win.save()
        saved = (site_copy / PM_EN).read_text(encoding="utf-8")
        assert saved.endswith("typed") and f"## Part {HEADINGS - 1}\n" in saved
