"""Writing aids that work on a body's text: Markdown formatting commands and word counts.

Public names: ``Edit``, ``toggle_inline``, ``make_link``, ``toggle_heading``, ``toggle_list``,
``count_words``, ``TextCounts``, ``posting_counts``.
"""

from editor.model.writing.counts import TextCounts, count_words, posting_counts
from editor.model.writing.format import Edit, make_link, toggle_heading, toggle_inline, toggle_list

__all__ = ["Edit", "TextCounts", "count_words", "make_link", "posting_counts", "toggle_heading", "toggle_inline",
           "toggle_list"]
