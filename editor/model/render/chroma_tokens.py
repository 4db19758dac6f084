"""Pygments' tokens retyped where Chroma's lexer for the language types them otherwise.

Chroma ported its lexers from Pygments years ago, and both have moved since: for a few common
languages Hugo 0.111 colours some tokens differently from what today's Pygments gives. Each
language's differences, found by rendering ``tests/model/render/highlight_samples`` through the
installed ``hugo``, are written here as data: token types to retype (by type, optionally by
text), and token types whose lexer rule in Chroma takes the line break after them.

Languages whose Chroma lexer splits the text into different pieces (YAML, Dockerfile) are
not covered: a retyping cannot split or join tokens the way another lexer would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class _Language:
    # (Pygments token name, its text or None for any, the text before it or None for any) -> Chroma's
    # token name (the first that fits); the texts are regular expressions matching whole
    retype: dict[tuple[str, str | None, str | None], str] = field(default_factory=dict)
    # Token names whose Chroma rule ends with "\n": the line break belongs to the token.
    take_line_break: frozenset[str] = frozenset()
    # Token names whose Chroma rule stops before the line break that Pygments' takes.
    leave_line_break: frozenset[str] = frozenset()
    # A name right before "(" is a function (Chroma's C lexer marks calls, Pygments' only definitions).
    calls_are_functions: bool = False


_COMMENT = frozenset({"Comment.Single"})

# Keyed by the Pygments lexer's first alias.
LANGUAGES: dict[str, _Language] = {
    "go": _Language(
        retype={("Operator", r"[|^<>=!]", None): "Punctuation"},  # Chroma: only compound operators are Operator
        take_line_break=_COMMENT,
    ),
    "javascript": _Language(
        retype={("Operator.Word", None, None): "Keyword",  # new, typeof, delete… are keywords in Chroma
                # Error is among Chroma's builtins, the other exceptions are plain names to it
                ("Name.Exception", "Error", None): "Name.Builtin", ("Name.Exception", None, None): "Name.Other"},
        take_line_break=_COMMENT,
    ),
    "typescript": _Language(
        # a colon is an operator only after ")" (a return type), else punctuation (a field's type, ?:)
        retype={("Operator", ":", r"(?s).*(?<!\))"): "Punctuation", ("Operator.Word", None, None): "Keyword",
                ("Punctuation", "=>", None): "Operator"},
        take_line_break=_COMMENT,
    ),
    "bash": _Language(
        retype={("Keyword", "in", None): "Text"},  # not among the keywords of Chroma's bash lexer
        leave_line_break=_COMMENT,
    ),
    "diff": _Language(take_line_break=frozenset({"Generic.Deleted", "Generic.Inserted", "Generic.Subheading",
                                                 "Generic.Heading"})),
    "c": _Language(calls_are_functions=True),
    # Chroma's TOML lexer: keys and table names are "other" names, "=", brackets and dots punctuation,
    # and a date is read as numbers
    "toml": _Language(retype={("Name", None, None): "Name.Other", ("Operator", "=", None): "Punctuation",
                              ("Keyword", r"\[+|\]+|\.", None): "Punctuation", ("Keyword", None, None): "Name.Other",
                              ("Literal.Date", None, None): "Literal.Number"}),
    # Chroma's Java lexer types every punctuation mark as an operator, and never reaches its
    # number rules: integers stay plain text (a decimal number is split at its point, not reproduced).
    "java": _Language(retype={("Punctuation", None, None): "Operator", ("Literal.Number.Integer", None, None): "Text",
                              ("Literal.Number.Integer.Long", None, None): "Text"},
                      take_line_break=_COMMENT),
}


def chroma_tokens(alias: str, pieces: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``pieces`` (Pygments' token types and texts) as Chroma's lexer for ``alias`` would type them."""
    language = LANGUAGES.get(alias)
    if language is None:
        return pieces
    from pygments.token import Token, string_to_tokentype

    out: list[tuple[Any, str]] = []
    carry = ""  # a line break taken by the token before
    for index, (kind, value) in enumerate(pieces):
        if carry:
            value = value[len(carry):]
            carry = ""
        name = str(kind)[6:]
        before = out[-1][1] if out else ""
        wanted = None
        for (retyped, pattern, previous), chroma in language.retype.items():
            if retyped == name and (pattern is None or re.fullmatch(pattern, value)) and (
                    previous is None or re.fullmatch(previous, before)):
                wanted = chroma
                break  # the first rule that fits, as in a lexer
        if language.calls_are_functions and name == "Name" and _before_call(pieces, index):
            wanted = "Name.Function"
        if wanted is not None:
            kind = string_to_tokentype(wanted)
            name = wanted
        following = pieces[index + 1][1] if index + 1 < len(pieces) else ""
        if name in language.take_line_break and not value.endswith("\n") and following.startswith("\n"):
            value, carry = value + "\n", "\n"
        if name in language.leave_line_break and value.endswith("\n") and value != "\n":
            out += [(kind, value[:-1]), (Token.Text, "\n")]
        elif value:
            out.append((kind, value))
    return out


def _before_call(pieces: list[tuple[Any, str]], index: int) -> bool:
    for _kind, value in pieces[index + 1:]:
        if value.strip():
            return value.startswith("(")
        if "\n" in value:
            return False
    return False
