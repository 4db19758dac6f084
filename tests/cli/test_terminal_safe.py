"""Cells printed to a terminal: control characters and bidirectional overrides written as escapes."""

from editor.cli.common import terminal_safe, terminal_safe_rows


def test_a_table_is_escaped_only_where_a_cell_needs_it():
    plain = [("a", "b"), ("c", "d")]
    assert terminal_safe_rows(plain) is plain  # nothing to escape: the same rows, not copies
    hostile = [("a", "b"), ("c\x1b[31m", "d\u202e")]
    assert terminal_safe_rows(hostile) == [("a", "b"), ("c\\x1b[31m", "d\\u202e")]
    assert terminal_safe_rows(hostile) == [tuple(terminal_safe(cell) for cell in row) for row in hostile]


def test_cells_are_searched_apart():
    # Joined for the one search, but never so that two cells make an escape neither holds.
    assert terminal_safe_rows([("x\r", "\ny")]) == [("x\\x0d", "\\x0ay")]
    assert terminal_safe_rows([]) == []
