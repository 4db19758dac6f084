"""``--help`` and argparse's own refusals (``usage:``, a missing or wrong argument) speak the language of
the messages: ``--lang`` before or after the command, else the locale."""

from __future__ import annotations

import argparse
import os
import re

import pytest

from editor.cli.help_fr import ARGPARSE, HELP, METAVARS
from editor.cli.help_language import parser_metavars, parser_texts, requested_language
from editor.cli.main import build_parser, command_names
from tests.cli_support import run


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                yield (*prefix, name)
                yield from _commands(command, (*prefix, name))


def test_every_help_text_has_its_french():
    texts = {getattr(holder, attribute) for holder, attribute in parser_texts(build_parser())}
    missing = sorted(text for text in texts if isinstance(text, str) and text != argparse.SUPPRESS
                     and text not in HELP)
    assert missing == []


def test_every_metavar_has_its_french():
    shown = {metavar for _action, metavar in parser_metavars(build_parser())}
    assert {"PATH", "COMMAND", "FILE", "KEY=VALUE"} <= shown
    assert sorted(shown - set(METAVARS)) == []


# The English names of arguments that French names otherwise, as words ("FILE" in "FILE.tmx" too).
_ENGLISH_NAMES = re.compile("|".join(rf"(?<![\w-]){re.escape(english)}(?!\w)"
                                     for english, french in METAVARS.items() if english != french))


def test_the_french_keeps_argparse_formatting_and_canadian_spacing():
    for english, french in (*HELP.items(), *ARGPARSE.items(), *METAVARS.items()):
        assert french.count("%") == english.count("%"), english
        assert " :" not in french and " ;" not in french and "« " not in french, french


@pytest.mark.parametrize("command", [(), *_commands(build_parser())], ids=" ".join)
def test_every_commands_help_in_french(command):
    result = run("--lang", "fr", *command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"utilisation\u00a0: posting-editor{''.join(' ' + c for c in command)}")
    assert "afficher cette aide et quitter" in result.stdout
    for english in ("usage:", "show this help", "positional arguments", "options:", "language of the messages"):
        assert english not in result.stdout
    # The names of the arguments in the usage line and their help, and the texts naming them, agree.
    assert _ENGLISH_NAMES.findall(result.stdout) == []


def test_the_english_help_stays_english():
    result = run("--lang", "en", "check", "--help")
    assert result.stdout.startswith("usage: posting-editor check")
    assert "show this help message and exit" in result.stdout and "spelling" in result.stdout


def test_a_missing_argument_is_refused_in_french_with_lang_after_the_command():
    result = run("check", "--lang", "fr")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "posting-editor check\u00a0: erreur\u00a0: ces arguments sont obligatoires\u00a0: CHEMIN"


def test_a_wrong_choice_is_refused_in_french_from_the_locale():
    result = run("translate", "site", "key", "--to", "de", prefix=["env", "LANG=fr_CA.UTF-8"])
    assert result.returncode == 2
    assert "argument --to\u00a0: choix invalide\u00a0: 'de' (choisir parmi 'fr', 'en')" in result.stderr
    assert result.stderr.startswith("utilisation\u00a0:")


def test_an_unknown_command_in_french(tmp_path):
    result = run("frobnicate", "somewhere", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2
    assert "commande inconnue «\u00a0frobnicate\u00a0» (commandes\u00a0: render, get," in result.stderr


def test_argparse_speaks_english_again_after_a_french_parse():
    run("--lang", "fr", "check", "--help")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    assert run("check").stderr.startswith("usage: posting-editor check")


@pytest.mark.parametrize("argv, environ, expected", [
    (["--lang", "fr", "check"], {}, "fr"), (["check", "--lang=fr"], {}, "fr"),
    (["--lang", "fr", "check", "--lang", "en"], {}, "en"), (["check", "x"], {"LANG": "fr_CA.UTF-8"}, "fr"),
    (["check", "--", "--lang", "fr"], {}, "en"), (["check", "--lang"], {}, "en"),
])
def test_the_language_asked_for(argv, environ, expected, monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert requested_language(argv) == expected
    assert os.environ.get("LANG") == environ.get("LANG")


def test_every_command_is_listed():
    assert {name for name, *_ in _commands(build_parser())} == set(command_names())


def test_messages_name_an_options_argument_as_the_help_does():
    """A message showing a command to run names each option's argument as `--help` does in its
    language: French said « [--from POSTING] » where its help says « --from FICHIER »."""
    from editor.model.findings import commands_en, commands_fr, errors_en, errors_fr

    shown: dict[str, set[str]] = {}
    for action, metavar in parser_metavars(build_parser()):
        for option in action.option_strings:
            shown.setdefault(option, set()).add(metavar)
    wrong = []
    for texts, names in ((commands_en.TEXTS | errors_en.TEXTS, {m: m for m in METAVARS}),
                         (commands_fr.TEXTS | errors_fr.TEXTS, METAVARS)):
        for key, value in texts.items():
            for text in (value if isinstance(value, tuple) else (value,)):
                for option, argument in re.findall(r"(--[a-z-]+) ([A-ZÉ][A-ZÉ_.|=]+)\b", text):
                    if option in shown and argument not in {names[m] for m in shown[option]}:
                        wrong.append((key, option, argument))
    assert wrong == []
