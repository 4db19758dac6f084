"""Turning a finding's code, variant and parameters into a sentence, in English or French.

Templates are ``str.format`` strings with named fields, plus two format specifications:
``{count:plural:item:items}`` writes the count and the word that agrees with it, and
``{flag:if:text}`` writes ``text`` (which may hold other fields) when ``flag`` is true.
Parameters are shown as each language writes them, chosen by the parameter's name:

- ending in ``lang`` (``lang``, ``other_lang``): a language code, shown as the language's name;
- ending in ``field``: a front matter field, shown by its name in that language;
- ending in ``where``: a place in the other file, ``"line:12"``, ``"title"`` or ``"description"``;
- ending in ``words``: a mapping of each language to its own text (a message worded in each,
  ``worded.in_each_language``), shown in the reader's;
- a whole number: with the language's thousands separator (1,234 / 1 234).
"""

from __future__ import annotations

from types import ModuleType

import string
from collections.abc import Mapping
from functools import cache
from importlib import import_module
from typing import Any

from editor.model.findings.core import Params

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"


@cache
def messages(lang: str) -> ModuleType:
    """The catalogue module of ``lang`` (``messages_en`` / ``messages_fr``); English for any other."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    return import_module(f"editor.model.findings.messages_{lang}")


def template(code: str, variant: str, lang: str) -> str | None:
    entry = messages(lang).MESSAGES.get(code)
    if isinstance(entry, Mapping):
        return entry.get(variant)
    return entry if not variant else None


def render(code: str, variant: str, params: Mapping[str, Any], lang: str = DEFAULT_LANGUAGE) -> str:
    """The message of a finding in ``lang``."""
    words = messages(lang)
    text = template(code, variant, lang)
    if text is None:
        text = template(code, variant, DEFAULT_LANGUAGE)
    if text is None:
        shown = "; ".join(f"{name}: {value}" for name, value in params.items())
        return f"{code}" + (f" ({shown})" if shown else "")
    return _filled(text, params, words)


@cache
def commands(lang: str) -> ModuleType:
    """The command line's texts in ``lang`` (``commands_en`` / ``commands_fr``); English for any other."""
    return import_module(f"editor.model.findings.commands_{lang if lang in LANGUAGES else DEFAULT_LANGUAGE}")


def say(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """A message of the command line (a summary, a refusal) in ``lang``, with the same template syntax
    as findings. A text given as (one, many) picks its wording by the ``count`` parameter."""
    words = messages(lang)
    text = _command_text(key, lang) or _command_text(key, DEFAULT_LANGUAGE)
    if text is None:
        return key + "".join(f" {value}" for value in params.values())
    if isinstance(text, tuple):
        text = text[0] if words.singular(params["count"]) else text[1]
    return _filled(text, params, words)


def _command_text(key: str, lang: str) -> str | tuple[str, str] | None:
    # The model's errors have their own table (errors_en / errors_fr), with the same keys in both.
    found: str | tuple[str, str] | None = commands(lang).TEXTS.get(key)
    return found if found is not None else errors(lang).TEXTS.get(key)


@cache
def errors(lang: str) -> ModuleType:
    """The model's error messages in ``lang`` (``errors_en`` / ``errors_fr``); English for any other."""
    return import_module(f"editor.model.findings.errors_{lang if lang in LANGUAGES else DEFAULT_LANGUAGE}")


def _filled(text: str, params: Mapping[str, Any], words: ModuleType) -> str:
    items = params._items if isinstance(params, Params) else params.items()  # Params looks names up one by one
    values = {name: _shown(name, value, words) for name, value in items}
    try:
        if "plural:" not in text and "if:" not in text:
            return text.format_map(values)  # the same result, without string.Formatter's Python code
        return _Formatter(words).vformat(text, (), values)
    except (KeyError, IndexError, ValueError):
        # A template and its parameters out of step must not take a check run down.
        return f"{text} {dict(params)}"


# Bumped when the way templates are filled changes (_filled, _shown, _Formatter): every rendered
# message kept in a cache is then worded again.
RENDERING = 1


def digest(langs: tuple[str, ...] = LANGUAGES) -> str:
    """A digest of what wording a finding reads in ``langs``' catalogues: messages kept rendered
    (the findings cache of ``check``) are reused only under the same digest, so a changed wording
    is shown as soon as the catalogue changes, wherever the program's files are."""
    import hashlib

    h = hashlib.sha256(repr(RENDERING).encode())
    for lang in langs:
        words = messages(lang)
        data = (lang, words.MESSAGES, words.LANGUAGE_NAMES, words.FIELD_NAMES, words.FIELD_FORMAT, words.PLACES,
                words.THOUSANDS, [words.singular(count) for count in (0, 1, 2)])
        h.update(repr(data).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def label(code: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A short label for ``code`` (« Espace avant deux-points »), the code itself when it has none."""
    return messages(lang).LABELS.get(code) or messages(DEFAULT_LANGUAGE).LABELS.get(code) or code


def _shown(name: str, value: Any, words: ModuleType) -> Any:
    if isinstance(value, bool):
        return value
    if name.endswith("lang"):
        return words.LANGUAGE_NAMES.get(value, value)
    if name.endswith("field"):
        return words.FIELD_NAMES.get(value) or words.FIELD_FORMAT.format(value)
    if name.endswith("words") and isinstance(value, Mapping):
        return value.get(words.__name__.rpartition("_")[2]) or value.get(DEFAULT_LANGUAGE, "")
    if name.endswith("where"):
        kind, _, number = str(value).partition(":")
        if kind == "line":
            return words.PLACES["line"].format(line=number)
        return words.PLACES.get(kind, kind)
    if isinstance(value, int):
        return f"{value:,}".replace(",", words.THOUSANDS)
    return value


class _Formatter(string.Formatter):
    def __init__(self, words: ModuleType) -> None:
        super().__init__()
        self.words = words

    def format_field(self, value: Any, spec: str) -> str:
        if spec.startswith("plural:"):
            _, one, many = spec.split(":", 2)
            count = int(str(value).replace(self.words.THOUSANDS, "")) if not isinstance(value, int) else value
            return f"{value} {one if self.words.singular(count) else many}"
        if spec.startswith("if:"):
            return spec[3:] if value else ""
        return str(super().format_field(value, spec))


def template_fields(text: str) -> set[str]:
    """The parameter names a template uses (nested ones included)."""
    found: set[str] = set()
    for _literal, name, spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            found.add(name)
        if spec:
            found |= template_fields(spec)
    return found


def entries(lang: str) -> dict[tuple[str, str], str]:
    """Every (code, variant) of ``lang``'s catalogue with its template (variant "" for a single wording)."""
    found = {}
    for code, entry in messages(lang).MESSAGES.items():
        if isinstance(entry, Mapping):
            found.update({(code, variant): text for variant, text in entry.items()})
        else:
            found[(code, "")] = entry
    return found


def problems_of(code: str, variant: str, params: Mapping[str, Any]) -> list[str]:
    """What is wrong between a finding and the catalogue (empty when nothing): used by the tests
    to check every finding the suite makes."""
    wrong = []
    for lang in LANGUAGES:
        text = template(code, variant, lang)
        if text is None:
            wrong.append(f"{code}/{variant or '-'} has no {lang} message")
        elif template_fields(text) != set(params):
            wrong.append(f"{code}/{variant or '-'} ({lang}) uses {sorted(template_fields(text))}, "
                         f"the finding gives {sorted(params)}")
        if code not in messages(lang).LABELS:
            wrong.append(f"{code} has no {lang} label")
    return wrong
