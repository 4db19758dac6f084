"""Pygments' tokens retyped where Chroma's lexer for the language types them otherwise.

Chroma ported its lexers from Pygments years ago, and both have moved since: for the common
languages Hugo 0.111 types some tokens otherwise than today's Pygments, which shows in a style
that colours them (and in every CSS class). Each language's differences, found by rendering
``tests/model/render/highlight_samples`` through the installed ``hugo`` in Chroma's styles, are
written here as data: token types to retype (by type, text and the texts around, or cut in
pieces), Chroma's word lists, and token types whose lexer rule in Chroma takes or leaves the line
break after them; a few rules that need more context (calls marked as functions, Rust's format
strings, TypeScript's reading of "<name" as a JSX tag, generics included) are switched on per
language. JSX text between tags and attributes holding code are not reproduced.

Languages whose Chroma lexer splits the text into other pieces altogether (YAML, Dockerfile,
shell sessions) have lexers of their own in :mod:`editor.model.render.chroma_lexers`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any


_Context = tuple[str] | tuple[str, str | None] | tuple[str, str | None, str | None] | \
    tuple[str, str | None, str | None, str | None]


@dataclass(frozen=True)
class _Language:
    # (Pygments token name, its text, the text before it, the text after it) -> Chroma's token name
    # (the first rule that fits); a text left out or None fits any, and is a regular expression
    # matching the whole token, the whole token before, or the start of the token after; a tuple of
    # names cuts the token into the groups of its text's pattern, one name each
    retype: dict[_Context, str | tuple[str, ...]] = field(default_factory=dict)
    # Token names whose Chroma rule ends with "\n": the line break belongs to the token.
    take_line_break: frozenset[str] = frozenset()
    # Token names whose Chroma rule stops before the line break that Pygments' takes.
    leave_line_break: frozenset[str] = frozenset()
    # A name right before "(" is a function (Chroma's C and Go lexers mark calls, Pygments' only definitions).
    calls_are_functions: bool = False
    # A name between a type keyword starting a statement and "(" is a function (Chroma's C++ lexer
    # finds definitions in class bodies too, Pygments' only at the top level).
    typed_names_are_functions: bool = False
    # Macros (a regular expression) whose string argument Chroma's lexer cuts at each placeholder:
    # "{}" is an interpolation, "{{" and "}}" escapes, the rest string, each its own span.
    format_macros: str | None = None
    # Chroma's word lists, in its order: (words, token name). A keyword or name that is one of these
    # words takes that type wherever it stands, as Chroma's rules come before its rule for names;
    # the retyping rules apply to the others.
    words: tuple[tuple[str, str], ...] = ()
    # "<" right before a word opens a JSX tag to Chroma's TypeScript lexer, generics included ("Board<T>").
    jsx_tags: bool = False


_COMMENT = frozenset({"Comment.Single"})

_JS_CONSTANTS = ("true|false|null|NaN|Infinity|undefined", "Keyword.Constant")
_JS_WORDS = (
    ("for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|"
     "instanceof|void|yield|this|of", "Keyword"),
    ("var|let|with|function", "Keyword.Declaration"),
    ("abstract|async|await|boolean|byte|char|class|const|debugger|double|enum|export|extends|final|float|goto|"
     "implements|import|int|interface|long|native|package|private|protected|public|short|static|super|synchronized|"
     "throws|transient|volatile", "Keyword.Reserved"),
    _JS_CONSTANTS,
    ("Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|Promise|Proxy|sun|"
     "decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|isSafeInteger|parseFloat|"
     "parseInt|document|this|window", "Name.Builtin"),
)
_TS_WORDS = (
    ("for|in|of|while|do|break|return|yield|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|"
     "typeof|instanceof|keyof|asserts|is|infer|await|void|this", "Keyword"),
    ("var|let|with|function", "Keyword.Declaration"),
    ("abstract|async|boolean|class|const|debugger|enum|export|extends|from|get|global|goto|implements|import|"
     "interface|namespace|package|private|protected|public|readonly|require|set|static|super|type", "Keyword.Reserved"),
    _JS_CONSTANTS,
    ("Array|Boolean|Date|Error|Function|Math|Number|Object|Packages|RegExp|String|decodeURI|decodeURIComponent|"
     "encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window", "Name.Builtin"),
    ("string|bool|number|any|never|object|symbol|unique|unknown|bigint", "Keyword.Type"),
    ("constructor|declare|interface|as", "Keyword.Reserved"),
)

# Keyed by the Pygments lexer's first alias.
LANGUAGES: dict[str, _Language] = {
    "go": _Language(
        retype={("Operator", r"[|^<>=!]"): "Punctuation"},  # Chroma: only compound operators are Operator
        take_line_break=_COMMENT,
        calls_are_functions=True,
    ),
    "javascript": _Language(
        # an exception or builtin not among Chroma's words (Error is) is a plain name to it
        retype={("Literal.Number.Float", "[0-9]+"): "Literal.Number.Integer",
                ("Name.Exception",): "Name.Other", ("Name.Builtin",): "Name.Other"},
        words=_JS_WORDS,
        take_line_break=_COMMENT,
    ),
    "typescript": _Language(
        # a colon between a name and a name (a field's type, "a ? b : c") is text to Chroma, else an operator
        retype={("Operator", ":", r"(?s).*(?<!\))", r"\s*[\w?.$]"): "Text",
                ("Literal.Number.Float", "[0-9]+"): "Literal.Number.Integer",
                ("Punctuation", "=>"): "Operator", ("Name.Builtin",): "Name.Other"},
        words=_TS_WORDS,
        jsx_tags=True,
        take_line_break=_COMMENT,
    ),
    "bash": _Language(
        retype={("Keyword", "in"): "Text",  # not among the keywords of Chroma's bash lexer
                ("Comment.Hashbang",): "Comment.Preproc",
                # Chroma's number is digits before a blank or the line's end ("2>&1": text)
                ("Literal.Number", None, None, r"[^ \n]"): "Text"},
        leave_line_break=_COMMENT,
    ),
    "diff": _Language(take_line_break=frozenset({"Generic.Deleted", "Generic.Inserted", "Generic.Subheading",
                                                 "Generic.Heading"})),
    # Chroma's PHP lexer starts in PHP code: "<?" are operators and "php" a name; every other name
    # than a variable, a keyword, a class or a function defined is Name.Other to it
    "php": _Language(retype={("Comment.Preproc", r"(<\?)(php)"): ("Operator", "Name.Other"),
                             ("Name.Builtin",): "Name.Other"}),
    # Chroma's PowerShell lexer: a type's brackets are punctuation, a bare number is a number, and a
    # variable inside a double-quoted string is a variable
    "powershell": _Language(retype={
        ("Name.Constant", r"(\[)(.*)(\])"): ("Punctuation", "Name.Constant", "Punctuation"),
        ("Name", r"[-+]?[0-9]*\.?[0-9]+(?:[eE][0-9]+)?[FfDdMm]?"): "Literal.Number.Float",
        ("Name", r"\w+", r"\.", r"[\s({.]"): "Name.Property",  # "$file.FullName "
        ("Literal.String.Double", r"\$", None, r"\w"): "Name.Variable",
        ("Literal.String.Double", r"(?s)(\w+)(.*)", r"\$"): ("Name.Variable", "Literal.String.Double")}),
    # Chroma's Rust lexer: ":", "::" and "->" are text, and so are the blanks after them and after
    # fn, struct, enum, type and union (its states for names and types)
    "rust": _Language(retype={("Punctuation", r":|::|->"): "Text",
                              ("Text.Whitespace", None, r"fn|struct|enum|type|union|:|->"): "Text"},
                      format_macros=r"(?:e?print(?:ln)?|format(?:_args)?|panic|todo|un(?:reachable|implemented))!"),
    # Chroma's Markdown lexer: a heading's rule takes its line break
    "markdown": _Language(take_line_break=frozenset({"Generic.Heading", "Generic.Subheading"})),
    # Chroma's docstring rule is written "{,2}", which its regular expressions read literally: never a docstring
    "python": _Language(retype={("Literal.String.Doc",): "Literal.String.Double"}),
    # Chroma's comments in these are plain comments (the "c" class, not "cm" or "c1")
    "html": _Language(retype={("Comment.Multiline",): "Comment"}),
    "xml": _Language(retype={("Comment.Multiline",): "Comment"}),
    "c": _Language(calls_are_functions=True),
    "cpp": _Language(typed_names_are_functions=True),
    # Chroma's C# lexer: every operator a punctuation mark, no function names, one type of number,
    # "///" a special comment
    "csharp": _Language(retype={("Operator",): "Punctuation", ("Name.Function",): "Name",
                                ("Literal.Number.Integer",): "Literal.Number",
                                ("Literal.Number.Float",): "Literal.Number", ("Literal.Number.Hex",): "Literal.Number",
                                ("Comment.Single", r"///.*\n?"): "Comment.Special"},
                        leave_line_break=frozenset({"Comment.Single", "Comment.Special"})),
    # Chroma's TOML lexer: keys and table names are "other" names, "=", brackets and dots punctuation,
    # and a date without a time is read as integers ("2026", "-12", "-31")
    "toml": _Language(retype={("Name",): "Name.Other", ("Comment.Single",): "Comment", ("Operator", "="): "Punctuation",
                              ("Keyword", r"\[+|\]+|\."): "Punctuation", ("Keyword",): "Name.Other",
                              ("Literal.Date", "[^T]*"): "Literal.Number.Integer"}),
    # Chroma's Java lexer types every punctuation mark as an operator, and never reaches its
    # number rules: its name rule takes integers (a decimal number is split at its point, not reproduced).
    "java": _Language(retype={("Punctuation",): "Operator", ("Literal.Number.Integer",): "Name",
                              ("Literal.Number.Integer.Long",): "Name"},
                      take_line_break=_COMMENT),
}


# Languages whose Chroma lexer types blanks as Text.Whitespace, as Pygments' do; the others' blanks
# are plain Text (which a style such as github's, colouring whitespace, shows).
_KEEP_WHITESPACE = frozenset({"sql", "rust"})


def chroma_tokens(alias: str, pieces: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """``pieces`` (Pygments' token types and texts) as Chroma's lexer for ``alias`` would type them."""
    from pygments.token import Token, string_to_tokentype

    if alias not in _KEEP_WHITESPACE:
        pieces = [(Token.Text if kind is Token.Text.Whitespace else kind, value) for kind, value in pieces]
    language = LANGUAGES.get(alias)
    if language is None:
        return pieces

    rules, words = _compiled(alias)
    out: list[tuple[Any, str]] = []
    carry = ""  # a line break taken by the token before
    for index, (kind, value) in enumerate(pieces):
        if carry:
            value = value[len(carry):]
            carry = ""
        name = str(kind)[6:]
        wanted: str | tuple[str, ...] | None = None
        cut: tuple[str, ...] = ()
        if words and name.startswith(("Keyword", "Name", "Operator.Word")):
            wanted = next((chroma for pattern, chroma in words if pattern.fullmatch(value)), None)
        for pattern, previous, after, chroma in rules.get(name, ()) if wanted is None else ():
            whole = pattern.fullmatch(value) if pattern is not None else None
            if (pattern is None or whole) and (previous is None or previous.fullmatch(out[-1][1] if out else "")) \
                    and (after is None or after.match(_following(pieces, index))):
                wanted = chroma
                cut = whole.groups() if whole else ()
                break  # the first rule that fits, as in a lexer
        if name in ("Name", "Name.Other") and _before_call(pieces, index) and (
                language.calls_are_functions or language.typed_names_are_functions and _after_type(out)):
            wanted = "Name.Function"
        if isinstance(wanted, tuple):
            out += [(string_to_tokentype(part_name), part) for part_name, part in zip(wanted, cut, strict=True) if part]
            continue
        if wanted is not None:
            kind = string_to_tokentype(wanted)
            name = wanted
        if name in language.take_line_break and not value.endswith("\n") and _following(pieces, index)[:1] == "\n":
            value, carry = value + "\n", "\n"
        if name in language.leave_line_break and value.endswith("\n") and value != "\n":
            out += [(kind, value[:-1]), (Token.Text, "\n")]
        elif value:
            out.append((kind, value))
    if language.jsx_tags:
        out = _jsx_tags(out)
    return _format_strings(language.format_macros, out) if language.format_macros else out


# Chroma's TypeScript "tag" state: its rules in order, and None where a rule ends the tag
_TAG_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    (re.compile(r"\s+"), ("Text",)),
    (re.compile(r"""([\w]+\s*)(=)(\s*)("[^"]*?"|'[^']*?'|(?![{]))"""),
     ("Name.Attribute", "Operator", "Text", "Literal.String")),
    (re.compile(r"[{}]+"), ("Punctuation",)),
    (re.compile(r"[\w.]+"), ("Name.Attribute",)),
    (re.compile(r"(/?)(\s*)(>)"), None),
)
_TAG_OPENING = re.compile(r"<([\w.]+)")
_TAG_CLOSING = re.compile(r"(<)(/?)((?<=/)[\w.]*)?(>)")
_EXPRESSION_ATTRIBUTE = re.compile(r"\w+\s*=\s*\{")  # Chroma lexes the expression as code: not reproduced


def _jsx_tags(pieces: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """Chroma's reading of "<name ... >" as a JSX tag, over the tokens Pygments gave."""
    from pygments.token import string_to_tokentype

    text = "".join(value for _kind, value in pieces)
    out: list[tuple[Any, str]] = []
    position = 0  # where the next piece starts in text
    skip_to = 0  # text before this is already in out
    for kind, value in pieces:
        start, position = position, position + len(value)
        if position <= skip_to:
            continue
        if start < skip_to:
            out.append((kind, value[skip_to - start:]))
            continue
        operator = value == "<" and str(kind) in ("Token.Operator", "Token.Punctuation")
        closing = _TAG_CLOSING.match(text, start) if operator else None
        if closing:  # "</name>" and the fragments "<>", "</>"
            out += [(string_to_tokentype(name), part) for name, part in
                    zip(("Punctuation", "Punctuation", "Name.Tag", "Punctuation"), closing.groups("")) if part]
            skip_to = closing.end()
            continue
        opening = _TAG_OPENING.match(text, start) if operator else None
        tag = _tag(text, opening.end()) if opening else None
        if opening is None or tag is None:
            out.append((kind, value))
            continue
        out += [(string_to_tokentype("Punctuation"), "<"), (string_to_tokentype("Name.Tag"), opening.group(1))]
        out += [(string_to_tokentype(name), part) for name, part in tag[0] if part]
        skip_to = tag[1]
    return out


def _tag(text: str, pos: int) -> tuple[list[tuple[str, str]], int] | None:
    """The tokens of a tag's rest from ``pos`` and where it ends; None where Chroma would lex an expression."""
    tokens: list[tuple[str, str]] = []
    while pos < len(text):
        if _EXPRESSION_ATTRIBUTE.match(text, pos):
            return None
        for pattern, names in _TAG_RULES:
            match = pattern.match(text, pos)
            if match is None or match.end() == pos:
                continue
            if names is None:  # the tag's end
                tokens += [("Punctuation", match.group(1)), ("Text", match.group(2)), ("Punctuation", match.group(3))]
                return tokens, match.end()
            tokens += list(zip(names, match.groups() or (match.group(),), strict=True))
            pos = match.end()
            break
        else:
            tokens.append(("Error", text[pos]))
            pos += 1
    return tokens, pos


# (its text, the text before, the text after, Chroma's token name or names)
_Rule = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, str | tuple[str, ...]]


@functools.cache
def _compiled(alias: str) -> tuple[dict[str, list[_Rule]], tuple[tuple[re.Pattern[str], str], ...]]:
    """A language's retyping rules by token name, and its word lists, compiled once."""
    language = LANGUAGES[alias]
    rules: dict[str, list[_Rule]] = {}
    for context, chroma in language.retype.items():
        name, pattern, previous, after = (*context, None, None, None)[:4]
        compiled = [re.compile(text) if text is not None else None for text in (pattern, previous, after)]
        rules.setdefault(str(name), []).append((compiled[0], compiled[1], compiled[2], chroma))
    return rules, tuple((re.compile(words), chroma) for words, chroma in language.words)


def _following(pieces: list[tuple[Any, str]], index: int) -> str:
    """The text of the few tokens after ``index``, what a rule looks ahead at."""
    return "".join(value for _kind, value in pieces[index + 1:index + 4])


def _format_strings(macros: str, pieces: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    from pygments.token import String

    out: list[tuple[Any, str]] = []
    inside = False
    for kind, value in pieces:
        if inside and kind is String and value != '"':
            out += [(String.Escape if part in ("{{", "}}") else String.Interpol if part[:1] == "{" else String, part)
                    for part in re.split(r"(\{\{|\}\}|\{[^}]*\})", value) if part]
            continue
        if inside and value == '"':
            inside = False
        elif kind is String and value == '"':
            # the opening quote of "name!(" + '"', blanks allowed between
            words = [v for _k, v in _last_words(out, 2)]
            inside = len(words) == 2 and words[1] == "(" and re.fullmatch(macros, words[0]) is not None
        out.append((kind, value))
    return out


def _last_words(out: list[tuple[Any, str]], count: int) -> list[tuple[Any, str]]:
    """The last ``count`` tokens of ``out`` that are not blank, first to last."""
    found: list[tuple[Any, str]] = []
    for kind, value in reversed(out):
        if value.strip():
            found.insert(0, (kind, value))
            if len(found) == count:
                break
    return found


def _before_call(pieces: list[tuple[Any, str]], index: int) -> bool:
    for _kind, value in pieces[index + 1:]:
        if value.strip():
            return value.startswith("(")
        if "\n" in value:
            return False
    return False


def _after_type(out: list[tuple[Any, str]]) -> bool:
    """True after a type keyword that starts a statement (perhaps after other keywords: "static bool")."""
    words = ((str(kind), value) for kind, value in reversed(out) if value.strip())
    if next(words, ("", ""))[0] != "Token.Keyword.Type":
        return False
    for kind, value in words:
        if not kind.startswith("Token.Keyword"):
            return value in (";", "{", "}")
    return True
