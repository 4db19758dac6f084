"""What every command shares: the error that ends a command, paths and text safe for a terminal,
and opening a posting or a site with errors turned into messages."""

from __future__ import annotations

import os
import re
from pathlib import Path

from editor.model.findings.worded import Phrase, Worded
from editor.model.storage.reasons import system_reason


class CommandError(Worded, Exception):
    """A message for the user and an exit status; raised by commands, printed by main (in the
    language of messages when it was made with :meth:`said` or :meth:`of`)."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status

    @classmethod
    def said(cls, key: str, status: int = 2, /, **params) -> CommandError:
        """The error whose message is the table's ``key`` (``editor.model.findings.commands_en``)."""
        error = super().said(key, **params)
        error.status = status
        return error

    @classmethod
    def of(cls, error: BaseException, status: int = 2) -> CommandError:
        """The refusal that says what the model's ``error`` says (in the reader's language when it is worded)."""
        refusal = cls.carrying(error)
        refusal.status = status
        return refusal


def write_refusal(key: str, error: OSError, status: int = 2, /, **params) -> CommandError:
    """The refusal for a file that could not be written: the table's ``key`` with the system's
    reason, or the editor's own refusal as it stands (a link leading out of the site): that one is a
    whole sentence in the reader's language, which the system's-reason templates would wrap in
    English and a doubled full stop."""
    if isinstance(error, Worded) and error.key is not None:
        return CommandError.of(error, status)
    return CommandError.said(key, status, reason=system_reason(error), **params)


def display_path(path) -> str:
    """A path as the user would type it, with control characters in a file name written as escapes
    (a name in a shared repository may hold any): relative to the current folder when below it; when
    it would climb out (``../``), the shorter of the relative and the absolute path, so that a site
    next door reads ``../other-site/…`` and one far away ``/tmp/site/…``, not ``../../../tmp/site/…``."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive (Windows): no relative path at all
        return terminal_safe(absolute)
    climbs = relative == os.pardir or relative.startswith(os.pardir + os.sep)  # relpath writes os.sep only
    return terminal_safe(absolute if climbs and len(absolute) <= len(relative) else relative)


# Characters that act on a terminal instead of showing (escape sequences can retitle or clear
# it, or hide text), and those that reorder a line: shown as \x.. / \u.... in text output.
# With lone surrogates: a file name that is not UTF-8 reaches Python with each such byte as one
# (U+DC80-U+DCFF), which an output in a UTF-8 locale refuses to encode, ending the command.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """``text`` with control characters written as escapes, for lines printed to a terminal; a byte
    of a file name that is not UTF-8 as the byte's escape (``\\xff``)."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100 or 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code & 0xFF:02x}"
    return f"\\u{code:04x}"


def terminal_safe_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``terminal_safe`` of every cell of ``rows`` (a table); one search of all the cells first,
    as most tables have nothing to escape."""
    if _TERMINAL_UNSAFE.search(" ".join(cell for row in rows for cell in row)):
        return [tuple(terminal_safe(cell) for cell in row) for row in rows]
    return rows


def terminal_safe_lines(text: str) -> str:
    """``terminal_safe`` line by line: the line breaks (and tabs) stay as they are."""
    return "".join(terminal_safe(line) if line not in ("\n", "\t") else line
                   for line in re.split(r"(\n|\t)", text))


def json_text(data, *, indent: int | None = 2) -> str:
    """``data`` as JSON, non-ASCII text kept readable, but the characters a terminal acts on (C1
    controls, bidirectional overrides, line separators) and lone surrogates written as ``\\uXXXX``
    escapes: the same JSON value, safe to print (C0 controls are escaped by ``json`` already)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# _TERMINAL_UNSAFE less C0 (json escapes those inside strings; outside them are its own line breaks).
# A lone surrogate (a byte of a file name that is not UTF-8) as "\\udcff": the output stays UTF-8, and
# a reader gets the same string back (os.fsencode gives the name's bytes).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def path_argument(text: str) -> str:
    """The ``type`` of every argument naming a file or folder: the text as given. ``main`` refuses it
    empty: "" is the current folder to Python, so an unset variable in a script (``--to "$SITE"``)
    exported into, or made a drafts folder of, whatever folder the command ran in."""
    return text


def add_language_option(parser) -> None:
    """``--lang en|fr`` for commands that print findings; the default follows the locale."""
    parser.add_argument("--lang", choices=("en", "fr"), default=None,
                        help="language of the messages (default: French when LC_ALL, LC_MESSAGES or LANG "
                        "starts with fr, else English)")


def program_line(text: str, lang: str) -> str:
    """A line of the program's own on standard error: "posting-editor: …", « posting-editor : … » in
    French, as argparse's refusals in French are."""
    from editor.model.findings.catalogue import say

    return say("program-line", lang, text=text)


def message_language(args=None) -> str:
    """``--lang`` when the command has it and it was given (or given before the command), else the
    locale's language."""
    from editor.model.findings import finding_language

    return getattr(args, "lang", None) or getattr(args, "top_lang", None) or finding_language(os.environ)


def refuse_unless_file(path: str, *, folder: bool = False) -> str:
    """Refuse ``path`` unless it is a regular file (or, with ``folder``, a folder), saying what it
    is instead (a pipe, a link to nothing...) without opening it; returns its kind."""
    from editor.model.storage.files import file_kind

    kind = file_kind(path)
    if kind == "file" or (folder and kind == "folder"):
        return kind
    if kind == "missing":
        raise CommandError.said("no-such-path" if folder else "no-such-file", path=path)
    if kind in ("forbidden", "unreachable"):  # not "no such file": it may well be there
        reason = Phrase("os-permission") if kind == "forbidden" else Phrase("kind-unreachable")
        raise CommandError.said("cannot-read", path=path, reason=reason)
    if kind == "folder":
        raise CommandError.said("not-a-file", path=path)
    raise CommandError.said("not-regular-file", path=path, kind=Phrase(f"kind-{kind}"))


def load_posting(path: str):
    from editor.model.frontmatter.posting import Posting

    refuse_unless_file(path)
    try:
        return Posting.load(Path(path))
    except OSError as error:
        raise CommandError.said("cannot-read", path=path, reason=system_reason(error)) from None


def posting_problems(postings) -> tuple:
    """Why each of ``postings`` cannot be read ("FILE:LINE: problem"), as a parameter of a message
    (worded in the reader's language)."""
    from editor.model.findings.worded import Phrase

    return tuple(Phrase("posting-problem", {"path": display_path(p.path), "line": str(p.problem.line),
                                            "problem": p.problem}) for p in postings)


def site_containing(path: Path):
    """``Site.containing(path)``, a site around the file that cannot be read said as the command's refusal."""
    from editor.model.hugo.config import Site, SiteError

    try:
        return Site.containing(path)
    except SiteError as error:
        raise CommandError.of(error) from None


def open_index(path: str, *, summaries: bool = False):
    """The index of the site at ``path``; ``summaries``: as ``SiteIndex.build`` takes it (for a
    command that asks nothing of a posting but what the list shows)."""
    from editor.model.site.index import SiteIndex
    from editor.model.hugo.config import Site, SiteError

    try:
        site = Site.open(path)
    except SiteError as error:
        raise CommandError.of(error) from None
    return SiteIndex.build(site, summaries=summaries)


def command_with_actions(subparsers, name: str, *, help: str, description: str):
    """A command whose first word is an action (``glossary import``, ``xliff export``): the
    subparsers its actions go in, one of which must be named."""
    parser = subparsers.add_parser(name, help=help, description=description)
    return parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True)


def add_action(actions, name: str, func, *, help: str, description: str):
    """One action of :func:`command_with_actions`, run by ``func(args)``: its parser, for its arguments."""
    parser = actions.add_parser(name, help=help, description=description)
    parser.set_defaults(func=func)
    add_language_option(parser)
    return parser


def add_output_option(parser, metavar: str) -> None:
    parser.add_argument("-o", "--output", metavar=metavar, required=True, type=path_argument,
                        help="the file to write (- for the output)")


def refuse_other_kind(output: str | Path, suffixes: tuple[str, ...]) -> None:
    """Refuse (CommandError) to write ``output`` over an existing file whose name, or that of the file
    a link there leads to, does not end in one of ``suffixes`` (".xlf", …): a mistyped or completed
    name must not turn a posting, the glossary or the site's configuration into an export."""
    from editor.model.storage.files import of_another_kind

    if str(output) != "-" and of_another_kind(output, suffixes):
        raise CommandError.said("output-other-kind", path=display_path(output), kinds=" / ".join(suffixes))


def write_output(output: str, data: bytes, suffixes: tuple[str, ...]) -> bool:
    """``data`` written whole to the file ``output`` (replaced atomically, only when it is of one of
    the ``suffixes``), or to the standard output for ``-``: True when a file was written (the
    command then says so)."""
    import sys

    from editor.model.storage.files import atomic_write

    if output == "-":
        sys.stdout.buffer.write(data)
        return False
    refuse_other_kind(output, suffixes)
    try:
        atomic_write(Path(output), data)
    except OSError as error:
        raise write_refusal("cannot-write", error, path=display_path(output)) from None
    return True
