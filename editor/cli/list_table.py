"""The text table of ``posting-editor list``, readable in an ordinary terminal.

A site's file names are long (a slug and a leverId) and all sit a few folders down
(``content/en/careers/positions/``): a table of the paths from the site's root was hundreds of
columns wide. Each language's names are written relative to the folder that holds all of them, the
column's header naming that folder. When the table is still wider than the terminal it is printed
on, each pair's files go on lines of their own under the pair's line (``  en  name``) and its to-do
is wrapped to the terminal's width, as ``ls`` or ``gh`` fit their output to a terminal. Piped, it
is the one wide table, never wrapped: a line per pair for ``grep``, ``sort`` and ``cut``.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from editor.cli.common import terminal_safe, terminal_safe_rows

GAP = "  "
MIN_TO_DO = 20  # narrower, a wrapped to-do would be a word a line: it runs past the terminal instead


@dataclass
class ListRow:
    """A pair as the table shows it: its files are paths from the site's root; ``to_do`` its reasons."""

    key: str
    archived: str
    en: list[str]
    fr: list[str]
    status: str
    to_do: list[str]


def list_table(rows: Sequence[ListRow], headers: Sequence[str], width: int | None) -> str:
    """The table's text, ending with a line break. ``headers``: translationKey, archived, en, fr, status
    and to do, in the reader's language; ``width``: the terminal's columns, None when not a terminal."""
    folders = {lang: common_folder([path for row in rows for path in getattr(row, lang)]) for lang in ("en", "fr")}
    names = {lang: [[_within(path, folders[lang]) for path in getattr(row, lang)] for row in rows] for lang in ("en", "fr")}
    heads = list(headers)
    for at, lang in ((2, "en"), (3, "fr")):
        if folders[lang]:
            heads[at] = f"{headers[at]} ({terminal_safe(folders[lang])}{os.sep})"
    wide = _wide(rows, heads, names)
    if width is None or max(len(line) for line in wide) <= width:
        return "\n".join(wide) + "\n"
    return "\n".join(_stacked(rows, headers, folders, names, width)) + "\n"


def common_folder(paths: Sequence[str]) -> str:
    """The deepest folder (from the site's root) holding every one of ``paths``; "" for the root."""
    folders = [path.split(os.sep)[:-1] for path in paths]
    if not folders:
        return ""
    common = folders[0]
    for parts in folders[1:]:
        same = 0
        while same < min(len(common), len(parts)) and common[same] == parts[same]:
            same += 1
        common = common[:same]
    return os.sep.join(common)


def _within(path: str, folder: str) -> str:
    return path[len(folder) + len(os.sep):] if folder else path


def _wide(rows: Sequence[ListRow], heads: Sequence[str], names: dict[str, list[list[str]]]) -> list[str]:
    cells: list[tuple[str, ...]] = []
    for number, row in enumerate(rows):
        en, fr = names["en"][number], names["fr"][number]
        cells.append((row.key, row.archived, en[0] if en else "-", fr[0] if fr else "-", row.status,
                      "; ".join(row.to_do)))
        # A language's other files (a renamed copy left behind) each on a line of their own under the
        # first: joined on one line they made the table several screens wide, and they are what the
        # user has to look at to settle the conflict.
        for more in range(1, max(len(en), len(fr))):
            cells.append(("", "", en[more] if more < len(en) else "", fr[more] if more < len(fr) else "", "", ""))
    return _aligned(list(heads), terminal_safe_rows(cells))


def _stacked(rows: Sequence[ListRow], headers: Sequence[str], folders: dict[str, str],
             names: dict[str, list[list[str]]], width: int) -> list[str]:
    cells = terminal_safe_rows([(row.key, row.archived, row.status, "; ".join(row.to_do)) for row in rows])
    heads = [headers[0], headers[1], headers[4], headers[5]]
    widths = [max([len(heads[column]), *(len(cell[column]) for cell in cells)]) for column in range(3)]
    start = sum(widths) + len(GAP) * 3
    wrap = max(width - start, MIN_TO_DO)
    out = [_line(heads, widths)]
    out += [f"{GAP}{lang}{GAP}{terminal_safe(folders[lang])}{os.sep}" for lang in ("en", "fr") if folders[lang]]
    for number, cell in enumerate(cells):
        to_do = textwrap.wrap(cell[3], wrap, break_long_words=False, break_on_hyphens=False) or [""]
        out.append(_line([*cell[:3], to_do[0]], widths))
        out += [" " * start + more for more in to_do[1:]]
        for lang in ("en", "fr"):
            out += [f"{GAP}{lang}{GAP}{terminal_safe(name)}" for name in names[lang][number] or ["-"]]
    return out


def _aligned(heads: list[str], cells: list[tuple[str, ...]]) -> list[str]:
    # Column by column and cell by cell in C (map over the cells): a site's thousands of rows.
    columns = list(zip(*cells)) if cells else [()] * len(heads)
    widths = [max(len(head), max(map(len, column), default=0)) for head, column in zip(heads, columns)]
    return [_line(heads, widths), *(_line(cell, widths) for cell in cells)]


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return GAP.join(map(str.ljust, cells, [*widths, 0])).rstrip()
