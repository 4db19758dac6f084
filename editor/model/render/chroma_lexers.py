"""Chroma's own lexers for the languages whose tokens no retyping of Pygments' can give.

Chroma's YAML lexer is a handful of line-oriented rules where Pygments' is a state machine, its
Dockerfile lexer hands the rest of an instruction to the Bash and JSON lexers, and its shell
session lexer keeps the blank after a prompt out of it: they cut the text into other pieces than
Pygments does. They are written here in Chroma's terms (the rules of
Chroma 2 as Hugo 0.111 ships them, checked by rendering samples through the installed ``hugo``)
and run as Chroma runs a lexer: at each place the first rule whose pattern matches there wins;
where none does, one character becomes an ``Error`` token (a line break too: unlike Pygments,
Chroma has no rule of its own for them), which is why Hugo shows every line break of a Dockerfile
as an error.

A rule's action is a token name for the whole match, or one per group, emitted group after group
(a group inside another is emitted again, as Chroma does; a rule with more groups than actions
makes its whole match an ``Error``, as in Chroma's HEALTHCHECK rule). ``>bash`` hands the text to the lexer
of that language, which the caller supplies (Chroma's ``Using``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Action = str | tuple[str, ...]
Pieces = list[tuple[Any, str]]


@dataclass(frozen=True)
class ChromaLexer:
    rules: tuple[tuple[str, Action], ...]
    flags: int = re.MULTILINE  # Chroma's default; its patterns run on the text from the current place

    def compiled(self) -> tuple[tuple[re.Pattern[str], Action], ...]:
        return _compile(self)

    def tokens(self, code: str, using: Callable[[str, str], Pieces]) -> Pieces:
        """(Pygments token type, text) of ``code``; ``using(language, text)`` lexes embedded text."""
        from pygments.token import string_to_tokentype

        out: Pieces = []

        def emit(action: str, text: str) -> None:
            if not text:
                return
            if action.startswith(">"):
                out.extend(using(action[1:], text))
            else:
                out.append((string_to_tokentype(action), text))

        rules = self.compiled()
        pos = 0
        while pos < len(code):
            for pattern, action in rules:
                match = pattern.match(code, pos)
                if match is None or match.end() == pos:
                    continue
                if isinstance(action, str):
                    emit(action, match.group())
                elif len(action) != pattern.groups:  # Chroma's ByGroups then gives up on the match
                    emit("Error", match.group())
                else:
                    for number, group_action in enumerate(action, 1):
                        emit(group_action, match.group(number) or "")
                pos = match.end()
                break
            else:
                emit("Error", code[pos])
                pos += 1
        return out


@functools.cache
def _compile(lexer: ChromaLexer) -> tuple[tuple[re.Pattern[str], Action], ...]:
    return tuple((re.compile(pattern, lexer.flags), action) for pattern, action in lexer.rules)


_YAML_KEY = r'[^"\n{]*'
_YAML_PLAIN = r"[^{}\[\]?,:!\-*&@]"  # what a plain scalar may start with

YAML = ChromaLexer((
    (r"\s+", "Text.Whitespace"),
    (r"^---", "Name.Namespace"),
    (r"^\.\.\.", "Name.Namespace"),
    (r"[\n?]?\s*- ", "Text"),
    (r"#.*$", "Comment"),
    (r"!![^\s]+", "Comment.Preproc"),  # a tag
    (r"&[^\s]+", "Comment.Preproc"),  # an anchor
    (r"\*[^\s]+", "Comment.Preproc"),  # an alias
    (r"^%include\s+[^\n\r]+", "Comment.Preproc"),
    # keys
    (r'"[^"\n].*": ', "Name.Tag"),
    (rf"(-)( )({_YAML_KEY})(:)( )", ("Punctuation", "Text.Whitespace", "Name.Tag", "Punctuation", "Text.Whitespace")),
    (rf"({_YAML_KEY})(:)( )", ("Name.Tag", "Punctuation", "Text.Whitespace")),
    (rf"({_YAML_KEY})(:)(\n)", ("Name.Tag", "Punctuation", "Text.Whitespace")),
    # values; a block scalar's third group lies inside its second, and Chroma writes it twice
    (r"([>|](?:[+-])?)(\n(^ {1,})(?:(?:.*\n*(?:^\3 *).*)+|.*))",
     ("Punctuation", "Literal.String.Doc", "Text.Whitespace")),
    (r"(false|False|FALSE|true|True|TRUE|null|Off|off|yes|Yes|YES|OFF|On|ON|no|No|on|NO|n|N|Y|y)\b",
     "Keyword.Constant"),
    (r'"(?:\\.|[^"])*"', "Literal.String.Double"),
    (r"'(?:\\.|[^'])*'", "Literal.String.Single"),
    (r"\d\d\d\d-\d\d-\d\d([T ]\d\d:\d\d:\d\d(\.\d+)?(Z|\s+[-+]\d+)?)?", "Literal.Date"),
    (r"\b[+\-]?(0x[\da-f]+|0o[0-7]+|(\d+\.?\d*|\.?\d+)(e[\+\-]?\d+)?|\.inf|\.nan)\b", "Literal.Number"),
    (rf"({_YAML_PLAIN}.*)( )+(#.*)", ("Literal", "Text.Whitespace", "Comment")),
    (rf"{_YAML_PLAIN}.*", "Literal"),
    (r"[?:,\[\]]", "Punctuation"),
    (r".", "Text"),
))

_SPACE = r"(?:\s*\\?\s*)"  # blanks, perhaps across a continued line

DOCKER = ChromaLexer((
    (r"#.*", "Comment"),
    (rf"(ONBUILD)({_SPACE})", ("Keyword", ">bash")),
    (rf"(HEALTHCHECK)(({_SPACE}--\w+=\w+{_SPACE})*)", ("Keyword", ">bash")),
    (rf"(VOLUME|ENTRYPOINT|CMD|SHELL)({_SPACE})(\[.*?\])", ("Keyword", ">bash", ">json")),
    (rf"(LABEL|ENV|ARG)((?:{_SPACE}\w+=\w+{_SPACE})*)", ("Keyword", ">bash")),
    (r"((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)\b(.*)", ("Keyword", "Literal.String")),
    (r"((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY))", "Keyword"),
    (r"(.*\\\n)*.+", ">bash"),
), flags=re.MULTILINE | re.IGNORECASE)

# A shell session: a prompt, then a command; any other line is output (an empty one an error)
CONSOLE = ChromaLexer((
    (r"^((?:\[[^]]+@[^]]+\]\s?)?[#$%>])(\s*)(.*\n?)", ("Generic.Prompt", "Text", ">bash")),
    (r"^.+\n?", "Generic.Output"),
))

# Keyed by the first alias of Pygments' lexer for the language, as chroma_tokens' table.
LEXERS: dict[str, ChromaLexer] = {"yaml": YAML, "docker": DOCKER, "console": CONSOLE}
