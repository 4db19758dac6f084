"""A pasted document of thousands of headings: the preview says it shows the first blocks, typing edits the
text, the word counts arrive, and saving keeps every line."""

from __future__ import annotations

from PySide6.QtTest import QTest

from tests.ui.window_fixtures import PM_EN, PM_FR, opened_window, pyside_refcount_guard, recovery_dir, settings_file, site_copy  # noqa: F401

HEADINGS = 600  # 1,200 blocks: over the preview's 1,000; 2 x 65 KB: over the counts' 100,000 characters


def grow(path, word: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "".join(f"\n## {word} {number}\n\nSome text here for this part of it, long enough to weigh what a real paragraph weighs.\n"
                                   for number in range(HEADINGS)), encoding="utf-8")


def test_a_huge_posting_is_previewed_in_part_and_still_edits_and_saves(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    grow(site_copy / PM_EN, "Part")
    grow(site_copy / PM_FR, "Partie")
    with opened_window(site_copy / PM_EN, settings_file, recovery_dir) as win:
        win.show()
        qtbot.waitExposed(win)
        preview = win.pair_editor.columns["en"].preview
        qtbot.waitUntil(lambda: "preview-limit" in preview.html_source(), timeout=30_000)
        assert "the preview shows the first 1,000" in preview.html_source()
        assert "Part 400<" in preview.html_source() and f"Part {HEADINGS - 1}<" not in preview.html_source()
        qtbot.waitUntil(lambda: "en" in win.word_counts.counts, timeout=30_000)
        assert win.word_counts.counts["en"].words > HEADINGS * 15
        body = win.pair_editor.columns["en"].body
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        QTest.keyClicks(body, "typed")
        assert body.toPlainText().endswith("typed")
        assert win.save()
        saved = (site_copy / PM_EN).read_text(encoding="utf-8")
        assert saved.endswith("typed") and f"## Part {HEADINGS - 1}\n" in saved
