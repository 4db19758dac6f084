"""``--help`` and argparse's own words (``usage:``, its refusals) in the language of the messages.

The command modules write their help in English; ``editor.cli.help_fr`` gives each text's French.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from editor.model.findings import finding_language


def requested_language(argv: Sequence[str]) -> str:
    """``--lang`` wherever it is on the line (before or after the command; the last one wins, as the
    command's own wins over the one before it), else the locale's language. Read before parsing:
    the help and argparse's refusals are written while parsing."""
    language = None
    for at, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and at + 1 < len(argv):
            language = argv[at + 1]
        elif argument.startswith("--lang="):
            language = argument.partition("=")[2]
    return language if language in ("en", "fr") else finding_language(os.environ)


def parser_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """Every help text of ``parser`` and its commands' parsers: (the object holding it, the attribute)."""
    for one in _parsers(parser):
        yield one, "description"
        yield one, "epilog"
        for action in one._actions:
            yield action, "help"
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    yield choice, "help"


def parser_metavars(parser: argparse.ArgumentParser) -> Iterator[tuple[argparse.Action, str]]:
    """Every argument of ``parser`` and its commands' parsers that argparse shows by a name (its
    metavar, else its dest as argparse writes it), with that name; an argument shown by its choices
    ({en,fr}) or taking no value is not."""
    for one in _parsers(parser):
        for action in one._actions:
            if action.nargs == 0 or isinstance(action.metavar, tuple):
                continue
            if action.metavar is not None:
                yield action, action.metavar
            elif action.choices is None:
                yield action, action.dest.upper() if action.option_strings else action.dest


def translate_parser(parser: argparse.ArgumentParser, language: str) -> None:
    """Put ``parser``'s help in ``language`` (English as written; French from the table)."""
    if language != "fr":
        return
    from editor.cli.help_fr import ARGPARSE, HELP, METAVARS

    for holder, attribute in parser_texts(parser):
        text = getattr(holder, attribute)
        if isinstance(text, str) and text in HELP:
            setattr(holder, attribute, HELP[text])
    # Only the name shown changes: dest, where the parse puts the value, stays.
    for action, metavar in list(parser_metavars(parser)):
        if metavar in METAVARS:
            action.metavar = METAVARS[metavar]
    # argparse names its groups of arguments when it makes a parser, before any parse, and puts a
    # colon after the name: French spaces it.
    for one in _parsers(parser):
        for group in one._action_groups:
            if group.title in ARGPARSE:
                group.title = ARGPARSE[group.title] + "\u00a0"


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and its commands' parsers (an alias names the same parser: once)."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                yield from _parsers(command)


@contextmanager
def argparse_words(language: str) -> Iterator[None]:
    """argparse's own words in ``language`` while parsing. argparse looks them up through gettext when
    it uses them, by the module's ``_`` and ``ngettext``, and Python ships no French for them: those two
    names are the table's lookups for the time of the parse, then argparse's own again."""
    if language != "fr":
        yield
        return
    from editor.cli.help_fr import ARGPARSE

    def french(text: str) -> str:
        return ARGPARSE.get(text, text)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = french  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, count: french(one if count == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
