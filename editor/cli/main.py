"""The ``posting-editor`` command: the window, and checks and edits from a terminal.

Exit status: 0 fine, 1 problems found, 2 usage or input/output error. Messages go to stderr;
bad input never ends in a traceback. Each command family lives in a module of this package with a
``register(subparsers)`` function; ``COMMAND_MODULES`` lists them in the order ``--help`` shows them.
Heavy imports stay inside the commands, so that registering them all costs little.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence

from editor import __version__
from editor.cli import (check, create, export, glossary, memory, postings, resolve, review, suggest, templates,
                        translation, xliff)
from editor.cli.common import CommandError, message_language, path_argument, program_line
from editor.cli.help_language import argparse_words, requested_language, translate_parser
from editor.cli.output import guarded_output
from editor.cli.window import open_window
from editor.model.findings.catalogue import LANGUAGES, say

COMMAND_MODULES = (postings, create, check, export, translation, suggest, memory, xliff, glossary, review, resolve,
                   templates)


def command_names() -> tuple[str, ...]:
    return tuple(_build()[1].choices)


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def _build():
    parser = argparse.ArgumentParser(
        prog="posting-editor",
        description="Edit bilingual (English/French) job postings of a Hugo site. "
        "Without a command, opens the editor window on PATH (a site folder or a posting file; "
        "default: the bundled sample site): posting-editor [--lang en|fr] [PATH].",
        epilog="Exit status: 0 fine, 1 problems found, 2 usage or file error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Also before the command, where global options usually go (a command's own --lang wins).
    parser.add_argument("--lang", dest="top_lang", choices=LANGUAGES, default=None,
                        help="language of the messages, for any command; without a command, the window's "
                        "language for this run (the saved preference is kept)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser, sub


@functools.cache
def _parser_in(language: str) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """The parser with its help in ``language``, made once a process: a run of the command makes one
    either way, but a process that runs ``main`` many times (the command tests, a thousand runs) spent
    most of a short command's time making it again (5 ms: 500 arguments, each asking gettext and the
    terminal's size). Parsing leaves a parser as it was, and no command's default is a list it could
    change in place."""
    parser, sub = _build()
    translate_parser(parser, language)
    return parser, sub


def _given_parser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command (and action) ``args`` were parsed for: ``xliff import``'s, say."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(args, action.dest, None) or "")
            if chosen is not None:
                return _given_parser(chosen, args)
    return parser


def _empty_path(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The name (as ``--help`` shows it) of the first argument naming a file or folder that was given
    empty, else None: "" is the current folder to Python (see ``common.path_argument``)."""
    for action in parser._actions:
        if action.type is not path_argument:
            continue
        value = getattr(args, action.dest, None)
        if "" in (value if isinstance(value, list) else [value]):
            return max(action.option_strings, key=len) if action.option_strings else str(action.metavar)
    return None


def _leading_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang en|fr`` at the front of ``argv`` and what follows it: before a PATH or nothing it is
    the window's language for this run (argparse would take the PATH for an unknown command). Any
    other value is left for argparse to refuse."""
    if argv and argv[0].startswith("--lang=") and argv[0].partition("=")[2] in LANGUAGES:
        return argv[0].partition("=")[2], argv[1:]
    if len(argv) > 1 and argv[0] == "--lang" and argv[1] in LANGUAGES:
        return argv[1], argv[2:]
    return None, argv


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    language: str | None = None  # before parsing, the language --lang asks for (args has none yet)
    try:
        language = requested_language(argv)
        parser, sub = _parser_in(language)
        window_language, rest = _leading_language(argv)
        if not rest or (rest[0] not in sub.choices and not rest[0].startswith("-")):
            if len(rest) > 1:
                with argparse_words(language):
                    parser.error(say("unknown-command", language, command=rest[0], commands=", ".join(sub.choices)))
            return open_window(rest[0] if rest else None, window_language)
        with argparse_words(language):
            # Guarded: argparse drops a failed write of --help's or --version's text (exit 0, nothing shown).
            with guarded_output():
                try:
                    args, unknown = parser.parse_known_args(argv)
                except SystemExit:
                    sys.stdout.flush()  # the text they wrote reaches the output, or the failure is said
                    raise
            given = _given_parser(parser, args)
            if unknown:
                # From the command's own parser: its usage shows the options it takes (the top
                # parser's showed only "COMMAND ...").
                given.error(argparse._("unrecognized arguments: %s") % " ".join(unknown))  # type: ignore[attr-defined]
            empty = _empty_path(given, args)
            if empty is not None:
                given.error(say("empty-path-argument", language, argument=empty))
        if args.command is None:
            return open_window(None, args.top_lang)
        with guarded_output():
            return args.func(args)
    except CommandError as error:
        lang = message_language(args) if args is not None or language is None else language
        print(program_line(error.text(lang), lang), file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug, not bad input: one clear line, the details on request
        if os.environ.get("POSTING_EDITOR_DEBUG"):
            raise
        lang = message_language(args)
        print(program_line(say('internal-error', lang, error=f'{type(error).__name__}: {error}'), lang),
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
