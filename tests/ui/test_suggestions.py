"""The Suggestions pane: memory matches for the block under the cursor, Alt+1 inserts one."""

import pytest
from PySide6.QtCore import QTimer

from editor.app import create_main_window
from editor.ui.language_column import editor_text
from editor.ui.settings import Settings
from tests.model.translation.memory.fixtures import EN as EN_TEXT, FR as FR_TEXT
from tests.ui.window_fixtures import (LongReading, opened_window, EN, FR, PM_EN, PM_FR, pyside_refcount_guard, recovery_dir,  # noqa: F401
                                      settings_file, site_copy)

# The window's pauses are shortened (tests/ui/conftest.py): these tests wait for what follows a change.
pytestmark = pytest.mark.usefixtures("short_pauses")

DA_EN = EN / "data-analyst--8552a8ea-faa5-442e-83f7-3f5895e25342.md"
DA_FR = FR / "analyste-de-données--8552a8ea-faa5-442e-83f7-3f5895e25342.md"
LD_EN = EN / "lead-developer--244a6570-3f6a-48ed-922c-147f69697c8e.md"
LD_FR = FR / "développeuse-ou-développeur-principal--244a6570-3f6a-48ed-922c-147f69697c8e.md"


def _append(path, text):
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{text}\n", encoding="utf-8")


@pytest.fixture
def window(qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    _append(site_copy / DA_EN, EN_TEXT[2])
    _append(site_copy / DA_FR, FR_TEXT[2])
    _append(site_copy / PM_EN, EN_TEXT[2].replace("4 weeks", "5 weeks"))
    _append(site_copy / PM_FR, "[À TRADUIRE] " + EN_TEXT[2].replace("4 weeks", "5 weeks"))
    with opened_window(site_copy, settings_file, recovery_dir) as made:
        yield made


def suggested_for_the_last_block(window, qtbot, shown: int = 1):
    """The product manager's French body with the cursor in its last block (the appended one, still
    marked), once the pane shows ``shown`` suggestions: (the pane, the body)."""
    pane = window.translator.suggestions
    qtbot.waitUntil(lambda: pane.memory is not None, timeout=20000)
    assert window.select_pair("product-manager", ask=False)
    body = window.pair_editor.columns["fr"].body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Up)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: not pane.rows[shown - 1].isHidden(), timeout=10000)
    return pane, body


def test_suggestion_for_the_block_under_the_cursor_and_alt_1_inserts_it(window, qtbot):
    pane, body = suggested_for_the_last_block(window, qtbot)
    shown = pane.rows[0].text()
    assert "100%" in shown and "Nous offrons 5 semaines de vacances" in shown and "Alt+1" in shown
    assert "data-analyst" not in shown and "analyste-de-donn" in shown  # where the translation is
    assert window.app_actions["suggestion_1"].isEnabled() and not window.app_actions["suggestion_3"].isEnabled()
    assert window.app_actions["suggestion_1"].shortcut().toString() == "Alt+1"
    window.app_actions["suggestion_1"].trigger()
    text = editor_text(body)
    assert text.rstrip().endswith(FR_TEXT[2].replace("4 semaines", "5 semaines"))
    assert "[À TRADUIRE]" not in text.splitlines()[-1]
    body.undo()
    assert "[À TRADUIRE] We offer 5 weeks" in editor_text(body)


def test_a_suggestion_fits_a_narrow_pane_without_scrolling_sideways(window, qtbot):
    """At 1024 pixels the pane is a few words wide: the origin's path (content/fr/careers/positions/…)
    could not wrap, so the pane scrolled sideways and cut every line of the suggestion."""
    from PySide6.QtWidgets import QScrollArea

    pane = window.translator.suggestions
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: pane.memory is not None, timeout=20000)
    assert window.select_pair("product-manager", ask=False)
    body = window.pair_editor.columns["fr"].body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Up)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: not pane.rows[0].isHidden(), timeout=10000)
    qtbot.wait(50)  # the layout takes the row's text
    scroll = pane.findChild(QScrollArea)
    assert pane.width() < 250 and "analyste-de-donn" in pane.rows[0].text()
    assert scroll.widget().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()


def test_nothing_suggested_without_a_match(window, qtbot):
    pane = window.translator.suggestions
    qtbot.waitUntil(lambda: pane.memory is not None, timeout=20000)
    assert window.select_pair("data-analyst", ask=False)
    body = window.pair_editor.columns["fr"].body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Up)
    body.setTextCursor(cursor)
    # The look-up has been made, with no pause left to run out before another: the pane stays as it is.
    qtbot.waitUntil(lambda: pane.note.text() != "" and pane.runner.is_idle() and window.pair_editor.aligned.is_idle()
                    and not any(timer.isActive() for timer in pane.findChildren(QTimer)), timeout=10000)
    assert pane.rows[0].isHidden()
    assert not window.app_actions["suggestion_1"].isEnabled()
    # Alt+1 with nothing to insert typed a "1" into the translation, the disabled action letting the
    # key through to the text.
    before = editor_text(body)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        QTest.keyClick(body, key, Qt.KeyboardModifier.AltModifier)
    assert editor_text(body) == before
    title, description = window.pair_editor.columns["fr"].title, window.pair_editor.columns["fr"].description
    titled, described = title.text(), editor_text(description)
    QTest.keyClick(title, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(description, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert (title.text(), editor_text(description)) == (titled, described)


def test_closing_the_window_stops_a_memory_build_instead_of_waiting_for_it(qtbot, site_copy, settings_file,  # noqa: F811
                                                                          recovery_dir, monkeypatch):
    """Reading the memory of a 5,000-posting site takes minutes the first time; Quit did wait."""
    import editor.model.translation.memory.build as build

    reading = LongReading()
    # The memory's present is read first (earlier versions from git are added after, on the same worker).
    monkeypatch.setattr(build, "read_present", lambda index, *, stop=None, **_options: reading(stop))
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        window.show()
        assert reading.started.wait(20)
        assert window.close()
        assert reading.seen == ["stopped"]


def test_typing_then_pausing_never_aligns_the_bodies_on_the_interface_thread(window, qtbot, monkeypatch):
    """The block under the cursor comes from the alignment of both bodies, which takes seconds on a
    long posting: the pane asks for it off the interface thread and looks up once it is in."""
    import threading

    from editor.ui import aligned_editing

    pane = window.translator.suggestions
    qtbot.waitUntil(lambda: pane.memory is not None, timeout=20000)
    assert window.select_pair("product-manager", ask=False)
    qtbot.waitUntil(lambda: window.pair_editor.aligned.is_idle(), timeout=20000)
    threads = []
    real = aligned_editing.compute_alignment

    def recorded(bodies):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(bodies)

    monkeypatch.setattr(aligned_editing, "compute_alignment", recorded)
    body = window.pair_editor.columns["fr"].body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.insertText("Une phrase de plus.\n\n")  # the alignment on hand is now stale
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Up)
    body.setTextCursor(cursor)
    pane.look_up()  # as the pause in typing does
    qtbot.waitUntil(lambda: not pane.rows[0].isHidden() and "5 semaines" in pane.rows[0].text(), timeout=20000)
    assert threads and not any(threads)  # aligned, and never on the interface thread


def test_the_score_is_written_the_french_way_in_the_french_interface(window, qtbot):
    pane, _body = suggested_for_the_last_block(window, qtbot)
    window.set_interface_language("fr")
    # « 100 % », as the command line says it
    qtbot.waitUntil(lambda: "<b>100\u00a0%</b>" in pane.rows[0].text(), timeout=5000)


def test_a_list_item_is_offered_a_list_items_translation_first_and_told_where_the_other_was_a_heading(
        qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    hours = "Flexible working hours"
    _append(site_copy / DA_EN, f"## {hours}")
    _append(site_copy / DA_FR, "## Horaire de travail flexible")
    _append(site_copy / LD_EN, f"- {hours}")  # a longer file name than the data analyst's: ranked after it until now
    _append(site_copy / LD_FR, "- un horaire de travail flexible;")
    _append(site_copy / PM_EN, f"- {hours}")
    _append(site_copy / PM_FR, f"- [À TRADUIRE] {hours}")
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        pane, _body = suggested_for_the_last_block(window, qtbot, shown=2)
        first, second = pane.rows[0].text(), pane.rows[1].text()
        assert "un horaire de travail flexible;" in first and "from a" not in first  # the same kind: not said
        assert "Horaire de travail flexible" in second and "from a heading" in second
        window.set_interface_language("fr")
        try:
            pane.look_up()
            qtbot.waitUntil(lambda: "d’un intertitre" in pane.rows[1].text(), timeout=5000)
        finally:
            from PySide6.QtWidgets import QApplication

            from editor.ui import i18n

            i18n.remove_translators(QApplication.instance())  # the next tests read the source strings


def test_a_suggestion_made_of_one_sentence_is_told_so_in_the_interface_language(
        qtbot, site_copy, settings_file, recovery_dir):  # noqa: F811
    """A memory sentence (cut from a longer paragraph) was labelled with the model's own word,
    "· sentence", in English and in French alike."""
    sentence = "We build with users, we work in the open, and we leave the teams we work with stronger than we found them."
    _append(site_copy / PM_EN, sentence)
    _append(site_copy / PM_FR, f"[À TRADUIRE] {sentence}")
    with opened_window(site_copy, settings_file, recovery_dir) as window:
        pane, _body = suggested_for_the_last_block(window, qtbot)
        qtbot.waitUntil(lambda: "from one sentence of a longer block" in pane.rows[0].text(), timeout=5000)
        assert "Nous travaillons avec" in pane.rows[0].text() and "· sentence" not in pane.rows[0].text()
        window.set_interface_language("fr")
        try:
            pane.look_up()
            qtbot.waitUntil(lambda: "d’une phrase d’un bloc plus long" in pane.rows[0].text(), timeout=5000)
        finally:
            from PySide6.QtWidgets import QApplication

            from editor.ui import i18n

            i18n.remove_translators(QApplication.instance())  # the next tests read the source strings
